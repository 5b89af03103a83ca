"""LazyRole: an unused one is never synthesized; a used one gets the statements and policies added before."""

from purecdk import App, CfnOutput, Stack
from purecdk import aws_iam as iam

app = App()
stack = Stack(app, "LazyRoleStack")

iam.LazyRole(stack, "Unused", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))

unused_with_policy = iam.LazyRole(stack, "UnusedWithPolicy", assumed_by=iam.AccountRootPrincipal())
unused_with_policy.add_to_policy(iam.PolicyStatement(actions=["s3:GetObject"], resources=["*"]))

lazy = iam.LazyRole(
    stack,
    "Lazy",
    assumed_by=iam.ServicePrincipal("ecs-tasks.amazonaws.com"),
    role_name="lazy-role",
    description="created on first use",
    managed_policies=[iam.ManagedPolicy.from_aws_managed_policy_name("ReadOnlyAccess")],
)
result = lazy.add_to_principal_policy(iam.PolicyStatement(actions=["sqs:SendMessage"], resources=["*"]))
lazy.add_managed_policy(iam.ManagedPolicy.from_aws_managed_policy_name("AmazonS3ReadOnlyAccess"))
lazy.attach_inline_policy(
    iam.Policy(stack, "Inline", statements=[iam.PolicyStatement(actions=["sns:Publish"], resources=["*"])])
)
CfnOutput(stack, "LazyRoleArn", value=lazy.role_arn)
lazy.add_to_policy(iam.PolicyStatement(actions=["logs:PutLogEvents"], resources=["*"]))

granted = iam.LazyRole(stack, "Granted", assumed_by=iam.ServicePrincipal("ec2.amazonaws.com"))
user = iam.User(stack, "User")
granted.grant_pass_role(user)
granted.grant_assume_role(user)
CfnOutput(stack, "GrantedRoleName", value=granted.role_name)

app.synth()
