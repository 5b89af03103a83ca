"""How tokens hide inside strings, numbers and lists, and how to find them again."""

from __future__ import annotations

import re
import struct
from typing import Any

BEGIN_STRING_TOKEN_MARKER = "${Token["
BEGIN_LIST_TOKEN_MARKER = "#{Token["
END_TOKEN_MARKER = "]}"
VALID_KEY_CHARS = "a-zA-Z0-9._-"

_DOUBLE_TOKEN_MARKER = 0xFBFF << 48
_MAX_ENCODABLE_INTEGER = (1 << 48) - 1
_NUMBER_TOKEN_PATTERN = r"-1\.88815\d*e\+289"

STRING_TOKEN_REGEX = re.compile(
    r"\$\{Token\[([" + VALID_KEY_CHARS + r"]+)\]\}|(" + _NUMBER_TOKEN_PATTERN + ")"
)
LIST_TOKEN_REGEX = re.compile(r"#\{Token\[([" + VALID_KEY_CHARS + r"]+)\]\}")
_QUICK_STRING_CHECK = re.compile(r"\$\{Token\[|" + _NUMBER_TOKEN_PATTERN)


def create_token_double(x: int) -> float:
    """Encode the integer ``x`` as a double that cannot be an ordinary number."""
    if x < 0 or x > _MAX_ENCODABLE_INTEGER:
        raise ValueError(f"Cannot encode {x} as a number token")
    return float(struct.unpack(">d", struct.pack(">Q", _DOUBLE_TOKEN_MARKER | x))[0])


def extract_token_double(value: float) -> int | None:
    """The integer encoded in ``value``, or ``None`` if it is an ordinary number."""
    if not isinstance(value, float) or value == value and value > -1e289:
        return None
    bits = struct.unpack(">Q", struct.pack(">d", value))[0]
    if bits & (0xFFFF << 48) != _DOUBLE_TOKEN_MARKER:
        return None
    return int(bits & _MAX_ENCODABLE_INTEGER)


def has_string_token(s: str) -> bool:
    """Whether the string contains an encoded token."""
    return "{Token[" in s or "e+289" in s and _QUICK_STRING_CHECK.search(s) is not None


def is_list_token(s: Any) -> bool:
    """Whether ``s`` is the single element of an encoded list token."""
    return isinstance(s, str) and LIST_TOKEN_REGEX.search(s) is not None


class Fragment:
    """One piece of a tokenized string: a literal, a token or an already resolved intrinsic."""

    __slots__ = ("kind", "value")

    def __init__(self, kind: str, value: Any) -> None:
        self.kind = kind  # "literal" | "token" | "intrinsic"
        self.value = value

    def __repr__(self) -> str:
        return f"Fragment(kind={self.kind!r}, value={self.value!r})"


class TokenizedStringFragments:
    """A string split into literal and token pieces (made for every tokenized string resolved: a plain class)."""

    __slots__ = ("fragments",)

    def __init__(self, fragments: list[Fragment] | None = None) -> None:
        self.fragments: list[Fragment] = fragments if fragments is not None else []

    def __repr__(self) -> str:
        return f"TokenizedStringFragments(fragments={self.fragments!r})"

    @property
    def first_value(self) -> Any:
        """The value of the first fragment."""
        return self.fragments[0].value

    @property
    def tokens(self) -> list[Any]:
        """The tokens among the fragments."""
        return [f.value for f in self.fragments if f.kind == "token"]

    def __len__(self) -> int:
        return len(self.fragments)


def split_string(s: str, lookup: Any) -> TokenizedStringFragments:
    """Split ``s`` into fragments; ``lookup(key)`` maps a token key to its token (or ``None``)."""
    result = TokenizedStringFragments()
    pos = 0
    for match in STRING_TOKEN_REGEX.finditer(s):
        token: Any
        if match.group(1) is not None:
            token = lookup.lookup_string_key(match.group(1))
        else:
            token = lookup.lookup_number(float(match.group(2)))
        if token is None:
            continue
        if match.start() > pos:
            result.fragments.append(Fragment("literal", s[pos : match.start()]))
        result.fragments.append(Fragment("token", token))
        pos = match.end()
    if pos < len(s):
        result.fragments.append(Fragment("literal", s[pos:]))
    return result


def split_list_token(s: str, lookup: Any) -> TokenizedStringFragments:
    """Split the element of a list token into fragments."""
    result = TokenizedStringFragments()
    pos = 0
    for match in LIST_TOKEN_REGEX.finditer(s):
        token = lookup.lookup_string_key(match.group(1))
        if token is None:
            continue
        if match.start() > pos:
            result.fragments.append(Fragment("literal", s[pos : match.start()]))
        result.fragments.append(Fragment("token", token))
        pos = match.end()
    if pos < len(s):
        result.fragments.append(Fragment("literal", s[pos:]))
    return result
