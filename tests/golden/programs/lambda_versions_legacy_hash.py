"""current_version with @aws-cdk/aws-lambda:recognizeVersionProps off: the whole resource is hashed."""

from purecdk import App, Duration, Stack, Tags
from purecdk import aws_lambda as lambda_

app = App(context={"@aws-cdk/aws-lambda:recognizeVersionProps": False})
stack = Stack(app, "LambdaLegacyHash")

fn = lambda_.Function(
    stack,
    "Handler",
    runtime=lambda_.Runtime.PYTHON_3_12,
    handler="index.handler",
    code=lambda_.Code.from_inline("def handler(event, context):\n    return event\n"),
    environment={"ZETA": "last", "ALPHA": "first"},
    reserved_concurrent_executions=3,
    timeout=Duration.seconds(5),
)
Tags.of(fn).add("owner", "platform")
fn.add_alias("live")

nameless = lambda_.Function(
    stack,
    "Other",
    runtime=lambda_.Runtime.NODEJS_22_X,
    handler="index.handler",
    code=lambda_.Code.from_inline("exports.handler = async () => 1;"),
)
nameless.node.default_child.add_property_override("Description", "overridden")
nameless.invalidate_version_based_on("build-42")
nameless.current_version.add_alias("beta")

app.synth()
