"""SamlProvider, OidcProviderNative and their principals: validation errors and principal details."""

from __future__ import annotations

from typing import Any

import pytest

from purecdk import App, Stack
from purecdk import aws_iam as iam


@pytest.fixture()
def stack() -> Stack:
    return Stack(App(), "S")


def test_saml_provider_name(stack: Stack) -> None:
    document = iam.SamlMetadataDocument.from_xml("<md/>")
    with pytest.raises(ValueError, match=r"Invalid SAML provider name\..*\(at S/P\)"):
        iam.SamlProvider(stack, "P", name="a b", metadata_document=document)
    with pytest.raises(ValueError, match="Invalid SAML provider name"):
        iam.SamlProvider(stack, "Q", name="x" * 129, metadata_document=document)
    iam.SamlProvider(stack, "R", name="a_b+c=d,e.f@g-h", metadata_document=document)


@pytest.mark.parametrize(
    ("props", "message"),
    [
        ({"url": "http://x"}, "The URL of the identity provider must start with https://"),
        ({"url": "https://" + "x" * 248}, "The maximum length allowed for url is 255 characters"),
        ({"url": "https://x", "client_ids": ["a"] * 101}, "The maximum number of clients that can be registered is 100"),  # noqa: E501
        ({"url": "https://x", "client_ids": ["a" * 256]}, "The maximum length of a client ID is 255 characters"),
        ({"url": "https://x", "thumbprints": ["a" * 40] * 6}, "The maximum number of thumbprints is 5"),
        ({"url": "https://x", "thumbprints": ["a" * 39]}, "The length of a thumbprint must be 40 characters"),
        ({"url": "https://x", "thumbprints": ["g" * 40]}, "All thumbprints must be in hexadecimal format"),
    ],
)
def test_oidc_provider_validation(stack: Stack, props: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message + r" \(at S\)"):
        iam.OidcProviderNative(stack, "P", **props)


def test_principals(stack: Stack) -> None:
    saml = iam.SamlProvider.from_saml_provider_arn(stack, "Saml", "arn:aws:iam::1:saml-provider/x")
    console = iam.SamlConsolePrincipal(saml, {"StringEquals": {"a": "b"}, "Bool": {"c": "true"}})
    assert console.assume_role_action == "sts:AssumeRoleWithSAML"
    assert console.to_string() == "SamlConsolePrincipal(arn:aws:iam::1:saml-provider/x)"
    assert console.policy_fragment.conditions == {
        "Bool": {"c": "true"},
        "StringEquals": {"SAML:aud": "https://signin.aws.amazon.com/saml"},
    }
    oidc = iam.OidcProviderNative.from_oidc_provider_arn(stack, "Oidc", "arn:aws:iam::1:oidc-provider/a.b/c")
    assert oidc.oidc_provider_issuer == "a.b/c"
    principal = iam.OpenIdConnectPrincipal(oidc)
    assert principal.assume_role_action == "sts:AssumeRoleWithWebIdentity"
    assert principal.policy_fragment.principal_json == {"Federated": ["arn:aws:iam::1:oidc-provider/a.b/c"]}
    assert principal.to_string() == "OpenIdConnectPrincipal(arn:aws:iam::1:oidc-provider/a.b/c)"
