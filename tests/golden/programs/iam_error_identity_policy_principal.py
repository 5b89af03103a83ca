"""Meant to fail: an identity policy statement with a principal and without resources (inline role policy)."""

from purecdk import App, Stack
from purecdk import aws_iam as iam

app = App()
stack = Stack(app, "IdentityPrincipalStack")
role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("ec2.amazonaws.com"))
role.add_to_policy(iam.PolicyStatement(actions=["s3:GetObject"], principals=[iam.AnyPrincipal()]))

app.synth()
