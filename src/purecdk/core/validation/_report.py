"""Plugin-level violations, the console text and ``validation-report.json``, as aws-cdk-lib makes them."""

from __future__ import annotations

import os
import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from typing import Any

from purecdk.core.struct_class import Struct, field

from . import _data
from ._engine import check_template

PLUGIN_NAME = "CloudFormation Validate"
PLUGIN_NAMESPACE = "CloudFormation-Validate"
ANNOTATIONS_PLUGIN_NAME = "Construct Annotations"
ANNOTATION_NAMESPACE = "Annotation"
#: ``Violation.category`` of construct annotations (their ``ruleMetadata`` is ``{"cdk:annotation": "true"}``)
ANNOTATION_CATEGORY = "cdk:annotation"
#: What aws-cdk-lib records as the creation stack trace of a construct made from Python code
#: (jsii hides every frame); ``_LIB`` when the construct was made inside a library construct.
STACK_TRACE_USER = (
    "...jsii runtime, node internals...\n(no user code in 10 frames, use --stack-trace-limit to capture more)"
)
#: The trace aws-cdk-lib records for ``Validations.of(scope).acknowledge(...)`` called from Python.
ACK_STACK_TRACE = (
    "    ...aws-cdk-lib, jsii runtime, node internals...\n"
    "    (no user code in 10 frames, use --stack-trace-limit to capture more)"
)
#: ... and for an acknowledgement made by library code (``Validations.of(...).acknowledge`` in aws-cdk-lib).
ACK_STACK_TRACE_LIB = (
    "    ...aws-cdk-lib, jsii runtime...\n"
    "    (no user code in 10 frames, use --stack-trace-limit to capture more)"
)
STACK_TRACE_LIB = (
    "...aws-cdk-lib, jsii runtime, node internals...\n"
    "(no user code in 10 frames, use --stack-trace-limit to capture more)"
)
_SEVERITY_ORDER = {"fatal": 0, "error": 1, "warning": 2, "info": 3}
_CONTROL_CHARS = re.compile("[\x00-\x08\x0b-\x1f\x7f\x9b]")


def plugin_version() -> str:
    """The version of the validation engine that aws-cdk-lib reports (``pluginVersion``)."""
    return str(_data.index()["engine_version"])


def library_version() -> str:
    """aws-cdk-lib's version, reported as ``libraryVersion`` of its constructs."""
    return str(_data.index()["aws_cdk_lib_version"])


class ConstructInfo(Struct):
    """What the report says about the construct behind a logical id (or a stack)."""

    path: str
    fqn: str | None = None
    created_in_library: bool = False

    @property
    def library_version(self) -> str | None:
        """``libraryVersion``: aws-cdk-lib's version for its own constructs."""
        return library_version() if self.fqn and self.fqn.startswith("aws-cdk-lib.") else None


class StackTemplateInfo(Struct):
    """One synthesized stack, as handed to the validation hook.

    ``resources`` maps each logical id to the ``CfnResource`` that renders it: ``(path, fqn)`` or
    ``(path, fqn, created_in_library)`` or a ``ConstructInfo`` — e.g. ``"MyStack/Q2/Resource"``,
    ``"aws-cdk-lib.aws_sqs.CfnQueue"`` (the fqn aws-cdk-lib would report, not purecdk's module path).
    ``artifact_id`` and ``dependencies`` (artifact ids of stacks this one depends on) order the
    stacks as the cloud assembly does; ``account``/``region`` are the stack's concrete environment.
    """

    construct_path: str
    fqn: str
    template_file: str
    template: Mapping[str, Any]
    resources: Mapping[str, Any] = field(default_factory=dict)
    artifact_id: str | None = None
    dependencies: Sequence[str] = ()
    account: str | None = None
    region: str | None = None
    nested_assembly: str = ""

    def construct_for(self, logical_id: str) -> ConstructInfo | None:
        """The construct behind a logical id, if known."""
        entry = self.resources.get(logical_id)
        if entry is None or isinstance(entry, ConstructInfo):
            return entry
        return ConstructInfo(*entry)


class ViolatingResource(Struct, frozen=False):
    """One place a violation occurs."""

    template_path: str
    logical_id: str | None = None
    construct_path: str | None = None
    locations: list[str] = field(default_factory=list)
    stack_traces: list[str] | None = None
    construct: ConstructInfo | None = None


