"""Key grants across stacks and accounts: exports for same-account stacks, key policies for other accounts.

The role in another account has a generated physical name, so the key policy can name it.
"""

from purecdk import App, Environment, PhysicalName, Stack
from purecdk import aws_iam as iam
from purecdk import aws_kms as kms

app = App()
key_stack = Stack(app, "KeyStack", env=Environment(account="111111111111", region="us-east-1"))
key = kms.Key(key_stack, "Key")

same_account = Stack(app, "SameAccountStack", env=Environment(account="111111111111", region="us-east-1"))
local_role = iam.Role(same_account, "LocalRole", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
key.grant_decrypt(local_role)

other_account = Stack(app, "OtherAccountStack", env=Environment(account="222222222222", region="us-east-1"))
remote_role = iam.Role(
    other_account,
    "RemoteRole",
    assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"),
    role_name=PhysicalName.GENERATE_IF_NEEDED,
)
key.grant_encrypt_decrypt(remote_role)

other_region = Stack(app, "OtherRegionStack", env=Environment(account="111111111111", region="eu-west-1"))
regional_role = iam.Role(
    other_region,
    "RegionalRole",
    assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"),
    role_name="regional-role",
)
key.grant_encrypt(regional_role)

app.synth()
