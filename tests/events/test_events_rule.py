"""Rules: targets (ids, inputs, limits), validation, event buses, bad target combinations."""

from __future__ import annotations

from typing import Any

import pytest

from purecdk import App, Duration, Environment, Stack
from purecdk import aws_events as events
from purecdk import aws_events_targets as targets
from purecdk import aws_iam as iam
from purecdk import aws_sns as sns
from purecdk import aws_sqs as sqs


class _Target:
    def __init__(self, arn: str, input: events.RuleTargetInput | None = None) -> None:
        self.arn = arn
        self.input = input
        self.bound: list[tuple[Any, str | None]] = []

    def bind(self, rule: Any, id: str | None = None) -> events.RuleTargetConfig:
        self.bound.append((rule, id))
        return events.RuleTargetConfig(arn=self.arn, input=self.input)


def _properties(rule: events.Rule) -> dict[str, Any]:
    stack = Stack.of(rule)
    resource = rule.node.default_child
    rendered = stack.resolve(resource._to_cloud_formation())  # type: ignore[union-attr]
    return rendered["Resources"][stack.get_logical_id(resource)]["Properties"]  # type: ignore[no-any-return]


@pytest.fixture()
def stack() -> Stack:
    return Stack(App(), "S")


def _rule(stack: Stack, id: str = "Rule", **kwargs: Any) -> events.Rule:
    return events.Rule(stack, id, event_pattern=events.EventPattern(source=["aws.ecr"]), **kwargs)


def test_target_ids_follow_add_order(stack: Stack) -> None:
    first, second = _Target("arn:1"), _Target("arn:2")
    rule = _rule(stack, targets=[first])
    rule.add_target(None)
    rule.add_target(second)
    assert [id for _, id in first.bound + second.bound] == ["Target0", "Target1"]
    assert _properties(rule)["Targets"] == [{"Arn": "arn:1", "Id": "Target0"}, {"Arn": "arn:2", "Id": "Target1"}]


def test_inputs_render_like_upstream(stack: Stack) -> None:
    rule = _rule(stack)
    field = events.EventField.from_path("$.detail.name")
    rule.add_target(_Target("arn:a", events.RuleTargetInput.from_text(f"hello {field}")))
    rule.add_target(_Target("arn:b", events.RuleTargetInput.from_object({"name": field, "n": 1})))
    rule.add_target(_Target("arn:c", events.RuleTargetInput.from_multiline_text("a\nb")))
    rendered = _properties(rule)["Targets"]
    assert rendered[0]["InputTransformer"] == {
        "InputTemplate": '"hello <detail-name>"',
        "InputPathsMap": {"detail-name": "$.detail.name"},
    }
    assert rendered[1]["InputTransformer"]["InputTemplate"] == '{"name":<detail-name>,"n":1}'
    assert rendered[2]["Input"] == '"a"\n"b"'


def test_event_field_keys_must_be_unique(stack: Stack) -> None:
    rule = _rule(stack)
    clash = events.RuleTargetInput.from_object(
        {"a": events.EventField.from_path("$.a-b"), "b": events.EventField.from_path("$.a.b")}
    )
    with pytest.raises(ValueError, match="Single key 'a-b' is used for two different JSON paths"):
        rule.add_target(_Target("arn:x", clash))


def test_event_field_class_properties() -> None:
    assert "source" in events.EventField.source
    assert events.EventField(path="$.detail.image-tags[0]").display_hint == "detail-image-tags-0-"


def test_rule_validation_messages(stack: Stack) -> None:
    empty = events.Rule(stack, "Empty")
    assert empty._validate_rule() == ["Either 'eventPattern' or 'schedule' must be defined"]
    named = _rule(stack, "Named", rule_name="x" * 65)
    assert "Event rule name must be between 1 and 64 characters" in named._validate_rule()[0]
    crowded = _rule(stack, "Crowded")
    for index in range(6):
        crowded.add_target(_Target(f"arn:{index}"))
    assert crowded._validate_rule() == ["Event rule cannot have more than 5 targets."]