class Violation(Struct, frozen=False):
    """A rule finding, possibly at several places (aws-cdk-lib merges equal findings)."""

    rule_name: str
    description: str
    severity: str
    category: str
    fix: str | None = None
    resources: list[ViolatingResource] = field(default_factory=list)


class SuppressedViolation(Struct, frozen=False):
    """A violation acknowledged with ``Validations.of(scope).acknowledge(...)``."""

    violation: Violation
    acknowledged_id: str
    reason: str
    acknowledged_at: str
    stack_trace: str | None = None


class PluginReport(Struct, frozen=False):
    """One validation plugin's report (by default the CloudFormation Validate plugin's)."""

    violations: list[Violation]
    success: bool
    suppressed: list[SuppressedViolation] = field(default_factory=list)
    name: str = PLUGIN_NAME
    #: ``pluginVersion``; ``None`` for the engine's version (the CloudFormation Validate plugin)
    version: str | None = None
    metadata: dict[str, str] | None = None
    #: rule id namespace of the plugin, for acknowledgements and console text
    namespace: str = PLUGIN_NAMESPACE


def order_stacks(stacks: Iterable[StackTemplateInfo]) -> list[StackTemplateInfo]:
    """Cloud-assembly order: per (nested) assembly, dependencies first, ties by artifact id."""
    by_assembly: dict[str, list[StackTemplateInfo]] = {}
    for stack in stacks:
        by_assembly.setdefault(stack.nested_assembly, []).append(stack)
    ordered: list[StackTemplateInfo] = []
    for assembly in sorted(by_assembly, key=lambda a: (a.count("/") + (1 if a else 0), a)):
        remaining = {s.artifact_id or s.construct_path: s for s in by_assembly[assembly]}
        while remaining:
            ready = sorted(
                key for key, s in remaining.items() if not any(d in remaining for d in s.dependencies)
            )
            if not ready:
                ready = sorted(remaining)
            for key in ready:
                ordered.append(remaining.pop(key))
    return ordered


def validate_templates(stacks: Iterable[StackTemplateInfo], *, stack_traces: bool = True) -> list[Violation]:
    """Run the checks on every template; violations as the CloudFormation Validate plugin reports them.

    Severity is the plugin's (``error`` for FATAL/ERROR, ``warning`` for WARN), before the
    downgrade that happens without the ``validateAgainstDefaultRules`` feature flag.
    """
    violations: list[Violation] = []
    index: dict[tuple[str, str, str], Violation] = {}
    for stack in stacks:
        for diag in check_template(stack.template, region=stack.region, account=stack.account):
            severity = "warning" if diag.severity == "WARN" else "error"
            description = diag.message
            if diag.property_path:
                description = f"{re.sub(r'^Properties[.]', '', diag.property_path)}: {diag.message}"
            resource = ViolatingResource(
                template_path=stack.template_file,
                logical_id=diag.logical_id,
                construct_path=None if diag.logical_id else stack.construct_path,
                locations=[diag.property_path] if diag.property_path else [],
            )
            if diag.logical_id:
                resource.construct = stack.construct_for(diag.logical_id)
                if resource.construct is not None:
                    resource.construct_path = resource.construct.path
            else:
                resource.construct = ConstructInfo(stack.construct_path, stack.fqn)
            if stack_traces and resource.construct is not None:
                lib = resource.construct.created_in_library
                resource.stack_traces = [STACK_TRACE_LIB if lib else STACK_TRACE_USER]
            key = (diag.rule_id, severity, description)
            existing = index.get(key)
            if existing is not None:
                existing.resources.append(resource)
                continue
            violation = Violation(
                diag.rule_id, description, severity, diag.category, diag.suggested_fix, [resource]
            )
            index[key] = violation
            violations.append(violation)
    return violations


def normalize_rule_id(rule_id: str, default_namespace: str = "Annotation") -> str:
    """A fully qualified rule id: ``CloudFormation Validate::F3034`` -> ``CloudFormation-Validate::F3034``."""
    namespace, sep, name = rule_id.partition("::")
    if not sep:
        namespace, name = default_namespace, rule_id
    namespace, name = namespace.replace(" ", "-"), name.replace(" ", "-")
    if namespace in ("annotation", "Construct-Annotations"):
        namespace = "Annotation"
    return f"{namespace}::{name}"


