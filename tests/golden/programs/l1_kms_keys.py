"""KMS L1s: a key with every property, an alias and a replica key referring to it, attributes in outputs."""

from purecdk import App, Aws, CfnOutput, CfnTag, Stack
from purecdk import aws_kms as kms

app = App()
stack = Stack(app, "KmsL1Stack")

key_policy = {
    "Version": "2012-10-17",
    "Id": "key-policy",
    "Statement": [
        {
            "Sid": "Admin",
            "Effect": "Allow",
            "Principal": {"AWS": f"arn:{Aws.PARTITION}:iam::{Aws.ACCOUNT_ID}:root"},
            "Action": "kms:*",
            "Resource": "*",
        },
        {
            "Sid": "UseFromLogs",
            "Effect": "Allow",
            "Principal": {"Service": f"logs.{Aws.REGION}.amazonaws.com"},
            "Action": ["kms:Encrypt*", "kms:Decrypt*", "kms:GenerateDataKey*"],
            "Resource": "*",
            "Condition": {"ArnLike": {"kms:EncryptionContext:aws:logs:arn": f"arn:{Aws.PARTITION}:logs:*"}},
        },
    ],
}

key = kms.CfnKey(
    stack,
    "Key",
    description="Key of the orders service",
    enabled=True,
    enable_key_rotation=True,
    rotation_period_in_days=180,
    key_spec="SYMMETRIC_DEFAULT",
    key_usage="ENCRYPT_DECRYPT",
    multi_region=True,
    origin="AWS_KMS",
    pending_window_in_days=10,
    bypass_policy_lockout_safety_check=False,
    key_policy=key_policy,
    tags=[CfnTag(key="service", value="orders"), CfnTag(key="data", value="confidential")],
)

signing_key = kms.CfnKey(
    stack,
    "SigningKey",
    key_spec="ECC_NIST_P256",
    key_usage="SIGN_VERIFY",
    key_policy={
        "Version": "2012-10-17",
        "Statement": [
            {
                "Effect": "Allow",
                "Principal": {"AWS": f"arn:{Aws.PARTITION}:iam::{Aws.ACCOUNT_ID}:root"},
                "Action": "kms:*",
                "Resource": "*",
            }
        ],
    },
)

alias = kms.CfnAlias(stack, "Alias", alias_name="alias/orders", target_key_id=key.ref)
kms.CfnAlias(stack, "SigningAlias", alias_name="alias/orders-signing", target_key_id=signing_key.attr_arn)

replica = kms.CfnReplicaKey(
    stack,
    "Replica",
    primary_key_arn=key.attr_arn,
    description="Replica of the orders key",
    enabled=False,
    pending_window_in_days=7,
    key_policy=key_policy,
    tags=[CfnTag(key="replica", value="true")],
)

CfnOutput(stack, "KeyArn", value=key.attr_arn)
CfnOutput(stack, "KeyId", value=key.attr_key_id)
CfnOutput(stack, "AliasName", value=alias.ref)
CfnOutput(stack, "ReplicaArn", value=replica.attr_arn)
CfnOutput(stack, "ReplicaKeyId", value=replica.attr_key_id)

app.synth()
