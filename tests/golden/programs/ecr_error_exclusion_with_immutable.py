"""Error: exclusion filters with TagMutability.IMMUTABLE."""

from purecdk import App, Stack
from purecdk import aws_ecr as ecr

app = App()
stack = Stack(app, "ErrorStack")
ecr.Repository(stack, "Repo", image_tag_mutability=ecr.TagMutability.IMMUTABLE, image_tag_mutability_exclusion_filters=[ecr.ImageTagMutabilityExclusionFilter.wildcard("dev-*")])

app.synth()
