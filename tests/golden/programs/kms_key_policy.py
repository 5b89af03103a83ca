"""Key policies: a given policy document, admins, add_to_resource_policy, and grant_admin."""

from purecdk import App, Stack
from purecdk import aws_iam as iam
from purecdk import aws_kms as kms

app = App()
stack = Stack(app, "KeyPolicyStack")

admin_role = iam.Role(stack, "AdminRole", assumed_by=iam.AccountRootPrincipal())
custom = kms.Key(
    stack,
    "Custom",
    policy=iam.PolicyDocument(
        statements=[
            iam.PolicyStatement(
                actions=["kms:Create*", "kms:Describe*"],
                resources=["*"],
                principals=[iam.ArnPrincipal("arn:aws:iam::123456789012:role/KeyAdmin")],
            )
        ]
    ),
    admins=[admin_role],
)
custom.add_to_resource_policy(
    iam.PolicyStatement(
        actions=["kms:Decrypt"],
        resources=["*"],
        principals=[iam.ServicePrincipal("logs.amazonaws.com")],
        conditions={"ArnLike": {"kms:EncryptionContext:aws:logs:arn": "arn:aws:logs:*:*:*"}},
    )
)

admins = kms.Key(stack, "WithAdmins", admins=[iam.AccountPrincipal("111111111111"), admin_role])
user = iam.User(stack, "User")
admins.grant_admin(user)
admins.add_to_resource_policy(
    iam.PolicyStatement(actions=["kms:Encrypt"], resources=["*"], principals=[iam.AnyPrincipal()]),
    False,
)

app.synth()
