"""The differences between two CloudFormation templates, section by section, with replacement analysis."""

from __future__ import annotations

import copy
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from purecdk.cli import replacement
from purecdk.cli.replacement import PathSegment

ADDED = "added"
REMOVED = "removed"
CHANGED = "changed"
# the template sections in the order the differences are listed; others follow in name order
SECTIONS = ("Parameters", "Metadata", "Mappings", "Conditions", "Rules", "Resources", "Outputs")
TOP_LEVEL_VALUES = ("AWSTemplateFormatVersion", "Description", "Transform")


class _Missing:
    def __repr__(self) -> str:
        return "MISSING"


#: the value on the side of a change where there is none
MISSING: Any = _Missing()


@dataclass(frozen=True)
class ValueChange:
    """One place where the old and the new element differ: ``path`` inside the element."""

    path: tuple[PathSegment, ...]
    old: Any
    new: Any
    replacement: str = replacement.NONE


@dataclass
class ElementDiff:
    """An added, removed or changed element of a template section (a resource, output, parameter, ...)."""

    section: str
    logical_id: str
    kind: str
    old: Any
    new: Any
    changes: list[ValueChange] = field(default_factory=list)
    replacement: str = replacement.NONE

    @property
    def resource_type(self) -> str:
        """The resource type (the new one if both sides have one), for resources."""
        for side in (self.new, self.old):
            if isinstance(side, dict) and isinstance(side.get("Type"), str):
                return str(side["Type"])
        return ""

    @property
    def type_changed(self) -> bool:
        """Whether a resource's ``Type`` changed."""
        return any(c.path == ("Type",) for c in self.changes)


@dataclass
class TemplateDiff:
    """Every difference between two templates."""

    elements: list[ElementDiff]

    @property
    def has_differences(self) -> bool:
        """Whether there is any difference."""
        return bool(self.elements)

    def section(self, name: str) -> list[ElementDiff]:
        """The differences of one section (``""`` for the top-level values such as ``Description``)."""
        return [e for e in self.elements if e.section == name]

    @property
    def sections(self) -> list[str]:
        """The sections with differences, in listing order."""
        present = {e.section for e in self.elements}
        ordered = [s for s in ("", *SECTIONS) if s in present]
        return ordered + sorted(present - set(ordered))


def _same(a: Any, b: Any) -> bool:
    """JSON equality: ``1`` and ``1.0`` are equal, ``1`` and ``true`` or ``"1"`` are not."""
    if isinstance(a, bool) or isinstance(b, bool):
        return type(a) is type(b) and a == b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return a == b
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    return bool(a == b)


def value_changes(
    old: Any, new: Any, path: tuple[PathSegment, ...] = ()
) -> list[tuple[tuple[PathSegment, ...], Any, Any]]:
    """The deepest places where ``old`` and ``new`` differ (objects key by key, lists of equal length item by
    item), as ``(path, old value, new value)``."""
    if _same(old, new):
        return []
    if isinstance(old, dict) and isinstance(new, dict):
        found = []
        for key in [*old, *(k for k in new if k not in old)]:
            found.extend(value_changes(old.get(key, MISSING), new.get(key, MISSING), (*path, key)))
        return found
    if isinstance(old, list) and isinstance(new, list) and len(old) == len(new):
        found = []
        for index, (a, b) in enumerate(zip(old, new, strict=True)):
            found.extend(value_changes(a, b, (*path, index)))
        return found
    return [(path, old, new)]


def _resource_changes(old: dict[str, Any], new: dict[str, Any]) -> tuple[list[ValueChange], str]:
    new_type = str(new.get("Type", ""))
    changes: list[ValueChange] = []
    answers: list[str] = []
    old_props = old.get("Properties") or {}
    new_props = new.get("Properties") or {}
    others = {k: v for k, v in old.items() if k != "Properties"}
    new_others = {k: v for k, v in new.items() if k != "Properties"}
    for path, a, b in value_changes(others, new_others):
        answer = replacement.REQUIRED if path == ("Type",) else replacement.NONE
        changes.append(ValueChange(path, a, b, answer))
        answers.append(answer)
    for path, a, b in value_changes(old_props, new_props):
        answer = replacement.for_change(new_type, path)
        changes.append(ValueChange(("Properties", *path), a, b, answer))
        answers.append(answer)
    return changes, replacement.worst(answers)


def _section_items(template: dict[str, Any], section: str) -> dict[str, Any]:
    value = template.get(section)
    return value if isinstance(value, dict) else {}


def normalize(template: dict[str, Any]) -> dict[str, Any]:
    """A copy of ``template`` with equivalent spellings made equal, as ``cdk diff`` does before comparing.

    ``{"Fn::GetAtt": "A.B"}`` becomes ``["A", "B"]``, a ``DependsOn`` string a list (lists sorted), and the
    ``CheckBootstrapVersion`` rule (which ``synth`` does not print, so a saved YAML template lacks it) is
    dropped.
    """

    def walk(value: Any, key: str = "") -> Any:
        if isinstance(value, dict):
            out = {}
            for k, v in value.items():
                if k == "Fn::GetAtt" and isinstance(v, str):
                    out[k] = v.split(".")
                elif k == "DependsOn" and key == "resource":
                    out[k] = sorted(v) if isinstance(v, list) else [v] if isinstance(v, str) else walk(v)
                else:
                    out[k] = walk(v)
            return out
        if isinstance(value, list):
            return [walk(v) for v in value]
        return value

    result = {k: walk(v) for k, v in template.items() if k != "Resources"}
    resources = template.get("Resources")
    if isinstance(resources, dict):
        result["Resources"] = {k: walk(v, "resource") for k, v in resources.items()}
    rules = result.get("Rules")
    if isinstance(rules, dict) and "CheckBootstrapVersion" in rules:
        rules = {k: v for k, v in rules.items() if k != "CheckBootstrapVersion"}
        if rules:
            result["Rules"] = rules
        else:
            del result["Rules"]
    return result