def apply_acknowledgements(
    report: PluginReport,
    acknowledgements: Mapping[str, Mapping[str, str]],
    *,
    stack_traces: bool = True,
    library: Collection[tuple[str, str]] = (),
) -> None:
    """Move acknowledged violations to ``report.suppressed``.

    ``acknowledgements`` maps a construct path to ``{rule id: reason}``, as recorded in the
    ``aws:cdk:acknowledged-rules`` metadata of that construct (depth-first pre-order); ``library`` holds
    the (path, rule id) pairs acknowledged by library code, whose recorded stack trace differs.
    """
    rules: dict[str, dict[str, tuple[str, str, str]]] = {}
    for path, entries in acknowledgements.items():
        for rule_id, reason in entries.items():
            qualified = normalize_rule_id(rule_id)
            rules.setdefault(qualified, {})[path] = (reason, rule_id, path)
    if not rules:
        return
    kept: list[Violation] = []
    for violation in report.violations:
        if not _suppressible(violation):
            kept.append(violation)
            continue
        by_path = rules.get(normalize_rule_id(violation.rule_name, report.namespace))
        if not by_path:
            kept.append(violation)
            continue
        unsuppressed: list[ViolatingResource] = []
        groups: dict[str, tuple[tuple[str, str, str], list[ViolatingResource]]] = {}
        for resource in violation.resources:
            ack = _closest(by_path, resource.construct_path or "")
            if ack is None:
                unsuppressed.append(resource)
            else:
                groups.setdefault(ack[2], (ack, []))[1].append(resource)
        for (reason, ack_id, at), resources in groups.values():
            copy = Violation(
                violation.rule_name,
                violation.description,
                violation.severity,
                violation.category,
                violation.fix,
                resources,
            )
            trace = (ACK_STACK_TRACE_LIB if (at, ack_id) in library else ACK_STACK_TRACE) if stack_traces else None
            report.suppressed.append(SuppressedViolation(copy, _qualified(ack_id), reason, at, trace))
        violation.resources = unsuppressed
        if unsuppressed:
            kept.append(violation)
    report.violations = kept
    if report.suppressed:
        report.success = all(v.severity not in ("error", "fatal") for v in report.violations)


def _suppressible(violation: Violation) -> bool:
    """aws-cdk-lib's ``isSuppressibleViolation``: neither fatal nor an error annotation."""
    severity = violation.severity.lower()
    return severity != "fatal" and not (violation.category == ANNOTATION_CATEGORY and severity == "error")


def _qualified(rule_id: str) -> str:
    return normalize_rule_id(rule_id)


def _closest(by_path: Mapping[str, tuple[str, str, str]], path: str) -> tuple[str, str, str] | None:
    found = by_path.get(path)
    while found is None and path != "":
        cut = path.rfind("/")
        path = "" if cut == -1 else path[:cut]
        found = by_path.get(path)
    return found


# ---------------------------------------------------------------- JSON report
def _construct_json(resource: ViolatingResource) -> dict[str, Any]:
    out: dict[str, Any] = {"constructPath": resource.construct_path or ""}
    construct = resource.construct if resource.construct_path else None
    if construct is not None and construct.fqn:
        out["constructFqn"] = construct.fqn
        if construct.library_version:
            out["libraryVersion"] = construct.library_version
    if resource.logical_id and resource.template_path:
        cfn: dict[str, Any] = {"templatePath": resource.template_path, "logicalId": resource.logical_id}
        if resource.locations:
            cfn["propertyPaths"] = list(resource.locations)
        out["cloudFormationResource"] = cfn
    if resource.stack_traces and resource.construct_path:
        out["stackTraces"] = list(resource.stack_traces)
    return out


def _violation_json(violation: Violation) -> dict[str, Any]:
    out: dict[str, Any] = {"ruleName": violation.rule_name, "description": violation.description}
    if violation.fix is not None:
        out["suggestedFix"] = violation.fix
    out["severity"] = violation.severity
    if violation.category == ANNOTATION_CATEGORY:
        out["ruleMetadata"] = {"cdk:annotation": "true"}
    else:
        out["ruleMetadata"] = {"category": violation.category}
    out["violatingConstructs"] = [_construct_json(r) for r in violation.resources]
    return out


