"""``EventPattern``: the filter a rule matches events with, and the merge rules of ``add_event_pattern``."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from purecdk.core.struct_class import Struct
from purecdk.core.structs import get_field
from purecdk.core.tokens.js import js_json_dumps

# jsii property names of EventPattern, in declaration order (``detailType`` renders as ``detail-type``)
_FIELDS: tuple[tuple[str, str], ...] = (
    ("account", "account"),
    ("detail", "detail"),
    ("detail_type", "detailType"),
    ("id", "id"),
    ("region", "region"),
    ("resources", "resources"),
    ("source", "source"),
    ("time", "time"),
    ("version", "version"),
)


class EventPattern(Struct):
    """Which events a rule matches: every field given must match (lists are alternatives)."""

    account: Sequence[str] | None = None
    detail: Mapping[str, Any] | None = None
    detail_type: Sequence[str] | None = None
    id: Sequence[str] | None = None
    region: Sequence[str] | None = None
    resources: Sequence[str] | None = None
    source: Sequence[str] | None = None
    time: Sequence[str] | None = None
    version: Sequence[str] | None = None


def _marshal(value: Any) -> Any:
    """Copy a value the way jsii hands it to JavaScript: containers copied, ``None`` map values dropped."""
    if type(value) is str:
        return value
    if isinstance(value, (list, tuple)):
        return [_marshal(v) for v in value]
    if isinstance(value, Mapping):
        return {k: _marshal(v) for k, v in value.items() if v is not None}
    return value


def event_pattern_to_dict(pattern: Any) -> dict[str, Any]:
    """An ``EventPattern`` (or a dict with snake_case or camelCase keys) as a dict keyed by jsii names."""
    if isinstance(pattern, Mapping):
        known = {name for pair in _FIELDS for name in pair}
        unknown = [k for k in pattern if k not in known]
        if unknown:
            raise ValueError(
                f"Unknown event pattern field(s) {unknown}; use the fields of EventPattern "
                f"({', '.join(snake for snake, _ in _FIELDS)})"
            )
    result: dict[str, Any] = {}
    if isinstance(pattern, Mapping):
        # a plain object keeps its key order (as a JavaScript object literal in library code does)
        to_camel: dict[str, str] = dict(_FIELDS)
        for key, value in pattern.items():
            if value is not None:
                name = str(key)
                result[to_camel.get(name, name)] = _marshal(value)
        return result
    for snake, camel in _FIELDS:
        value = get_field(pattern, snake)
        if value is not None:
            result[camel] = _marshal(value)
    return result


def _json(value: Any) -> str:
    """``JSON.stringify`` of a pattern value (objects that are not JSON compare by identity)."""
    try:
        return js_json_dumps(value)
    except (TypeError, ValueError):
        return f"<object {id(value)}>"


def merge_event_pattern(dest: dict[str, Any], src: Mapping[str, Any]) -> dict[str, Any]:
    """Merge ``src`` into ``dest``: lists are concatenated without duplicates, objects merged recursively."""

    def merge_object(dest_obj: Any, src_obj: Any) -> None:
        if not isinstance(src_obj, (Mapping, list, tuple)):
            raise ValueError(f"Invalid event pattern '{_json(src_obj)}', expecting an object or an array")
        items = src_obj.items() if isinstance(src_obj, Mapping) else enumerate(src_obj)
        for field, src_value in items:
            if src_value is None:
                continue
            if not isinstance(src_value, (Mapping, list, tuple)):
                raise ValueError(
                    f"Invalid event pattern field {{ {field}: {_json(src_value)} }}. "
                    "All fields must be arrays"
                )
            dest_value = dest_obj.get(field) if isinstance(dest_obj, dict) else None
            if dest_value is None:
                dest_obj[field] = src_value
                continue
            src_is_list = isinstance(src_value, (list, tuple))
            if src_is_list != isinstance(dest_value, (list, tuple)):
                raise ValueError(
                    f"Invalid event pattern field {field}. Type mismatch between existing pattern "
                    f"{_json(dest_value)} and added pattern {_json(src_value)}"
                )
            if src_is_list:
                merged = [*dest_value, *src_value]
                seen: set[str] = set()
                unique = []
                for item in merged:
                    key = _json(item)
                    if key not in seen:
                        seen.add(key)
                        unique.append(item)
                dest_obj[field] = unique
                continue
            merge_object(dest_value, src_value)

    merge_object(dest, src)
    return dest


def render_event_pattern(pattern: Mapping[str, Any]) -> dict[str, Any] | None:
    """The pattern as CloudFormation wants it (``detailType`` becomes ``detail-type``); None when empty."""
    if not pattern:
        return None
    return {("detail-type" if key == "detailType" else key): value for key, value in pattern.items()}
