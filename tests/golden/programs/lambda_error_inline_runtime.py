"""Meant to fail: inline code is only allowed for Node.js and Python runtimes."""

from purecdk import App, Stack
from purecdk import aws_lambda as lambda_

app = App()
stack = Stack(app, "LambdaInlineJava")
lambda_.Function(
    stack, "Fn", runtime=lambda_.Runtime.JAVA_21, handler="Handler::handle", code=lambda_.Code.from_inline("class X {}")
)

app.synth()