def report_json(reports: PluginReport | Sequence[PluginReport] | None, assembly_version: str) -> dict[str, Any]:
    """The content of ``validation-report.json`` (a plugin report appears when it found or suppressed anything,
    or failed)."""
    if reports is None:
        reports = []
    elif isinstance(reports, PluginReport):
        reports = [reports]
    plugin_reports = []
    for report in reports:
        if report.success and not report.violations and not report.suppressed:
            continue
        entry: dict[str, Any] = {"pluginName": report.name}
        version = plugin_version() if report.name == PLUGIN_NAME and report.version is None else report.version
        if version is not None:
            entry["pluginVersion"] = version
        entry["conclusion"] = "success" if report.success else "failure"
        if report.metadata is not None:
            entry["metadata"] = dict(report.metadata)
        entry["violations"] = [_violation_json(v) for v in report.violations]
        if report.suppressed:
            suppressed = []
            for s in report.suppressed:
                item = _violation_json(s.violation)
                item["acknowledgedId"] = s.acknowledged_id
                if s.reason:
                    item["reason"] = s.reason
                if s.acknowledged_at:
                    item["acknowledgedAt"] = s.acknowledged_at
                if s.stack_trace:
                    item["acknowledgedStackTrace"] = s.stack_trace
                suppressed.append(item)
            entry["suppressedViolations"] = suppressed
        plugin_reports.append(entry)
    return {"version": assembly_version, "title": "Validation Report", "pluginReports": plugin_reports}


# ---------------------------------------------------------------- console text
def sanitize(text: str | None) -> str:
    """Replace control characters as aws-cdk's formatter does."""
    return _CONTROL_CHARS.sub("\ufffd", text or "")


def render_path(path: str, cwd: str) -> str:
    """A file path relative to ``cwd`` when that is shorter (aws-cdk's ``relativeFileLocationRenderer``)."""
    absolute = os.path.join(cwd, path)
    rel = os.path.relpath(os.path.normpath(absolute), cwd)
    return rel if len(rel) < len(path) else path


def format_blocks(report_dict: Mapping[str, Any], cwd: str) -> list[str]:
    """One text block per violating construct, sorted by severity (aws-cdk ``ValidationReportFormatter``)."""
    flat = []
    for plugin in report_dict["pluginReports"]:
        for violation in plugin["violations"]:
            for construct in violation["violatingConstructs"]:
                flat.append((plugin["pluginName"], violation, construct))
    flat.sort(key=lambda item: _SEVERITY_ORDER.get(_shown_severity(item[1]).lower(), 4))
    blocks = []
    for plugin_name, violation, construct in flat:
        severity = _shown_severity(violation)
        description = re.sub(r"\s*\[ack:\s*[^\]]+\]\s*", "", sanitize(violation["description"])).strip()
        namespace, sep, _ = violation["ruleName"].partition("::")
        shown_plugin = namespace.replace("-", " ") if sep and namespace else plugin_name
        lines = [f"{sanitize(severity)} {description} ({sanitize(shown_plugin)})"]
        lines.append("   " + _construct_line(construct, cwd))
        if violation.get("suggestedFix"):
            lines.append("   Suggested fix: " + sanitize(violation["suggestedFix"]).replace("\n", "\n   "))
        ack_id = normalize_rule_id(violation["ruleName"], _namespace_of(plugin_name))
        annotation_error = bool((violation.get("ruleMetadata") or {}).get("cdk:annotation")) and (
            violation["severity"].lower() == "error"
        )
        if violation["severity"].lower() != "fatal" and not annotation_error:
            lines.append(f"   Acknowledge with '{sanitize(ack_id)}'")
        else:
            lines.append(f"   Rule {sanitize(ack_id)}")
        blocks.append("\n".join(lines))
    return blocks


def _shown_severity(violation: Mapping[str, Any]) -> str:
    """``ERROR``, ``WARNING`` ...; a ``custom`` severity shows its ``customSeverity`` (default ``INFO``)."""
    if violation["severity"] == "custom":
        return str(violation.get("customSeverity") or "INFO")
    return str(violation["severity"]).upper()


def _namespace_of(plugin_name: str) -> str:
    """aws-cdk-lib's ``namespaceFromPluginName``."""
    return ANNOTATION_NAMESPACE if plugin_name == ANNOTATIONS_PLUGIN_NAME else plugin_name.replace(" ", "-")


def _construct_line(construct: Mapping[str, Any], cwd: str) -> str:
    parts = []
    cfn = construct.get("cloudFormationResource") or {}
    logical_id = sanitize(cfn.get("logicalId"))
    if construct.get("constructPath"):
        path = sanitize(construct["constructPath"])
        parts.append(f"{path} ({logical_id})" if logical_id else path)
    else:
        if cfn.get("templatePath"):
            parts.append(render_path(sanitize(cfn["templatePath"]), cwd))
        if logical_id:
            parts.append(logical_id)
    if construct.get("constructFqn"):
        parts.append(sanitize(construct["constructFqn"]))
    return " ".join(parts)
