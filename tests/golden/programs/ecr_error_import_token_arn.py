"""Error: a token ARN in from_repository_arn (aws-cdk-lib 2.275.0 needs from_repository_attributes)."""

from purecdk import App, Fn, Stack
from purecdk import aws_ecr as ecr

app = App()
stack = Stack(app, "ErrorStack")
ecr.Repository.from_repository_arn(stack, "arn", Fn.import_value("Arn"))

app.synth()
