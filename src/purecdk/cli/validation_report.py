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
from typing import Any

from purecdk.cli.assembly import StackArtifact, read_json

REPORT_FILE = "validation-report.json"
ANNOTATION_PLUGIN = "Construct Annotations"
_LEVEL_SEVERITY = {"Warning": "warning", "Error": "error", "Info": "info"}


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
    from purecdk.core.validation import format_blocks

    return "\n\n".join(format_blocks({"pluginReports": reports}, os.getcwd() if cwd is None else cwd))


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
    from purecdk.core.validation import split_rule

    violations: dict[str, dict[str, Any]] = {}
    for stack in stacks:
        for message in stack.messages:
            severity = _LEVEL_SEVERITY[message.level]
            text, rule = split_rule(message.text)
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
