"""PermissionsBoundary.of(scope): apply to every role and user (L2 and L1) under a scope, clear in a sub-scope."""

from purecdk import App, Stack
from purecdk import aws_iam as iam
from purecdk.constructs import Construct

app = App()
stack = Stack(app, "BoundaryStack")

boundary = iam.ManagedPolicy(
    stack, "Boundary", statements=[iam.PolicyStatement(actions=["s3:*", "sqs:*"], resources=["*"])]
)
own_boundary = iam.ManagedPolicy.from_managed_policy_name(stack, "OwnBoundary", "team-boundary")

iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
iam.Role(
    stack, "RoleWithBoundary", assumed_by=iam.AccountRootPrincipal(), permissions_boundary=own_boundary
)
iam.User(stack, "User")
iam.Group(stack, "Group")
iam.CfnRole(
    stack,
    "L1Role",
    assume_role_policy_document={
        "Version": "2012-10-17",
        "Statement": [
            {"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}
        ],
    },
)
iam.CfnUser(stack, "L1User", user_name="l1-user")
PermissionsBoundary = iam.PermissionsBoundary
PermissionsBoundary.of(stack).apply(boundary)

unbounded = Construct(stack, "Unbounded")
iam.Role(
    unbounded, "Role", assumed_by=iam.ServicePrincipal("ec2.amazonaws.com"), permissions_boundary=own_boundary
)
iam.User(unbounded, "User", permissions_boundary=own_boundary)
PermissionsBoundary.of(unbounded).clear()

other = Construct(stack, "Other")
iam.Role(other, "Role", assumed_by=iam.ServicePrincipal("ec2.amazonaws.com"))
PermissionsBoundary.of(other).apply(own_boundary)

app.synth()
