"""The EventBus target: its role and policy, dead-letter queues, buses in other environments."""

from __future__ import annotations

import pytest

from purecdk import App, Environment, Stack
from purecdk import aws_events as events
from purecdk import aws_events_targets as targets
from purecdk import aws_iam as iam
from purecdk import aws_sqs as sqs


def _envs() -> tuple[App, Stack, Stack]:
    app = App()
    central = Stack(app, "Central", env=Environment(account="999999999999", region="eu-west-1"))
    workload = Stack(app, "Workload", env=Environment(account="111111111111", region="us-east-1"))
    return app, central, workload


def _rule(stack: Stack) -> events.Rule:
    return events.Rule(stack, "R", event_pattern=events.EventPattern(source=["aws.ecr"]))


def test_dead_letter_queue_in_another_region_is_rejected() -> None:
    _, central, workload = _envs()
    bus = events.EventBus.from_event_bus_name(workload, "Bus", "b")
    with pytest.raises(ValueError, match="Cannot assign Dead Letter Queue in region eu-west-1 to the rule "
                       "WorkloadR96B140F9 in region us-east-1"):
        _rule(workload).add_target(targets.EventBus(bus, dead_letter_queue=sqs.Queue(central, "Q")))


def test_unnamed_bus_in_another_environment_cannot_be_a_target() -> None:
    app, central, workload = _envs()
    _rule(workload).add_target(targets.EventBus(events.EventBus(central, "Findings")))
    with pytest.raises(ValueError, match="Cannot use resource 'Central/Findings' in a cross-environment fashion"):
        app.synth()


def test_default_role_is_the_rules_events_role_with_one_statement_per_bus() -> None:
    _, _, workload = _envs()
    rule = _rule(workload)
    rule.add_target(targets.EventBus(events.EventBus.from_event_bus_name(workload, "A", "a")))
    rule.add_target(targets.EventBus(events.EventBus.from_event_bus_name(workload, "B", "b")))
    role = rule.node.find_child("EventsRole")
    policy = workload.resolve(role.node.find_child("DefaultPolicy").document.to_json())  # type: ignore[attr-defined]
    assert [s["Resource"]["Fn::Join"][1][2] for s in policy["Statement"]] == [
        ":events:us-east-1:111111111111:event-bus/a",
        ":events:us-east-1:111111111111:event-bus/b",
    ]


def test_given_role_gets_the_statement_and_no_events_role_is_made() -> None:
    _, _, workload = _envs()
    role = iam.Role(workload, "Role", assumed_by=iam.ServicePrincipal("events.amazonaws.com"))
    rule = _rule(workload)
    rule.add_target(targets.EventBus(events.EventBus.from_event_bus_name(workload, "A", "a"), role=role))
    assert rule.node.try_find_child("EventsRole") is None
    assert role.node.try_find_child("DefaultPolicy") is not None
