"""Meant to fail: current_version hashes only known properties; an override adds an unclassified one."""

from purecdk import App, Stack
from purecdk import aws_lambda as lambda_

app = App()
stack = Stack(app, "LambdaVersionUnknownProperty")
fn = lambda_.Function(
    stack,
    "Fn",
    code=lambda_.Code.from_inline("def handler(event, context):\n    return 1\n"),
    handler="index.handler",
    runtime=lambda_.Runtime.PYTHON_3_12,
)
fn.node.default_child.add_property_override("BrandNewSetting", {"Enabled": True})
fn.add_alias("live")

app.synth()
