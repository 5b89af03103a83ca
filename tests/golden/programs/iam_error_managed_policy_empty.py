"""Meant to fail: a managed policy without statements (validation error at synthesis)."""

from purecdk import App, Stack
from purecdk import aws_iam as iam

app = App()
stack = Stack(app, "EmptyManagedPolicyStack")
iam.ManagedPolicy(stack, "Empty")

app.synth()
