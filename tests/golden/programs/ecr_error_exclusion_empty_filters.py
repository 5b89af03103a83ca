"""Error: an empty list of exclusion filters."""

from purecdk import App, Stack
from purecdk import aws_ecr as ecr

app = App()
stack = Stack(app, "ErrorStack")
ecr.Repository(stack, "Repo", image_tag_mutability=ecr.TagMutability.MUTABLE_WITH_EXCLUSION, image_tag_mutability_exclusion_filters=[])

app.synth()
