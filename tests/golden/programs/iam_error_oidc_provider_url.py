"""Meant to fail: an OpenID Connect provider URL without https://."""

from purecdk import App, Stack
from purecdk import aws_iam as iam

app = App()
stack = Stack(app, "OidcUrlStack")
iam.OidcProviderNative(stack, "Provider", url="http://oidc.example.com")

app.synth()
