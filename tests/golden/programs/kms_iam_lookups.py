"""Key.from_lookup and Role.from_lookup: values found in the context, and the dummies used when missing."""

from purecdk import App, CfnOutput, Environment, Stack
from purecdk import aws_iam as iam
from purecdk import aws_kms as kms

app = App(
    context={
        "key-provider:account=111111111111:aliasName=alias/found:region=us-east-1": {
            "keyId": "0a1b2c3d-1234-5678-9abc-def012345678"
        },
        "cc-api-provider:account=111111111111:exactIdentifier=FoundRole:propertiesToReturn.0=Arn:region=us-east-1"
        ":typeName=AWS$:$:IAM$:$:Role": [{"Arn": "arn:aws:iam::111111111111:role/FoundRole"}],
    }
)
stack = Stack(app, "LookupStack", env=Environment(account="111111111111", region="us-east-1"))

found_key = kms.Key.from_lookup(stack, "FoundKey", alias_name="alias/found")
missing_key = kms.Key.from_lookup(stack, "MissingKey", alias_name="alias/missing", return_dummy_key_on_missing=True)
found_role = iam.Role.from_lookup(stack, "FoundRole", role_name="FoundRole")
missing_role = iam.Role.from_lookup(stack, "MissingRole", role_name="MissingRole")

found_key.grant_decrypt(found_role)
missing_key.grant_encrypt(found_role)
found_role.add_to_principal_policy(iam.PolicyStatement(actions=["s3:GetObject"], resources=["*"]))
missing_role.add_to_principal_policy(iam.PolicyStatement(actions=["s3:GetObject"], resources=["*"]))

CfnOutput(stack, "FoundKeyArn", value=found_key.key_arn)
CfnOutput(stack, "MissingKeyId", value=missing_key.key_id)
CfnOutput(stack, "IsDummy", value=str(kms.Key.is_lookup_dummy(missing_key)))
CfnOutput(stack, "FoundRoleArn", value=found_role.role_arn)
CfnOutput(stack, "MissingRoleArn", value=missing_role.role_arn)

app.synth()
