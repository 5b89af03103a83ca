"""Meant to fail: an empty policy attached to a role that already has a policy.

Attaching a second inline policy compares policy names, which counts as referencing both policies; a
referenced policy must have statements, so validation fails at synthesis.
"""

from purecdk import App, Stack
from purecdk import aws_iam as iam

app = App()
stack = Stack(app, "EmptyAttachedStack")
role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("ec2.amazonaws.com"))
iam.Policy(stack, "Full", statements=[iam.PolicyStatement(actions=["s3:*"], resources=["*"])], roles=[role])
iam.Policy(stack, "Empty", roles=[role])

app.synth()
