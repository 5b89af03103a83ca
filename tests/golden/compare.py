"""Compare synthesized JSON documents: dict key order ignored, list order significant, types strict.

``first_difference(expected, actual)`` returns ``None`` when the documents are equal, otherwise a message
naming the first differing JSON path and both values, e.g.::

    $.Resources.Queue.Properties.DelaySeconds: expected 5, got "5"
"""

from __future__ import annotations

import json
import re
from typing import Any

_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_MAX_VALUE_CHARS = 300


def child_path(path: str, key: str | int) -> str:
    """JSON path of ``key`` under ``path`` (``$.a.b``, ``$.a[0]``, ``$["with spaces"]``)."""
    if isinstance(key, int):
        return f"{path}[{key}]"
    if _IDENTIFIER.match(key):
        return f"{path}.{key}"
    return f"{path}[{json.dumps(key)}]"


def show(value: Any) -> str:
    """Short JSON rendering of a value for messages."""
    text = json.dumps(value, sort_keys=True, default=repr)
    return text if len(text) <= _MAX_VALUE_CHARS else text[: _MAX_VALUE_CHARS - 3] + "..."


def _kind(value: Any) -> str:
    """JSON kind of a value; int and float are distinct (aws-cdk-lib never writes 5 as 5.0)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "float"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    if isinstance(value, dict):
        return "object"
    return type(value).__name__


def _canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, default=repr)


def first_difference(expected: Any, actual: Any, path: str = "$") -> str | None:
    """The first difference between two parsed JSON documents, or None if they are equal."""
    expected_kind, actual_kind = _kind(expected), _kind(actual)
    if expected_kind != actual_kind:
        return f"{path}: expected {expected_kind} {show(expected)}, got {actual_kind} {show(actual)}"
    if isinstance(expected, dict):
        for key, value in expected.items():
            if key not in actual:
                return f"{child_path(path, key)}: missing (expected {show(value)})"
            difference = first_difference(value, actual[key], child_path(path, key))
            if difference:
                return difference
        for key in actual:
            if key not in expected:
                return f"{child_path(path, key)}: unexpected key (got {show(actual[key])})"
        return None
    if isinstance(expected, list):
        for index, (left, right) in enumerate(zip(expected, actual, strict=False)):
            difference = first_difference(left, right, child_path(path, index))
            if difference:
                if len(expected) == len(actual) and sorted(map(_canonical, expected)) == sorted(
                    map(_canonical, actual)
                ):
                    return f"{difference} (list order differs: same elements in another order at {path})"
                return difference
        if len(expected) != len(actual):
            return (
                f"{path}: expected {len(expected)} items, got {len(actual)} "
                f"(expected {show(expected)}, got {show(actual)})"
            )
        return None
    if expected != actual:
        return f"{path}: expected {show(expected)}, got {show(actual)}"
    return None
