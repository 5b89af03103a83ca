"""Archives: retention in whole days, the key policy of an encrypted archive, what EventBus.archive passes on."""

from __future__ import annotations

from typing import Any

import pytest

from purecdk import App, Duration, Stack
from purecdk import aws_events as events
from purecdk import aws_kms as kms


def _properties(archive: events.Archive) -> dict[str, Any]:
    stack = Stack.of(archive)
    resource = archive.node.default_child
    rendered = stack.resolve(resource._to_cloud_formation())  # type: ignore[union-attr]
    return rendered["Resources"][stack.get_logical_id(resource)]["Properties"]  # type: ignore[no-any-return]


def _bus() -> events.EventBus:
    return events.EventBus(Stack(App(), "S"), "Bus")


def test_retention_must_be_whole_days() -> None:
    with pytest.raises(ValueError, match="'36 hours' cannot be converted into a whole number of days"):
        _bus().archive("A", event_pattern=events.EventPattern(source=["x"]), retention=Duration.hours(36))


def test_archive_of_a_bus_ignores_the_key_as_upstream_does() -> None:
    bus = _bus()
    key = kms.Key(bus, "Key")
    archive = bus.archive("A", event_pattern=events.EventPattern(source=["x"]), kms_key=key)
    assert _properties(archive)["KmsKeyIdentifier"] == ""
    assert _properties(archive)["RetentionDays"] == 0


def test_encrypted_archive_lets_events_use_the_key() -> None:
    bus = _bus()
    key = kms.Key(bus, "Key")
    archive = events.Archive(
        bus, "A", source_event_bus=bus, event_pattern=events.EventPattern(source=["x"]), kms_key=key
    )
    key_id = Stack.of(bus).get_logical_id(key.node.default_child)  # type: ignore[arg-type]
    assert _properties(archive)["KmsKeyIdentifier"] == {"Fn::GetAtt": [key_id, "Arn"]}
    policy = Stack.of(bus).resolve(key.policy.to_json())  # type: ignore[union-attr]
    sids = [s.get("Sid") for s in policy["Statement"]]
    assert sids[-2:] == ["Allow EventBridge to use kms operations", "Allow EventBridge to call kms:DescribeKey"]


def test_archive_name_and_arn_are_the_resource_attributes() -> None:
    archive = events.Archive(_bus(), "A", source_event_bus=_bus(), event_pattern={"source": ["x"]})
    stack = Stack.of(archive)
    logical_id = stack.get_logical_id(archive.node.default_child)  # type: ignore[arg-type]
    assert stack.resolve(archive.archive_name) == {"Ref": logical_id}
    assert stack.resolve(archive.archive_arn) == {"Fn::GetAtt": [logical_id, "Arn"]}
