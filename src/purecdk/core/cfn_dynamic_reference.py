"""``CfnDynamicReference``: a CloudFormation dynamic reference (``{{resolve:service:key}}``)."""

from __future__ import annotations

import enum

from purecdk.core.tokens.intrinsic import Intrinsic


class CfnDynamicReferenceService(enum.Enum):
    """The services a CloudFormation dynamic reference can read from."""

    SSM = "ssm"
    """Plaintext value from AWS Systems Manager Parameter Store."""
    SSM_SECURE = "ssm-secure"
    """Secure string from AWS Systems Manager Parameter Store."""
    SECRETS_MANAGER = "secretsmanager"
    """Secret value from AWS Secrets Manager."""


class CfnDynamicReference(Intrinsic):
    """A token that renders as ``{{resolve:<service>:<key>}}``, resolved by CloudFormation at deployment."""

    def __init__(self, service: CfnDynamicReferenceService, key: str) -> None:
        super().__init__("{{resolve:" + CfnDynamicReferenceService(service).value + ":" + key + "}}")
