"""Meant to fail: a SAML provider name with a space."""

from purecdk import App, Stack
from purecdk import aws_iam as iam

app = App()
stack = Stack(app, "SamlNameStack")
iam.SamlProvider(
    stack, "Provider", name="corporate idp", metadata_document=iam.SamlMetadataDocument.from_xml("<x/>" * 300)
)

app.synth()
