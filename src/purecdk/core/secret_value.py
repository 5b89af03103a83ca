"""``SecretValue``: a secret that only constructs accepting secrets may put into a template."""

from __future__ import annotations

import dataclasses
from typing import Any

from purecdk.core.cfn_dynamic_reference import CfnDynamicReference, CfnDynamicReferenceService
from purecdk.core.feature_flags import FeatureFlags
from purecdk.core.resolution_type_hint import ResolutionTypeHint
from purecdk.core.tokens.intrinsic import Intrinsic
from purecdk.core.tokens.token import Token, Tokenization

CHECK_SECRET_USAGE = "@aws-cdk/core:checkSecretUsage"
"""The feature flag that makes resolving a ``SecretValue`` directly an error."""


@dataclasses.dataclass(frozen=True)
class SecretsManagerSecretOptions:
    """Which version and which JSON field of an AWS Secrets Manager secret to read."""

    json_field: str | None = None
    version_id: str | None = None
    version_stage: str | None = None


class SecretValue(Intrinsic):
    """A secret value, kept out of readable parts of the template.

    Create one with a factory method (``secrets_manager``, ``ssm_secure``, ``cfn_parameter``, ...) and pass it to
    constructs that accept a ``SecretValue``. With ``@aws-cdk/core:checkSecretUsage`` on, resolving the secret
    anywhere else fails synthesis; ``unsafe_unwrap()`` returns its value as a string for deliberate use.
    """

    def __init__(
        self, protected_value: Any, *, stack_trace: bool | None = None, type_hint: ResolutionTypeHint | None = None
    ) -> None:
        super().__init__(protected_value, stack_trace=stack_trace, type_hint=type_hint)
        self._raw_value = protected_value

    @staticmethod
    def is_secret_value(x: Any) -> bool:
        """Whether ``x`` is a ``SecretValue``."""
        return isinstance(x, SecretValue)

    @staticmethod
    def unsafe_plain_text(secret: str) -> SecretValue:
        """A literal secret: anyone who can read the template sees it (use for tests only)."""
        return SecretValue(secret)

    @staticmethod
    def plain_text(secret: str) -> SecretValue:
        """A literal secret (deprecated: use ``unsafe_plain_text``)."""
        return SecretValue(secret)

    @staticmethod
    def secrets_manager(
        secret_id: str,
        *,
        json_field: str | None = None,
        version_id: str | None = None,
        version_stage: str | None = None,
    ) -> SecretValue:
        """The secret stored in AWS Secrets Manager under ``secret_id`` (a name or an ARN), read by
        CloudFormation at deployment through a dynamic reference."""
        key = SecretValue.cfn_dynamic_reference_key(
            secret_id, json_field=json_field, version_id=version_id, version_stage=version_stage
        )
        return SecretValue.cfn_dynamic_reference(
            CfnDynamicReference(CfnDynamicReferenceService.SECRETS_MANAGER, key)
        )

    @staticmethod
    def cfn_dynamic_reference_key(
        secret_id: str,
        *,
        json_field: str | None = None,
        version_id: str | None = None,
        version_stage: str | None = None,
    ) -> str:
        """The key of the Secrets Manager dynamic reference: ``<id>:SecretString:<field>:<stage>:<version id>``."""
        if not secret_id:
            raise ValueError("secretId cannot be empty")
        if not Token.is_unresolved(secret_id) and not secret_id.startswith("arn:") and ":" in secret_id:
            raise ValueError(f'secret id "{secret_id}" is not an ARN but contains ":"')
        if version_stage and version_id:
            raise ValueError(
                f"versionStage: '{version_stage}' and versionId: '{version_id}' were both provided but only one "
                "is allowed"
            )
        return ":".join([secret_id, "SecretString", json_field or "", version_stage or "", version_id or ""])

    @staticmethod
    def ssm_secure(parameter_name: str, version: str | None = None) -> SecretValue:
        """A SecureString parameter of AWS Systems Manager Parameter Store (optionally one ``version`` of it)."""
        key = f"{parameter_name}:{version}" if version else parameter_name
        return SecretValue.cfn_dynamic_reference(CfnDynamicReference(CfnDynamicReferenceService.SSM_SECURE, key))

    @staticmethod
    def cfn_dynamic_reference(ref: CfnDynamicReference) -> SecretValue:
        """The secret a CloudFormation dynamic reference reads."""
        return SecretValue(ref)

    @staticmethod
    def cfn_parameter(param: Any) -> SecretValue:
        """The value of a CloudFormation parameter, which must have ``no_echo=True``."""
        if not param.no_echo:
            raise ValueError('CloudFormation parameter must be configured with "NoEcho"')
        return SecretValue(param.value)

    @staticmethod
    def resource_attribute(attr: str) -> SecretValue:
        """An attribute of a CloudFormation resource (``cfn_resource.attr_xxx``) as a secret."""
        from purecdk.core.cfn_resource import CfnResource
        from purecdk.core.reference import CfnReference

        token = Tokenization.reverse(attr) if isinstance(attr, str) else None
        if not CfnReference.is_cfn_reference(token) or not CfnResource.is_cfn_resource(token.target):
            raise ValueError("SecretValue.resourceAttribute() must be used with a resource attribute")
        return SecretValue(attr)

    def unsafe_unwrap(self) -> str:
        """The secret as a string, without the usage check: make sure it only lands in write-only properties."""
        return Token.as_string(self._raw_value)

    def resolve(self, context: Any) -> Any:
        """The secret's value; with ``@aws-cdk/core:checkSecretUsage`` on, an error instead."""
        if FeatureFlags.of(context.scope).is_enabled(CHECK_SECRET_USAGE):
            raise ValueError(
                f"Synthing a secret value to {'/'.join(context.document_path)}. Using a SecretValue here risks "
                "exposing your secret. Only pass SecretValues to constructs that accept a SecretValue property, or "
                "call AWS Secrets Manager directly in your runtime code. Call 'secretValue.unsafeUnwrap()' if you "
                "understand and accept the risks."
            )
        return super().resolve(context)

    def to_json(self) -> Any:
        """What ``JSON.stringify`` makes of an unresolved token in aws-cdk-lib: ``"<unresolved-token>"``."""
        return "<unresolved-token>"
