"""ECR README: all tags mutable except production releases."""

from purecdk import App, Stack
from purecdk import aws_ecr as ecr

app = App()
stack = Stack(app, "ExclusionMutableStack")

ecr.Repository(
    stack,
    "Repo",
    image_tag_mutability=ecr.TagMutability.MUTABLE_WITH_EXCLUSION,
    image_tag_mutability_exclusion_filters=[
        ecr.ImageTagMutabilityExclusionFilter.wildcard("prod-*"),
        ecr.ImageTagMutabilityExclusionFilter.wildcard("release-v*"),
    ],
)

app.synth()
