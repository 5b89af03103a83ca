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
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e21:
        return int(value)
    if isinstance(value, dict):
        return {k: _normalize(v) for k, v in _js_key_order(value)}
    if isinstance(value, (list, tuple)):
        return [_normalize(v) for v in value]
    return value


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
    normalized = _normalize(value)
    if indent is None:
        return json.dumps(normalized, ensure_ascii=False, separators=(",", ":"))
    return json.dumps(normalized, ensure_ascii=False, indent=indent, separators=(",", ": "))
