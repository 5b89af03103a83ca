"""Escape hatches on generated L1s: overrides on nested struct paths and list indexes, deletion overrides,
logical id overrides and properties changed after construction through the setters."""

from purecdk import App, CfnOutput, CfnTag, Duration, RemovalPolicy, Stack
from purecdk import aws_ecr as ecr
from purecdk import aws_events as events
from purecdk import aws_iam as iam
from purecdk import aws_kms as kms
from purecdk import aws_lambda as lambda_

app = App()
stack = Stack(app, "EscapeHatchesStack")

key = kms.CfnKey(stack, "Key", description="key of the repository")

repository = ecr.CfnRepository(
    stack,
    "Repository",
    repository_name="hatch",
    image_scanning_configuration=ecr.CfnRepository.ImageScanningConfigurationProperty(scan_on_push=False),
    lifecycle_policy=ecr.CfnRepository.LifecyclePolicyProperty(
        lifecycle_policy_text=(
            '{"rules":[{"rulePriority":1,"selection":{"tagStatus":"any","countType":"imageCountMoreThan",'
            '"countNumber":5},"action":{"type":"expire"}}]}'
        ),
        registry_id="123456789012",
    ),
    tags=[CfnTag(key="stage", value="dev")],
)
repository.apply_removal_policy(RemovalPolicy.RETAIN)
repository.add_property_override("ImageScanningConfiguration.ScanOnPush", True)
repository.add_property_override("EncryptionConfiguration.EncryptionType", "KMS")
repository.add_property_override("EncryptionConfiguration.KmsKey", key.attr_arn)
repository.add_property_deletion_override("LifecyclePolicy.RegistryId")
repository.add_deletion_override("UpdateReplacePolicy")
repository.add_override("Metadata.Reason", "escape hatch")
repository.override_logical_id("HatchRepository")
# setters after construction
repository.image_tag_mutability = "IMMUTABLE"
repository.empty_on_delete = True
repository.repository_policy_text = {"Version": "2012-10-17", "Statement": []}

role = iam.CfnRole(
    stack,
    "Role",
    assume_role_policy_document={
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}],
    },
    policies=[
        iam.CfnRole.PolicyProperty(
            policy_name="first",
            policy_document={
                "Version": "2012-10-17",
                "Statement": [
                    {
                        "Effect": "Allow",
                        "Action": "s3:GetObject",
                        "Resource": "*",
                        "Condition": {"Bool": {"aws:SecureTransport": "true"}},
                    }
                ],
            },
        ),
        iam.CfnRole.PolicyProperty(
            policy_name="second",
            policy_document={
                "Version": "2012-10-17",
                "Statement": [{"Effect": "Allow", "Action": "s3:PutObject", "Resource": "*"}],
            },
        ),
    ],
)
role.add_property_override("Policies.1.PolicyDocument.Statement.0.Effect", "Deny")
role.add_property_override("Policies.0.PolicyName", "renamed")
role.add_property_deletion_override("Policies.0.PolicyDocument.Statement.0.Condition")
role.add_property_override("AssumeRolePolicyDocument.Statement.0.Principal.Service", ["lambda.amazonaws.com", "edgelambda.amazonaws.com"])
role.description = "set after construction"
role.max_session_duration = Duration.hours(2).to_seconds()

function = lambda_.CfnFunction(
    stack,
    "Function",
    runtime="python3.13",
    handler="index.handler",
    role=role.attr_arn,
    code=lambda_.CfnFunction.CodeProperty(zip_file="def handler(event, context):\n    return None\n"),
    environment=lambda_.CfnFunction.EnvironmentProperty(variables={"ALPHA": "1"}),
    timeout=3,
)
function.environment = {"variables": {"ALPHA": "1", "BETA": "2"}}
function.add_property_override("Environment.Variables.GAMMA", "3")
function.add_property_deletion_override("Environment.Variables.ALPHA")
function.add_property_override("LoggingConfig", {"LogFormat": "JSON"})
function.timeout = 60
function.memory_size = 256

rule = events.CfnRule(
    stack,
    "Rule",
    schedule_expression="rate(1 hour)",
    targets=[
        events.CfnRule.TargetProperty(
            id="Function",
            arn=function.attr_arn,
            retry_policy=events.CfnRule.RetryPolicyProperty(maximum_retry_attempts=5),
        ),
        events.CfnRule.TargetProperty(id="Second", arn=function.attr_arn, input='{"a": 1}'),
    ],
)
rule.add_property_override("Targets.0.RetryPolicy.MaximumRetryAttempts", 2)
rule.add_property_override(
    "Targets.1.InputTransformer", {"InputPathsMap": {"time": "$.time"}, "InputTemplate": '{"at": <time>}'}
)
rule.add_property_deletion_override("Targets.1.Input")
rule.state = "DISABLED"

CfnOutput(stack, "RepositoryName", value=repository.ref)
CfnOutput(stack, "RepositoryUri", value=repository.attr_repository_uri)
CfnOutput(stack, "RoleArn", value=role.attr_arn)

app.synth()
