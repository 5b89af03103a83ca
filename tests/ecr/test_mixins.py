"""Construct.with_ and Mixin (core), and ECR's RepositoryAutoDeleteImages mixin."""

from __future__ import annotations

from typing import Any

import pytest

from purecdk import App, Mixin, RemovalPolicy, Stack
from purecdk import aws_ecr as ecr
from purecdk.constructs import Construct


class Recorder(Mixin):
    """Records the constructs it is applied to (only those whose id starts with "R")."""

    def __init__(self) -> None:
        self.applied: list[str] = []

    def supports(self, construct: Any) -> bool:
        return construct.node.id.startswith("R")

    def apply_to(self, construct: Any) -> None:
        self.applied.append(construct.node.path)


def test_with_applies_each_mixin_to_the_supported_constructs_of_the_subtree() -> None:
    stack = Stack(App(), "S")
    root = Construct(stack, "Root")
    Construct(root, "Red")
    Construct(Construct(root, "Blue"), "Rose")
    first, second = Recorder(), Recorder()
    assert root.with_(first, second) is root
    assert first.applied == ["S/Root", "S/Root/Red", "S/Root/Blue/Rose"]
    assert second.applied == first.applied


def test_constructs_added_after_with_are_not_touched() -> None:
    stack = Stack(App(), "S")
    recorder = Recorder()
    stack.with_(recorder)
    Construct(stack, "Late")
    assert recorder.applied == []


def test_mixin_base_supports_everything_but_needs_apply_to() -> None:
    assert Mixin().supports(object())
    assert Mixin.is_mixin(Recorder()) and not Mixin.is_mixin(object())
    with pytest.raises(NotImplementedError, match="Mixin must implement apply_to"):
        Mixin().apply_to(object())


def test_repository_auto_delete_images_sets_empty_on_delete_on_cfn_repositories_only() -> None:
    stack = Stack(App(), "S")
    l1 = ecr.CfnRepository(stack, "Repo")
    l2 = ecr.Repository(stack, "L2", removal_policy=RemovalPolicy.DESTROY)
    stack.with_(ecr.mixins.RepositoryAutoDeleteImages())
    assert l1.empty_on_delete is True
    resources = stack._to_cloud_formation()["Resources"]
    assert resources["Repo"]["Properties"] == {"EmptyOnDelete": True}
    assert l2.node.default_child is not None
    assert resources["L2CD7B2F13"]["Properties"] == {"EmptyOnDelete": True}
    assert not ecr.mixins.RepositoryAutoDeleteImages().supports(l2)
