"""An example purecdk app: a container repository that scans images and expires old ones."""

from purecdk import App, CfnOutput, Duration, RemovalPolicy, Stack, Tags
from purecdk import aws_ecr as ecr

app = App()
stack = Stack(app, "EcrExampleStack")

repository = ecr.CfnRepository(
    stack,
    "Repository",
    repository_name="example-service",
    image_scanning_configuration=ecr.CfnRepository.ImageScanningConfigurationProperty(scan_on_push=True),
    image_tag_mutability="IMMUTABLE",
)
repository.apply_removal_policy(RemovalPolicy.RETAIN)
Tags.of(stack).add("team", "platform")

CfnOutput(stack, "RepositoryUri", value=repository.attr_repository_uri)
CfnOutput(stack, "ImageMaxAgeSeconds", value=str(Duration.days(30).to_seconds()))

app.synth()
