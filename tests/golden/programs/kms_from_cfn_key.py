"""Key.from_cfn_key: an L1 key whose JSON key policy becomes editable through the L2 API."""

from purecdk import App, Stack
from purecdk import aws_iam as iam
from purecdk import aws_kms as kms

app = App()
stack = Stack(app, "FromCfnKeyStack")
cfn_key = kms.CfnKey(
    stack,
    "CfnKey",
    key_policy={
        "Version": "2012-10-17",
        "Statement": [
            {
                "Effect": "Allow",
                "Principal": {"AWS": "arn:aws:iam::123456789012:root"},
                "Action": "kms:*",
                "Resource": "*",
            }
        ],
    },
)
key = kms.Key.from_cfn_key(cfn_key)
same = kms.Key.from_cfn_key(cfn_key)
role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
key.grant_decrypt(role)
same.add_to_resource_policy(
    iam.PolicyStatement(actions=["kms:Encrypt"], resources=["*"], principals=[iam.ServicePrincipal("sns.amazonaws.com")])
)
key.add_alias("from-l1")

app.synth()
