"""``SamlProvider``: a SAML 2.0 identity provider, and its metadata document."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from purecdk.aws_iam._generated import CfnSAMLProvider
from purecdk.aws_iam._util import construct_error
from purecdk.aws_iam.references import SAMLProviderReference
from purecdk.core.analytics_metadata import add_construct_metadata
from purecdk.core.resource import Resource
from purecdk.core.tokens import Token

if TYPE_CHECKING:
    from purecdk.constructs import Construct

_NAME = re.compile(r"^[\w+=,.@-]{1,128}$", re.ASCII)


class SamlMetadataDocument:
    """The XML document an identity provider generates to describe itself."""

    def __init__(self, xml: str) -> None:
        self.xml = xml

    @staticmethod
    def from_xml(xml: str) -> SamlMetadataDocument:
        """A metadata document given as XML text."""
        return SamlMetadataDocument(xml)

    @staticmethod
    def from_file(path: str) -> SamlMetadataDocument:
        """A metadata document read from a file (UTF-8)."""
        return SamlMetadataDocument(Path(path).read_text(encoding="utf-8"))


class SamlProvider(Resource):
    """A SAML 2.0 identity provider (``AWS::IAM::SAMLProvider``)."""

    def __init__(
        self, scope: Construct, id: str, *, metadata_document: SamlMetadataDocument, name: str | None = None
    ) -> None:
        super().__init__(scope, id)
        add_construct_metadata(self, locals())
        if name and not Token.is_unresolved(name) and not _NAME.match(name):
            raise construct_error(
                self,
                "Invalid SAML provider name. The name must be a string of characters consisting of upper and "
                "lowercase alphanumeric characters with no spaces. You can also include any of the following "
                "characters: _+=,.@-. Length must be between 1 and 128 characters.",
            )
        resource = CfnSAMLProvider(self, "Resource", name=name, saml_metadata_document=metadata_document.xml)
        self.saml_provider_arn: str = resource.ref

    @staticmethod
    def from_saml_provider_arn(scope: Construct, id: str, saml_provider_arn: str) -> SamlProvider:
        """A SAML provider defined elsewhere."""
        return _ImportedSamlProvider(scope, id, saml_provider_arn)  # type: ignore[return-value]

    @property
    def saml_provider_ref(self) -> SAMLProviderReference:
        """A reference to this provider."""
        return SAMLProviderReference(saml_provider_arn=self.saml_provider_arn)


class _ImportedSamlProvider(Resource):
    def __init__(self, scope: Construct, id: str, saml_provider_arn: str) -> None:
        super().__init__(scope, id)
        self.saml_provider_arn = saml_provider_arn

    @property
    def saml_provider_ref(self) -> SAMLProviderReference:
        return SAMLProviderReference(saml_provider_arn=self.saml_provider_arn)
