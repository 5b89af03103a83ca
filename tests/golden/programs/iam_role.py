"""Role: trust policy, managed and inline policies, boundary, session duration, path, name, grants."""

from purecdk import App, CfnOutput, Duration, Stack
from purecdk import aws_iam as iam

app = App()
stack = Stack(app, "RoleStack")

boundary = iam.ManagedPolicy(
    stack,
    "Boundary",
    statements=[iam.PolicyStatement(actions=["s3:*", "sqs:*"], resources=["*"])],
)
role = iam.Role(
    stack,
    "Role",
    assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"),
    description="A role for a function",
    max_session_duration=Duration.hours(4),
    path="/service/",
    managed_policies=[iam.ManagedPolicy.from_aws_managed_policy_name("service-role/AWSLambdaBasicExecutionRole")],
    inline_policies={
        "Logs": iam.PolicyDocument(
            statements=[iam.PolicyStatement(actions=["logs:PutLogEvents"], resources=["*"])]
        )
    },
    permissions_boundary=boundary,
)
role.add_to_policy(iam.PolicyStatement(actions=["s3:GetObject"], resources=["arn:aws:s3:::bucket/*"]))
role.add_to_principal_policy(iam.PolicyStatement(actions=["s3:ListBucket"], resources=["arn:aws:s3:::bucket"]))
role.add_managed_policy(iam.ManagedPolicy.from_aws_managed_policy_name("ReadOnlyAccess"))
role.add_managed_policy(iam.ManagedPolicy.from_aws_managed_policy_name("ReadOnlyAccess"))
role.add_managed_policy(iam.ManagedPolicy.from_managed_policy_name(stack, "Mine", "my-policy"))
extra = iam.Policy(stack, "Extra", statements=[iam.PolicyStatement(actions=["sns:Publish"], resources=["*"])])
role.attach_inline_policy(extra)

named = iam.Role(
    stack,
    "Named",
    role_name="my-named-role",
    assumed_by=iam.AccountPrincipal("123456789012"),
    external_ids=["secret-id"],
)
two_ids = iam.Role(
    stack,
    "TwoExternalIds",
    assumed_by=iam.AccountRootPrincipal(),
    external_ids=["a", "b"],
)
composite = iam.Role(
    stack,
    "Composite",
    assumed_by=iam.CompositePrincipal(
        iam.ServicePrincipal("ecs-tasks.amazonaws.com"),
        iam.ServicePrincipal("ec2.amazonaws.com"),
    ),
)

role.grant_assume_role(named)
role.grant_pass_role(composite)
named.grant(composite, "iam:GetRole", "iam:TagRole")
two_ids.grant_assume_role(iam.ArnPrincipal("arn:aws:iam::123456789012:user/ops"))

CfnOutput(stack, "RoleArn", value=role.role_arn)
CfnOutput(stack, "RoleName", value=role.role_name)
CfnOutput(stack, "RoleId", value=role.role_id)
CfnOutput(stack, "NamedArn", value=named.role_arn)
CfnOutput(stack, "NamedName", value=named.role_name)

app.synth()
