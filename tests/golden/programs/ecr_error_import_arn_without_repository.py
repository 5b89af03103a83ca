"""Error: an ARN without repository/ in from_repository_arn."""

from purecdk import App, Stack
from purecdk import aws_ecr as ecr

app = App()
stack = Stack(app, "ErrorStack")
ecr.Repository.from_repository_arn(stack, "repo", "arn:aws:ecr:us-east-1:123456789012:foo-ecr-repo-name")

app.synth()
