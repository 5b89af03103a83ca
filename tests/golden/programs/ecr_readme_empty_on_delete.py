"""ECR README: a repository whose images are deleted with it (RemovalPolicy.DESTROY and empty_on_delete)."""

from purecdk import App, RemovalPolicy, Stack
from purecdk import aws_ecr as ecr

app = App()
stack = Stack(app, "EmptyOnDeleteStack")

repository = ecr.Repository(stack, "MyTempRepo", removal_policy=RemovalPolicy.DESTROY, empty_on_delete=True)

app.synth()
