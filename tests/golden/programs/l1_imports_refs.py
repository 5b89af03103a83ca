"""Every L1 from_* import helper of the seven services (by ARN and by name), in a stack with an explicit environment:
each reference field, the environment taken from an ARN, and arn_for_* of the import, as stack outputs."""

from purecdk import App, CfnOutput, Environment, Stack
from purecdk import aws_ecr as ecr
from purecdk import aws_events as events
from purecdk import aws_kms as kms
from purecdk import aws_lambda as lambda_

app = App()
stack = Stack(app, "ImportsRefsStack", env=Environment(account="111111111111", region="eu-central-1"))
agnostic = Stack(app, "AgnosticImportsStack")

ARNS = {
    "PublicRepo": "arn:aws:ecr-public::222222222222:repository/gallery/app",
    "Repo": "arn:aws:ecr:us-west-2:222222222222:repository/team/app",
    "ApiDestination": "arn:aws:events:us-west-2:222222222222:api-destination/dest/abc",
    "Archive": "arn:aws:events:us-west-2:222222222222:archive/archived",
    "Connection": "arn:aws:events:us-west-2:222222222222:connection/conn/abc",
    "Endpoint": "arn:aws:events:us-west-2:222222222222:endpoint/global",
    "EventBus": "arn:aws:events:us-west-2:222222222222:event-bus/partners",
    "Rule": "arn:aws:events:us-west-2:222222222222:rule/partners/nightly",
    "Key": "arn:aws-cn:kms:cn-north-1:222222222222:key/1234abcd",
    "CapacityProvider": "arn:aws:lambda:us-west-2:222222222222:capacity-provider:fleet",
    "Function": "arn:aws:lambda:us-west-2:222222222222:function:worker",
}


def outputs(scope, name, imported, ref_name, fields, arn_for):
    ref = getattr(imported, ref_name)
    for field in fields:
        CfnOutput(scope, f"{name}{field.title().replace('_', '')}", value=getattr(ref, field))
    CfnOutput(scope, f"{name}Account", value=imported.env.account)
    CfnOutput(scope, f"{name}Region", value=imported.env.region)
    CfnOutput(scope, f"{name}ArnFor", value=arn_for(imported))


for scope in (stack, agnostic):
    S = scope  # noqa: N806
    ecr.CfnRepository(S, "Anchor")  # a stack needs a resource
    outputs(S, "PublicRepoByArn", ecr.CfnPublicRepository.from_public_repository_arn(S, "A1", ARNS["PublicRepo"]),
            "public_repository_ref", ["repository_name", "public_repository_arn"],
            ecr.CfnPublicRepository.arn_for_public_repository)
    outputs(S, "PublicRepoByName", ecr.CfnPublicRepository.from_repository_name(S, "A2", "gallery/app"),
            "public_repository_ref", ["repository_name", "public_repository_arn"],
            ecr.CfnPublicRepository.arn_for_public_repository)
    outputs(S, "RepoByArn", ecr.CfnRepository.from_repository_arn(S, "A3", ARNS["Repo"]),
            "repository_ref", ["repository_name", "repository_arn"], ecr.CfnRepository.arn_for_repository)
    outputs(S, "RepoByName", ecr.CfnRepository.from_repository_name(S, "A4", "team/app"),
            "repository_ref", ["repository_name", "repository_arn"], ecr.CfnRepository.arn_for_repository)
    outputs(S, "DestByArn", events.CfnApiDestination.from_api_destination_arn(S, "A5", ARNS["ApiDestination"]),
            "api_destination_ref", ["api_destination_name", "api_destination_arn"],
            events.CfnApiDestination.arn_for_api_destination)
    outputs(S, "DestByName", events.CfnApiDestination.from_api_destination_name(S, "A6", "dest"),
            "api_destination_ref", ["api_destination_name", "api_destination_arn"],
            events.CfnApiDestination.arn_for_api_destination)
    outputs(S, "ArchiveByArn", events.CfnArchive.from_archive_arn(S, "A7", ARNS["Archive"]),
            "archive_ref", ["archive_name", "archive_arn"], events.CfnArchive.arn_for_archive)
    outputs(S, "ArchiveByName", events.CfnArchive.from_archive_name(S, "A8", "archived"),
            "archive_ref", ["archive_name", "archive_arn"], events.CfnArchive.arn_for_archive)
    outputs(S, "ConnByArn", events.CfnConnection.from_connection_arn(S, "A9", ARNS["Connection"]),
            "connection_ref", ["connection_name", "connection_arn"], events.CfnConnection.arn_for_connection)
    outputs(S, "ConnByName", events.CfnConnection.from_connection_name(S, "A10", "conn"),
            "connection_ref", ["connection_name", "connection_arn"], events.CfnConnection.arn_for_connection)
    outputs(S, "EndpointByArn", events.CfnEndpoint.from_endpoint_arn(S, "A11", ARNS["Endpoint"]),
            "endpoint_ref", ["endpoint_name", "endpoint_arn"], events.CfnEndpoint.arn_for_endpoint)
    outputs(S, "EndpointByName", events.CfnEndpoint.from_endpoint_name(S, "A12", "global"),
            "endpoint_ref", ["endpoint_name", "endpoint_arn"], events.CfnEndpoint.arn_for_endpoint)
    outputs(S, "BusByArn", events.CfnEventBus.from_event_bus_arn(S, "A13", ARNS["EventBus"]),
            "event_bus_ref", ["event_bus_name", "event_bus_arn"], events.CfnEventBus.arn_for_event_bus)
    outputs(S, "BusByName", events.CfnEventBus.from_event_bus_name(S, "A14", "partners"),
            "event_bus_ref", ["event_bus_name", "event_bus_arn"], events.CfnEventBus.arn_for_event_bus)
    outputs(S, "RuleByArn", events.CfnRule.from_rule_arn(S, "A15", ARNS["Rule"]),
            "rule_ref", ["rule_arn"], events.CfnRule.arn_for_rule)
    outputs(S, "KeyByArn", kms.CfnKey.from_key_arn(S, "A16", ARNS["Key"]),
            "key_ref", ["key_id", "key_arn"], kms.CfnKey.arn_for_key)
    outputs(S, "KeyById", kms.CfnKey.from_key_id(S, "A17", "5678efgh"),
            "key_ref", ["key_id", "key_arn"], kms.CfnKey.arn_for_key)
    outputs(S, "CapByArn", lambda_.CfnCapacityProvider.from_capacity_provider_arn(S, "A18", ARNS["CapacityProvider"]),
            "capacity_provider_ref", ["capacity_provider_name", "capacity_provider_arn"],
            lambda_.CfnCapacityProvider.arn_for_capacity_provider)
    outputs(S, "CapByName", lambda_.CfnCapacityProvider.from_capacity_provider_name(S, "A19", "fleet"),
            "capacity_provider_ref", ["capacity_provider_name", "capacity_provider_arn"],
            lambda_.CfnCapacityProvider.arn_for_capacity_provider)
    outputs(S, "FnByArn", lambda_.CfnFunction.from_function_arn(S, "A20", ARNS["Function"]),
            "function_ref", ["function_name", "function_arn"], lambda_.CfnFunction.arn_for_function)
    outputs(S, "FnByName", lambda_.CfnFunction.from_function_name(S, "A21", "worker"),
            "function_ref", ["function_name", "function_arn"], lambda_.CfnFunction.arn_for_function)
    outputs(S, "WebFnByName", lambda_.CfnWebFunction.from_function_name(S, "A22", "site"),
            "web_function_ref", ["function_name", "function_arn"], lambda_.CfnWebFunction.arn_for_web_function)

app.synth()
