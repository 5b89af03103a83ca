"""Meant to fail: the additional versions of an alias get more than all of its traffic."""

from purecdk import App, Stack
from purecdk import aws_lambda as lambda_

app = App()
stack = Stack(app, "LambdaAliasWeights")
fn = lambda_.Function(
    stack,
    "Fn",
    code=lambda_.Code.from_inline("def handler(event, context):\n    return 1\n"),
    handler="index.handler",
    runtime=lambda_.Runtime.PYTHON_3_12,
)
first = lambda_.Version(stack, "First", lambda_=fn)
second = lambda_.Version(stack, "Second", lambda_=fn)
lambda_.Alias(
    stack,
    "Split",
    alias_name="split",
    version=fn.current_version,
    additional_versions=[
        lambda_.VersionWeight(version=first, weight=0.7),
        lambda_.VersionWeight(version=second, weight=0.6),
    ],
)

app.synth()
