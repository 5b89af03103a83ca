"""SAML and OpenID Connect identity providers (SamlProvider, OidcProviderNative) and their principals."""

from pathlib import Path

from purecdk import App, CfnOutput, RemovalPolicy, Stack
from purecdk import aws_iam as iam

CERTIFICATE = "MIIC" + "A" * 1200 + "=="
METADATA = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="https://idp.example.com/saml">'
    '<md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">'
    '<md:KeyDescriptor use="signing"><ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><ds:X509Data>'
    f"<ds:X509Certificate>{CERTIFICATE}</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>"
    '<md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" '
    'Location="https://idp.example.com/sso"/></md:IDPSSODescriptor></md:EntityDescriptor>'
)

app = App()

stack = Stack(app, "IdentityProviderStack")
named = iam.SamlProvider(
    stack, "Named", name="corporate-idp", metadata_document=iam.SamlMetadataDocument.from_xml(METADATA)
)
Path("saml-metadata.xml").write_text(METADATA, encoding="utf-8")
from_file = iam.SamlProvider(stack, "FromFile", metadata_document=iam.SamlMetadataDocument.from_file("saml-metadata.xml"))
imported_saml = iam.SamlProvider.from_saml_provider_arn(
    stack, "ImportedSaml", "arn:aws:iam::123456789012:saml-provider/existing"
)

iam.Role(stack, "ConsoleRole", assumed_by=iam.SamlConsolePrincipal(named))
iam.Role(
    stack,
    "ConsoleRoleWithConditions",
    assumed_by=iam.SamlConsolePrincipal(
        from_file, {"StringEquals": {"SAML:sub_type": "persistent"}, "Bool": {"aws:SecureTransport": "true"}}
    ),
)
iam.Role(
    stack,
    "SamlRole",
    assumed_by=iam.SamlPrincipal(imported_saml, {"StringEquals": {"SAML:aud": "https://example.com/saml"}}),
)
iam.Role(stack, "SamlRoleNoConditions", assumed_by=iam.SamlPrincipal(named, {}))

oidc = iam.OidcProviderNative(
    stack,
    "Oidc",
    url="https://token.actions.githubusercontent.com",
    client_ids=["sts.amazonaws.com"],
    thumbprints=["6938fd4d98bab03faadb97b34396831e3780aea1"],
    removal_policy=RemovalPolicy.RETAIN,
)
minimal_oidc = iam.OidcProviderNative(stack, "MinimalOidc", url="https://oidc.example.com/tenant", oidc_provider_name="x")
imported_oidc = iam.OidcProviderNative.from_oidc_provider_arn(
    stack, "ImportedOidc", "arn:aws:iam::123456789012:oidc-provider/oidc.eks.us-east-1.amazonaws.com/id/ABC"
)
iam.Role(
    stack,
    "GithubRole",
    assumed_by=iam.OpenIdConnectPrincipal(
        oidc,
        {
            "StringEquals": {"token.actions.githubusercontent.com:aud": "sts.amazonaws.com"},
            "StringLike": {"token.actions.githubusercontent.com:sub": "repo:example/*"},
        },
    ),
)
iam.Role(stack, "EksRole", assumed_by=iam.OpenIdConnectPrincipal(imported_oidc))
iam.Role(stack, "MinimalRole", assumed_by=iam.OpenIdConnectPrincipal(minimal_oidc))
for name, provider in (("Oidc", oidc), ("ImportedOidc", imported_oidc)):
    CfnOutput(stack, f"{name}Arn", value=provider.oidc_provider_arn)
    CfnOutput(stack, f"{name}Issuer", value=provider.oidc_provider_issuer)
    CfnOutput(stack, f"{name}OpenIdIssuer", value=provider.open_id_connect_provider_issuer)
CfnOutput(stack, "SamlArn", value=named.saml_provider_arn)
CfnOutput(stack, "ImportedSamlArn", value=imported_saml.saml_provider_ref.saml_provider_arn)

for region in ("cn-north-1", "us-gov-west-1", "eu-west-1"):
    regional = Stack(app, f"Saml-{region}", env={"account": "123456789012", "region": region})
    provider = iam.SamlProvider(regional, "Provider", metadata_document=iam.SamlMetadataDocument.from_xml(METADATA))
    iam.Role(regional, "ConsoleRole", assumed_by=iam.SamlConsolePrincipal(provider))

app.synth()