def _plain_diff(old: dict[str, Any], new: dict[str, Any]) -> TemplateDiff:
    elements: list[ElementDiff] = []
    for key in TOP_LEVEL_VALUES:
        a, b = old.get(key, MISSING), new.get(key, MISSING)
        if not _same(a, b):
            kind = ADDED if a is MISSING else REMOVED if b is MISSING else CHANGED
            elements.append(
                ElementDiff("", key, kind, a, b, [ValueChange((), a, b)] if kind == CHANGED else [])
            )
    others = {k for t in (old, new) for k, v in t.items() if isinstance(v, dict)}
    names = [*SECTIONS, *sorted(others - set(SECTIONS) - set(TOP_LEVEL_VALUES))]
    for section in names:
        before, after = _section_items(old, section), _section_items(new, section)
        for logical_id in [*before, *(k for k in after if k not in before)]:
            a, b = before.get(logical_id, MISSING), after.get(logical_id, MISSING)
            if a is MISSING:
                elements.append(ElementDiff(section, logical_id, ADDED, a, b))
            elif b is MISSING:
                elements.append(ElementDiff(section, logical_id, REMOVED, a, b))
            elif not _same(a, b):
                if section == "Resources" and isinstance(a, dict) and isinstance(b, dict):
                    changes, answer = _resource_changes(a, b)
                    elements.append(ElementDiff(section, logical_id, CHANGED, a, b, changes, answer))
                else:
                    found = [ValueChange(p, x, y) for p, x, y in value_changes(a, b)]
                    elements.append(ElementDiff(section, logical_id, CHANGED, a, b, found))
    return TemplateDiff(elements)


def _mark_references(template: dict[str, Any], logical_id: str) -> bool:
    """Rewrite ``Ref``/``Fn::*`` references to ``logical_id`` as "<id> (replaced)"; whether any was found."""
    found = False

    def walk(value: Any) -> None:
        nonlocal found
        if isinstance(value, list):
            for item in value:
                walk(item)
        elif isinstance(value, dict):
            if len(value) == 1:
                key, inner = next(iter(value.items()))
                if key == "Ref":
                    if inner == logical_id:
                        value[key] = f"{logical_id} (replaced)"
                        found = True
                    return
                if key.startswith("Fn::"):
                    if isinstance(inner, list) and inner and inner[0] == logical_id:
                        inner[0] = f"{logical_id} (replaced)"
                        found = True
                    walk(inner)  # unlike cdk diff, also look inside Fn::Join, Fn::Select, ...
                    return
            for item in value.values():
                walk(item)

    walk(template.get("Resources"))
    return found


def diff_templates(old: dict[str, Any], new: dict[str, Any]) -> TemplateDiff:
    """Compare two templates.

    A resource that is replaced gets a new physical id, so properties of other resources that reference it
    change too: like ``cdk diff``, such properties are added to the differences when they in turn require (or
    may require) replacement, shown as a reference to "<id> (replaced)".
    """
    old, new = normalize(old), normalize(new)
    result = _plain_diff(old, new)
    propagated = copy.deepcopy(new)
    while True:
        current = _plain_diff(old, propagated)
        replaced = [
            e.logical_id for e in current.section("Resources") if e.replacement == replacement.REQUIRED
        ]
        if not any([_mark_references(propagated, logical_id) for logical_id in replaced]):
            break
    by_id = {e.logical_id: e for e in result.section("Resources")}
    for element in current.section("Resources"):
        if element.replacement not in (replacement.REQUIRED, replacement.MAY):
            continue
        target = by_id.get(element.logical_id)
        if target is None:
            target = ElementDiff(
                "Resources", element.logical_id, CHANGED, element.old, new["Resources"][element.logical_id]
            )
            result.elements.append(target)
        elif target.replacement == element.replacement:
            continue
        known = {c.path for c in target.changes}
        for change in element.changes:
            if change.path not in known and change.replacement in (replacement.REQUIRED, replacement.MAY):
                target.changes.append(change)
        target.replacement = replacement.worst([target.replacement, element.replacement])
    order: dict[str, int] = {}
    for logical_id in [*_section_items(old, "Resources"), *_section_items(new, "Resources")]:
        order.setdefault(logical_id, len(order))
    resources = sorted(result.section("Resources"), key=lambda e: order[e.logical_id])
    result.elements = [e for e in result.elements if e.section != "Resources"] + resources
    return result


def format_path(path: Sequence[PathSegment]) -> str:
    """``("Tags", 0, "Value")`` as ``Tags[0].Value``."""
    text = ""
    for segment in path:
        text += f"[{segment}]" if isinstance(segment, int) else (f".{segment}" if text else str(segment))
    return text
