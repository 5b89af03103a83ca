"""Meant to fail: an alias name in the reserved alias/aws/ namespace."""

from purecdk import App, Stack
from purecdk import aws_kms as kms

app = App()
stack = Stack(app, "ReservedAliasStack")
kms.Key(stack, "Key", alias="alias/aws/mine")

app.synth()
