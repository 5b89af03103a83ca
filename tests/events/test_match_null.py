"""Match.null_value(): JSON null survives resolution (where None, JavaScript's undefined, is dropped)."""

from __future__ import annotations

import json
from pathlib import Path

from purecdk import App, Lazy, Stack
from purecdk import aws_events as events


def test_null_is_kept_and_none_is_dropped() -> None:
    stack = Stack(App(), "S")
    assert stack.resolve(events.Match.null_value()) == [None]
    assert stack.resolve([events.Match.null_value()[0], None, Lazy.any(lambda: None)]) == [None]
    assert stack.resolve({"a": None, "b": events.Match.null_value()}) == {"b": [None]}


def test_template_and_tree_hold_json_null(tmp_path: Path) -> None:
    app = App(outdir=str(tmp_path))
    stack = Stack(app, "S")
    events.Rule(stack, "R", event_pattern=events.EventPattern(detail={"x": events.Match.null_value()}))
    app.synth()
    template = json.loads((tmp_path / "S.template.json").read_text())
    (rule,) = template["Resources"].values()
    assert rule["Properties"]["EventPattern"] == {"detail": {"x": [None]}}
    tree = (tmp_path / "tree.json").read_text()
    assert '"x":[null]' in tree.replace(" ", "").replace("\n", "")
