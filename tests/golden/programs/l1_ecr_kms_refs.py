"""ECR and KMS L1 reference API: CfnRepository/CfnKey refs, from_repository_name/_arn, from_key_arn/_id (imports
in the stack's or the ARN's environment), and a CfnKey or an imported key reference as a repository's key."""

from purecdk import App, CfnOutput, Environment, Stack
from purecdk import aws_ecr as ecr
from purecdk import aws_iam as iam
from purecdk import aws_kms as kms

app = App()
stack = Stack(app, "EcrKmsRefsStack", env=Environment(account="111111111111", region="eu-west-1"))

key = kms.CfnKey(
    stack,
    "Key",
    key_policy={
        "Version": "2012-10-17",
        "Statement": [
            {
                "Effect": "Allow",
                "Principal": {"AWS": "arn:aws:iam::111111111111:root"},
                "Action": "kms:*",
                "Resource": "*",
            }
        ],
    },
)
ecr.Repository(stack, "WithL1Key", encryption_key=key)
imported_key = kms.CfnKey.from_key_arn(stack, "ImportedKey", "arn:aws:kms:us-east-1:222222222222:key/1234abcd")
ecr.Repository(stack, "WithImportedKey", encryption_key=imported_key)
by_id = kms.CfnKey.from_key_id(stack, "KeyById", "5678efgh")

repo = ecr.CfnRepository(stack, "L1Repo")
by_name = ecr.CfnRepository.from_repository_name(stack, "ByName", "my-repo")
by_arn = ecr.CfnRepository.from_repository_arn(stack, "ByArn", "arn:aws:ecr:us-west-2:333333333333:repository/team/app")
public = ecr.CfnPublicRepository.from_repository_name(stack, "Public", "gallery")

role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
kms.KeyGrants.from_key(key).encrypt_decrypt(role)
no_policy_key = kms.CfnKey(stack, "NoPolicyKey")
kms.KeyGrants.from_key(no_policy_key).decrypt(role)
kms.KeyGrants.from_key(no_policy_key).encrypt(iam.User(stack, "User"))
kms.KeyGrants.from_key(imported_key).decrypt(role)

CfnOutput(stack, "RepoName", value=repo.repository_ref.repository_name)
CfnOutput(stack, "RepoArn", value=ecr.CfnRepository.arn_for_repository(repo))
CfnOutput(stack, "ByNameArn", value=by_name.repository_ref.repository_arn)
CfnOutput(stack, "ByArnName", value=by_arn.repository_ref.repository_name)
CfnOutput(stack, "ByArnRegion", value=by_arn.env.region)
CfnOutput(stack, "PublicArn", value=ecr.CfnPublicRepository.arn_for_public_repository(public))
CfnOutput(stack, "KeyId", value=key.key_ref.key_id)
CfnOutput(stack, "KeyArn", value=kms.CfnKey.arn_for_key(key))
CfnOutput(stack, "ImportedKeyId", value=imported_key.key_ref.key_id)
CfnOutput(stack, "KeyByIdArn", value=by_id.key_ref.key_arn)
CfnOutput(stack, "L2RepoArn", value=ecr.CfnRepository.arn_for_repository(ecr.Repository(stack, "L2Repo")))

app.synth()
