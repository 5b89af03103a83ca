"""The construct tree: ids, paths, children, context, metadata, dependencies, validations."""

from __future__ import annotations

import pytest

from purecdk import App, Stack
from purecdk.constructs import Construct, ConstructOrder, DependencyGroup, Node


def test_paths_ids_and_children() -> None:
    app = App()
    stack = Stack(app, "S")
    a = Construct(stack, "A")
    b = Construct(a, "B")
    assert b.node.path == "S/A/B"
    assert b.node.id == "B"
    assert b.node.scope is a
    assert [c.node.id for c in b.node.scopes] == ["", "S", "A", "B"]
    assert a.node.children == [b]
    assert a.node.find_child("B") is b
    assert a.node.try_find_child("missing") is None
    assert Node.of(b) is b.node
    assert b.node.root is app


def test_find_all_orders() -> None:
    app = App()
    stack = Stack(app, "S")
    a = Construct(stack, "A")
    Construct(a, "B")
    Construct(stack, "C")
    assert [c.node.path for c in stack.node.find_all()] == ["S", "S/A", "S/A/B", "S/C"]
    post = [c.node.path for c in stack.node.find_all(ConstructOrder.POSTORDER)]
    assert post == ["S/A/B", "S/A", "S/C", "S"]


def test_duplicate_id_names_the_scope() -> None:
    stack = Stack(App(), "MyStack")
    Construct(stack, "X")
    with pytest.raises(ValueError, match=r"There is already a Construct with name 'X' in Stack \[MyStack\]"):
        Construct(stack, "X")


def test_empty_id_is_rejected_with_the_scope_path() -> None:
    stack = Stack(App(), "MyStack")
    with pytest.raises(ValueError, match="Only root constructs may have an empty ID.*MyStack"):
        Construct(stack, "")


def test_path_separator_in_id_is_sanitized_like_upstream() -> None:
    stack = Stack(App(), "MyStack")
    c = Construct(stack, "a/b")
    assert c.node.id == "a--b"
    assert c.node.path == "MyStack/a--b"


def test_non_string_id_is_rejected() -> None:
    with pytest.raises(TypeError, match="Construct id must be a string"):
        Construct(Stack(App(), "S"), 42)  # type: ignore[arg-type]


def test_addr_matches_constructs_library() -> None:
    # value computed by aws-cdk-lib 2.275.0 (constructs 10.8.1) for NamesStack/Group/Queue
    app = App()
    queue = Construct(Construct(Stack(app, "NamesStack"), "Group"), "Queue")
    assert queue.node.addr == "c8015e9655343dbb00b23d6343c6cb7f1c6eb56d59"


def test_default_child() -> None:
    stack = Stack(App(), "S")
    parent = Construct(stack, "P")
    assert parent.node.default_child is None
    resource = Construct(parent, "Resource")
    assert parent.node.default_child is resource
    Construct(parent, "Default")
    with pytest.raises(RuntimeError, match="both a child with id 'Resource' and id 'Default'"):
        _ = parent.node.default_child


def test_context_inherits_and_cannot_be_set_after_children() -> None:
    app = App(context={"k": "v"})
    stack = Stack(app, "S")
    assert stack.node.try_get_context("k") == "v"
    assert stack.node.try_get_context("nope") is None
    with pytest.raises(RuntimeError, match="Cannot set context after children have been added"):
        app.node.set_context("other", 1)


def test_metadata_skips_none() -> None:
    c = Construct(Stack(App(), "S"), "C")
    c.node.add_metadata("custom", None)
    c.node.add_metadata("custom", {"a": 1})
    assert [(m.type, m.data) for m in c.node.metadata] == [("custom", {"a": 1})]


def test_dependencies_and_groups() -> None:
    stack = Stack(App(), "S")
    a, b, c = (Construct(stack, n) for n in "ABC")
    a.node.add_dependency(DependencyGroup(b, c), b)
    assert a.node.dependencies == [b, c]


def test_validations_fail_synthesis_with_paths(tmp_path: object) -> None:
    class Always:
        def validate(self) -> list[str]:
            return ["something is wrong"]

    app = App(outdir=str(tmp_path))
    stack = Stack(app, "S")
    Construct(stack, "C").node.add_validation(Always())
    with pytest.raises(Exception, match=r"Validation failed with the following errors:\n  \[S/C\] something is wrong"):
        app.synth()
