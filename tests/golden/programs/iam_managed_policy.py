"""ManagedPolicy: names, paths, descriptions, attachments, imports and grants to the policy itself."""

from purecdk import App, CfnOutput, Stack
from purecdk import aws_iam as iam

app = App()
stack = Stack(app, "ManagedPolicyStack")

user = iam.User(stack, "User")
group = iam.Group(stack, "Group")
role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("states.amazonaws.com"))

named = iam.ManagedPolicy(
    stack,
    "Named",
    managed_policy_name="my-managed-policy",
    description="Read the logs",
    path="/teams/ops/",
    statements=[iam.PolicyStatement(actions=["logs:GetLogEvents"], resources=["*"])],
    users=[user],
    groups=[group],
    roles=[role],
)
named.add_statements(iam.PolicyStatement(actions=["logs:FilterLogEvents"], resources=["*"]))

plain = iam.ManagedPolicy(
    stack,
    "Plain",
    document=iam.PolicyDocument(statements=[iam.PolicyStatement(actions=["s3:GetObject"], resources=["*"])]),
)
plain.attach_to_role(role)
plain.attach_to_role(role)
plain.attach_to_user(user)
plain.attach_to_group(group)

granted = iam.ManagedPolicy(stack, "Granted")
iam.Grant.add_to_principal(grantee=granted, actions=["sqs:SendMessage"], resource_arns=["*"])
role.add_managed_policy(granted)

by_name = iam.ManagedPolicy.from_managed_policy_name(stack, "ByName", "existing")
by_arn = iam.ManagedPolicy.from_managed_policy_arn(stack, "ByArn", "arn:aws:iam::123456789012:policy/team/thing")
aws = iam.ManagedPolicy.from_aws_managed_policy_name("job-function/ViewOnlyAccess")
for policy in (by_name, by_arn, aws):
    role.add_managed_policy(policy)
user.add_managed_policy(aws)

CfnOutput(stack, "NamedArn", value=named.managed_policy_arn)
CfnOutput(stack, "NamedName", value=named.managed_policy_name)
CfnOutput(stack, "PlainName", value=plain.managed_policy_name)
CfnOutput(stack, "ByNameArn", value=by_name.managed_policy_arn)

app.synth()
