"""The "Construct Annotations" plugin (feature flag ``@aws-cdk/core:annotationsInValidationReport``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from purecdk import Acknowledgment, Annotations, App, Stack, Validations
from purecdk import aws_sqs as sqs
from purecdk.core.validation import ConstructInfo
from purecdk.core.validation._annotations import AnnotationEntry, annotation_violations, split_rule

FLAG = {"@aws-cdk/core:annotationsInValidationReport": True}


def test_split_rule_reads_the_ack_tag_or_a_trailing_namespaced_id() -> None:
    assert split_rule("odd thing [ack: my-id]") == ("odd thing", "my-id")
    assert split_rule("broken (Plugin::Rule)") == ("broken", "Plugin::Rule")
    assert split_rule("no id (here)") == ("no id (here)", None)


def test_equal_annotations_of_several_constructs_are_one_violation() -> None:
    a, b = ConstructInfo("S/A", "aws-cdk-lib.aws_sqs.Queue"), ConstructInfo("S/B", "aws-cdk-lib.aws_sqs.Queue")
    violations = annotation_violations(
        [
            AnnotationEntry(a, "warning", "same [ack: x]"),
            AnnotationEntry(b, "warning", "same [ack: x]"),
            AnnotationEntry(b, "error", "plain"),
        ]
    )
    assert [(v.rule_name, v.severity, v.description, [r.construct_path for r in v.resources]) for v in violations] == [
        ("Annotation::x", "warning", "same", ["S/A", "S/B"]),
        ("Annotation::error-annotation", "error", "plain", ["S/B"]),
    ]


def _app(tmp_path: Path, context: dict) -> tuple[App, Stack]:
    app = App(outdir=str(tmp_path / "out"), context=context)
    stack = Stack(app, "S")
    sqs.CfnQueue(stack, "Q")
    return app, stack


def test_warnings_are_reported_with_the_flag(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    app, stack = _app(tmp_path, FLAG)
    Annotations.of(stack.node.find_child("Q")).add_warning_v2("@my/lib:odd", "looks odd")
    app.synth()
    (plugin,) = json.loads((tmp_path / "out" / "validation-report.json").read_text())["pluginReports"]
    assert plugin["pluginName"] == "Construct Annotations"
    assert plugin["metadata"] == {"cdk:annotations": "true"}
    assert "pluginVersion" not in plugin
    (violation,) = plugin["violations"]
    assert violation["ruleName"] == "Annotation::@my/lib:odd"
    assert violation["ruleMetadata"] == {"cdk:annotation": "true"}
    (construct,) = violation["violatingConstructs"]
    assert construct["cloudFormationResource"] == {"templatePath": "S.template.json", "logicalId": "Q"}
    err = capsys.readouterr().err
    assert "WARNING looks odd (Annotation)\n   S/Q (Q) aws-cdk-lib.aws_sqs.CfnQueue\n" in err
    assert "Acknowledge with 'Annotation::@my/lib:odd'" in err


def test_without_the_flag_annotations_stay_out_of_the_report(tmp_path: Path) -> None:
    app, stack = _app(tmp_path, {})
    Annotations.of(stack).add_warning_v2("id", "looks odd")
    app.synth()
    assert json.loads((tmp_path / "out" / "validation-report.json").read_text())["pluginReports"] == []


def test_acknowledged_annotations_are_gone(tmp_path: Path) -> None:
    app, stack = _app(tmp_path, FLAG)
    Annotations.of(stack).add_warning_v2("@my/lib:odd", "looks odd")
    Validations.of(stack).acknowledge(Acknowledgment(id="@my/lib:odd", reason="known"))
    app.synth()
    assert json.loads((tmp_path / "out" / "validation-report.json").read_text())["pluginReports"] == []
