"""Logical ids from long ids (> 255 characters) and ids with non-alphanumeric characters."""

from purecdk import App, CfnOutput, Stack
from purecdk import aws_sqs as sqs
from purecdk.constructs import Construct

app = App()
stack = Stack(app, "IdsStack")

long_id = "VeryLongConstructIdentifier" * 12
sqs.CfnQueue(stack, long_id)
sqs.CfnQueue(Construct(Construct(stack, "Outer" * 30), "Inner" * 30), "Queue" * 30)

sqs.CfnQueue(stack, "with-dashes_and_underscores")
sqs.CfnQueue(stack, "with spaces and.dots")
sqs.CfnQueue(stack, "Ünïcödé-ïds")
sqs.CfnQueue(stack, "123StartsWithDigits")
sqs.CfnQueue(stack, "!@#$%^&*()+=[]{};:'\",<>?|`~X")
sqs.CfnQueue(stack, "with/slash")
sqs.CfnQueue(Construct(stack, "a.b"), "c-d")
sqs.CfnQueue(Construct(stack, "ab"), "cd")

CfnOutput(stack, "Output With Spaces", value="spaces")
CfnOutput(stack, "output-" + "x" * 300, value="long")

app.synth()
