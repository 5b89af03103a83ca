"""The "Construct Annotations" plugin: construct warnings and errors as validation violations.

With the feature flag ``@aws-cdk/core:annotationsInValidationReport`` aws-cdk-lib 2.275 reports every warning
and error annotation of the app (depth-first pre-order, metadata order) in ``validation-report.json`` and on
the console, next to the CloudFormation Validate findings. Equal (rule, severity, message) annotations of
several constructs are merged into one violation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from purecdk.core.struct_class import Struct

from ._report import (
    ANNOTATION_CATEGORY,
    ANNOTATION_NAMESPACE,
    STACK_TRACE_LIB,
    STACK_TRACE_USER,
    ConstructInfo,
    ViolatingResource,
    Violation,
)

ANNOTATIONS_IN_VALIDATION_REPORT = "@aws-cdk/core:annotationsInValidationReport"

_ACK_TAG = re.compile(r"\[ack: ([^\]]+)\]")
_TRAILING_ID = re.compile(r"\(([^()]+::[^()]+)\)$")


class AnnotationEntry(Struct):
    """One warning or error annotation (``level``: ``warning`` or ``error``) of a construct.

    ``logical_id`` and ``template_path`` are set for CloudFormation resources; ``traced``: the construct
    carries a creation stack trace in aws-cdk-lib's report (stacks and CloudFormation resources do, other
    constructs do not).
    """

    construct: ConstructInfo
    level: str
    message: str
    logical_id: str | None = None
    template_path: str | None = None
    traced: bool = False


def split_rule(message: str) -> tuple[str, str | None]:
    """(description, rule id) of an annotation: its ``[ack: id]`` tag or a trailing ``(prefix::rule)``."""
    ack = _ACK_TAG.search(message)
    if ack:
        return message.replace(ack.group(0), "").strip(), ack.group(1)
    trailing = _TRAILING_ID.search(message)
    if trailing:
        return message.replace(trailing.group(0), "").strip(), trailing.group(1)
    return message, None


def annotation_violations(entries: Iterable[AnnotationEntry], *, stack_traces: bool = True) -> list[Violation]:
    """The plugin's violations, merged by (rule, severity, description), in first-seen order."""
    violations: dict[tuple[str, str, str], Violation] = {}
    for entry in entries:
        description, rule = split_rule(entry.message)
        if rule is not None and "::" not in rule:
            rule = f"{ANNOTATION_NAMESPACE}::{rule}"
        rule = rule or f"{ANNOTATION_NAMESPACE}::{entry.level}-annotation"
        resource = ViolatingResource(
            template_path=entry.template_path or "",
            logical_id=entry.logical_id,
            construct_path=entry.construct.path,
            construct=entry.construct,
        )
        if stack_traces and entry.traced:
            resource.stack_traces = [STACK_TRACE_LIB if entry.construct.created_in_library else STACK_TRACE_USER]
        key = (rule, entry.level, description)
        if key in violations:
            violations[key].resources.append(resource)
        else:
            violations[key] = Violation(rule, description, entry.level, ANNOTATION_CATEGORY, None, [resource])
    return list(violations.values())
