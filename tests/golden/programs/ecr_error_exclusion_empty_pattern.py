"""Error: an empty exclusion filter pattern."""

from purecdk import App, Stack
from purecdk import aws_ecr as ecr

app = App()
stack = Stack(app, "ErrorStack")
ecr.ImageTagMutabilityExclusionFilter.wildcard("")

app.synth()
