"""KMS encryption with a key and encryption=KMS, and with an imported key."""

from purecdk import App, Stack
from purecdk import aws_ecr as ecr
from purecdk import aws_kms as kms

app = App()
stack = Stack(app, "EncryptionKeysStack")

key = kms.Key(stack, "Key")
ecr.Repository(stack, "Repo", encryption_key=key, encryption=ecr.RepositoryEncryption.KMS)
imported = kms.Key.from_key_arn(stack, "Imported", "arn:aws:kms:us-east-1:123456789012:key/12345678-1234-1234-1234-123456789012")
ecr.Repository(stack, "ImportedKeyRepo", encryption_key=imported)

app.synth()
