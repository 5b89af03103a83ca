"""Small helpers shared by the IAM constructs (not public API)."""

from __future__ import annotations

import enum
import json
from collections.abc import Callable, Mapping
from typing import Any

from purecdk.core.tokens import Token, Tokenization
from purecdk.core.tokens.resolvable import is_resolvable

LITERAL_STRING_KEY = "LiteralString"
"""Principal key for a principal that renders as a bare string (``"Principal": "*"``)."""

MAX_POLICY_NAME_LEN = 128


def construct_error(scope: Any, message: str) -> ValueError:
    """A ``ValueError`` whose message names the construct path of ``scope``."""
    path = getattr(getattr(scope, "node", None), "path", None)
    return ValueError(f"{message} (at {path})" if path else message)


def generate_policy_name(scope: Any, logical_id: str) -> str:
    """A policy name derived from a logical id: its last 128 characters."""
    resolved = str(Tokenization.resolve(logical_id, scope=scope))
    return resolved[max(len(resolved) - MAX_POLICY_NAME_LEN, 0) :]


def merge_principal(target: dict[str, list[Any]], source: Mapping[str, Any]) -> dict[str, list[Any]]:
    """Merge the principal JSON ``source`` into ``target`` (values accumulate in lists)."""
    if (LITERAL_STRING_KEY in source and any(k != LITERAL_STRING_KEY for k in target)) or (
        LITERAL_STRING_KEY in target and any(k != LITERAL_STRING_KEY for k in source)
    ):
        raise ValueError(
            f"Cannot merge principals {js_json(target)} and {js_json(source)}; "
            "if one uses a literal principal string the other one must be empty"
        )
    for key, value in source.items():
        bucket = target.setdefault(key, [])
        bucket.extend(value if isinstance(value, list) else [value])
    return target


def js_json(value: Any) -> str:
    """``JSON.stringify`` of a value the way upstream compares and measures policy fragments."""
    return json.dumps(_jsonable(value), separators=(",", ":"), ensure_ascii=False)


def _jsonable(value: Any) -> Any:
    if value is None or isinstance(value, (str, bool, int, float)):
        return value
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, Mapping):
        return {str(k): _jsonable(v) for k, v in value.items() if v is not None}
    if isinstance(value, enum.Enum):
        return value.value
    to_json = getattr(value, "to_json", None)
    if callable(to_json):
        try:
            return _jsonable(to_json())
        except Exception:  # an unresolved token refuses: identity is all that matters here
            pass
    if is_resolvable(value):
        return Token.as_string(value)
    return f"<{type(value).__name__}@{id(value):x}>"


class UniqueStringSet:
    """A list token whose resolved elements are de-duplicated (and that disappears when empty)."""

    def __init__(self, fn: Callable[[], list[str]]) -> None:
        self._fn = fn
        self.creation_stack: list[str] = []

    @staticmethod
    def from_(fn: Callable[[], list[str]]) -> list[str]:
        """A list token backed by ``fn``."""
        return Token.as_list(UniqueStringSet(fn))

    def resolve(self, context: Any) -> Any:
        context.register_post_processor(self)
        return self._fn()

    def post_process(self, value: Any, context: Any) -> Any:
        if not isinstance(value, list):
            return value
        if not value:
            return None
        unique: dict[str, Any] = {}
        for element in value:
            unique[js_json(element)] = element
        return list(unique.values())


class LazyList:
    """A list token mapping a live list (``fn`` applied at resolution time); empty resolves to nothing."""

    def __init__(self, items: list[Any], fn: Callable[[Any], Any]) -> None:
        self._items = items
        self._fn = fn
        self.creation_stack: list[str] = []

    def resolve(self, context: Any) -> Any:
        if not self._items:
            return None
        return [self._fn(x) for x in self._items]


class AttachedPolicies:
    """The inline policies attached to an identity; two different policies may not share a name."""

    def __init__(self) -> None:
        self._policies: list[Any] = []

    def attach(self, policy: Any) -> None:
        """Remember ``policy``; raises if another policy with the same name is attached."""
        if any(p is policy for p in self._policies):
            return
        if any(p.policy_name == policy.policy_name for p in self._policies):
            raise construct_error(policy, f'A policy named "{policy.policy_name}" is already attached')
        self._policies.append(policy)


def validate_condition_object(x: Any) -> None:
    """Raise unless ``x`` is a map of operator to value."""
    if x is None or not (isinstance(x, Mapping) or is_resolvable(x)):
        raise ValueError("A Condition should be represented as a map of operator to value")
