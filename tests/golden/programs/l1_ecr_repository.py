"""The ECR L1: CfnRepository with nested property structs, a policy document, tags and attributes."""

import json

from purecdk import App, Aws, CfnOutput, CfnTag, RemovalPolicy, Stack
from purecdk import aws_ecr as ecr

app = App()
stack = Stack(app, "EcrL1Stack")

lifecycle = {
    "rules": [
        {
            "rulePriority": 1,
            "description": "keep ten images",
            "selection": {"tagStatus": "any", "countType": "imageCountMoreThan", "countNumber": 10},
            "action": {"type": "expire"},
        }
    ]
}

repository = ecr.CfnRepository(
    stack,
    "Repository",
    repository_name="my-service",
    image_tag_mutability="IMMUTABLE_WITH_EXCLUSION",
    image_tag_mutability_exclusion_filters=[
        ecr.CfnRepository.ImageTagMutabilityExclusionFilterProperty(
            image_tag_mutability_exclusion_filter_type="WILDCARD",
            image_tag_mutability_exclusion_filter_value="latest*",
        )
    ],
    image_scanning_configuration=ecr.CfnRepository.ImageScanningConfigurationProperty(scan_on_push=True),
    encryption_configuration=ecr.CfnRepository.EncryptionConfigurationProperty(encryption_type="AES256"),
    lifecycle_policy=ecr.CfnRepository.LifecyclePolicyProperty(
        lifecycle_policy_text=json.dumps(lifecycle),
        registry_id=Aws.ACCOUNT_ID,
    ),
    repository_policy_text={
        "Version": "2012-10-17",
        "Statement": [
            {
                "Sid": "AllowPull",
                "Effect": "Allow",
                "Principal": {"AWS": f"arn:{Aws.PARTITION}:iam::{Aws.ACCOUNT_ID}:root"},
                "Action": ["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"],
            }
        ],
    },
    empty_on_delete=True,
    tags=[CfnTag(key="team", value="platform"), CfnTag(key="app", value="my-service")],
)
repository.apply_removal_policy(RemovalPolicy.DESTROY)

minimal = ecr.CfnRepository(stack, "Minimal")

CfnOutput(stack, "Arn", value=repository.attr_arn)
CfnOutput(stack, "Uri", value=repository.attr_repository_uri)
CfnOutput(stack, "Name", value=repository.ref)
CfnOutput(stack, "MinimalUri", value=minimal.attr_repository_uri)

app.synth()
