"""Error: a custom KMS key with AES256 encryption."""

from purecdk import App, Stack
from purecdk import aws_ecr as ecr
from purecdk import aws_kms as kms

app = App()
stack = Stack(app, "my-stack")
custom_key = kms.Key(stack, "Key")
ecr.Repository(stack, "Repo", encryption=ecr.RepositoryEncryption.AES_256, encryption_key=custom_key)

app.synth()
