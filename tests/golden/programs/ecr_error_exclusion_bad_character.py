"""Error: an exclusion filter pattern with a slash."""

from purecdk import App, Stack
from purecdk import aws_ecr as ecr

app = App()
stack = Stack(app, "ErrorStack")
ecr.ImageTagMutabilityExclusionFilter.wildcard("pattern/with/slash")

app.synth()
