"""Imported roles: by ARN and name, mutable or not, from other accounts, and Role.without_policy_updates."""

from purecdk import App, Environment, Fn, Stack
from purecdk import aws_iam as iam

app = App()
stack = Stack(app, "ImportStack", env=Environment(account="123456789012", region="us-east-1"))

same_account = iam.Role.from_role_arn(stack, "SameAccount", "arn:aws:iam::123456789012:role/path/to/Same")
same_account.add_to_principal_policy(iam.PolicyStatement(actions=["s3:GetObject"], resources=["*"]))
same_account.add_to_principal_policy(iam.PolicyStatement(actions=["s3:PutObject"], resources=["*"]))

other_account = iam.Role.from_role_arn(stack, "OtherAccount", "arn:aws:iam::999999999999:role/Other")
other_account.add_to_principal_policy(iam.PolicyStatement(actions=["s3:GetObject"], resources=["*"]))

by_name = iam.Role.from_role_name(stack, "ByName", "NamedRole", default_policy_name="CustomPolicyName")
by_name.add_to_principal_policy(iam.PolicyStatement(actions=["sqs:SendMessage"], resources=["*"]))
by_name.add_managed_policy(
    iam.ManagedPolicy(stack, "Attached", statements=[iam.PolicyStatement(actions=["sns:Publish"], resources=["*"])])
)
by_name.add_managed_policy(
    iam.ManagedPolicy.from_managed_policy_arn(stack, "ReadOnly", "arn:aws:iam::aws:policy/ReadOnlyAccess")
)

immutable = iam.Role.from_role_arn(stack, "Immutable", "arn:aws:iam::123456789012:role/Fixed", mutable=False)
immutable.add_to_principal_policy(iam.PolicyStatement(actions=["s3:GetObject"], resources=["*"]))

token_arn = iam.Role.from_role_arn(stack, "TokenArn", Fn.import_value("SharedRoleArn"))
token_arn.add_to_principal_policy(iam.PolicyStatement(actions=["kms:Decrypt"], resources=["*"]))

role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("codebuild.amazonaws.com"))
frozen = role.without_policy_updates()
frozen.add_to_principal_policy(iam.PolicyStatement(actions=["s3:DeleteObject"], resources=["*"]))
role.without_policy_updates().add_to_principal_policy(iam.PolicyStatement(actions=["s3:DeleteBucket"], resources=["*"]))
role.add_to_policy(iam.PolicyStatement(actions=["s3:GetObject"], resources=["*"]))

user = iam.User(stack, "User")
same_account.grant_pass_role(user)
immutable.grant_assume_role(user)
token_arn.grant(user, "iam:GetRole")

app.synth()
