"""Tokens in statements: list tokens for actions and resources, token sids and conditions, token accounts."""

from purecdk import App, Aws, CfnParameter, Fn, Stack
from purecdk import aws_iam as iam

app = App()
stack = Stack(app, "TokensStack")
actions = CfnParameter(stack, "Actions", type="CommaDelimitedList")
arns = CfnParameter(stack, "Arns", type="CommaDelimitedList")
account = CfnParameter(stack, "Account", type="String")
sid = CfnParameter(stack, "Sid", type="String")

role = iam.Role(stack, "Role", assumed_by=iam.AccountPrincipal(account.value_as_string))
role.add_to_principal_policy(iam.PolicyStatement(actions=actions.value_as_list, resources=arns.value_as_list))
role.add_to_principal_policy(
    iam.PolicyStatement(
        actions=["s3:GetObject"],
        resources=[Fn.join("", ["arn:", Aws.PARTITION, ":s3:::", account.value_as_string, "/*"])],
        sid=sid.value_as_string,
    )
)
role.add_to_principal_policy(
    iam.PolicyStatement(
        actions=["s3:PutObject"],
        resources=[f"arn:{Aws.PARTITION}:s3:::bucket-{Aws.ACCOUNT_ID}/*"],
        conditions={"StringEquals": {"aws:PrincipalAccount": account.value_as_string}},
    )
)
role.add_to_principal_policy(
    iam.PolicyStatement(
        actions=["s3:DeleteObject"],
        resources=[f"arn:{Aws.PARTITION}:s3:::bucket-{Aws.ACCOUNT_ID}/*"],
        conditions={"StringEquals": {"aws:PrincipalAccount": account.value_as_string}},
    )
)
iam.Role(stack, "TokenService", assumed_by=iam.ServicePrincipal(Fn.ref("AWS::URLSuffix")))

app.synth()
