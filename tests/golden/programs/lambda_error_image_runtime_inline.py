"""Meant to fail: inline code with the image runtime (Runtime.FROM_IMAGE needs image code)."""

from purecdk import App, Stack
from purecdk import aws_lambda as lambda_

app = App()
stack = Stack(app, "LambdaImageRuntimeInline")
lambda_.Function(
    stack,
    "Fn",
    code=lambda_.Code.from_inline("def handler(event, context):\n    return 1\n"),
    handler="index.handler",
    runtime=lambda_.Runtime.FROM_IMAGE,
)

app.synth()
