"""``FeatureFlags``: reading aws-cdk-lib's feature flags from context, with their v2 defaults."""

from __future__ import annotations

from typing import Any

# flags whose unconfigured value in aws-cdk-lib v2 is not "off" (from aws-cdk-lib 2.275.0's feature flag report)
V2_DEFAULTS: dict[str, Any] = {
    "@aws-cdk/core:newStyleStackSynthesis": True,
    "@aws-cdk/core:stackRelativeExports": True,
    "@aws-cdk/core:aspectStabilization": True,
    "@aws-cdk/core:automaticL1Traits": True,
    "@aws-cdk/core:defaultCrossStackReferences": "strong",
    # expired v1 flags that behave as "on" in v2 unless explicitly configured
    "@aws-cdk/aws-kms:defaultKeyPolicies": True,
    # flags whose unconfigured behaviour in v2 is "on" (``unconfiguredBehavesLike.v2``)
    "@aws-cdk/aws-lambda:recognizeVersionProps": True,
}


class FeatureFlags:
    """Feature flags as seen from a construct."""

    def __init__(self, scope: Any) -> None:
        self._scope = scope

    @staticmethod
    def of(scope: Any) -> FeatureFlags:
        """The flags visible from ``scope``."""
        return FeatureFlags(scope)

    def value(self, flag: str) -> Any:
        """The flag's context value, or its v2 default."""
        value = self._scope.node.try_get_context(flag)
        if value is None:
            return V2_DEFAULTS.get(flag)
        return value

    def is_enabled(self, flag: str) -> bool:
        """Whether the flag is on (context values "true"/true count)."""
        value = self.value(flag)
        if isinstance(value, str):
            return value.lower() == "true"
        return bool(value)
