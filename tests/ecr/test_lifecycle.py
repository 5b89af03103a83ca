"""LifecycleRule (the public struct) and the ordering and rendering of lifecycle policies."""

from __future__ import annotations

import dataclasses
import json

import pytest

from purecdk import App, Duration, Stack
from purecdk import aws_ecr as ecr
from purecdk.aws_ecr.lifecycle_policy import (
    LifecyclePolicyError,
    lifecycle_policy_document,
    ordered_lifecycle_rules,
    render_lifecycle_policy,
)

Rule = ecr.LifecycleRule


def test_rule_is_a_frozen_keyword_only_dataclass_with_upstream_fields() -> None:
    # upstream's fields first; then the archive options, a deliberate purecdk extension (test_lifecycle_archive.py)
    assert [f.name for f in dataclasses.fields(Rule)] == [
        "rule_priority",
        "description",
        "tag_status",
        "tag_prefix_list",
        "tag_pattern_list",
        "max_image_count",
        "max_image_age",
        "max_image_age_since_pull",
        "max_image_age_in_archive",
        "storage_class",
        "transition_to_archive",
    ]
    rule = Rule(tag_prefix_list=["prod"], max_image_count=5)
    assert rule.tag_prefix_list == ("prod",)
    with pytest.raises(dataclasses.FrozenInstanceError):
        rule.max_image_count = 6  # type: ignore[misc]
    with pytest.raises(TypeError):
        Rule(1)  # type: ignore[misc]
    assert hash(rule) == hash(Rule(tag_prefix_list=("prod",), max_image_count=5))


def test_rule_coerces_tag_status_values_and_checks_types() -> None:
    assert Rule(tag_status="untagged", max_image_count=1).tag_status is ecr.TagStatus.UNTAGGED  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        Rule(tag_status="sometimes", max_image_count=1)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="max_image_age must be a Duration"):
        Rule(max_image_age=30)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="expected a list of strings"):
        Rule(tag_prefix_list="prod", max_image_count=1)


def test_rule_from_dicts_uses_jsii_camel_case_keys() -> None:
    rule = Rule.of({"tagPrefixList": ["a"], "maxImageCount": 2, "rulePriority": 4, "unknown": 1})
    assert rule == Rule(tag_prefix_list=["a"], max_image_count=2, rule_priority=4)
    # like jsii, snake_case keys of a dict are not struct fields
    assert Rule.of({"max_image_count": 2}) == Rule()
    assert Rule.of(rule) is rule
    with pytest.raises(TypeError, match="expected a LifecycleRule or a dict"):
        Rule.of(["a"])  # type: ignore[arg-type]


def test_ordering_assigns_priorities_after_the_explicit_ones_and_puts_any_last() -> None:
    rules = [
        Rule(max_image_count=5),
        Rule(tag_prefix_list=["a"], max_image_count=1),
        Rule(rule_priority=10, tag_status=ecr.TagStatus.TAGGED, tag_prefix_list=["b"], max_image_count=1),
        Rule(tag_status=ecr.TagStatus.UNTAGGED, max_image_age=Duration.days(1)),
        Rule(rule_priority=3, tag_pattern_list=["c*"], max_image_count=1),
    ]
    ordered = ordered_lifecycle_rules(rules)
    assert [(r.rule_priority, r.tag_status) for r in ordered] == [
        (10, ecr.TagStatus.TAGGED),
        (3, ecr.TagStatus.TAGGED),
        (11, ecr.TagStatus.TAGGED),
        (12, ecr.TagStatus.UNTAGGED),
        (13, ecr.TagStatus.ANY),
    ]
    assert ordered_lifecycle_rules([]) == []


def test_ordering_errors() -> None:
    with pytest.raises(LifecyclePolicyError, match=r"has 1 which is smaller than 5 \(at Stack/Repo\)"):
        ordered_lifecycle_rules(
            [Rule(rule_priority=1, max_image_count=1), Rule(rule_priority=5, tag_prefix_list=["a"], max_image_count=1)],
            "Stack/Repo",
        )
    with pytest.raises(LifecyclePolicyError, match="Cannot combine prioritized TagStatus.Any rule"):
        ordered_lifecycle_rules(
            [Rule(rule_priority=9, max_image_count=1), Rule(tag_prefix_list=["a"], max_image_count=1)]
        )


def test_rendering_is_aws_cdk_lib_json() -> None:
    rules = [
        Rule(tag_prefix_list=["prod"], max_image_count=9999),
        Rule(max_image_age=Duration.days(30), description='old "images" \u00e9'),
    ]
    stack = Stack(App(), "S")
    text = render_lifecycle_policy(rules, stack)
    assert text == (
        '{"rules":[{"rulePriority":1,"selection":{"tagStatus":"tagged","tagPrefixList":["prod"],'
        '"countType":"imageCountMoreThan","countNumber":9999},"action":{"type":"expire"}},'
        '{"rulePriority":2,"description":"old \\"images\\" \u00e9","selection":{"tagStatus":"any",'
        '"countType":"sinceImagePushed","countNumber":30,"countUnit":"days"},"action":{"type":"expire"}}]}'
    )
    assert json.loads(text) == lifecycle_policy_document(rules)


def test_repository_keeps_the_rules_as_given() -> None:
    repo = ecr.Repository(Stack(App(), "S"), "Repo", lifecycle_rules=[{"maxImageCount": 3}])
    repo.add_lifecycle_rule(Rule(tag_pattern_list=["v*"], max_image_count=1))
    assert repo.lifecycle_rules == [
        Rule(tag_status=ecr.TagStatus.ANY, max_image_count=3),
        Rule(tag_status=ecr.TagStatus.TAGGED, tag_pattern_list=["v*"], max_image_count=1),
    ]
