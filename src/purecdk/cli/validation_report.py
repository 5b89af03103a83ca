"""The validation report ``cdk synth`` prints: the stacks' annotations and ``validation-report.json``, as one.

The cdk CLI (2.1100 and later) reads the plugin reports of ``validation-report.json`` (kept to the violations of
the selected stacks), adds a "Construct Annotations" report made of the stacks' error, warning and info
annotations, and prints every violation as a block, most severe first::

    WARNING careful here (Construct Annotations)
       MyStack/Queue
       Acknowledge with 'Annotation::my-lib:careful'

Synthesis fails when a report concludes "failure" (an error annotation, or a failed validation plugin).
Source locations (the first lines of a block in the cdk CLI) come from JavaScript stack traces; the traces
purecdk records name no frames, exactly like those aws-cdk-lib records for a Python app, so none are printed.
"""

from __future__ import annotations

import os
import re
from typing import Any

from purecdk.cli.assembly import StackArtifact, read_json
from purecdk.cli.errors import CliError

REPORT_FILE = "validation-report.json"
ANNOTATION_PLUGIN = "Construct Annotations"
ANNOTATION_NAMESPACE = "Annotation"
_LEVEL_SEVERITY = {"Warning": "warning", "Error": "error", "Info": "info"}
_SEVERITY_ORDER = {"fatal": 0, "error": 1, "warning": 2, "info": 3}
_CONTROL_CHARS = re.compile("[\x00-\x08\x0b-\x1f\x7f\x9b]")
_ACK = re.compile(r"\[ack: ([^\]]+)\]")
_TRAILING_ID = re.compile(r"\(([^()]+::[^()]+)\)$")
_ACK_TAG = re.compile(r"\s*\[ack:\s*[^\]]+\]\s*")


def unified_report(directory: str, stacks: list[StackArtifact]) -> list[dict[str, Any]]:
    """The plugin reports about ``stacks``: those of ``validation-report.json``, then their annotations'."""
    reports: list[dict[str, Any]] = []
    path = os.path.join(directory, REPORT_FILE)
    if os.path.isfile(path):
        stack_ids = [s.hierarchical_id for s in stacks]
        reports.extend(_only_stacks(r, stack_ids) for r in read_json(path).get("pluginReports") or [])
    if not any(r.get("pluginName") == ANNOTATION_PLUGIN for r in reports):
        annotations = _annotation_report(stacks)
        if annotations["violations"] or annotations["conclusion"] == "failure":
            reports.append(annotations)
    return reports


def failed(reports: list[dict[str, Any]]) -> bool:
    """Whether any report concludes "failure"."""
    return any(r.get("conclusion") == "failure" for r in reports)


def format_reports(reports: list[dict[str, Any]], cwd: str | None = None) -> str:
    """The reports as the cdk CLI prints them: a block per violation and construct, blank lines between.

    (A plugin that failed to run reports no violation, so :func:`unified_report` has already turned it into a
    success, as the cdk CLI does: ``cdk synth`` never shows it.)
    """
    cwd = os.getcwd() if cwd is None else cwd
    rows = [
        (report.get("pluginName", ""), violation, construct)
        for report in reports
        for violation in report.get("violations") or []
        for construct in violation.get("violatingConstructs") or []
    ]
    rows.sort(key=lambda row: _SEVERITY_ORDER.get(_severity(row[1]).lower(), 4))
    return "\n\n".join(_block(plugin, violation, construct, cwd) for plugin, violation, construct in rows)


def _only_stacks(report: dict[str, Any], stack_ids: list[str]) -> dict[str, Any]:
    """The report with only the violations (and violating constructs) that concern the stacks."""

    def concerns(construct: dict[str, Any]) -> bool:
        path = construct.get("constructPath")
        return not path or any(path == i or path.startswith(i + "/") for i in stack_ids)

    violations = []
    for violation in report.get("violations") or []:
        constructs = violation.get("violatingConstructs") or []
        kept = [c for c in constructs if concerns(c)]
        if kept or not constructs:
            violations.append({**violation, "violatingConstructs": kept})
    return {**report, "violations": violations, "conclusion": report.get("conclusion") if violations else "success"}


def _annotation_report(stacks: list[StackArtifact]) -> dict[str, Any]:
    """The stacks' annotations as a plugin report: one violation per rule, severity and message."""
    violations: dict[str, dict[str, Any]] = {}
    for stack in stacks:
        for message in stack.messages:
            severity = _LEVEL_SEVERITY[message.level]
            text, rule = _split_rule(message.text)
            key = f"{rule}|{severity}|{text}"
            violation = violations.get(key)
            if violation is None:
                violation = violations[key] = {
                    "ruleName": rule or f"{severity}-annotation",
                    "description": text,
                    "severity": severity,
                    "violatingConstructs": [],
                    "ruleMetadata": {"cdk:annotation": "true"},
                }
            violation["violatingConstructs"].append({"constructPath": message.path.removeprefix("/")})
    found = list(violations.values())
    return {
        "pluginName": ANNOTATION_PLUGIN,
        "conclusion": "failure" if any(v["severity"] == "error" for v in found) else "success",
        "violations": found,
    }


