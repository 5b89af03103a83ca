"""IAM across stacks: grants on another stack's key, and policies attached to another stack's identities."""

from purecdk import App, Stack
from purecdk import aws_iam as iam
from purecdk import aws_kms as kms

app = App()
keys = Stack(app, "KeyStack")
key = kms.Key(keys, "Key")

identities = Stack(app, "IdentityStack")
role = iam.Role(identities, "Role", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
user = iam.User(identities, "User")
group = iam.Group(identities, "Group")
key.grant_decrypt(role)
key.grant_encrypt(user)
role.add_to_principal_policy(iam.PolicyStatement(actions=["kms:DescribeKey"], resources=[key.key_arn]))

policies = Stack(app, "PolicyStack")
iam.Policy(
    policies,
    "Policy",
    statements=[iam.PolicyStatement(actions=["kms:Encrypt"], resources=[key.key_arn])],
    roles=[role],
    users=[user],
    groups=[group],
)
iam.ManagedPolicy(
    policies,
    "Managed",
    statements=[iam.PolicyStatement(actions=["kms:ListAliases"], resources=["*"])],
    roles=[role],
    users=[user],
)
other_role = iam.Role(policies, "OtherRole", assumed_by=iam.ArnPrincipal(role.role_arn))
deployer = iam.Role(policies, "Deployer", assumed_by=iam.ServicePrincipal("codebuild.amazonaws.com"))
other_role.grant_pass_role(deployer)
role.grant_pass_role(deployer)

app.synth()
