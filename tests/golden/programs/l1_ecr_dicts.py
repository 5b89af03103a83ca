"""ECR L1s given plain camelCase dicts instead of the nested struct classes (and tags as dicts)."""

from purecdk import Aws, App, CfnOutput, Stack
from purecdk import aws_ecr as ecr

app = App()
stack = Stack(app, "EcrDictsL1Stack")

key_arn = f"arn:{Aws.PARTITION}:kms:{Aws.REGION}:{Aws.ACCOUNT_ID}:key/1234abcd-12ab-34cd-56ef-1234567890ab"

repository = ecr.CfnRepository(
    stack,
    "Repository",
    repository_name="dict-service",
    image_tag_mutability="MUTABLE_WITH_EXCLUSION",
    image_tag_mutability_exclusion_filters=[
        {"imageTagMutabilityExclusionFilterType": "WILDCARD", "imageTagMutabilityExclusionFilterValue": "dev-*"},
        ecr.CfnRepository.ImageTagMutabilityExclusionFilterProperty(
            image_tag_mutability_exclusion_filter_type="WILDCARD",
            image_tag_mutability_exclusion_filter_value="test-*",
        ),
    ],
    image_scanning_configuration={"scanOnPush": False},
    encryption_configuration={"encryptionType": "KMS", "kmsKey": key_arn},
    lifecycle_policy={"registryId": "123456789012"},
    repository_policy_text={"Version": "2012-10-17", "Statement": []},
    empty_on_delete=False,
    tags=[{"key": "team", "value": "dicts"}],
)

ecr.CfnReplicationConfiguration(
    stack,
    "Replication",
    replication_configuration={
        "rules": [
            {
                "destinations": [{"region": "eu-central-1", "registryId": "123456789012"}],
                "repositoryFilters": [{"filter": "dict", "filterType": "PREFIX_MATCH"}],
            }
        ]
    },
)

ecr.CfnRegistryScanningConfiguration(
    stack,
    "Scanning",
    scan_type="BASIC",
    rules=[{"scanFrequency": "SCAN_ON_PUSH", "repositoryFilters": [{"filter": "*", "filterType": "WILDCARD"}]}],
)

ecr.CfnRepositoryCreationTemplate(
    stack,
    "Template",
    prefix="ROOT",
    applied_for=["REPLICATION"],
    encryption_configuration={"encryptionType": "AES256"},
    image_tag_mutability_exclusion_filters=[
        {"imageTagMutabilityExclusionFilterType": "WILDCARD", "imageTagMutabilityExclusionFilterValue": "latest"}
    ],
    resource_tags=[{"key": "created-by", "value": "template"}],
)

ecr.CfnSigningConfiguration(
    stack,
    "Signing",
    rules=[
        {
            "signingProfileArn": "arn:aws:signer:us-east-1:123456789012:/signing-profiles/dicts",
            "repositoryFilters": [{"filter": "signed/*", "filterType": "WILDCARD_MATCH"}],
        }
    ],
)

CfnOutput(stack, "RepositoryArn", value=repository.attr_arn)
CfnOutput(stack, "RepositoryUri", value=repository.attr_repository_uri)

app.synth()
