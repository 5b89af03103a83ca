"""Rendering of template values the way the validation engine prints them in messages."""

from __future__ import annotations

from typing import Any


def fmt_number(value: float) -> str:
    """A number as Rust prints an ``f64``/``i64``: ``7``, ``7.5``, ``60`` (never ``60.0``)."""
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e21:
            return str(int(value))
        return repr(value)
    return str(value)


def fmt_value(value: Any) -> str:
    """Python-repr style with JSON literals: ``'a'``, ``7``, ``true``, ``null``, ``[1, 'a']``."""
    if isinstance(value, str):
        return f"'{value}'"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if value is None:
        return "null"
    if isinstance(value, (int, float)):
        return fmt_number(value)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(fmt_value(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"'{k}': {fmt_value(v)}" for k, v in value.items()) + "}"
    return str(value)


def fmt_const(value: Any) -> str:
    """A ``const`` value as JSON (``"Enabled"``, ``3``)."""
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return fmt_value(value)


def to_string(value: Any) -> str:
    """The string a number or boolean is coerced to."""
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, (int, float)):
        return fmt_number(value)
    return str(value)


def json_equal(a: Any, b: Any) -> bool:
    """Equality of JSON values (``1 == 1.0``, but ``true != 1``)."""
    if isinstance(a, bool) or isinstance(b, bool):
        return type(a) is type(b) and a == b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return a == b
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(json_equal(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(json_equal(a[k], b[k]) for k in a)
    return type(a) is type(b) and a == b
