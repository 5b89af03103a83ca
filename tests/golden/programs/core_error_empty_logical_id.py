"""A construct id with no alphanumeric characters yields an empty logical id: synthesis fails."""

from purecdk import App, Stack
from purecdk import aws_sqs as sqs

app = App()
stack = Stack(app, "EmptyLogicalIdStack")

sqs.CfnQueue(stack, "Fine")
sqs.CfnQueue(stack, "!@#$%")

app.synth()
