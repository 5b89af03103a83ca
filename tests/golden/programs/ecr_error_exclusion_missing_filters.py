"""Error: MUTABLE_WITH_EXCLUSION without filters."""

from purecdk import App, Stack
from purecdk import aws_ecr as ecr

app = App()
stack = Stack(app, "ErrorStack")
ecr.Repository(stack, "Repo", image_tag_mutability=ecr.TagMutability.MUTABLE_WITH_EXCLUSION)

app.synth()
