"""``Match``: content filters for event patterns (prefix, numeric ranges, anything-but, ...)."""

from __future__ import annotations

import re
from typing import Any

from purecdk.core.tokens.json_null import json_null_token
from purecdk.core.tokens.token import Token

# patterns, compiled (and cached by re) when ``cidr`` first needs them: the IPv6 one takes ~1 ms to compile
_IPV4 = r"^([0-9]{1,3}\.){3}[0-9]{1,3}(\/([0-9]|[1-2][0-9]|3[0-2]))?$"
# upstream's IPv6 pattern, verbatim (including its unescaped "s*" and "d")
_IPV6 = (
    r"^s*((([0-9A-Fa-f]{1,4}:){7}([0-9A-Fa-f]{1,4}|:))|(([0-9A-Fa-f]{1,4}:){6}(:[0-9A-Fa-f]{1,4}|((25[0-5]|2[0-4]d|1dd|[1-9]?d)(.(25[0-5]|2[0-4]d|1dd|[1-9]?d)){3})|:))|(([0-9A-Fa-f]{1,4}:){5}(((:[0-9A-Fa-f]{1,4}){1,2})|:((25[0-5]|2[0-4]d|1dd|[1-9]?d)(.(25[0-5]|2[0-4]d|1dd|[1-9]?d)){3})|:))|(([0-9A-Fa-f]{1,4}:){4}(((:[0-9A-Fa-f]{1,4}){1,3})|((:[0-9A-Fa-f]{1,4})?:((25[0-5]|2[0-4]d|1dd|[1-9]?d)(.(25[0-5]|2[0-4]d|1dd|[1-9]?d)){3}))|:))|(([0-9A-Fa-f]{1,4}:){3}(((:[0-9A-Fa-f]{1,4}){1,4})|((:[0-9A-Fa-f]{1,4}){0,2}:((25[0-5]|2[0-4]d|1dd|[1-9]?d)(.(25[0-5]|2[0-4]d|1dd|[1-9]?d)){3}))|:))|(([0-9A-Fa-f]{1,4}:){2}(((:[0-9A-Fa-f]{1,4}){1,5})|((:[0-9A-Fa-f]{1,4}){0,3}:((25[0-5]|2[0-4]d|1dd|[1-9]?d)(.(25[0-5]|2[0-4]d|1dd|[1-9]?d)){3}))|:))|(([0-9A-Fa-f]{1,4}:){1}(((:[0-9A-Fa-f]{1,4}){1,6})|((:[0-9A-Fa-f]{1,4}){0,4}:((25[0-5]|2[0-4]d|1dd|[1-9]?d)(.(25[0-5]|2[0-4]d|1dd|[1-9]?d)){3}))|:))|(:(((:[0-9A-Fa-f]{1,4}){1,7})|((:[0-9A-Fa-f]{1,4}){0,5}:((25[0-5]|2[0-4]d|1dd|[1-9]?d)(.(25[0-5]|2[0-4]d|1dd|[1-9]?d)){3}))|:)))(%.+)?s*(\/([0-9]|[1-9][0-9]|1[0-1][0-9]|12[0-8]))?$/"
)


