"""The process-wide registry that maps encoded token strings, numbers and lists back to tokens."""

from __future__ import annotations

import re
from typing import Any

from purecdk.core.tokens.encoding import (
    BEGIN_LIST_TOKEN_MARKER,
    BEGIN_STRING_TOKEN_MARKER,
    END_TOKEN_MARKER,
    VALID_KEY_CHARS,
    create_token_double,
    extract_token_double,
)

_INVALID_KEY_CHARS = re.compile(f"[^{VALID_KEY_CHARS}]")


class TokenMap:
    """Registers tokens and gives each a unique string, number or list stand-in."""

    _instance: TokenMap | None = None

    def __init__(self) -> None:
        self._string_by_token: dict[int, str] = {}
        self._list_by_token: dict[int, list[str]] = {}
        self._number_by_token: dict[int, float] = {}
        self._token_by_key: dict[str, Any] = {}
        self._token_by_number: dict[int, Any] = {}
        self._counter = 0

    @classmethod
    def instance(cls) -> TokenMap:
        """The singleton map."""
        if cls._instance is None:
            cls._instance = TokenMap()
        return cls._instance

    def _new_key(self, token: Any, display_hint: str | None) -> str:
        self._counter += 1
        key = f"{_INVALID_KEY_CHARS.sub('.', display_hint or 'TOKEN')}.{self._counter}"
        self._token_by_key[key] = token
        return key

    def register_string(self, token: Any, display_hint: str | None = None) -> str:
        """The string stand-in of ``token`` (the same string for the same token)."""
        existing = self._string_by_token.get(id(token))
        if existing is not None and self._token_by_key.get(existing[8:-2]) is token:
            return existing
        s = f"{BEGIN_STRING_TOKEN_MARKER}{self._new_key(token, display_hint)}{END_TOKEN_MARKER}"
        self._string_by_token[id(token)] = s
        return s

    def register_list(self, token: Any, display_hint: str | None = None) -> list[str]:
        """The list stand-in of ``token``: a one-element list."""
        existing = self._list_by_token.get(id(token))
        if existing is not None and self._token_by_key.get(existing[0][8:-2]) is token:
            return list(existing)
        lst = [f"{BEGIN_LIST_TOKEN_MARKER}{self._new_key(token, display_hint)}{END_TOKEN_MARKER}"]
        self._list_by_token[id(token)] = lst
        return list(lst)

    def register_number(self, token: Any) -> float:
        """The number stand-in of ``token``."""
        existing = self._number_by_token.get(id(token))
        if existing is not None:
            n = extract_token_double(existing)
            if n is not None and self._token_by_number.get(n) is token:
                return existing
        self._counter += 1
        value = create_token_double(self._counter)
        self._token_by_number[self._counter] = token
        self._number_by_token[id(token)] = value
        return value

    def lookup_string_key(self, key: str) -> Any:
        """The token registered under ``key``, or ``None``."""
        return self._token_by_key.get(key)

    def lookup_number(self, value: float) -> Any:
        """The token a number stand-in encodes, or ``None``."""
        n = extract_token_double(value)
        if n is None:
            return None
        return self._token_by_number.get(n)
