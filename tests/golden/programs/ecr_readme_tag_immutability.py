"""ECR README: immutable image tags."""

from purecdk import App, Stack
from purecdk import aws_ecr as ecr

app = App()
stack = Stack(app, "TagImmutabilityStack")

ecr.Repository(stack, "Repo", image_tag_mutability=ecr.TagMutability.IMMUTABLE)

app.synth()
