"""Error: aws-cdk-lib 2.275.0 rejects a token as an exclusion filter pattern."""

from purecdk import App, CfnParameter, Stack
from purecdk import aws_ecr as ecr

app = App()
stack = Stack(app, "ErrorStack")
ecr.ImageTagMutabilityExclusionFilter.wildcard(CfnParameter(stack, "Pattern").value_as_string)

app.synth()
