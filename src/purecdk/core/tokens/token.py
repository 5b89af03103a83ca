"""``Token`` and ``Tokenization``: encoding values that are only known at synthesis time."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from purecdk.core.tokens.encoding import (
    TokenizedStringFragments,
    extract_token_double,
    has_string_token,
    is_list_token,
    split_list_token,
    split_string,
)
from purecdk.core.tokens.intrinsic import Intrinsic
from purecdk.core.tokens.resolvable import is_resolvable
from purecdk.core.tokens.token_map import TokenMap


def unresolved(obj: Any) -> bool:
    """Whether ``obj`` is or contains an unresolved token (upstream's ``Token.isUnresolved``)."""
    if isinstance(obj, str):
        return has_string_token(obj)
    if isinstance(obj, float):
        return extract_token_double(obj) is not None
    if isinstance(obj, (bool, int)) or obj is None:
        return False
    if isinstance(obj, list):
        return len(obj) == 1 and is_list_token(obj[0])
    return is_resolvable(obj)


def _display_hint(options: Any, display_hint: str | None) -> str | None:
    if display_hint is not None:
        return display_hint
    if options is None:
        return None
    if isinstance(options, Mapping):
        value = options.get("display_hint", options.get("displayHint"))
        return None if value is None else str(value)
    return getattr(options, "display_hint", None) if options is not None else None


class Token:
    """Encodes tokens as strings, numbers or lists, and tells whether a value holds one."""

    @staticmethod
    def is_unresolved(obj: Any) -> bool:
        """Whether ``obj`` is a token or a string/number/list that encodes one."""
        return unresolved(obj)

    @staticmethod
    def as_any(value: Any) -> Any:
        """``value`` as a resolvable (wrapped in an ``Intrinsic`` unless it is one)."""
        return value if is_resolvable(value) else Intrinsic(value)

    @staticmethod
    def as_string(value: Any, options: Any = None, *, display_hint: str | None = None) -> str:
        """A string that stands for ``value`` until synthesis."""
        if isinstance(value, str):
            return value
        return TokenMap.instance().register_string(Token.as_any(value), _display_hint(options, display_hint))

    @staticmethod
    def as_number(value: Any) -> float:
        """A number that stands for ``value`` until synthesis."""
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return value  # type: ignore[return-value]
        return TokenMap.instance().register_number(Token.as_any(value))

    @staticmethod
    def as_list(value: Any, options: Any = None, *, display_hint: str | None = None) -> list[str]:
        """A list of strings that stands for ``value`` until synthesis."""
        if isinstance(value, list):
            return value
        return TokenMap.instance().register_list(Token.as_any(value), _display_hint(options, display_hint))

    @staticmethod
    def compare_strings(possible_token1: str, possible_token2: str) -> str:
        """Compare two possibly tokenized strings: "ONE_UNRESOLVED", "BOTH_UNRESOLVED", "SAME", "DIFFERENT"."""
        u1, u2 = unresolved(possible_token1), unresolved(possible_token2)
        if u1 and u2:
            return "SAME" if possible_token1 == possible_token2 else "BOTH_UNRESOLVED"
        if u1 or u2:
            return "ONE_UNRESOLVED"
        return "SAME" if possible_token1 == possible_token2 else "DIFFERENT"


class Tokenization:
    """Lower-level access to tokens: reversing encodings and resolving."""

    @staticmethod
    def is_resolvable(obj: Any) -> bool:
        """Whether ``obj`` is an object token."""
        return is_resolvable(obj)

    @staticmethod
    def split_string(s: str) -> TokenizedStringFragments:
        """Split a string into literal and token fragments."""
        return split_string(s, TokenMap.instance())

    @staticmethod
    def reverse_string(s: str) -> TokenizedStringFragments:
        """Same as ``split_string``."""
        return split_string(s, TokenMap.instance())

    @staticmethod
    def reverse_number(n: float) -> Any:
        """The token a number encodes, or ``None``."""
        return TokenMap.instance().lookup_number(n)

    @staticmethod
    def reverse_list(lst: list[str]) -> Any:
        """The token a list encodes, or ``None``."""
        if len(lst) != 1 or not is_list_token(lst[0]):
            return None
        fragments = split_list_token(lst[0], TokenMap.instance())
        return fragments.first_value if len(fragments) == 1 and fragments.tokens else None

    @staticmethod
    def reverse(x: Any) -> Any:
        """The token ``x`` stands for, if it is exactly one token; else ``None``."""
        if is_resolvable(x):
            return x
        if isinstance(x, str):
            fragments = split_string(x, TokenMap.instance())
            if len(fragments) == 1 and fragments.fragments[0].kind == "token":
                return fragments.first_value
            return None
        if isinstance(x, float):
            return Tokenization.reverse_number(x)
        if isinstance(x, list):
            return Tokenization.reverse_list(x)
        return None

    @staticmethod
    def resolve(obj: Any, *, scope: Any, resolver: Any = None, preparing: bool = False) -> Any:
        """Resolve ``obj`` in the context of ``scope``."""
        from purecdk.core.tokens.resolve import resolve

        return resolve(obj, scope=scope, resolver=resolver, preparing=preparing)

    @staticmethod
    def stringify_number(x: float) -> str:
        """A number as a string, keeping tokens tokens."""
        if unresolved(x):
            return Token.as_string(TokenMap.instance().lookup_number(x))
        from purecdk.core.tokens.js import js_number

        return js_number(x)
