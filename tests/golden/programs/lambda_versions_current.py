"""Function.current_version (logical id hashed from the function's configuration), add_alias, aliases and versions."""

from purecdk import App, CfnOutput, Duration, RemovalPolicy, Stack
from purecdk import aws_iam as iam
from purecdk import aws_lambda as lambda_

app = App()
stack = Stack(app, "LambdaVersions")

fn = lambda_.Function(
    stack,
    "Handler",
    runtime=lambda_.Runtime.PYTHON_3_12,
    handler="index.handler",
    code=lambda_.Code.from_inline("def handler(event, context):\n    return event\n"),
    environment={"ZETA": "last", "ALPHA": "first"},
    description="versioned handler",
    timeout=Duration.seconds(10),
    reserved_concurrent_executions=10,
)
version = fn.current_version
live = fn.add_alias("live")
CfnOutput(stack, "VersionArn", value=version.function_arn)
CfnOutput(stack, "VersionNumber", value=version.version)
CfnOutput(stack, "AliasArn", value=live.function_arn)
CfnOutput(stack, "AliasName", value=live.function_name)

retained = lambda_.Function(
    stack,
    "Retained",
    runtime=lambda_.Runtime.NODEJS_22_X,
    handler="index.handler",
    code=lambda_.Code.from_inline("exports.handler = async () => 1;"),
    current_version_options=lambda_.VersionOptions(
        removal_policy=RemovalPolicy.RETAIN, description="kept", provisioned_concurrent_executions=2
    ),
)
retained.add_environment("BRAVO", "2")
retained.add_environment("ALPHA", "1")
prod = lambda_.Alias(
    stack,
    "Prod",
    alias_name="prod",
    version=retained.current_version,
    description="production traffic",
    provisioned_concurrent_executions=3,
)
prod.grant_invoke(iam.ServicePrincipal("events.amazonaws.com"))
prod.grant_invoke(iam.Role(stack, "Caller", assumed_by=iam.AccountRootPrincipal()))

explicit = lambda_.Version(stack, "Explicit", lambda_=fn, description="pinned", code_sha256="abc123=")
canary = lambda_.Alias(
    stack,
    "Canary",
    alias_name="canary",
    version=explicit,
    additional_versions=[lambda_.VersionWeight(version=version, weight=0.1)],
)
canary.add_permission("FromS3", principal=iam.ServicePrincipal("s3.amazonaws.com"))
explicit.add_alias("pinned")

imported = lambda_.Version.from_version_arn(
    stack, "ImportedVersion", "arn:aws:lambda:us-east-1:123456789012:function:external:7"
)
CfnOutput(stack, "ImportedVersionNumber", value=imported.version)
CfnOutput(stack, "ImportedName", value=imported.function_name)
imported_alias = lambda_.Alias.from_alias_attributes(
    stack, "ImportedAlias", alias_name="blue", alias_version=imported
)
CfnOutput(stack, "ImportedAliasArn", value=imported_alias.function_arn)
CfnOutput(stack, "LatestArn", value=fn.latest_version.function_arn)

app.synth()
