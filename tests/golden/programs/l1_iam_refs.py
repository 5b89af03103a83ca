"""IAM L1 reference API: role_ref/user_ref/group_ref, composite refs (Fn::Split of policy|role), arn_for_*, and
L1s passed where aws-cdk-lib accepts IRoleRef/IUserRef/IGroupRef (L1 properties, ManagedPolicy, RoleGrants)."""

from purecdk import App, CfnOutput, Stack
from purecdk import aws_iam as iam

app = App()
stack = Stack(app, "IamRefsStack")

role = iam.CfnRole(
    stack,
    "Role",
    assume_role_policy_document={
        "Version": "2012-10-17",
        "Statement": [
            {"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}
        ],
    },
)
user = iam.CfnUser(stack, "User")
group = iam.CfnGroup(stack, "Group")
managed = iam.CfnManagedPolicy(
    stack,
    "Managed",
    policy_document={
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Action": "s3:ListBucket", "Resource": "*"}],
    },
)
role_policy = iam.CfnRolePolicy(
    stack,
    "RolePolicy",
    policy_name="inline",
    role_name=role.role_ref.role_name,
    policy_document={"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "sqs:*", "Resource": "*"}]},
)

# L1 properties given an L1 (aws-cdk-lib accepts the I*Ref interfaces there)
iam.CfnInstanceProfile(stack, "Profile", roles=[role])
iam.CfnUserToGroupAddition(stack, "Addition", group_name=group.group_ref.group_name, users=[user.user_ref.user_name])
iam.CfnUser(stack, "User2", groups=[group], managed_policy_arns=[managed], permissions_boundary=managed)

# L2s given L1s
policy = iam.ManagedPolicy(
    stack,
    "L2Managed",
    groups=[group],
    statements=[iam.PolicyStatement(actions=["s3:GetObject"], resources=["*"])],
)
policy.attach_to_user(user)
iam.RoleGrants.from_role(role).pass_role(iam.ServicePrincipal("ecs-tasks.amazonaws.com"))

CfnOutput(stack, "RoleName", value=role.role_ref.role_name)
CfnOutput(stack, "RoleArn", value=iam.CfnRole.arn_for_role(role))
CfnOutput(stack, "UserArn", value=iam.CfnUser.arn_for_user(user))
CfnOutput(stack, "GroupArn", value=iam.CfnGroup.arn_for_group(group))
CfnOutput(stack, "PolicyArn", value=managed.managed_policy_ref.policy_arn)
CfnOutput(stack, "InlinePolicyName", value=role_policy.role_policy_ref.policy_name)
CfnOutput(stack, "InlinePolicyRole", value=role_policy.role_policy_ref.role_name)
CfnOutput(stack, "L2RoleIsRef", value=iam.CfnRole.arn_for_role(iam.Role.from_role_name(stack, "Imported", "existing")))

app.synth()
