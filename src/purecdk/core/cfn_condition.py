"""``CfnCondition``: a template condition."""

from __future__ import annotations

from typing import Any

from purecdk.constructs import Construct
from purecdk.core.cfn_element import CfnElement


class CfnCondition(CfnElement):
    """A condition; resolves to ``{"Condition": logicalId}`` when used in an expression."""

    _RESOLVABLE_CONSTRUCT = True

    def __init__(self, scope: Construct, id: str, *, expression: Any = None) -> None:
        super().__init__(scope, id)
        self.expression = expression

    def resolve(self, context: Any) -> Any:
        """``{"Condition": logicalId}``."""
        return {"Condition": self.logical_id}

    def _to_cloud_formation(self) -> dict[str, Any]:
        if self.expression is None:
            return {}
        return {"Conditions": {self.logical_id: self.expression}}
