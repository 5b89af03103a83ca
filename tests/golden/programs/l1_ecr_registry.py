"""Every other ECR L1 with all its properties set (nested struct classes) and their attributes."""

import json

from purecdk import App, Aws, CfnOutput, CfnTag, Fn, Stack
from purecdk import aws_ecr as ecr

app = App()
stack = Stack(app, "EcrRegistryL1Stack")

public = ecr.CfnPublicRepository(
    stack,
    "PublicRepository",
    repository_name="tools/base-image",
    # typed as any JSON (as in aws-cdk-lib): given in CloudFormation's spelling, rendered as given
    repository_catalog_data={
        "AboutText": "# Base image\nA small image.",
        "Architectures": ["x86-64", "ARM 64"],
        "OperatingSystems": ["Linux"],
        "RepositoryDescription": "The base image of our tools",
        "UsageText": "docker pull public.ecr.aws/tools/base-image",
    },
    repository_policy_text={
        "Version": "2012-10-17",
        "Statement": [
            {
                "Sid": "AllowPush",
                "Effect": "Allow",
                "Principal": {"AWS": f"arn:{Aws.PARTITION}:iam::{Aws.ACCOUNT_ID}:root"},
                "Action": ["ecr-public:PutImage", "ecr-public:InitiateLayerUpload"],
            }
        ],
    },
    tags=[CfnTag(key="visibility", value="public")],
)

cache_rule = ecr.CfnPullThroughCacheRule(
    stack,
    "PullThroughCacheRule",
    ecr_repository_prefix="docker-hub",
    upstream_registry="docker-hub",
    upstream_registry_url="registry-1.docker.io",
    upstream_repository_prefix="library",
    credential_arn=f"arn:{Aws.PARTITION}:secretsmanager:{Aws.REGION}:{Aws.ACCOUNT_ID}:secret:ecr-pullthroughcache/hub",
    custom_role_arn=f"arn:{Aws.PARTITION}:iam::{Aws.ACCOUNT_ID}:role/pull-through-cache",
)

exclusion = ecr.CfnPullTimeUpdateExclusion(
    stack,
    "PullTimeUpdateExclusion",
    principal_arn="arn:aws:iam::123456789012:role/ci-runner",
)

registry_policy = ecr.CfnRegistryPolicy(
    stack,
    "RegistryPolicy",
    policy_text={
        "Version": "2012-10-17",
        "Statement": [
            {
                "Sid": "ReplicateIn",
                "Effect": "Allow",
                "Principal": {"AWS": "arn:aws:iam::210987654321:root"},
                "Action": ["ecr:CreateRepository", "ecr:ReplicateImage"],
                "Resource": f"arn:{Aws.PARTITION}:ecr:{Aws.REGION}:{Aws.ACCOUNT_ID}:repository/*",
            }
        ],
    },
)

scanning = ecr.CfnRegistryScanningConfiguration(
    stack,
    "RegistryScanningConfiguration",
    scan_type="ENHANCED",
    rules=[
        ecr.CfnRegistryScanningConfiguration.ScanningRuleProperty(
            scan_frequency="CONTINUOUS_SCAN",
            repository_filters=[
                ecr.CfnRegistryScanningConfiguration.RepositoryFilterProperty(filter="prod-*", filter_type="WILDCARD")
            ],
        ),
        ecr.CfnRegistryScanningConfiguration.ScanningRuleProperty(
            scan_frequency="SCAN_ON_PUSH",
            repository_filters=[
                ecr.CfnRegistryScanningConfiguration.RepositoryFilterProperty(filter="*", filter_type="WILDCARD")
            ],
        ),
    ],
)

