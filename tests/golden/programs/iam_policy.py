"""Policy: inline policies attached to users, groups and roles; forced, named, unattached and imported."""

from purecdk import App, CfnOutput, Stack
from purecdk import aws_iam as iam

app = App()
stack = Stack(app, "PolicyStack")

user = iam.User(stack, "User")
group = iam.Group(stack, "Group")
role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("ec2.amazonaws.com"))

iam.Policy(
    stack,
    "Everywhere",
    policy_name="everywhere",
    statements=[iam.PolicyStatement(actions=["ec2:Describe*"], resources=["*"])],
    users=[user],
    groups=[group],
    roles=[role],
)

later = iam.Policy(stack, "Later")
later.add_statements(iam.PolicyStatement(actions=["s3:ListAllMyBuckets"], resources=["*"]))
later.attach_to_role(role)
later.attach_to_role(role)
later.attach_to_user(user)

document = iam.PolicyDocument(statements=[iam.PolicyStatement(actions=["sqs:*"], resources=["*"])])
iam.Policy(stack, "WithDocument", document=document, groups=[group])

iam.Policy(stack, "Unattached", statements=[iam.PolicyStatement(actions=["sns:*"], resources=["*"])])

forced = iam.Policy(stack, "Forced", force=True, roles=[role])
forced.add_statements(iam.PolicyStatement(actions=["kms:ListKeys"], resources=["*"]))

referenced = iam.Policy(stack, "Referenced", statements=[iam.PolicyStatement(actions=["iam:ListRoles"], resources=["*"])])
referenced.attach_to_group(group)
CfnOutput(stack, "ReferencedName", value=referenced.policy_name)

imported_user = iam.User.from_user_name(stack, "ImportedUser", "alice")
iam.Policy(
    stack, "ForImported", statements=[iam.PolicyStatement(actions=["s3:GetObject"], resources=["*"])], users=[imported_user]
)
imported = iam.Policy.from_policy_name(stack, "ImportedPolicy", "existing-policy")
CfnOutput(stack, "ImportedName", value=imported.policy_name)

granted = iam.Policy(stack, "Granted", roles=[role])
iam.Grant.add_to_principal(grantee=granted, actions=["dynamodb:GetItem"], resource_arns=["arn:aws:dynamodb:::table/t"])

app.synth()
