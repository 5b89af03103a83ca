"""Printing a :class:`~purecdk.cli.template_diff.TemplateDiff` the way ``cdk diff`` lays it out."""

from __future__ import annotations

import json
from typing import Any

from purecdk.cli import replacement
from purecdk.cli.template_diff import (
    ADDED,
    MISSING,
    REMOVED,
    ElementDiff,
    TemplateDiff,
    ValueChange,
    format_path,
)

_SINGULAR = {"Parameters": "Parameter", "Outputs": "Output", "Conditions": "Condition", "Mappings": "Mapping"}
_SINGULAR.update({"Rules": "Rule", "Metadata": "Metadata"})
_SIGN = {ADDED: "[+]", REMOVED: "[-]"}
_PROPERTY_NOTE = {
    replacement.REQUIRED: " (requires replacement)",
    replacement.MAY: " (may cause replacement)",
    replacement.UNKNOWN: " (replacement unknown)",
}
_RESOURCE_NOTE = {replacement.REQUIRED: " replace", replacement.MAY: " may be replaced"}


def _value(value: Any) -> str:
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _change_lines(changes: list[ValueChange], *, is_resource: bool) -> list[str]:
    lines = []
    for n, change in enumerate(changes):
        last = n == len(changes) - 1
        path = change.path[1:] if is_resource and change.path[:1] == ("Properties",) else change.path
        name = format_path(path) or "(value)"
        note = (
            _PROPERTY_NOTE.get(change.replacement, "")
            if is_resource and change.path[:1] == ("Properties",)
            else ""
        )
        if change.path == ("Type",):
            note = " (requires replacement)"
        lines.append(f" {'└─' if last else '├─'} [~] {name}{note}")
        sides = [(s, v) for s, v in (("[-]", change.old), ("[+]", change.new)) if v is not MISSING]
        for k, (sign, value) in enumerate(sides):
            lead = "    " if last else " │  "
            lines.append(f"{lead} {'└─' if k == len(sides) - 1 else '├─'} {sign} {_value(value)}")
    return lines


def _resource_lines(element: ElementDiff) -> list[str]:
    kind = element.resource_type
    if element.kind == ADDED:
        return [f"[+] {kind} {element.logical_id}"]
    if element.kind == REMOVED:
        retained = isinstance(element.old, dict) and element.old.get("DeletionPolicy") == "Retain"
        return [f"[-] {kind} {element.logical_id} {'orphan' if retained else 'destroy'}"]
    note = _RESOURCE_NOTE.get(element.replacement, "")
    if element.replacement == replacement.UNKNOWN:
        note = f" (replacement unknown: no schema for {kind})"
    return [f"[~] {kind} {element.logical_id}{note}", *_change_lines(element.changes, is_resource=True)]


def _element_lines(element: ElementDiff) -> list[str]:
    if element.section == "Resources":
        return _resource_lines(element)
    label = _SINGULAR.get(element.section, element.section)
    title = f"{label} {element.logical_id}" if element.section else element.logical_id
    if element.kind in _SIGN:
        value = element.new if element.kind == ADDED else element.old
        return [f"{_SIGN[element.kind]} {title}: {_value(value)}"]
    return [f"[~] {title}", *_change_lines(element.changes, is_resource=False)]


def format_diff(stack_id: str, diff: TemplateDiff, *, note: str | None = None) -> str:
    """The differences of one stack, as lines of text (``There were no differences`` if none)."""
    lines = [f"Stack {stack_id}"]
    if note:
        lines.append(note)
    if not diff.has_differences:
        lines.append("There were no differences")
        return "\n".join(lines) + "\n"
    for section in diff.sections:
        if section:
            lines.append(section)
        for element in diff.section(section):
            lines.extend(_element_lines(element))
        lines.append("")
    return "\n".join(lines[:-1]) + "\n"
