"""``SubscriptionFilter``: the conditions a message attribute (or body field) must meet to be delivered."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from purecdk.core.struct_class import Struct
from purecdk.core.structs import get_field


class StringConditions(Struct, kw_only=True):
    """Conditions on a string attribute."""

    allowlist: Sequence[str] | None = None
    denylist: Sequence[str] | None = None
    match_prefixes: Sequence[str] | None = None
    match_suffixes: Sequence[str] | None = None


class BetweenCondition(Struct, kw_only=True):
    """A numeric range, from ``start`` to ``stop``."""

    start: float
    stop: float


class NumericConditions(Struct, kw_only=True):
    """Conditions on a numeric attribute."""

    allowlist: Sequence[float] | None = None
    between: BetweenCondition | None = None
    between_strict: BetweenCondition | None = None
    greater_than: float | None = None
    greater_than_or_equal_to: float | None = None
    less_than: float | None = None
    less_than_or_equal_to: float | None = None


class SubscriptionFilter:
    """A filter for one attribute: a list of conditions, any of which lets a message through."""

    def __init__(self, conditions: Sequence[Any] | None = None) -> None:
        self.conditions: list[Any] = list(conditions) if conditions is not None else []

    @staticmethod
    def string_filter(
        string_conditions: StringConditions | dict[str, Any] | None = None,
        *,
        allowlist: Sequence[str] | None = None,
        denylist: Sequence[str] | None = None,
        match_prefixes: Sequence[str] | None = None,
        match_suffixes: Sequence[str] | None = None,
    ) -> SubscriptionFilter:
        """Match a string attribute: exact values, values to exclude, prefixes, suffixes."""
        allowlist = allowlist if allowlist is not None else get_field(string_conditions, "allowlist")
        denylist = denylist if denylist is not None else get_field(string_conditions, "denylist")
        prefixes = match_prefixes if match_prefixes is not None else get_field(string_conditions, "match_prefixes")
        suffixes = match_suffixes if match_suffixes is not None else get_field(string_conditions, "match_suffixes")
        conditions: list[Any] = []
        if allowlist:
            conditions.extend(allowlist)
        if denylist is not None:  # an empty list too, as upstream does
            conditions.append({"anything-but": list(denylist)})
        if prefixes:
            conditions.extend({"prefix": prefix} for prefix in prefixes)
        if suffixes:
            conditions.extend({"suffix": suffix} for suffix in suffixes)
        return SubscriptionFilter(conditions)

    @staticmethod
    def numeric_filter(
        numeric_conditions: NumericConditions | dict[str, Any] | None = None,
        *,
        allowlist: Sequence[float] | None = None,
        between: BetweenCondition | dict[str, Any] | None = None,
        between_strict: BetweenCondition | dict[str, Any] | None = None,
        greater_than: float | None = None,
        greater_than_or_equal_to: float | None = None,
        less_than: float | None = None,
        less_than_or_equal_to: float | None = None,
    ) -> SubscriptionFilter:
        """Match a numeric attribute: exact values, bounds, ranges."""

        def pick(value: Any, name: str) -> Any:
            return value if value is not None else get_field(numeric_conditions, name)

        allowlist = pick(allowlist, "allowlist")
        conditions: list[Any] = []
        if allowlist:
            conditions.extend({"numeric": ["=", value]} for value in allowlist)
        for operator, value in (
            (">", pick(greater_than, "greater_than")),
            (">=", pick(greater_than_or_equal_to, "greater_than_or_equal_to")),
            ("<", pick(less_than, "less_than")),
            ("<=", pick(less_than_or_equal_to, "less_than_or_equal_to")),
        ):
            if value is not None:
                conditions.append({"numeric": [operator, value]})
        between = pick(between, "between")
        if between is not None:
            conditions.append({"numeric": [">=", get_field(between, "start"), "<=", get_field(between, "stop")]})
        between_strict = pick(between_strict, "between_strict")
        if between_strict is not None:
            conditions.append(
                {"numeric": [">", get_field(between_strict, "start"), "<", get_field(between_strict, "stop")]}
            )
        return SubscriptionFilter(conditions)

    @staticmethod
    def exists_filter() -> SubscriptionFilter:
        """Match messages that have the attribute."""
        return SubscriptionFilter([{"exists": True}])

    @staticmethod
    def not_exists_filter() -> SubscriptionFilter:
        """Match messages that do not have the attribute."""
        return SubscriptionFilter([{"exists": False}])

    def _js_own_properties(self) -> dict[str, Any]:
        return {"conditions": self.conditions}
