"""Error: an exclusion filter pattern of 129 characters."""

from purecdk import App, Stack
from purecdk import aws_ecr as ecr

app = App()
stack = Stack(app, "ErrorStack")
ecr.ImageTagMutabilityExclusionFilter.wildcard("a" * 129)

app.synth()
