"""IAM L1s: roles, users, groups, policies, an instance profile and an OIDC provider, wired by ref/attr_*."""

from purecdk import App, Aws, CfnOutput, CfnTag, Fn, Stack, Tags
from purecdk import aws_iam as iam

app = App()
stack = Stack(app, "IamL1Stack")

read_logs = {
    "Version": "2012-10-17",
    "Statement": [
        {
            "Effect": "Allow",
            "Action": ["logs:GetLogEvents", "logs:FilterLogEvents"],
            "Resource": f"arn:{Aws.PARTITION}:logs:{Aws.REGION}:{Aws.ACCOUNT_ID}:log-group:/app/*",
        }
    ],
}

boundary = iam.CfnManagedPolicy(
    stack,
    "Boundary",
    managed_policy_name="app-boundary",
    description="Permissions boundary of the application roles",
    path="/boundaries/",
    policy_document={
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Action": ["logs:*", "s3:GetObject"], "Resource": "*"}],
    },
)

role = iam.CfnRole(
    stack,
    "Role",
    role_name="app-role",
    description="Role of the application",
    path="/app/",
    max_session_duration=7200,
    assume_role_policy_document={
        "Version": "2012-10-17",
        "Statement": [
            {
                "Effect": "Allow",
                "Principal": {"Service": ["lambda.amazonaws.com", "ecs-tasks.amazonaws.com"]},
                "Action": "sts:AssumeRole",
                "Condition": {"StringEquals": {"aws:SourceAccount": Aws.ACCOUNT_ID}},
            }
        ],
    },
    managed_policy_arns=[
        f"arn:{Aws.PARTITION}:iam::aws:policy/ReadOnlyAccess",
        boundary.ref,
    ],
    permissions_boundary=boundary.attr_policy_arn,
    policies=[
        iam.CfnRole.PolicyProperty(policy_name="read-logs", policy_document=read_logs),
        iam.CfnRole.PolicyProperty(
            policy_name="put-metrics",
            policy_document={
                "Version": "2012-10-17",
                "Statement": [{"Effect": "Allow", "Action": "cloudwatch:PutMetricData", "Resource": "*"}],
            },
        ),
    ],
    tags=[CfnTag(key="app", value="orders")],
)

group = iam.CfnGroup(
    stack,
    "Group",
    group_name="developers",
    path="/people/",
    managed_policy_arns=[f"arn:{Aws.PARTITION}:iam::aws:policy/IAMUserChangePassword"],
    policies=[iam.CfnGroup.PolicyProperty(policy_name="read-logs", policy_document=read_logs)],
)

user = iam.CfnUser(
    stack,
    "User",
    user_name="alice",
    path="/people/",
    groups=[group.ref],
    login_profile=iam.CfnUser.LoginProfileProperty(
        password="{{resolve:secretsmanager:alice-initial-password:SecretString:password}}",
        password_reset_required=True,
    ),
    managed_policy_arns=[boundary.ref],
    permissions_boundary=boundary.ref,
    policies=[
        iam.CfnUser.PolicyProperty(
            policy_name="assume-app-role",
            policy_document={
                "Version": "2012-10-17",
                "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": role.attr_arn}],
            },
        )
    ],
    tags=[CfnTag(key="team", value="payments")],
)

iam.CfnPolicy(
    stack,
    "InlinePolicy",
    policy_name="shared-read",
    policy_document=read_logs,
    roles=[role.ref],
    users=[user.ref],
    groups=[group.ref],
)

iam.CfnManagedPolicy(
    stack,
    "Attached",
    policy_document={
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Deny", "NotAction": "iam:*", "NotResource": role.attr_arn}],
    },
    roles=[role.ref],
    users=[user.ref],
    groups=[group.ref],
)

profile = iam.CfnInstanceProfile(
    stack, "InstanceProfile", roles=[role.ref], instance_profile_name="app-profile", path="/app/"
)

oidc = iam.CfnOIDCProvider(
    stack,
    "GithubOidc",
    url="https://token.actions.githubusercontent.com",
    client_id_list=["sts.amazonaws.com"],
    thumbprint_list=["6938fd4d98bab03faadb97b34396831e3780aea1"],
    tags=[CfnTag(key="provider", value="github")],
)

Tags.of(stack).add("stack", "iam-l1")

CfnOutput(stack, "RoleArn", value=role.attr_arn)
CfnOutput(stack, "RoleId", value=role.attr_role_id)
CfnOutput(stack, "UserArn", value=user.attr_arn)
CfnOutput(stack, "GroupArn", value=group.attr_arn)
CfnOutput(stack, "BoundaryId", value=boundary.attr_policy_id)
CfnOutput(stack, "BoundaryVersion", value=boundary.attr_default_version_id)
CfnOutput(stack, "BoundaryUpdated", value=Fn.join(" ", [boundary.attr_create_date, boundary.attr_update_date]))
CfnOutput(stack, "ProfileArn", value=profile.attr_arn)
CfnOutput(stack, "OidcArn", value=oidc.attr_arn)

app.synth()
