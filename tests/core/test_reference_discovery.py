"""Reference discovery renders every element once; templates reuse that rendering unless a reference crosses
stacks (then every template is rendered again with the imports in place)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from purecdk import App, CfnOutput, CfnResource, Lazy, Stack, SynthesisError


def _template(tmp_path: Path, name: str) -> dict[str, Any]:
    return json.loads((tmp_path / "out" / f"{name}.template.json").read_text())  # type: ignore[no-any-return]


def _counting_producer(calls: list[int], value: str) -> Any:
    def produce(*_: Any) -> str:
        calls.append(1)
        return value

    return produce


def test_elements_are_resolved_once_per_synthesis_without_cross_stack_references(tmp_path: Path) -> None:
    app = App(outdir=str(tmp_path / "out"))
    stack = Stack(app, "S")
    calls: list[int] = []
    topic = CfnResource(
        stack, "T", type="AWS::SNS::Topic",
        properties={"TopicName": Lazy.uncached_string(_counting_producer(calls, "lazy-name"))},
    )
    CfnOutput(stack, "Arn", value=topic.ref)
    app.synth()
    assert calls == [1]
    template = _template(tmp_path, "S")
    assert template["Resources"]["T"]["Properties"] == {"TopicName": "lazy-name"}
    assert template["Outputs"]["Arn"]["Value"] == {"Ref": "T"}


def test_a_second_synthesis_renders_again(tmp_path: Path) -> None:
    app = App(outdir=str(tmp_path / "out"))
    stack = Stack(app, "S")
    calls: list[int] = []
    CfnResource(
        stack, "T", type="AWS::SNS::Topic",
        properties={"TopicName": Lazy.uncached_string(_counting_producer(calls, "n"))},
    )
    app.synth()
    app.synth(force=True)
    assert calls == [1, 1]
    # outside a synthesis the template is resolved afresh
    assert stack._to_cloud_formation()["Resources"]["T"]["Properties"] == {"TopicName": "n"}
    assert calls == [1, 1, 1]


def test_cross_stack_references_render_templates_again_with_imports(tmp_path: Path) -> None:
    app = App(outdir=str(tmp_path / "out"))
    producer = Stack(app, "Producer")
    consumer = Stack(app, "Consumer")
    topic = CfnResource(producer, "T", type="AWS::SNS::Topic")
    calls: list[int] = []
    CfnResource(
        consumer, "Sub", type="AWS::SNS::Subscription",
        properties={
            "TopicArn": topic.ref,
            "Protocol": Lazy.uncached_string(_counting_producer(calls, "email")),
        },
    )
    app.synth()
    assert len(calls) == 2  # once while references were discovered, once more for the template with the import
    sub = _template(tmp_path, "Consumer")["Resources"]["Sub"]["Properties"]
    assert sub["Protocol"] == "email"
    assert list(sub["TopicArn"]) == ["Fn::ImportValue"]
    outputs = _template(tmp_path, "Producer")["Outputs"]
    assert [output["Value"] for output in outputs.values()] == [{"Ref": "T"}]


class _FailsWhenRendered:
    """A token that resolves while references are searched (preparing) but fails in a real rendering."""

    creation_stack: list[str] = []

    def resolve(self, context: Any) -> str:
        if not context.preparing:
            raise RuntimeError("rendering failed")
        return "ok"


def test_a_rendering_error_surfaces_after_the_tree_validation(tmp_path: Path) -> None:
    class Invalid:
        def validate(self) -> list[str]:
            return ["always invalid"]

    app = App(outdir=str(tmp_path / "out"))
    stack = Stack(app, "S")
    CfnResource(stack, "T", type="AWS::SNS::Topic", properties={"TopicName": _FailsWhenRendered()})
    stack.node.add_validation(Invalid())
    with pytest.raises(SynthesisError, match="always invalid"):
        app.synth()


def test_a_rendering_error_is_raised_when_the_template_is_rendered(tmp_path: Path) -> None:
    app = App(outdir=str(tmp_path / "out"))
    stack = Stack(app, "S")
    CfnResource(stack, "T", type="AWS::SNS::Topic", properties={"TopicName": _FailsWhenRendered()})
    with pytest.raises(RuntimeError, match="rendering failed"):
        app.synth()
