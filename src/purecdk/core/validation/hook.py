"""The synthesis hook: what ``App.synth()`` calls after writing the stack templates."""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Collection, Mapping, Sequence
from typing import Any, TextIO

from ._report import (
    ANNOTATION_NAMESPACE,
    ANNOTATIONS_PLUGIN_NAME,
    PluginReport,
    StackTemplateInfo,
    Violation,
    apply_acknowledgements,
    format_blocks,
    order_stacks,
    render_path,
    report_json,
    validate_templates,
)

VALIDATE_AGAINST_DEFAULT_RULES = "@aws-cdk/core:validateAgainstDefaultRules"
STRICT_CFN_VALIDATE_ERRORS = "@aws-cdk/core:strictCfnValidateErrors"
FAIL_SYNTH_ON_VALIDATION_ERRORS = "@aws-cdk/core:failSynthOnValidationErrors"
APP_MODE_CONTEXT = "@aws-cdk/core:appMode"
DISABLE_STACK_TRACE_CONTEXT = "aws:cdk:disable-stack-trace"
REPORT_FILE = "validation-report.json"
DEFAULT_ASSEMBLY_VERSION = "55.0.0"

_ANSI = (  # compiled (and cached by re) when a report is printed
    r"[\u001B\u009B][\[\]()#;?]*(?:(?:(?:(?:;[-a-zA-Z\d/#&.:=?%@~_]+)*"
    r"|[a-zA-Z\d]+(?:;[-a-zA-Z\d/#&.:=?%@~_]*)*)?\u0007)"
    r"|(?:(?:\d{1,4}(?:;\d{0,4})*)?[\dA-PR-TZcf-ntqry=><~]))"
)


class ValidationError(RuntimeError):
    """Synthesis failed template validation (aws-cdk-lib raises ``RuntimeError('ValidationFailed: ...')``)."""

    def __init__(self, message: str) -> None:
        super().__init__(f"ValidationFailed: {message}")


def _bool_context(context: Mapping[str, Any], key: str, default: bool) -> bool:
    if key not in context or context[key] is None:
        return default
    raw = context[key]
    return raw is not False and raw != "false"


def validation_enabled(env: Mapping[str, str], builtin_validation: bool = True) -> bool:
    """Whether the built-in validation runs (``builtin_cloud_formation_validation``, ``CDK_VALIDATION``)."""
    return builtin_validation and env.get("CDK_VALIDATION") != "false"


def app_mode(app_context: Mapping[str, Any], env: Mapping[str, str]) -> str:
    """``inmemory``, ``process`` or ``unknown``: how a failing validation surfaces."""
    mode = app_context.get(APP_MODE_CONTEXT)
    if mode in ("process", "inmemory"):
        return str(mode)
    mode = env.get("CDK_APP_MODE")
    if mode in ("process", "inmemory"):
        return str(mode)
    if env.get("NODE_ENV") == "test" or env.get("PYTEST_VERSION") or env.get("PYTEST_CURRENT_TEST"):
        return "inmemory"
    return "unknown"


def run_validation(
    app_context: Mapping[str, Any],
    env: Mapping[str, str],
    stacks: Sequence[StackTemplateInfo],
    outdir: str,
    *,
    builtin_validation: bool = True,
    acknowledgements: Mapping[str, Mapping[str, str]] | None = None,
    library_acknowledgements: Collection[tuple[str, str]] = (),
    annotations: Sequence[Violation] | None = None,
    display_outdir: str | None = None,
    assembly_version: str = DEFAULT_ASSEMBLY_VERSION,
    cwd: str | None = None,
    stderr: TextIO | None = None,
) -> None:
    """Validate the synthesized templates as aws-cdk-lib 2.275 does at ``app.synth()``.

    Prints findings to stderr (as warnings unless the ``validateAgainstDefaultRules`` flag is set),
    writes ``<outdir>/validation-report.json`` and raises ``ValidationError`` when the flag turns
    findings into errors. ``acknowledgements``: construct path -> ``{rule id: reason}`` from the
    ``aws:cdk:acknowledged-rules`` metadata (``library_acknowledgements``: the (path, rule id) pairs made
    by library code). ``annotations``: the warnings and errors of the construct tree as the
    "Construct Annotations" plugin reports them (``annotation_violations``), when the
    ``annotationsInValidationReport`` feature flag is on. ``display_outdir``: the assembly directory named in
    messages when ``outdir`` is a staging directory renamed afterwards. Does nothing when
    validation is disabled and there are no annotations to report.
    """
    cfn_validation = validation_enabled(env, builtin_validation)
    if not stacks or (not cfn_validation and annotations is None):
        return
    cwd = cwd or os.getcwd()
    out = stderr if stderr is not None else sys.stderr
    stack_traces = not _bool_context(app_context, DISABLE_STACK_TRACE_CONTEXT, False)
    reports: list[PluginReport] = []
    downgraded = False
    if cfn_validation:
        violations = validate_templates(order_stacks(stacks), stack_traces=stack_traces)
        report = PluginReport(violations, success=all(v.severity not in ("error", "fatal") for v in violations))
        if not _bool_context(app_context, VALIDATE_AGAINST_DEFAULT_RULES, False):
            for violation in report.violations:
                if violation.severity in ("error", "fatal"):
                    violation.severity = "warning"
                    downgraded = True
            report.success = True
        reports.append(report)
    if annotations:
        reports.append(
            PluginReport(
                list(annotations),
                success=not any(v.severity == "error" for v in annotations),
                name=ANNOTATIONS_PLUGIN_NAME,
                metadata={"cdk:annotations": "true"},
                namespace=ANNOTATION_NAMESPACE,
            )
        )
    for report in reports:
        apply_acknowledgements(
            report, acknowledgements or {}, stack_traces=stack_traces, library=library_acknowledgements
        )

    data = report_json(reports, assembly_version)
    report_file = os.path.join(outdir, REPORT_FILE)
    os.makedirs(outdir, exist_ok=True)
    with open(report_file, "w", encoding="utf-8") as fh:
        fh.write(json.dumps(data, indent=2, ensure_ascii=False))

    fail_synth = _bool_context(app_context, FAIL_SYNTH_ON_VALIDATION_ERRORS, True)
    strict = _bool_context(app_context, STRICT_CFN_VALIDATE_ERRORS, False)
    fails = any(not r.success for r in reports) or (
        strict and any(v.severity == "warning" for r in reports for v in r.violations)
    )
    preamble = ""
    if downgraded:
        if strict:
            preamble = (
                "[Warning] Template validation found issues in your templates. "
                "Construct library strict mode considers these errors."
            )
        else:
            preamble = (
                "[Warning] Template validation found issues in your templates (reported as warnings).\n"
                f'Set feature flag "{VALIDATE_AGAINST_DEFAULT_RULES}" to true to turn these into errors.'
            )
    blocks = format_blocks(data, cwd)
    report_path = render_path(os.path.abspath(os.path.join(display_outdir or outdir, REPORT_FILE)), cwd)
    if not blocks:
        return
    if not fail_synth:
        if preamble:
            print(preamble, file=out)
        return
    mode = app_mode(app_context, env)
    full = (
        ([preamble] if preamble else []) + blocks + [f"A copy of this report can be found in: {report_path}"]
    )
    if fails and mode == "inmemory":
        raise ValidationError(re.sub(_ANSI, "", "\n\n".join(full)))
    if fails and mode == "unknown":
        print("\n\n".join(([preamble] if preamble else []) + blocks), file=out)
        raise ValidationError(f"Validation failed. A copy of this report can be found in: {report_path}")
    print("\n\n".join(full), file=out)
