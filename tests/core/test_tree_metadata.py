"""``tree.json``: written while the construct tree is walked, exactly as ``js_json_dumps`` would write it."""

from __future__ import annotations

import json
from pathlib import Path

from purecdk import App, CfnResource, Stack
from purecdk.constructs import Construct


def test_children_are_in_javascript_key_order_and_resources_carry_attributes(tmp_path: Path) -> None:
    app = App(outdir=str(tmp_path / "out"))
    stack = Stack(app, "S")
    for id in ("B", "10", "2", "A", "1"):
        Construct(stack, id)
    CfnResource(
        stack.node.find_child("A"), "Topic", type="AWS::SNS::Topic", properties={"DisplayName": "é", "Weight": 2.0}
    )
    app.synth()
    text = (tmp_path / "out" / "tree.json").read_text(encoding="utf-8")
    tree = json.loads(text)
    children = tree["tree"]["children"]["S"]["children"]
    assert list(children)[:5] == ["1", "2", "10", "B", "A"]
    topic = children["A"]["children"]["Topic"]
    assert topic["path"] == "S/A/Topic"
    assert topic["attributes"] == {
        "aws:cdk:cloudformation:type": "AWS::SNS::Topic",
        "aws:cdk:cloudformation:logicalId": topic["attributes"]["aws:cdk:cloudformation:logicalId"],
        "aws:cdk:cloudformation:props": {"DisplayName": "é", "Weight": 2},
    }
    assert '"Weight":2}' in text and '"DisplayName":"é"' in text
    assert text.startswith('{"version":"tree-0.1","tree":{"id":"App","path":"",')
