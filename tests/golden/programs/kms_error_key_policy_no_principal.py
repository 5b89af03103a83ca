"""Meant to fail: a key policy statement without a principal (resource policy validation at synthesis)."""

from purecdk import App, Stack
from purecdk import aws_iam as iam
from purecdk import aws_kms as kms

app = App()
stack = Stack(app, "KeyPolicyNoPrincipalStack")
key = kms.Key(stack, "Key")
key.add_to_resource_policy(iam.PolicyStatement(actions=["kms:Decrypt"], resources=["*"]))

app.synth()
