"""ECR README: all tags immutable except those starting with 'dev-' or 'test-'."""

from purecdk import App, Stack
from purecdk import aws_ecr as ecr

app = App()
stack = Stack(app, "ExclusionImmutableStack")

ecr.Repository(
    stack,
    "Repo",
    image_tag_mutability=ecr.TagMutability.IMMUTABLE_WITH_EXCLUSION,
    image_tag_mutability_exclusion_filters=[
        ecr.ImageTagMutabilityExclusionFilter.wildcard("dev-*"),
        ecr.ImageTagMutabilityExclusionFilter.wildcard("test-*"),
    ],
)

app.synth()
