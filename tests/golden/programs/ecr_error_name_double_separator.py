"""Error: two separators in a row in the repository name."""

from purecdk import App, Stack
from purecdk import aws_ecr as ecr

app = App()
stack = Stack(app, "ErrorStack")
ecr.Repository(stack, "Repo", repository_name="a--a")

app.synth()
