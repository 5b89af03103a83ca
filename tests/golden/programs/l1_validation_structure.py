"""Meant to fail under the recommended context: L1s made invalid through the escape hatches (a required
property deleted, unknown properties, an object where a list belongs, too many items) and a struct class given
to a JSON-typed property (rendered with camelCase keys, as aws-cdk-lib does). Warnings by default."""

from purecdk import App, Stack
from purecdk import aws_ecr as ecr
from purecdk import aws_events as events
from purecdk import aws_iam as iam

app = App()
stack = Stack(app, "StructureStack")

role = iam.CfnRole(
    stack,
    "Role",
    assume_role_policy_document={
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}],
    },
)
role.add_property_deletion_override("AssumeRolePolicyDocument")

bus = events.CfnEventBus(stack, "Bus", name="structure-bus")
bus.add_property_deletion_override("Name")

repository = ecr.CfnRepository(
    stack,
    "Repository",
    image_scanning_configuration=ecr.CfnRepository.ImageScanningConfigurationProperty(scan_on_push=True),
    image_tag_mutability="IMMUTABLE_WITH_EXCLUSION",
    image_tag_mutability_exclusion_filters=[
        ecr.CfnRepository.ImageTagMutabilityExclusionFilterProperty(
            image_tag_mutability_exclusion_filter_type="WILDCARD",
            image_tag_mutability_exclusion_filter_value=f"v{i}*",
        )
        for i in range(6)
    ],
)
repository.add_property_override("NotAProperty", "surprise")
repository.add_property_override("ImageScanningConfiguration.ScanOnPushTypo", True)
repository.add_property_override("Tags", {"Key": "not", "Value": "a list"})

ecr.CfnPublicRepository(
    stack,
    "Public",
    repository_catalog_data=ecr.CfnPublicRepository.RepositoryCatalogDataProperty(
        about_text="about", usage_text="usage"
    ),
)

app.synth()
