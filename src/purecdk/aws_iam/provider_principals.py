"""Principals of IAM identity providers: ``OpenIdConnectPrincipal``, ``SamlPrincipal``, ``SamlConsolePrincipal``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from purecdk.aws_iam.principals import FederatedPrincipal, WebIdentityPrincipal
from purecdk.core.stack import Stack
from purecdk.core.structs import reference_attribute

_DEFAULT_SAML_SIGN_ON_URL = "https://signin.aws.amazon.com/saml"
# aws-cdk-lib's region facts (SAML_SIGN_ON_URL) where they differ from the default
_SAML_SIGN_ON_URLS = {
    "cn-north-1": "https://signin.amazonaws.cn/saml",
    "cn-northwest-1": "https://signin.amazonaws.cn/saml",
    "us-gov-east-1": "https://signin.amazonaws-us-gov.com/saml",
    "us-gov-west-1": "https://signin.amazonaws-us-gov.com/saml",
    "us-iso-east-1": "https://signin.c2shome.ic.gov/saml",
    "us-iso-west-1": "https://signin.c2shome.ic.gov/saml",
    "us-isob-east-1": "https://signin.sc2shome.sgov.gov/saml",
    "us-isob-west-1": "https://signin.sc2shome.sgov.gov/saml",
}


class OpenIdConnectPrincipal(WebIdentityPrincipal):
    """Users of an OpenID Connect provider (``sts:AssumeRoleWithWebIdentity``)."""

    def __init__(self, open_id_connect_provider: Any, conditions: Mapping[str, Any] | None = None) -> None:
        arn = reference_attribute(open_id_connect_provider, "oidc_provider_ref", "oidc_provider_arn")
        super().__init__(arn, conditions if conditions is not None else {})

    def to_string(self) -> str:
        return f"OpenIdConnectPrincipal({self.federated})"


class SamlPrincipal(FederatedPrincipal):
    """Users of a SAML identity provider (``sts:AssumeRoleWithSAML``)."""

    def __init__(self, saml_provider: Any, conditions: Mapping[str, Any]) -> None:
        arn = reference_attribute(saml_provider, "saml_provider_ref", "saml_provider_arn")
        super().__init__(arn, conditions, "sts:AssumeRoleWithSAML")

    def to_string(self) -> str:
        return f"SamlPrincipal({self.federated})"


class SamlConsolePrincipal(SamlPrincipal):
    """Users of a SAML identity provider signing in to the AWS Management Console: the ``SAML:aud`` condition
    names the sign-in URL of the provider's partition (it replaces any ``StringEquals`` of ``conditions``)."""

    def __init__(self, saml_provider: Any, conditions: Mapping[str, Any] | None = None) -> None:
        region = Stack.of(saml_provider).region
        url = _SAML_SIGN_ON_URLS.get(region, _DEFAULT_SAML_SIGN_ON_URL)
        super().__init__(saml_provider, {**(conditions or {}), "StringEquals": {"SAML:aud": url}})

    def to_string(self) -> str:
        return f"SamlConsolePrincipal({self.federated})"
