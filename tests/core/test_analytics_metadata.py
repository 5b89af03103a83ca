"""The recording of L2 properties and method calls for the analytics (``analytics_metadata``)."""

from __future__ import annotations

from typing import Any

from purecdk import App, Duration, Lazy, RemovalPolicy, Stack
from purecdk import aws_ecr as ecr
from purecdk import aws_iam as iam
from purecdk.core.analytics_metadata import (
    ADDITIONAL_METADATA_FLAG,
    CONSTRUCT_METADATA,
    METHOD_METADATA,
    JsObject,
    passing_props,
    redact,
)


def _stack(flag: Any) -> Stack:
    context = {} if flag is None else {ADDITIONAL_METADATA_FLAG: flag}
    return Stack(App(context=context), "S")


def _recorded(construct: Any) -> list[tuple[str, Any]]:
    kinds = (CONSTRUCT_METADATA, METHOD_METADATA)
    return [(entry["type"], entry["data"]) for entry in construct.node.metadata if entry["type"] in kinds]


def test_nothing_is_recorded_without_the_flag() -> None:
    for flag in (None, False, "false"):
        repo = ecr.Repository(_stack(flag), "Repo", image_scan_on_push=True)
        repo.add_lifecycle_rule(max_image_count=3)
        assert _recorded(repo) == []


def test_props_and_method_calls_are_recorded_redacted() -> None:
    repo = ecr.Repository(
        _stack("true"),
        "Repo",
        repository_name="name",
        removal_policy=RemovalPolicy.DESTROY,
        empty_on_delete=True,
        lifecycle_rules=[ecr.LifecycleRule(tag_status=ecr.TagStatus.ANY, max_image_age=Duration.days(3))],
    )
    repo.add_lifecycle_rule(tag_status=ecr.TagStatus.UNTAGGED, max_image_count=3)
    assert _recorded(repo) == [
        (CONSTRUCT_METADATA, {"emptyOnDelete": True, "lifecycleRules": [{"maxImageAge": "*", "tagStatus": "any"}],
                              "removalPolicy": "destroy", "repositoryName": "*"}),
        (METHOD_METADATA, {"addLifecycleRule": [{"maxImageAge": "*", "tagStatus": "any"}, "*", "*"]}),
        (METHOD_METADATA, {"addLifecycleRule": [{"maxImageCount": "*", "tagStatus": "untagged"}]}),
    ]


def test_no_props_are_a_star_and_classes_without_allowlist_report_stars() -> None:
    stack = _stack(True)
    assert _recorded(ecr.Repository(stack, "Plain")) == [(CONSTRUCT_METADATA, "*")]
    imported = iam.Role.from_role_arn(stack, "Imported", "arn:aws:iam::123456789012:role/r")
    imported.add_to_principal_policy(iam.PolicyStatement(actions=["s3:GetObject"], resources=["*"]))
    recorded = _recorded(imported)
    assert recorded[0] == (CONSTRUCT_METADATA, "*")
    assert recorded[1:] and all(entry == (METHOD_METADATA, "*") for entry in recorded[1:])


def test_redaction_rules() -> None:
    assert redact(None, True) == "*"
    assert redact("*", False) is False
    assert redact("TagStatus", ecr.TagStatus.UNTAGGED) == "untagged"
    assert redact("TagStatus", "sometimes") == "*"
    assert redact("*", 5) == "*"
    assert redact({"a": "*"}, Lazy.string(lambda: "x")) == "*"
    assert redact(["*", {"b": "boolean"}], ["x", {"b": True, "c": 1}, 3]) == ["*", {"b": True}, "*"]
    assert redact({"a": {"b": "*"}}, JsObject(a={"b": 1, "c": 2}, d=None)) == {"a": {"b": "*"}}
    assert redact({"a": "*"}, JsObject(a=None)) == {"a": "*"}
    assert redact("*", JsObject()) == "*"
    assert redact("*", iam.PolicyStatement()) == {}


def test_principals_show_the_fields_javascript_enumerates() -> None:
    allowed = {"assumeRoleAction": "*", "policyFragment": "*", "principalAccount": "*"}
    expected = {"principalAccount": "*", "assumeRoleAction": "*"}
    assert redact(allowed, iam.ServicePrincipal("lambda.amazonaws.com")) == expected


def test_passed_props_replace_the_keyword_arguments_once() -> None:
    stack = _stack(True)
    with passing_props(JsObject(repositoryName="xx", imageScanOnPush=False)):
        first = ecr.Repository(stack, "First", repository_name="xx")
        second = ecr.Repository(stack, "Second", repository_name="yy")
    assert _recorded(first) == [(CONSTRUCT_METADATA, {"repositoryName": "*", "imageScanOnPush": False})]
    assert _recorded(second) == [(CONSTRUCT_METADATA, {"repositoryName": "*"})]