def test_bus_and_schedule_conflict(stack: Stack) -> None:
    bus = events.EventBus(stack, "Bus")
    with pytest.raises(ValueError, match=r"Cannot associate rule with 'eventBus' when using 'schedule' \(at S/R\)"):
        events.Rule(stack, "R", event_bus=bus, schedule=events.Schedule.rate(Duration.hours(1)))


def test_event_bus_name_validation(stack: Stack) -> None:
    with pytest.raises(ValueError, match="must not be 'default'"):
        events.EventBus(stack, "A", event_bus_name="default")
    with pytest.raises(ValueError, match="must not contain '/'"):
        events.EventBus(stack, "B", event_bus_name="a/b")
    with pytest.raises(ValueError, match="cannot both be provided"):
        events.EventBus(stack, "C", event_bus_name="x", event_source_name="aws.partner/a/b")


def test_imported_bus_parses_arn(stack: Stack) -> None:
    bus = events.EventBus.from_event_bus_arn(stack, "Bus", "arn:aws:events:eu-west-1:123456789012:event-bus/shared")
    assert bus.event_bus_name == "shared"
    assert bus.env.account == "123456789012"  # type: ignore[attr-defined]


def test_sns_target_role_without_authorization_is_rejected(stack: Stack) -> None:
    topic = sns.Topic(stack, "Topic")
    role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("events.amazonaws.com"))
    rule = _rule(stack)
    with pytest.raises(ValueError, match="Cannot provide a role when authorizeUsingRole is false"):
        rule.add_target(targets.SnsTopic(topic, role=role, authorize_using_role=False))


def test_dead_letter_queue_in_another_region_is_rejected() -> None:
    app = App()
    here = Stack(app, "Here", env=Environment(account="111111111111", region="us-east-1"))
    there = Stack(app, "There", env=Environment(account="111111111111", region="eu-west-1"))
    dlq = sqs.Queue(there, "Dlq")
    queue = sqs.Queue(here, "Queue")
    rule = _rule(here)
    with pytest.raises(ValueError, match="Cannot assign Dead Letter Queue in region eu-west-1"):
        rule.add_target(targets.SqsQueue(queue, dead_letter_queue=dlq))


def test_cross_account_target_must_be_owned() -> None:
    app = App()
    source = Stack(app, "Source", env=Environment(account="111111111111", region="us-east-1"))
    imported = sqs.Queue.from_queue_arn(source, "Imported", "arn:aws:sqs:us-east-1:333333333333:elsewhere")
    rule = _rule(source, rule_name="named")
    with pytest.raises(ValueError, match="Cannot create a cross-account or cross-region rule for an imported"):
        rule.add_target(targets.SqsQueue(imported))


def test_unresolved_environments_count_as_the_same(stack: Stack) -> None:
    other = Stack(stack.node.root, "Other", env=Environment(account="222222222222", region="us-east-1"))
    queue = sqs.Queue(other, "Queue")
    rule = _rule(stack)
    rule.add_target(targets.SqsQueue(queue))
    assert len(rule._targets) == 1
    assert [c.node.id for c in stack.node.root.node.children if c.node.id.startswith("EventBusPolicy")] == []
    with pytest.raises(ValueError, match="Cannot use resource 'Other/Queue' in a cross-environment fashion"):
        _properties(rule)


def test_retry_policy_and_dead_letter_config(stack: Stack) -> None:
    queue = sqs.Queue(stack, "Queue")
    dlq = sqs.Queue(stack, "Dlq")
    rule = _rule(stack)
    rule.add_target(targets.SqsQueue(queue, retry_attempts=0, max_event_age=Duration.minutes(2), dead_letter_queue=dlq))
    target = _properties(rule)["Targets"][0]
    assert target["RetryPolicy"] == {"MaximumRetryAttempts": 0, "MaximumEventAgeInSeconds": 120}
    assert target["DeadLetterConfig"] == {"Arn": {"Fn::GetAtt": [stack.get_logical_id(dlq.node.default_child), "Arn"]}}
