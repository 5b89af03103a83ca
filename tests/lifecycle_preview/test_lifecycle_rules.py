"""Previewing purecdk ``aws_ecr.LifecycleRule``s and ``Repository``s: the policy synthesis renders."""

from __future__ import annotations

import pytest

from purecdk import App, Duration, Stack
from purecdk import aws_ecr as ecr
from purecdk.lifecycle_preview import (
    PolicySourceError,
    load_policy,
    policy_text_from_lifecycle_rules,
    preview,
)

from ._support import NOW, actions, image

RULES = [
    ecr.LifecycleRule(description="Releases", tag_pattern_list=["v*"], max_image_count=2),
    ecr.LifecycleRule(tag_status=ecr.TagStatus.UNTAGGED, max_image_age=Duration.days(7)),
    ecr.LifecycleRule(rule_priority=1, tag_prefix_list=["keep"], max_image_count=100),
]
IMAGES = [
    image("v3", ["v3"], 1),
    image("v2", ["v2"], 5),
    image("v1", ["v1"], 9),
    image("kept-v0", ["keep", "v0"], 50),
    image("untagged-old", [], 8),
    image("untagged-new", [], 6),
]
EXPECTED = {
    "v3": ("keep", None),
    "v2": ("keep", None),
    "v1": ("expire", 2),
    "kept-v0": ("keep", None),
    "untagged-old": ("expire", 3),
    "untagged-new": ("keep", None),
}


def _synthesized_text(repository: ecr.Repository) -> str:
    template = Stack.of(repository)._to_cloud_formation()
    resolved = Stack.of(repository).resolve(template)
    (definition,) = [r for r in resolved["Resources"].values() if r["Type"] == "AWS::ECR::Repository"]
    return str(definition["Properties"]["LifecyclePolicy"]["LifecyclePolicyText"])


def test_rules_are_rendered_as_a_repository_renders_them() -> None:
    repository = ecr.Repository(Stack(App(auto_synth=False), "S"), "Repo", lifecycle_rules=RULES)
    text = policy_text_from_lifecycle_rules(RULES)
    assert text == _synthesized_text(repository)
    assert [r.rule_priority for r in load_policy(RULES).rules] == [1, 2, 3]


def test_preview_of_rules_dicts_and_a_repository() -> None:
    assert actions(preview(RULES, IMAGES, now=NOW)) == EXPECTED
    as_dicts = [
        {"description": "Releases", "tagPatternList": ["v*"], "maxImageCount": 2},
        {"tagStatus": ecr.TagStatus.UNTAGGED, "maxImageAge": Duration.days(7)},
        {"rulePriority": 1, "tagPrefixList": ["keep"], "maxImageCount": 100},
    ]
    assert actions(preview(as_dicts, IMAGES, now=NOW)) == EXPECTED
    repository = ecr.Repository(Stack(App(auto_synth=False), "S"), "Repo", lifecycle_rules=RULES)
    assert actions(preview(repository, IMAGES, now=NOW)) == EXPECTED


def test_invalid_rules_are_reported() -> None:
    with pytest.raises(PolicySourceError, match="not valid"):
        preview([ecr.LifecycleRule(max_image_count=1, max_image_age=Duration.days(1))], IMAGES, now=NOW)
