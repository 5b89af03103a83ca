"""RemovalPolicy.SNAPSHOT on a repository: a warning by default, an error with the recommended flags."""

from purecdk import App, RemovalPolicy, Stack
from purecdk import aws_ecr as ecr

app = App()
stack = Stack(app, "ErrorStack")
ecr.Repository(stack, "Repo", removal_policy=RemovalPolicy.SNAPSHOT)

app.synth()
