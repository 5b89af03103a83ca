"""Key grants: decrypt, encrypt, encrypt/decrypt, admin, sign, mac; identities, services, other accounts."""

from purecdk import App, Stack
from purecdk import aws_iam as iam
from purecdk import aws_kms as kms

app = App()
stack = Stack(app, "KeyGrantsStack")

key = kms.Key(stack, "Key")
role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
user = iam.User(stack, "User")
group = iam.Group(stack, "Group")

key.grant_decrypt(role)
key.grant_encrypt(user)
key.grant_encrypt_decrypt(group)
key.grant(role, "kms:DescribeKey", "kms:GetPublicKey")
key.grant_decrypt(iam.ServicePrincipal("sns.amazonaws.com"))
key.grant_encrypt_decrypt(iam.AccountPrincipal("222222222222"))
key.grant_encrypt(kms.ViaServicePrincipal("sqs.us-east-1.amazonaws.com", iam.AccountRootPrincipal()))
key.grant_decrypt(kms.ViaServicePrincipal("secretsmanager.us-east-1.amazonaws.com"))
key.grants.encrypt(iam.ArnPrincipal("arn:aws:iam::333333333333:role/Other"))

signing = kms.Key(stack, "Signing", key_spec=kms.KeySpec.ECC_NIST_P256, key_usage=kms.KeyUsage.SIGN_VERIFY)
signing.grant_sign(role)
signing.grant_verify(user)
signing.grant_sign_verify(group)
mac = kms.Key(stack, "Mac", key_spec=kms.KeySpec.HMAC_512, key_usage=kms.KeyUsage.GENERATE_VERIFY_MAC)
mac.grant_generate_mac(role)
mac.grant_verify_mac(user)

imported = kms.Key.from_key_arn(
    stack, "Imported", "arn:aws:kms:us-east-1:123456789012:key/12345678-1234-1234-1234-123456789012"
)
imported.grant_decrypt(role)
imported.grant_encrypt_decrypt(iam.ServicePrincipal("sns.amazonaws.com"))
imported.add_to_resource_policy(
    iam.PolicyStatement(actions=["kms:Decrypt"], resources=["*"], principals=[iam.AnyPrincipal()])
)

app.synth()
