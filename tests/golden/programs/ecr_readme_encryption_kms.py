"""ECR README: encryption with the AWS managed KMS key."""

from purecdk import App, Stack
from purecdk import aws_ecr as ecr

app = App()
stack = Stack(app, "EncryptionKmsStack")

ecr.Repository(stack, "Repo", encryption=ecr.RepositoryEncryption.KMS)

app.synth()
