"""``OidcProviderNative``: an OpenID Connect identity provider as a plain ``AWS::IAM::OIDCProvider``."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from purecdk.aws_iam._generated import CfnOIDCProvider
from purecdk.aws_iam._util import construct_error
from purecdk.aws_iam.references import OIDCProviderReference
from purecdk.core.analytics_metadata import add_construct_metadata
from purecdk.core.arn import Arn
from purecdk.core.resource import Resource
from purecdk.core.tokens import Token

if TYPE_CHECKING:
    from purecdk.constructs import Construct
    from purecdk.core.removal_policy import RemovalPolicy

_HEX = re.compile(r"^[0-9a-fA-F]+$")


class OidcProviderNative(Resource):
    """An IAM OpenID Connect identity provider (``AWS::IAM::OIDCProvider``), for web identity federation."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        url: str,
        client_ids: Sequence[str] | None = None,
        oidc_provider_name: str | None = None,
        removal_policy: RemovalPolicy | None = None,
        thumbprints: Sequence[str] | None = None,
    ) -> None:
        super().__init__(scope, id, physical_name=oidc_provider_name)
        add_construct_metadata(self, locals())
        _validate(scope, url, client_ids, thumbprints)
        self._resource = CfnOIDCProvider(
            self,
            "Resource",
            url=url,
            client_id_list=list(client_ids) if client_ids is not None else None,
            thumbprint_list=list(thumbprints) if thumbprints is not None else None,
        )
        if removal_policy:
            self._resource.apply_removal_policy(removal_policy)

    @staticmethod
    def from_oidc_provider_arn(scope: Construct, id: str, oidc_provider_arn: str) -> OidcProviderNative:
        """An OpenID Connect provider defined elsewhere."""
        return _ImportedOidcProvider(scope, id, oidc_provider_arn)  # type: ignore[return-value]

    @property
    def oidc_provider_arn(self) -> str:
        """The provider's ARN."""
        return Token.as_string(self._resource.ref)

    @property
    def oidc_provider_issuer(self) -> str:
        """The issuer: the provider's URL without ``https://``."""
        return Arn.extract_resource_name(self.oidc_provider_arn, "oidc-provider")

    @property
    def oidc_provider_thumbprints(self) -> str:
        """The thumbprints, as a string token (as aws-cdk-lib types them)."""
        return Token.as_string(self._resource.thumbprint_list)

    @property
    def open_id_connect_provider_arn(self) -> str:
        """Same as ``oidc_provider_arn``."""
        return self.oidc_provider_arn

    @property
    def open_id_connect_provider_issuer(self) -> str:
        """Same as ``oidc_provider_issuer``."""
        return self.oidc_provider_issuer

    @property
    def oidc_provider_ref(self) -> OIDCProviderReference:
        """A reference to this provider."""
        return OIDCProviderReference(oidc_provider_arn=self.oidc_provider_arn)


def _validate(
    scope: Construct, url: str, client_ids: Sequence[str] | None, thumbprints: Sequence[str] | None
) -> None:
    if not Token.is_unresolved(url):
        if not url.startswith("https://"):
            raise construct_error(scope, "The URL of the identity provider must start with https://")
        if len(url) > 255:
            raise construct_error(scope, "The maximum length allowed for url is 255 characters")
    if client_ids is not None and len(client_ids) > 100:
        raise construct_error(scope, "The maximum number of clients that can be registered is 100")
    if any(not Token.is_unresolved(c) and len(c) > 255 for c in client_ids or []):
        raise construct_error(scope, "The maximum length of a client ID is 255 characters")
    if thumbprints is not None and len(thumbprints) > 5:
        raise construct_error(scope, "The maximum number of thumbprints is 5")
    if any(not Token.is_unresolved(t) and len(t) != 40 for t in thumbprints or []):
        raise construct_error(scope, "The length of a thumbprint must be 40 characters")
    if any(not Token.is_unresolved(t) and not _HEX.match(t) for t in thumbprints or []):
        raise construct_error(scope, "All thumbprints must be in hexadecimal format")


class _ImportedOidcProvider(Resource):
    def __init__(self, scope: Construct, id: str, oidc_provider_arn: str) -> None:
        super().__init__(scope, id)
        self.oidc_provider_arn = oidc_provider_arn
        self.oidc_provider_issuer = Arn.extract_resource_name(oidc_provider_arn, "oidc-provider")

    @property
    def open_id_connect_provider_arn(self) -> str:
        return self.oidc_provider_arn

    @property
    def open_id_connect_provider_issuer(self) -> str:
        return self.oidc_provider_issuer

    @property
    def oidc_provider_ref(self) -> OIDCProviderReference:
        return OIDCProviderReference(oidc_provider_arn=self.oidc_provider_arn)
