"""Error: empty_on_delete without RemovalPolicy.DESTROY."""

from purecdk import App, Stack
from purecdk import aws_ecr as ecr

app = App()
stack = Stack(app, "ErrorStack")
ecr.Repository(stack, "Repo", empty_on_delete=True)

app.synth()
