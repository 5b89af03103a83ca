"""Error: aws-cdk-lib 2.275.0 rejects RepositoryEncryption.KMS_DSSE."""

from purecdk import App, Stack
from purecdk import aws_ecr as ecr

app = App()
stack = Stack(app, "ErrorStack")
ecr.Repository(stack, "Repo", encryption=ecr.RepositoryEncryption.KMS_DSSE)

app.synth()
