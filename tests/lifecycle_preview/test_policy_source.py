"""Previewing the policy of a construct: a CfnRepository, or an L2 whose default child is one."""

from __future__ import annotations

import types
from typing import Any

import pytest

from purecdk import App, CfnResource, Stack
from purecdk.aws_ecr import CfnRepository
from purecdk.constructs import Construct
from purecdk.lifecycle_preview import (
    PolicySourceError,
    load_policy,
    policy_text_from_lifecycle_rules,
    preview,
)

from ._support import NOW, actions, image, policy, rule

POLICY = policy(rule(1, "untagged", count_number=1), rule(2, "any", "sinceImagePushed", 30))


def _stack() -> Stack:
    return Stack(App(auto_synth=False), "Stack")


class _RepositoryLike(Construct):
    """An L2 shape: a construct whose default child (id ``Resource``) is the CfnRepository."""

    def __init__(self, scope: Construct, id: str, text: Any) -> None:
        super().__init__(scope, id)
        lifecycle = (
            None if text is None else CfnRepository.LifecyclePolicyProperty(lifecycle_policy_text=text)
        )
        self.resource = CfnRepository(self, "Resource", lifecycle_policy=lifecycle)


def test_a_cfn_repository_and_an_l2_around_it() -> None:
    images = [image("u1", [], 3), image("u2", [], 2), image("old", ["v1"], 40)]
    expected = {"u1": ("expire", 1), "u2": ("keep", None), "old": ("expire", 2)}
    stack = _stack()
    cfn = CfnRepository(
        stack, "Cfn", lifecycle_policy=CfnRepository.LifecyclePolicyProperty(lifecycle_policy_text=POLICY)
    )
    assert actions(preview(cfn, images, now=NOW)) == expected
    assert actions(preview(_RepositoryLike(stack, "Repo", POLICY), images, now=NOW)) == expected
    assert load_policy(cfn).text == POLICY


def test_overrides_are_seen_as_synthesis_would_render_them() -> None:
    stack = _stack()
    repository = _RepositoryLike(stack, "Repo", POLICY)
    overridden = policy(rule(5, "any", count_number=3))
    repository.resource.add_property_override("LifecyclePolicy.LifecyclePolicyText", overridden)
    assert [r.rule_priority for r in load_policy(repository).rules] == [5]


def test_a_repository_without_lifecycle_rules() -> None:
    with pytest.raises(PolicySourceError, match="Stack/Repo: the repository has no lifecycle policy"):
        load_policy(_RepositoryLike(_stack(), "Repo", None))


def test_not_a_repository() -> None:
    stack = _stack()
    with pytest.raises(PolicySourceError, match="Stack/Topic: is a AWS::SNS::Topic, not an ECR repository"):
        load_policy(CfnResource(stack, "Topic", type="AWS::SNS::Topic"))
    with pytest.raises(PolicySourceError, match="Stack/Empty: not an ECR repository"):
        load_policy(Construct(stack, "Empty"))


def test_a_policy_known_only_at_deployment() -> None:
    stack = _stack()
    text = stack.to_json_string({"rules": [{"rulePriority": stack.account}]})
    with pytest.raises(PolicySourceError, match="is a CloudFormation expression"):
        load_policy(_RepositoryLike(stack, "Repo", text))


def test_lifecycle_rules_need_the_l2_repository(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(__import__("sys").modules, "purecdk.aws_ecr", types.ModuleType("purecdk.aws_ecr"))
    with pytest.raises(PolicySourceError, match="needs purecdk.aws_ecr.Repository"):
        policy_text_from_lifecycle_rules([{"maxImageCount": 1}])
    with pytest.raises(PolicySourceError, match="needs purecdk.aws_ecr.Repository"):
        preview([{"maxImageCount": 1}], [], now=NOW)
