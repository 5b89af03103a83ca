"""Fixtures of the L1 tests: a stack to put resources in, and a way to render one resource."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.fixture
def stack() -> Any:
    """A fresh ``Stack`` named ``S`` in its own ``App``."""
    from purecdk import App, Stack

    return Stack(App(), "S")


def render(resource: Any) -> dict[str, Any]:
    """The resolved CloudFormation definition of one resource (``Type``, ``Properties``, ...)."""
    from purecdk.core.stack import Stack

    stack = Stack.of(resource)
    rendered = stack.resolve(resource._to_cloud_formation())
    (definition,) = rendered["Resources"].values()
    return definition


def props(resource: Any) -> dict[str, Any]:
    """The resolved CloudFormation ``Properties`` of one resource (``{}`` when it has none)."""
    return render(resource).get("Properties", {})
