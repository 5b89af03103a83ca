"""Key: the default key policy, rotation, pending window, removal policy, specs and aliases."""

from purecdk import App, CfnOutput, Duration, RemovalPolicy, Stack
from purecdk import aws_kms as kms

app = App()
stack = Stack(app, "KeyStack")

kms.Key(stack, "Default")
full = kms.Key(
    stack,
    "Full",
    description="A key with everything",
    alias="alias/full",
    enable_key_rotation=True,
    rotation_period=Duration.days(180),
    pending_window=Duration.days(10),
    removal_policy=RemovalPolicy.DESTROY,
    enabled=True,
    multi_region=True,
)
full.add_alias("second")
full.add_alias("alias/third")
kms.Key(stack, "RotationImplied", rotation_period=Duration.days(365))
kms.Key(stack, "Disabled", enabled=False, enable_key_rotation=False)
kms.Key(stack, "Signing", key_spec=kms.KeySpec.RSA_2048, key_usage=kms.KeyUsage.SIGN_VERIFY)
kms.Key(stack, "Hmac", key_spec=kms.KeySpec.HMAC_256, key_usage=kms.KeyUsage.GENERATE_VERIFY_MAC)
kms.Key(stack, "Agreement", key_spec=kms.KeySpec.ECC_NIST_P256, key_usage=kms.KeyUsage.KEY_AGREEMENT)
kms.Key(stack, "Retained", removal_policy=RemovalPolicy.RETAIN, alias="retained")

CfnOutput(stack, "KeyArn", value=full.key_arn)
CfnOutput(stack, "KeyId", value=full.key_id)

app.synth()
