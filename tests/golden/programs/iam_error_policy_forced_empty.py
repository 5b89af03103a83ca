"""Meant to fail: a policy created with force=True but never given statements or principals."""

from purecdk import App, Stack
from purecdk import aws_iam as iam

app = App()
stack = Stack(app, "ForcedEmptyStack")
iam.Policy(stack, "Forced", force=True)

app.synth()
