"""Meant to fail: image code needs Handler.FROM_IMAGE, not a handler name."""

from purecdk import App, Stack
from purecdk import aws_ecr as ecr
from purecdk import aws_lambda as lambda_

app = App()
stack = Stack(app, "LambdaImageHandler")
repository = ecr.Repository(stack, "Repo")
lambda_.Function(
    stack,
    "Fn",
    code=lambda_.Code.from_ecr_image(repository, tag_or_digest="v1"),
    handler="index.handler",
    runtime=lambda_.Runtime.FROM_IMAGE,
)

app.synth()
