"""The Lambda L1s cfn-lint has no schema for (MicrovmImage, NetworkConnector, WebFunction, WebFunctionEndpoint,
WebFunctionRevision), every property set. The validation engine bundled with aws-cdk-lib does not know the
WebFunction types either: the default variant warns about them, the recommended one fails (F3006)."""

from purecdk import App, Aws, CfnOutput, CfnTag, Stack
from purecdk import aws_lambda as lambda_

app = App()
stack = Stack(app, "LambdaNewTypesStack")

role_arn = f"arn:{Aws.PARTITION}:iam::{Aws.ACCOUNT_ID}:role/builder"

connector = lambda_.CfnNetworkConnector(
    stack,
    "Connector",
    name="egress-connector",
    operator_role=role_arn,
    configuration=lambda_.CfnNetworkConnector.ConfigProperty(
        vpc_egress_configuration=lambda_.CfnNetworkConnector.VpcEgressConfigurationProperty(
            associated_compute_resource_types=["MicroVm"],
            network_protocol="IPv4",
            security_group_ids=["sg-0123456789abcdef0"],
            subnet_ids=["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"],
        )
    ),
    tags=[CfnTag(key="kind", value="connector")],
)

image = lambda_.CfnMicrovmImage(
    stack,
    "Image",
    name="builder-image",
    description="An image for builds",
    base_image_arn=f"arn:{Aws.PARTITION}:lambda:{Aws.REGION}:aws:microvm-image:al2023",
    base_image_version="1",
    build_role_arn="arn:aws:iam::123456789012:role/image-builder",
    additional_os_capabilities=["ALL"],
    code_artifact=lambda_.CfnMicrovmImage.CodeArtifactProperty(uri="s3://artifacts/builder.zip"),
    cpu_configurations=[lambda_.CfnMicrovmImage.CpuConfigurationProperty(architecture="ARM_64")],
    egress_network_connectors=[connector.attr_arn],
    environment_variables=[
        lambda_.CfnMicrovmImage.EnvironmentVariableProperty(key="STAGE", value="prod"),
        lambda_.CfnMicrovmImage.EnvironmentVariableProperty(key="EMPTY", value=""),
    ],
    hooks=lambda_.CfnMicrovmImage.HooksProperty(
        port=8080,
        microvm_hooks=lambda_.CfnMicrovmImage.MicrovmHooksProperty(
            resume="ENABLED",
            resume_timeout_in_seconds=10,
            run="ENABLED",
            run_timeout_in_seconds=20,
            suspend="DISABLED",
            suspend_timeout_in_seconds=30,
            terminate="ENABLED",
            terminate_timeout_in_seconds=40,
        ),
        microvm_image_hooks=lambda_.CfnMicrovmImage.MicrovmImageHooksProperty(
            ready="ENABLED", ready_timeout_in_seconds=600, validate="DISABLED", validate_timeout_in_seconds=60
        ),
    ),
    logging=lambda_.CfnMicrovmImage.LoggingProperty(
        disabled=False,
        cloud_watch=lambda_.CfnMicrovmImage.CloudWatchLoggingProperty(log_group="/builds", log_stream="image"),
    ),
    resources=[lambda_.CfnMicrovmImage.ResourcesProperty(minimum_memory_in_mib=2048)],
    tags=[CfnTag(key="kind", value="image")],
)

web_function = lambda_.CfnWebFunction(
    stack, "WebFunction", function_name="storefront", tags=[CfnTag(key="kind", value="web")]
)

revision = lambda_.CfnWebFunctionRevision(
    stack,
    "Revision",
    function_name=web_function.ref,
    description="First revision",
    kms_key_arn=f"arn:{Aws.PARTITION}:kms:{Aws.REGION}:{Aws.ACCOUNT_ID}:key/1234abcd-12ab-34cd-56ef-1234567890ab",
    build_config=lambda_.CfnWebFunctionRevision.BuildConfigProperty(
        code_config=lambda_.CfnWebFunctionRevision.CodeConfigProperty(
            s3_object=lambda_.CfnWebFunctionRevision.S3ObjectProperty(
                bucket="artifacts", key="storefront.zip", version_id="7"
            )
        ),
        runtime_config=lambda_.CfnWebFunctionRevision.RuntimeConfigProperty(runtime="nodejs24.x"),
    ),
    service_config=lambda_.CfnWebFunctionRevision.ServiceConfigProperty(
        execution_role_arn=role_arn,
        egress_network_connector_arn=connector.attr_arn,
        environment_variables={"STAGE": "prod", "REGION": Aws.REGION},
        max_concurrency_per_environment=50,
        timeout_seconds=30,
        telemetry_config=lambda_.CfnWebFunctionRevision.TelemetryConfigProperty(
            logging_config=lambda_.CfnWebFunctionRevision.LoggingConfigProperty(
                application_log_level="INFO", log_group="/web/storefront", system_log_level="WARN"
            )
        ),
    ),
)

endpoint = lambda_.CfnWebFunctionEndpoint(
    stack,
    "Endpoint",
    function_name=web_function.ref,
    endpoint_name="public",
    endpoint_type="REGIONAL",
    auth_type="NONE",
    description="Public endpoint",
    regions=["us-east-1", "eu-west-1"],
    revision_weights=[
        lambda_.CfnWebFunctionEndpoint.RevisionWeightProperty(revision_id=revision.attr_revision_id, weight=90),
        {"revisionId": "previous", "weight": 10},
    ],
    scaling_config=lambda_.CfnWebFunctionEndpoint.ScalingConfigProperty(max_environments=5),
    throttle_config=lambda_.CfnWebFunctionEndpoint.ThrottleConfigProperty(rate_limit=100),
)

CfnOutput(stack, "ImageArn", value=image.attr_image_arn)
CfnOutput(stack, "ImageState", value=image.attr_state)
CfnOutput(stack, "ConnectorVersion", value=connector.attr_latest_version_arn)
CfnOutput(stack, "FunctionArn", value=web_function.attr_function_arn)
CfnOutput(stack, "RevisionArn", value=revision.attr_revision_arn)
CfnOutput(stack, "EndpointDomain", value=endpoint.attr_domain_name)

app.synth()