replication = ecr.CfnReplicationConfiguration(
    stack,
    "ReplicationConfiguration",
    replication_configuration=ecr.CfnReplicationConfiguration.ReplicationConfigurationProperty(
        rules=[
            ecr.CfnReplicationConfiguration.ReplicationRuleProperty(
                destinations=[
                    ecr.CfnReplicationConfiguration.ReplicationDestinationProperty(
                        region="eu-west-1", registry_id="123456789012"
                    ),
                    ecr.CfnReplicationConfiguration.ReplicationDestinationProperty(
                        region="us-west-2", registry_id="210987654321"
                    ),
                ],
                repository_filters=[
                    ecr.CfnReplicationConfiguration.RepositoryFilterProperty(
                        filter="prod", filter_type="PREFIX_MATCH"
                    )
                ],
            ),
            ecr.CfnReplicationConfiguration.ReplicationRuleProperty(
                destinations=[
                    ecr.CfnReplicationConfiguration.ReplicationDestinationProperty(
                        region="ap-southeast-2", registry_id="123456789012"
                    )
                ],
            ),
        ]
    ),
)

lifecycle = {
    "rules": [
        {
            "rulePriority": 1,
            "description": "Expire untagged images after a week",
            "selection": {"tagStatus": "untagged", "countType": "sinceImagePushed", "countUnit": "days",
                          "countNumber": 7},
            "action": {"type": "expire"},
        }
    ]
}

template = ecr.CfnRepositoryCreationTemplate(
    stack,
    "RepositoryCreationTemplate",
    prefix="team-a",
    applied_for=["PULL_THROUGH_CACHE", "REPLICATION", "CREATE_ON_PUSH"],
    custom_role_arn=f"arn:{Aws.PARTITION}:iam::{Aws.ACCOUNT_ID}:role/ecr-template",
    description="Repositories of team A",
    encryption_configuration=ecr.CfnRepositoryCreationTemplate.EncryptionConfigurationProperty(
        encryption_type="KMS",
        kms_key=f"arn:{Aws.PARTITION}:kms:{Aws.REGION}:{Aws.ACCOUNT_ID}:key/1234abcd-12ab-34cd-56ef-1234567890ab",
    ),
    image_tag_mutability="MUTABLE_WITH_EXCLUSION",
    image_tag_mutability_exclusion_filters=[
        ecr.CfnRepositoryCreationTemplate.ImageTagMutabilityExclusionFilterProperty(
            image_tag_mutability_exclusion_filter_type="WILDCARD",
            image_tag_mutability_exclusion_filter_value="release-*",
        )
    ],
    lifecycle_policy=json.dumps(lifecycle),
    repository_policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                {
                    "Sid": "Pull",
                    "Effect": "Allow",
                    "Principal": {"AWS": "arn:aws:iam::123456789012:root"},
                    "Action": "ecr:BatchGetImage",
                }
            ],
        }
    ),
    resource_tags=[CfnTag(key="team", value="a"), CfnTag(key="cost-center", value="1234")],
)

signing = ecr.CfnSigningConfiguration(
    stack,
    "SigningConfiguration",
    rules=[
        ecr.CfnSigningConfiguration.RuleProperty(
            signing_profile_arn="arn:aws:signer:us-east-1:123456789012:/signing-profiles/release_profile",
            repository_filters=[
                ecr.CfnSigningConfiguration.RepositoryFilterProperty(filter="prod/*", filter_type="WILDCARD_MATCH")
            ],
        ),
        ecr.CfnSigningConfiguration.RuleProperty(
            signing_profile_arn="arn:aws:signer:us-east-1:123456789012:/signing-profiles/dev_profile",
        ),
    ],
)

CfnOutput(stack, "PublicArn", value=public.attr_arn)
CfnOutput(stack, "PublicName", value=public.ref)
CfnOutput(stack, "CacheRule", value=cache_rule.ref)
CfnOutput(stack, "Exclusion", value=exclusion.ref)
CfnOutput(stack, "PolicyRegistry", value=registry_policy.attr_registry_id)
CfnOutput(stack, "ScanningRegistry", value=scanning.attr_registry_id)
CfnOutput(stack, "ReplicationRegistry", value=replication.attr_registry_id)
CfnOutput(stack, "TemplateCreated", value=template.attr_created_at)
CfnOutput(stack, "TemplateUpdated", value=template.attr_updated_at)
CfnOutput(stack, "SigningRegistry", value=signing.attr_registry_id)
CfnOutput(stack, "Summary", value=Fn.join(",", [registry_policy.ref, scanning.ref, template.ref, signing.ref]))

app.synth()
