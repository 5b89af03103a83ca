"""ECR README: encryption with a customer managed KMS key."""

from purecdk import App, Stack
from purecdk import aws_ecr as ecr
from purecdk import aws_kms as kms

app = App()
stack = Stack(app, "EncryptionKeyStack")

ecr.Repository(stack, "Repo", encryption_key=kms.Key(stack, "Key"))

app.synth()
