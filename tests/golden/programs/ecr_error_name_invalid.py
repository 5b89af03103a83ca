"""Error: a repository name that is too long and has invalid characters."""

from purecdk import App, Stack
from purecdk import aws_ecr as ecr

app = App()
stack = Stack(app, "ErrorStack")
ecr.Repository(stack, "Repo", repository_name="-repositoRy.--" + "$" * 255)

app.synth()