def _split_rule(text: str) -> tuple[str, str | None]:
    """An annotation's message and rule: ``[ack: ID]`` anywhere, or a final ``(namespace::rule)``."""
    ack = _ACK.search(text)
    if ack:
        return text.replace(ack.group(0), "", 1).strip(), ack.group(1)
    rule = _TRAILING_ID.search(text)
    if rule:
        return text.replace(rule.group(0), "", 1).strip(), rule.group(1)
    return text, None


def _severity(violation: dict[str, Any]) -> str:
    severity = str(violation.get("severity", ""))
    if severity == "custom":
        return str(violation.get("customSeverity") or "INFO")
    return severity.upper()


def _block(plugin: str, violation: dict[str, Any], construct: dict[str, Any], cwd: str) -> str:
    rule = str(violation.get("ruleName", ""))
    namespace, rule_id = _parse_rule(rule)
    source = namespace.replace("-", " ") if namespace is not None else plugin
    description = _ACK_TAG.sub("", _sanitize(violation.get("description"))).strip()
    lines = [f"{_sanitize(_severity(violation))} {description} ({_sanitize(source)})"]
    lines.append(f"   {_construct_info(construct, cwd)}")
    if violation.get("suggestedFix"):
        lines.append("   Suggested fix: " + _sanitize(violation["suggestedFix"]).replace("\n", "\n   "))
    ack_id = _sanitize(_normalized_rule(namespace, rule_id, _namespace_of(plugin)))
    if _acknowledgeable(violation):
        lines.append(f"   Acknowledge with '{ack_id}'")
    else:
        lines.append(f"   Rule {ack_id}")
    return "\n".join(lines)


def _construct_info(construct: dict[str, Any], cwd: str) -> str:
    parts = []
    resource = construct.get("cloudFormationResource") or {}
    logical_id = _sanitize(resource.get("logicalId"))
    if construct.get("constructPath"):
        path = _sanitize(construct["constructPath"])
        parts.append(f"{path} ({logical_id})" if logical_id else path)
    else:
        if resource.get("templatePath"):
            parts.append(_relative(_sanitize(resource["templatePath"]), cwd))
        if logical_id:
            parts.append(logical_id)
    if construct.get("constructFqn"):
        parts.append(_sanitize(construct["constructFqn"]))
    return " ".join(parts)


def _relative(path: str, cwd: str) -> str:
    relative = os.path.relpath(path, cwd) if os.path.isabs(path) else path
    return relative if len(relative) < len(path) else path


def _acknowledgeable(violation: dict[str, Any]) -> bool:
    """Fatal violations and error annotations cannot be acknowledged."""
    severity = str(violation.get("severity", "")).lower()
    annotation = bool((violation.get("ruleMetadata") or {}).get("cdk:annotation"))
    return severity != "fatal" and not (annotation and severity == "error")


def _namespace_of(plugin: str) -> str:
    return ANNOTATION_NAMESPACE if plugin == ANNOTATION_PLUGIN else plugin.replace(" ", "-")


def _normalized_rule(namespace: str | None, rule_id: str, default_namespace: str) -> str:
    """``namespace::rule`` as the CLI spells an id to acknowledge (spaces become dashes)."""
    rule_id = rule_id.replace(" ", "-")
    if namespace is not None:
        namespace = namespace.replace(" ", "-")
        if namespace in ("annotation", "Construct-Annotations"):
            return f"{ANNOTATION_NAMESPACE}::{rule_id}"
    return f"{namespace if namespace is not None else default_namespace}::{rule_id}"


def _parse_rule(rule: str) -> tuple[str | None, str]:
    """``(namespace, rule id)`` of ``namespace::rule`` (``::`` inside brackets does not count)."""
    separator: int | None = None
    open_brackets: list[str] = []
    pairs = {")": "(", "]": "[", "}": "{"}
    i = 0
    while i < len(rule):
        c = rule[i]
        if c == ":" and rule[i + 1 : i + 2] == ":" and not open_brackets:
            if separator is not None:
                raise CliError(
                    f"Invalid validation rule ID '{rule}'. The '::' delimiter is reserved for separating the "
                    "prefix from the rule name (e.g. 'prefix::RuleName')."
                )
            separator = i
            i += 1
        elif c in pairs:
            if not open_brackets or open_brackets.pop() != pairs[c]:
                raise CliError(f"Invalid validation rule ID '{rule}'. Unbalanced '{c}' at position {i}.")
        elif c in "([{":
            open_brackets.append(c)
        i += 1
    if separator is None:
        return None, rule
    if separator == 0:
        raise CliError(f"Invalid validation rule ID '{rule}'. Missing plugin name before '::'.")
    return rule[:separator].replace(" ", "-"), rule[separator + 2 :]


def _sanitize(text: Any) -> str:
    return _CONTROL_CHARS.sub("\ufffd", "" if text is None else str(text))
