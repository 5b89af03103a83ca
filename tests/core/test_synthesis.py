"""Synthesis: logical ids, stack names, the atomic cloud assembly, context from the CLI environment."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from purecdk import App, CfnOutput, CfnParameter, CfnResource, Stack
from purecdk.constructs import Construct
from purecdk.core.unique_id import make_unique_id


def test_logical_id_algorithm() -> None:
    # values computed by aws-cdk-lib 2.275.0
    assert make_unique_id(["Repo", "Resource"]) == "Repo02AC86CF"
    assert make_unique_id(["Q"]) == "Q"
    assert make_unique_id(["Exports", 'Output{"Ref":"Repo02AC86CF"}']) == "ExportsOutputRefRepo02AC86CF4670CBFE"
    with pytest.raises(ValueError, match="empty set of components"):
        make_unique_id(["Default"])


def test_invalid_stack_name() -> None:
    with pytest.raises(ValueError, match="Stack name must match the regular expression"):
        Stack(App(), "bad_name")


def test_duplicate_logical_ids_fail_with_path(tmp_path: Path) -> None:
    app = App(outdir=str(tmp_path / "out"))
    stack = Stack(app, "S")
    CfnResource(stack, "A", type="AWS::SNS::Topic").override_logical_id("Same")
    CfnResource(stack, "B", type="AWS::SNS::Topic").override_logical_id("Same")
    with pytest.raises(ValueError, match="section 'Resources' already contains 'Same'"):
        app.synth()


def test_output_requires_value() -> None:
    with pytest.raises(ValueError, match="CfnOutput.value must not be undefined.*S/O"):
        CfnOutput(Stack(App(), "S"), "O", value=None)  # type: ignore[arg-type]


def test_parameter_type_errors_name_the_path() -> None:
    param = CfnParameter(Stack(App(), "S"), "P", type="String")
    with pytest.raises(TypeError, match=r"Parameter type \(String\) is not a number type \(at S/P\)"):
        _ = param.value_as_number


def test_failed_synthesis_leaves_previous_assembly_intact(tmp_path: Path) -> None:
    outdir = tmp_path / "cdk.out"
    good = App(outdir=str(outdir))
    CfnResource(Stack(good, "S"), "T", type="AWS::SNS::Topic")
    good.synth()
    before = {p.name: p.read_bytes() for p in outdir.iterdir() if p.is_file()}

    bad = App(outdir=str(outdir))
    stack = Stack(bad, "S")
    CfnResource(stack, "T", type="AWS::SNS::Topic")

    class Broken:
        def validate(self) -> list[str]:
            return ["broken"]

    Construct(stack, "C").node.add_validation(Broken())
    with pytest.raises(Exception, match="broken"):
        bad.synth()
    after = {p.name: p.read_bytes() for p in outdir.iterdir() if p.is_file()}
    assert after == before
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".purecdk-")]


def test_output_is_deterministic(tmp_path: Path) -> None:
    def synth(out: Path) -> dict[str, bytes]:
        app = App(outdir=str(out))
        s = Stack(app, "S")
        CfnOutput(s, "O", value=CfnResource(s, "T", type="AWS::SNS::Topic").ref)
        app.synth()
        return {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}

    assert synth(tmp_path / "a") == synth(tmp_path / "b")


def test_cli_environment_sets_outdir_and_context(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CDK_OUTDIR", str(tmp_path / "o"))
    monkeypatch.setenv("CDK_CONTEXT_JSON", json.dumps({"greeting": "hi"}))
    app = App(auto_synth=False)
    assert app.outdir == str(tmp_path / "o")
    assert app.node.try_get_context("greeting") == "hi"


def test_project_context_files_are_read_outside_a_cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CDK_OUTDIR", raising=False)
    monkeypatch.delenv("CDK_CONTEXT_JSON", raising=False)
    (tmp_path / "cdk.json").write_text(json.dumps({"app": "python3 app.py", "context": {"a": 1, "b": 1}}))
    (tmp_path / "cdk.context.json").write_text(json.dumps({"b": 2}))
    monkeypatch.chdir(tmp_path)
    app = App()
    # as with the cdk CLI, the context of cdk.json wins over cdk.context.json
    assert (app.node.try_get_context("a"), app.node.try_get_context("b")) == (1, 1)


def test_cross_app_references_are_rejected(tmp_path: Path) -> None:
    producer = Stack(App(outdir=str(tmp_path / "a")), "P")
    topic = CfnResource(producer, "T", type="AWS::SNS::Topic")
    consumer_app = App(outdir=str(tmp_path / "b"))
    CfnOutput(Stack(consumer_app, "C"), "O", value=topic.ref)
    with pytest.raises(ValueError, match="Cannot reference across apps"):
        consumer_app.synth()
    assert not os.path.exists(tmp_path / "b")


def test_resource_limit(tmp_path: Path) -> None:
    app = App(outdir=str(tmp_path), context={"@aws-cdk/core:stackResourceLimit": 2})
    stack = Stack(app, "S")
    for i in range(3):
        CfnResource(stack, f"T{i}", type="AWS::SNS::Topic")
    with pytest.raises(ValueError, match="Number of resources in stack 'S': 3 is greater than allowed maximum of 2"):
        app.synth()
