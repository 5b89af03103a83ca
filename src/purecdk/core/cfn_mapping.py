"""``CfnMapping``: a template mapping, optionally lazy (left out when every lookup resolves early)."""

from __future__ import annotations

import re
from typing import Any

from purecdk.constructs import Construct
from purecdk.core.cfn_element import CfnRefElement
from purecdk.core.fn import Fn
from purecdk.core.tokens.token import unresolved

_NON_ALNUM = re.compile(r"[^a-zA-Z0-9]")


class CfnMapping(CfnRefElement):
    """A two-level mapping of values, read with ``find_in_map``."""

    def __init__(
        self, scope: Construct, id: str, *, lazy: bool | None = None, mapping: dict[str, dict[str, Any]] | None = None
    ) -> None:
        super().__init__(scope, id)
        self._lazy = lazy
        self._lazy_render = not lazy
        self._lazy_informed = False
        self._mapping: dict[str, dict[str, Any]] = {}
        if mapping:
            for second in mapping.values():
                for key in second:
                    self._validate_alphanumeric(key)
            self._mapping = {k: dict(v) for k, v in mapping.items()}

    def _validate_alphanumeric(self, value: Any) -> None:
        if isinstance(value, str) and not unresolved(value) and _NON_ALNUM.search(value):
            raise ValueError(
                f"Attribute name '{value}' must contain only alphanumeric characters (in mapping {self.node.path})."
            )

    def set_value(self, key1: str, key2: str, value: Any) -> None:
        """Set ``mapping[key1][key2]``."""
        self._validate_alphanumeric(key2)
        self._mapping.setdefault(key1, {})[key2] = value

    def find_in_map(self, key1: str, key2: str, default_value: str | None = None) -> str:
        """The value at ``key1``/``key2``: a literal for lazy mappings when known, else ``Fn::FindInMap``."""
        fully_resolved = False
        not_in_mapping = ""
        if not unresolved(key1):
            if key1 not in self._mapping:
                not_in_mapping = f"Mapping doesn't contain top-level key '{key1}'"
            elif not unresolved(key2):
                if key2 not in self._mapping[key1]:
                    not_in_mapping = f"Mapping doesn't contain second-level key '{key2}'"
                else:
                    fully_resolved = True
        if not_in_mapping and default_value is None:
            raise KeyError(f"{not_in_mapping} (in mapping {self.node.path})")
        if fully_resolved:
            if self._lazy:
                return self._mapping[key1][key2]  # type: ignore[no-any-return]
        else:
            self._lazy_render = True
        return Fn.find_in_map(self.logical_id, key1, key2, default_value)

    def _to_cloud_formation(self) -> dict[str, Any]:
        if self._lazy is None and not self._lazy_render:
            self._inform_lazy_use()
        if not self._lazy or self._lazy_render:
            return {"Mappings": {self.logical_id: self._mapping}}
        return {}

    def _inform_lazy_use(self) -> None:
        if not self._lazy_informed:
            from purecdk.core.annotations import Annotations

            Annotations.of(self).add_info(
                "Consider making this CfnMapping a lazy mapping by providing `lazy: true`: either no findInMap was "
                "called or every findInMap could be immediately resolved without using Fn::FindInMap"
            )
        self._lazy_informed = True
