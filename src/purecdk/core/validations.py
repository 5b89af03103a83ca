"""``Validations``: acknowledge template-validation findings, and add validation warnings and errors."""

from __future__ import annotations

import sys
from collections.abc import Mapping
from typing import Any

from purecdk.core.annotations import Annotations
from purecdk.core.struct_class import Struct

ACKNOWLEDGED_RULES = "aws:cdk:acknowledged-rules"
#: Key of the metadata entries' ``library`` flag: set when library code (a purecdk module) acknowledged.
LIBRARY_FLAG = "purecdk:library"


class Acknowledgment(Struct):
    """A validation rule to acknowledge (e.g. ``CloudFormation-Validate::W3011``) and why."""

    id: str
    reason: str


def _normalize(id: str) -> str:
    """A rule id with its namespace (``Annotation`` when it has none), spaces made dashes."""
    from purecdk.core.validation import normalize_rule_id

    if id.count("::") > 1 or id.startswith("::"):
        raise ValueError(
            f"Invalid validation rule ID '{id}'. The '::' delimiter is reserved for separating the prefix from the "
            "rule name (e.g. 'prefix::RuleName')."
        )
    return normalize_rule_id(id)


class Validations:
    """Validation settings of a construct and its subtree (``Validations.of(scope)``)."""

    ACKNOWLEDGED_RULES_METADATA_KEY = ACKNOWLEDGED_RULES

    def __init__(self, scope: Any) -> None:
        self._scope = scope

    @staticmethod
    def of(scope: Any) -> Validations:
        """The validation settings of ``scope``."""
        return Validations(scope)

    def acknowledge(self, *rules: Acknowledgment | Mapping[str, str]) -> None:
        """Suppress findings of these rules at this scope and below (they move to ``suppressedViolations``)."""
        caller = sys._getframe(1).f_globals.get("__name__", "")
        library = caller.startswith("purecdk.")
        for rule in rules:
            id_, reason = (rule["id"], rule["reason"]) if isinstance(rule, Mapping) else (rule.id, rule.reason)
            qualified = _normalize(id_)
            self._scope.node.add_metadata(ACKNOWLEDGED_RULES, {qualified: reason})
            if library:
                self._scope.node.metadata[-1][LIBRARY_FLAG] = True
            annotations = Annotations.of(self._scope)
            annotations.acknowledge_warning(qualified)
            if qualified.startswith("Annotation::"):
                annotations.acknowledge_warning(qualified[len("Annotation::") :])

    def add_warning(self, id: str, message: str) -> None:
        """Add a warning that ``acknowledge`` can suppress by ``id``."""
        Annotations.of(self._scope).add_warning_v2(_normalize(id), message)

    def add_error(self, id: str, message: str) -> None:
        """Add an error: synthesis fails."""
        Annotations.of(self._scope).add_error(f"{message} ({_normalize(id)})")


def collect_acknowledgements(root: Any) -> tuple[dict[str, dict[str, str]], set[tuple[str, str]]]:
    """Every acknowledgement under ``root`` (depth-first pre-order): path -> {rule id: reason}, and the
    (path, rule id) pairs that library code made."""
    acknowledgements: dict[str, dict[str, str]] = {}
    library: set[tuple[str, str]] = set()
    todo = [root]
    while todo:
        construct = todo.pop()
        for entry in construct.node.metadata:
            if entry.get("type") != ACKNOWLEDGED_RULES or not entry.get("data"):
                continue
            for rule_id, reason in entry["data"].items():
                acknowledgements.setdefault(construct.node.path, {})[rule_id] = reason
                if entry.get(LIBRARY_FLAG):
                    library.add((construct.node.path, rule_id))
        todo.extend(reversed(construct.node.children))
    return acknowledgements, library
