"""JSON ``null`` in a template: a value that token resolution keeps, unlike ``None`` (JavaScript's ``undefined``).

Python has one ``None`` where JavaScript has ``undefined`` (dropped by resolution) and ``null`` (kept). A token
that stands for ``null`` (``json_null_token()``, used by ``events.Match.null_value()``) resolves to ``JSON_NULL``,
which resolution passes through like any plain value; ``without_json_nulls`` turns it into ``None`` once the
template is complete.
"""

from __future__ import annotations

from typing import Any

from purecdk.core.tokens.intrinsic import Intrinsic


class _JsonNull:
    """The type of ``JSON_NULL``."""

    __slots__ = ()

    def __bool__(self) -> bool:
        return False

    def __repr__(self) -> str:
        return "JSON_NULL"


JSON_NULL: Any = _JsonNull()
"""Stands for JSON ``null`` during resolution."""

_made = False
"""Whether a null token was ever made: until then resolved values hold no ``JSON_NULL`` to replace."""


def json_null_token() -> str:
    """A string token that renders as JSON ``null`` (where JavaScript's ``Token.asString(null)`` does)."""
    global _made
    _made = True
    from purecdk.core.tokens.token import Token

    return Token.as_string(Intrinsic(JSON_NULL))


def without_json_nulls(value: Any) -> Any:
    """``value`` with every ``JSON_NULL`` replaced by ``None`` (containers holding one are copied)."""
    if not _made:
        return value
    return _replace(value)


def _replace(value: Any) -> Any:
    if value is JSON_NULL:
        return None
    if isinstance(value, dict):
        replaced = {key: _replace(item) for key, item in value.items()}
        return value if all(replaced[k] is v for k, v in value.items()) else _copy_type(value, replaced)
    if isinstance(value, list):
        items = [_replace(item) for item in value]
        return value if all(a is b for a, b in zip(items, value, strict=True)) else _copy_type(value, items)
    return value


def _copy_type(original: Any, contents: Any) -> Any:
    """``contents`` in a container of ``original``'s type (keeping a resolution type hint)."""
    if type(original) in (dict, list):
        return contents
    copy = type(original)(contents)
    hint = getattr(original, "type_hint", None)
    if hint is not None:
        copy.type_hint = hint
    return copy
