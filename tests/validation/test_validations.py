"""``Validations``: acknowledging findings at a scope, validation warnings and errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from purecdk import Acknowledgment, App, RemovalPolicy, Stack, Validations
from purecdk import aws_sqs as sqs
from purecdk.core.validations import ACKNOWLEDGED_RULES


def _report(app: App, outdir: Path) -> dict:
    app.synth()
    return json.loads((outdir / "validation-report.json").read_text())


def test_acknowledge_records_the_qualified_rule_id_and_reason() -> None:
    stack = Stack(App(), "S")
    Validations.of(stack).acknowledge(
        Acknowledgment(id="CloudFormation Validate::W3011", reason="retained on purpose"),
        {"id": "MyRule", "reason": "dict form, as jsii accepts"},
    )
    entries = [m["data"] for m in stack.node.metadata if m["type"] == ACKNOWLEDGED_RULES]
    assert entries == [
        {"CloudFormation-Validate::W3011": "retained on purpose"},
        {"Annotation::MyRule": "dict form, as jsii accepts"},
    ]


def test_an_id_with_two_namespace_separators_is_rejected() -> None:
    with pytest.raises(ValueError, match="Invalid validation rule ID 'a::b::c'"):
        Validations.of(Stack(App(), "S")).acknowledge(Acknowledgment(id="a::b::c", reason=""))


def test_acknowledged_findings_move_to_suppressed_violations(tmp_path: Path) -> None:
    outdir = tmp_path / "out"
    app = App(outdir=str(outdir))
    stack = Stack(app, "S")
    sqs.CfnQueue(stack, "Kept").apply_removal_policy(RemovalPolicy.RETAIN, apply_to_update_replace_policy=False)
    Validations.of(stack).acknowledge(Acknowledgment(id="CloudFormation-Validate::W3011", reason="on purpose"))
    (plugin,) = _report(app, outdir)["pluginReports"]
    assert plugin["violations"] == []
    (suppressed,) = plugin["suppressedViolations"]
    assert suppressed["ruleName"] == "W3011"
    assert (suppressed["acknowledgedId"], suppressed["reason"], suppressed["acknowledgedAt"]) == (
        "CloudFormation-Validate::W3011",
        "on purpose",
        "S",
    )
    # made by user code: the trace aws-cdk-lib records for an acknowledgement called from Python
    assert suppressed["acknowledgedStackTrace"].startswith("    ...aws-cdk-lib, jsii runtime, node internals...")


def test_validation_warnings_can_be_acknowledged_by_id() -> None:
    stack = Stack(App(), "S")
    Validations.of(stack).add_warning("my-check", "looks odd")
    assert [m["data"] for m in stack.node.metadata] == ["looks odd [ack: Annotation::my-check]"]
    Validations.of(stack).acknowledge(Acknowledgment(id="my-check", reason="fine"))
    assert [m["type"] for m in stack.node.metadata] == [ACKNOWLEDGED_RULES]


def test_validation_errors_name_their_rule() -> None:
    stack = Stack(App(), "S")
    Validations.of(stack).add_error("Plugin::Rule", "broken")
    assert [m["data"] for m in stack.node.metadata] == ["broken (Plugin::Rule)"]
