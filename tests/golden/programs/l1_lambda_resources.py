"""Lambda L1s: a layer, a function with many nested structs and an environment map, a version, an alias,
permissions, a function URL and an event source mapping (map-free tags of the "v2" kind)."""

from purecdk import App, Aws, CfnOutput, CfnTag, Stack
from purecdk import aws_iam as iam
from purecdk import aws_lambda as lambda_

app = App()
stack = Stack(app, "LambdaL1Stack")

role = iam.CfnRole(
    stack,
    "Role",
    assume_role_policy_document={
        "Version": "2012-10-17",
        "Statement": [
            {"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}
        ],
    },
    managed_policy_arns=[f"arn:{Aws.PARTITION}:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"],
)

layer = lambda_.CfnLayerVersion(
    stack,
    "Layer",
    layer_name="shared-utils",
    description="Shared helpers",
    license_info="Apache-2.0",
    compatible_architectures=["arm64"],
    compatible_runtimes=["python3.13", "python3.12"],
    content=lambda_.CfnLayerVersion.ContentProperty(
        s3_bucket="artifacts-bucket", s3_key="layers/shared-utils.zip", s3_object_version="3"
    ),
)

lambda_.CfnLayerVersionPermission(
    stack,
    "LayerPermission",
    action="lambda:GetLayerVersion",
    layer_version_arn=layer.ref,
    principal="*",
    organization_id="o-1234567890",
)

function = lambda_.CfnFunction(
    stack,
    "Function",
    function_name="orders-handler",
    description="Handles orders",
    runtime="python3.13",
    handler="index.handler",
    role=role.attr_arn,
    code=lambda_.CfnFunction.CodeProperty(zip_file="def handler(event, context):\n    return event\n"),
    architectures=["arm64"],
    memory_size=512,
    timeout=30,
    reserved_concurrent_executions=10,
    layers=[layer.ref],
    environment=lambda_.CfnFunction.EnvironmentProperty(
        variables={"TABLE": "orders", "STAGE": "prod", "REGION": Aws.REGION}
    ),
    ephemeral_storage=lambda_.CfnFunction.EphemeralStorageProperty(size=1024),
    dead_letter_config=lambda_.CfnFunction.DeadLetterConfigProperty(
        target_arn=f"arn:{Aws.PARTITION}:sqs:{Aws.REGION}:{Aws.ACCOUNT_ID}:orders-dlq"
    ),
    tracing_config=lambda_.CfnFunction.TracingConfigProperty(mode="Active"),
    logging_config=lambda_.CfnFunction.LoggingConfigProperty(
        log_format="JSON", application_log_level="INFO", system_log_level="WARN", log_group="/app/orders"
    ),
    vpc_config=lambda_.CfnFunction.VpcConfigProperty(
        subnet_ids=["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"],
        security_group_ids=["sg-0123456789abcdef0"],
        ipv6_allowed_for_dual_stack=False,
    ),
    runtime_management_config=lambda_.CfnFunction.RuntimeManagementConfigProperty(update_runtime_on="Auto"),
    recursive_loop="Terminate",
    kms_key_arn=f"arn:{Aws.PARTITION}:kms:{Aws.REGION}:{Aws.ACCOUNT_ID}:key/1234abcd-12ab-34cd-56ef-1234567890ab",
    tags=[CfnTag(key="service", value="orders")],
)

version = lambda_.CfnVersion(
    stack,
    "Version",
    function_name=function.ref,
    description="First version",
    provisioned_concurrency_config=lambda_.CfnVersion.ProvisionedConcurrencyConfigurationProperty(
        provisioned_concurrent_executions=2
    ),
    runtime_policy=lambda_.CfnVersion.RuntimePolicyProperty(update_runtime_on="FunctionUpdate"),
)

alias = lambda_.CfnAlias(
    stack,
    "Alias",
    name="live",
    description="The live version",
    function_name=function.ref,
    function_version=version.attr_version,
    routing_config=lambda_.CfnAlias.AliasRoutingConfigurationProperty(
        additional_version_weights=[
            lambda_.CfnAlias.VersionWeightProperty(function_version="1", function_weight=0.1)
        ]
    ),
)

lambda_.CfnPermission(
    stack,
    "InvokeFromEvents",
    action="lambda:InvokeFunction",
    function_name=function.attr_arn,
    principal="events.amazonaws.com",
    source_account=Aws.ACCOUNT_ID,
    source_arn=f"arn:{Aws.PARTITION}:events:{Aws.REGION}:{Aws.ACCOUNT_ID}:rule/orders",
)

lambda_.CfnPermission(
    stack,
    "InvokeUrl",
    action="lambda:InvokeFunctionUrl",
    function_name=alias.ref,
    principal="*",
    function_url_auth_type="NONE",
)

url = lambda_.CfnUrl(
    stack,
    "Url",
    auth_type="NONE",
    target_function_arn=function.attr_arn,
    qualifier="live",
    invoke_mode="RESPONSE_STREAM",
    cors=lambda_.CfnUrl.CorsProperty(
        allow_credentials=True,
        allow_headers=["content-type"],
        allow_methods=["GET", "POST"],
        allow_origins=["https://example.com"],
        expose_headers=["x-request-id"],
        max_age=300,
    ),
)
url.add_resource_dependency(alias)

mapping = lambda_.CfnEventSourceMapping(
    stack,
    "Mapping",
    function_name=alias.ref,
    event_source_arn=f"arn:{Aws.PARTITION}:sqs:{Aws.REGION}:{Aws.ACCOUNT_ID}:orders",
    batch_size=10,
    maximum_batching_window_in_seconds=5,
    enabled=True,
    function_response_types=["ReportBatchItemFailures"],
    filter_criteria=lambda_.CfnEventSourceMapping.FilterCriteriaProperty(
        filters=[
            lambda_.CfnEventSourceMapping.FilterProperty(pattern='{"body": {"type": ["order"]}}'),
            lambda_.CfnEventSourceMapping.FilterProperty(pattern='{"body": {"type": ["refund"]}}'),
        ]
    ),
    scaling_config=lambda_.CfnEventSourceMapping.ScalingConfigProperty(maximum_concurrency=5),
    metrics_config=lambda_.CfnEventSourceMapping.MetricsConfigProperty(metrics=["EventCount"]),
    tags=[CfnTag(key="source", value="sqs")],
)

CfnOutput(stack, "FunctionArn", value=function.attr_arn)
CfnOutput(stack, "FunctionName", value=function.ref)
CfnOutput(stack, "VersionArn", value=version.attr_function_arn)
CfnOutput(stack, "AliasArn", value=alias.attr_alias_arn)
CfnOutput(stack, "FunctionUrl", value=url.attr_function_url)
CfnOutput(stack, "MappingArn", value=mapping.attr_event_source_mapping_arn)
CfnOutput(stack, "MappingId", value=mapping.attr_id)
CfnOutput(stack, "LayerArn", value=layer.attr_layer_version_arn)

app.synth()
