"""Tags on a repository and its stack reach the AWS::ECR::Repository resource."""

from purecdk import App, Stack, Tags
from purecdk import aws_ecr as ecr

app = App()
stack = Stack(app, "TagsStack")
repo = ecr.Repository(stack, "Repo")
Tags.of(repo).add("team", "platform")
Tags.of(stack).add("env", "prod")
Tags.of(repo).add("skip", "me", exclude_resource_types=["AWS::ECR::Repository"])

app.synth()
