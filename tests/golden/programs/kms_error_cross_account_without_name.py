"""Meant to fail: granting a key to a role of another account that has no physical name."""

from purecdk import App, Environment, Stack
from purecdk import aws_iam as iam
from purecdk import aws_kms as kms

app = App()
key_stack = Stack(app, "KeyStack", env=Environment(account="111111111111", region="us-east-1"))
key = kms.Key(key_stack, "Key")
other = Stack(app, "OtherStack", env=Environment(account="222222222222", region="us-east-1"))
role = iam.Role(other, "Role", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
key.grant_decrypt(role)

app.synth()
