"""JavaScript's renderings of numbers and JSON, which CloudFormation templates must match byte for byte."""

from __future__ import annotations

import json
from typing import Any


def js_number(x: float | int) -> str:
    """``String(x)`` as JavaScript writes it (``5`` not ``5.0``)."""
    if isinstance(x, bool):
        return "true" if x else "false"
    if isinstance(x, int):
        return str(x)
    if x != x:
        return "NaN"
    if x in (float("inf"), float("-inf")):
        return "Infinity" if x > 0 else "-Infinity"
    if x.is_integer() and abs(x) < 1e21:
        return str(int(x))
    text = repr(x)
    if "e" in text:
        mantissa, exp = text.split("e")
        sign = "-" if exp.startswith("-") else "+"
        return f"{mantissa}e{sign}{exp.lstrip('+-').lstrip('0') or '0'}"
    return text


def _normalize(value: Any) -> Any:
    """``value`` with integral floats as ints and JavaScript's key order; unchanged containers are not copied."""
    cls = type(value)
    if cls is str or cls is int or cls is bool or value is None:
        return value
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e21:
        return int(value)
    if isinstance(value, dict):
        for key in value:
            if type(key) is not str or (key and key[0] in _DIGITS):
                return {k: _normalize(v) for k, v in _js_key_order(value)}
        copied: dict[Any, Any] | None = None
        for key, item in value.items():
            if type(item) is not str:
                normalized = _normalize(item)
                if normalized is not item:
                    if copied is None:
                        copied = dict(value)
                    copied[key] = normalized
        return value if copied is None else copied
    if isinstance(value, (list, tuple)):
        copied_list: list[Any] | None = None
        for index, item in enumerate(value):
            if type(item) is not str:
                normalized = _normalize(item)
                if normalized is not item:
                    if copied_list is None:
                        copied_list = list(value)
                    copied_list[index] = normalized
        return value if copied_list is None else copied_list
    return value


_DIGITS = frozenset("0123456789")


def _is_array_index(key: Any) -> bool:
    return isinstance(key, str) and key.isdigit() and (key == "0" or not key.startswith("0")) and int(key) < 2**32 - 1


def _js_key_order(d: dict[str, Any]) -> list[tuple[str, Any]]:
    # JavaScript objects list integer-like keys first, ascending, then the rest in insertion order
    items = list(d.items())
    if not any(_is_array_index(k) for k, _ in items):
        return items
    index_items = sorted((kv for kv in items if _is_array_index(kv[0])), key=lambda kv: int(kv[0]))
    return index_items + [kv for kv in items if not _is_array_index(kv[0])]


def js_json_dumps(value: Any, indent: int | None = None) -> str:
    """``JSON.stringify(value, undefined, indent)`` as Node.js writes it."""
    if indent is not None and indent > 0:
        # the json module writes indented output in pure Python (and would need a normalized copy first):
        # one pass of our own is about twice as fast; anything unusual takes the general route below
        parts: list[str] = []
        try:
            _write_indented(value, parts, "\n", " " * indent)
        except (_Unusual, RecursionError):
            pass
        else:
            return "".join(parts)
    normalized = _normalize(value)
    if indent is None:
        return json.dumps(normalized, ensure_ascii=False, separators=(",", ":"))
    return json.dumps(normalized, ensure_ascii=False, indent=indent, separators=(",", ": "))


class _Unusual(Exception):
    """A value the fast writer leaves to the json module (non-string keys, unknown types, odd floats)."""


def _write_indented(value: Any, out: list[str], newline: str, step: str) -> None:
    """Append ``value`` as ``json.dumps(_normalize(value), ensure_ascii=False, indent=..., separators=(",", ": "))``."""
    cls = type(value)
    if cls is str:
        out.append(_encode_string(value))
    elif value is None:
        out.append("null")
    elif cls is bool:
        out.append("true" if value else "false")
    elif cls is int:
        out.append(int.__repr__(value))
    elif isinstance(value, dict):
        if not value:
            out.append("{}")
            return
        inner = newline + step
        items = value.items()
        for key in value:
            if type(key) is not str:
                raise _Unusual
            if key and key[0] in _DIGITS:
                items = _js_key_order(value)  # type: ignore[assignment]
        separator = "{" + inner
        for key, item in items:
            out.append(separator)
            out.append(_encode_string(key))
            out.append(": ")
            if type(item) is str:
                out.append(_encode_string(item))
            else:
                _write_indented(item, out, inner, step)
            separator = "," + inner
        out.append(newline + "}")
    elif isinstance(value, (list, tuple)):
        if not value:
            out.append("[]")
            return
        inner = newline + step
        separator = "[" + inner
        for item in value:
            out.append(separator)
            if type(item) is str:
                out.append(_encode_string(item))
            else:
                _write_indented(item, out, inner, step)
            separator = "," + inner
        out.append(newline + "]")
    elif cls is float and value == value and abs(value) != float("inf"):
        out.append(str(int(value)) if value.is_integer() and abs(value) < 1e21 else float.__repr__(value))
    else:
        raise _Unusual


_encode_string = json.encoder.encode_basestring  # type: ignore[attr-defined]
