"""ECR README: define a repository."""

from purecdk import App, Stack
from purecdk import aws_ecr as ecr

app = App()
stack = Stack(app, "RepositoryStack")

repository = ecr.Repository(stack, "Repository")

app.synth()
