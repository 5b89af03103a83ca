"""lambda_.Function with inline code: service role + AWSLambdaBasicExecutionRole, options, the managed log group."""

from purecdk import App, CfnOutput, Duration, Stack
from purecdk import aws_lambda as lambda_

app = App()
stack = Stack(app, "LambdaInline")

handler = lambda_.Function(
    stack,
    "Handler",
    runtime=lambda_.Runtime.PYTHON_3_12,
    handler="index.handler",
    code=lambda_.Code.from_inline("def handler(event, context):\n    return event\n"),
)
configured = lambda_.Function(
    stack,
    "Configured",
    function_name="scan-notifier",
    description="Notifies about ECR scan findings",
    runtime=lambda_.Runtime.NODEJS_22_X,
    handler="index.handler",
    code=lambda_.Code.from_inline("exports.handler = async (e) => e;"),
    environment={"TABLE_NAME": "findings", "LOG_LEVEL": "debug"},
    timeout=Duration.minutes(2),
    memory_size=512,
    architecture=lambda_.Architecture.ARM_64,
    tracing=lambda_.Tracing.ACTIVE,
    reserved_concurrent_executions=5,
    logging_format=lambda_.LoggingFormat.JSON,
    application_log_level_v2=lambda_.ApplicationLogLevel.WARN,
    system_log_level_v2=lambda_.SystemLogLevel.INFO,
    recursive_loop=lambda_.RecursiveLoop.TERMINATE,
)
configured.add_environment("EXTRA_SETTING", "on")
lambda_.Function(
    stack,
    "Latest",
    runtime=lambda_.Runtime.PYTHON_3_13,
    handler="app.main",
    code=lambda_.Code.from_inline("def main(event, context):\n    pass\n"),
    tracing=lambda_.Tracing.PASS_THROUGH,
    architecture=lambda_.Architecture.X86_64,
)

CfnOutput(stack, "HandlerArn", value=handler.function_arn)
CfnOutput(stack, "HandlerName", value=handler.function_name)
CfnOutput(stack, "RoleArn", value=handler.role.role_arn)
CfnOutput(stack, "ConfiguredName", value=configured.function_name)

app.synth()
