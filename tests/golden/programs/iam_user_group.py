"""User and Group: names, paths, groups, managed policies, boundaries, default policies and imports."""

from purecdk import App, CfnOutput, Stack
from purecdk import aws_iam as iam

app = App()
stack = Stack(app, "UserGroupStack")

admins = iam.Group(
    stack,
    "Admins",
    group_name="admins",
    path="/people/",
    managed_policies=[iam.ManagedPolicy.from_aws_managed_policy_name("AdministratorAccess")],
)
readers = iam.Group(stack, "Readers")
boundary = iam.ManagedPolicy(stack, "Boundary", statements=[iam.PolicyStatement(actions=["*"], resources=["*"])])

alice = iam.User(
    stack,
    "Alice",
    user_name="alice",
    path="/people/",
    groups=[admins],
    managed_policies=[iam.ManagedPolicy.from_aws_managed_policy_name("IAMUserChangePassword")],
    permissions_boundary=boundary,
)
bob = iam.User(stack, "Bob")
bob.add_to_group(readers)
readers.add_user(alice)
readers.add_managed_policy(iam.ManagedPolicy.from_aws_managed_policy_name("ReadOnlyAccess"))
bob.add_managed_policy(iam.ManagedPolicy.from_aws_managed_policy_name("ReadOnlyAccess"))

alice.add_to_policy(iam.PolicyStatement(actions=["s3:GetObject"], resources=["*"]))
readers.add_to_principal_policy(iam.PolicyStatement(actions=["s3:ListBucket"], resources=["*"]))

imported_user = iam.User.from_user_arn(stack, "Carol", "arn:aws:iam::123456789012:user/team/carol")
imported_user.add_to_group(readers)
imported_user.add_to_principal_policy(iam.PolicyStatement(actions=["sqs:ReceiveMessage"], resources=["*"]))
by_name = iam.User.from_user_name(stack, "Dave", "dave")
by_name.add_to_group(iam.Group.from_group_name(stack, "Existing", "existing-group"))

imported_group = iam.Group.from_group_arn(stack, "Ops", "arn:aws:iam::123456789012:group/ops")
imported_group.add_to_principal_policy(iam.PolicyStatement(actions=["ec2:RebootInstances"], resources=["*"]))
bob.add_to_group(imported_group)

many = iam.Group(stack, "Many", group_name="many-policies")
for name in ["A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K"]:
    many.add_managed_policy(iam.ManagedPolicy.from_managed_policy_name(stack, f"Policy{name}", f"policy-{name}"))

CfnOutput(stack, "AliceArn", value=alice.user_arn)
CfnOutput(stack, "AliceName", value=alice.user_name)
CfnOutput(stack, "AdminsArn", value=admins.group_arn)
CfnOutput(stack, "CarolName", value=imported_user.user_name)

app.synth()