class Match:
    """Matchers to use as the values of event pattern fields."""

    def __init__(self, matchers: list[Any], merge_matchers: bool) -> None:
        self._matchers = matchers
        self._merge_matchers = merge_matchers
        self.creation_stack: list[str] = []

    @staticmethod
    def null_value() -> list[str]:
        """Matches when the field is present with the JSON value ``null``."""
        return [json_null_token()]

    @staticmethod
    def exists() -> list[str]:
        """Matches when the field is present."""
        return [Token.as_string({"exists": True})]

    @staticmethod
    def does_not_exist() -> list[str]:
        """Matches when the field is absent."""
        return [Token.as_string({"exists": False})]

    @staticmethod
    def exact_string(value: str) -> list[str]:
        """Matches exactly this string."""
        return [Token.as_string(value)]

    @staticmethod
    def equals_ignore_case(value: str) -> list[str]:
        """Matches this string, ignoring case."""
        return [Token.as_string({"equals-ignore-case": value})]

    @staticmethod
    def prefix(value: str) -> list[str]:
        """Matches strings starting with ``value``."""
        return [Token.as_string({"prefix": value})]

    @staticmethod
    def suffix(value: str) -> list[str]:
        """Matches strings ending with ``value``."""
        return [Token.as_string({"suffix": value})]

    @staticmethod
    def prefix_equals_ignore_case(value: str) -> list[str]:
        """Matches strings starting with ``value``, ignoring case."""
        return [Token.as_string({"prefix": {"equals-ignore-case": value}})]

    @staticmethod
    def suffix_equals_ignore_case(value: str) -> list[str]:
        """Matches strings ending with ``value``, ignoring case."""
        return [Token.as_string({"suffix": {"equals-ignore-case": value}})]

    @staticmethod
    def wildcard(value: str) -> list[str]:
        """Matches strings against a wildcard pattern (``*``)."""
        return [Token.as_string({"wildcard": value})]

    @staticmethod
    def cidr(range: str) -> list[str]:
        """Matches IP addresses in a CIDR range."""
        if not re.search(_IPV4, range, re.I | re.M) and not re.search(_IPV6, range, re.I | re.M):
            raise ValueError(f"Invalid IP address range: {range}")
        return [Token.as_string({"cidr": range})]

    @staticmethod
    def ip_address_range(range: str) -> list[str]:
        """Same as ``cidr``."""
        return Match.cidr(range)

    @staticmethod
    def anything_but(*values: Any) -> list[str]:
        """Matches anything except these values (all strings or all numbers)."""
        if not values:
            raise ValueError("anythingBut matchers must be non-empty lists")
        numbers = all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in values)
        strings = all(isinstance(v, str) for v in values)
        if not (numbers or strings):
            raise ValueError("anythingBut matchers must be lists that contain only strings or only numbers.")
        return [Token.as_string({"anything-but": list(values)})]

    @staticmethod
    def anything_but_prefix(*values: str) -> list[str]:
        """Matches strings that start with none of these prefixes."""
        return Match._anything_but_conjunction("prefix", values)

    @staticmethod
    def anything_but_suffix(*values: str) -> list[str]:
        """Matches strings that end with none of these suffixes."""
        return Match._anything_but_conjunction("suffix", values)

    @staticmethod
    def anything_but_wildcard(*values: str) -> list[str]:
        """Matches strings that match none of these wildcard patterns."""
        return Match._anything_but_conjunction("wildcard", values)

    @staticmethod
    def anything_but_equals_ignore_case(*values: str) -> list[str]:
        """Matches strings equal to none of these values, ignoring case."""
        return Match._anything_but_conjunction("equals-ignore-case", values)

    @staticmethod
    def greater_than(value: float) -> list[str]:
        """Matches numbers greater than ``value``."""
        return Match._numeric(">", value)

    @staticmethod
    def greater_than_or_equal(value: float) -> list[str]:
        """Matches numbers greater than or equal to ``value``."""
        return Match._numeric(">=", value)

    @staticmethod
    def less_than(value: float) -> list[str]:
        """Matches numbers less than ``value``."""
        return Match._numeric("<", value)

    @staticmethod
    def less_than_or_equal(value: float) -> list[str]:
        """Matches numbers less than or equal to ``value``."""
        return Match._numeric("<=", value)

    @staticmethod
    def equal(value: float) -> list[str]:
        """Matches numbers equal to ``value``."""
        return Match._numeric("=", value)

    @staticmethod
    def interval(lower: float, upper: float) -> list[str]:
        """Matches numbers in ``[lower, upper]``."""
        if lower > upper:
            raise ValueError(f"Invalid interval: [{lower}, {upper}]")
        return Match.all_of(Match.greater_than_or_equal(lower), Match.less_than_or_equal(upper))

    @staticmethod
    def all_of(*matchers: Any) -> list[str]:
        """Matches when all numeric matchers match (they are merged into one)."""
        if not matchers:
            raise ValueError("A list of matchers must contain at least one element.")
        return Token.as_list(Match(list(matchers), merge_matchers=True))

    @staticmethod
    def any_of(*matchers: Any) -> list[str]:
        """Matches when any of the matchers matches."""
        if not matchers:
            raise ValueError("A list of matchers must contain at least one element.")
        result: list[str] = []
        for match in matchers:
            if isinstance(match, list):
                result.extend(Token.as_string(m) for m in match)
            else:
                result.append(Token.as_string(match))
        return result

    @staticmethod
    def _anything_but_conjunction(filter_key: str, values: tuple[Any, ...]) -> list[str]:
        if not values:
            raise ValueError("anythingBut matchers must be non-empty lists")
        filter_value: Any = values[0] if len(values) == 1 else list(values)
        return [Token.as_string({"anything-but": {filter_key: filter_value}})]

    @staticmethod
    def _numeric(operator: str, value: float) -> list[str]:
        return [Token.as_string({"numeric": [operator, value]})]

    def resolve(self, context: Any) -> Any:
        """The matchers, flattened (and merged into one numeric matcher for ``all_of``)."""
        matchers: list[Any] = []
        for matcher in self._matchers:
            resolved = context.resolve(matcher)
            if isinstance(resolved, list):
                matchers.extend(resolved)
            else:
                matchers.append(resolved)
        if not self._merge_matchers:
            return matchers
        if not all(isinstance(m, dict) and m.get("numeric") for m in matchers):
            raise ValueError("Only numeric matchers can be merged into a single matcher.")
        numeric: list[Any] = []
        for m in matchers:
            numeric.extend(m["numeric"])
        return [{"numeric": numeric}]

    def __str__(self) -> str:
        return Token.as_string(self)
