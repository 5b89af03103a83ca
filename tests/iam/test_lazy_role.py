"""LazyRole: created on first use, with what was added before."""

from __future__ import annotations

import pytest

from purecdk import App, Stack
from purecdk import aws_iam as iam


def test_role_only_created_when_used() -> None:
    stack = Stack(App(), "S")
    lazy = iam.LazyRole(stack, "Lazy", assumed_by=iam.ServicePrincipal("ec2.amazonaws.com"))
    result = lazy.add_to_principal_policy(iam.PolicyStatement(actions=["s3:*"], resources=["*"]))
    assert result.statement_added and result.policy_dependable is lazy
    assert lazy.node.try_find_child("Default") is None
    name = lazy.role_name
    role = lazy.node.find_child("Default")
    assert isinstance(role, iam.Role)
    assert name == role.role_name
    assert role.node.try_find_child("DefaultPolicy") is not None


def test_keyword_arguments_are_checked_at_once() -> None:
    stack = Stack(App(), "S")
    with pytest.raises(TypeError, match="assumed_by"):
        iam.LazyRole(stack, "Missing")
    with pytest.raises(TypeError, match="no_such_option"):
        iam.LazyRole(stack, "Unknown", assumed_by=iam.AnyPrincipal(), no_such_option=1)
