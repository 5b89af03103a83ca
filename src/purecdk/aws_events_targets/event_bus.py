"""``EventBus``: forward a rule's events to another event bus (often in another account or region)."""

from __future__ import annotations

from typing import Any

from purecdk.aws_events.target import RuleTargetConfig
from purecdk.aws_events_targets._util import add_to_dead_letter_queue_resource_policy, singleton_event_role
from purecdk.core.struct_class import Struct


class EventBusProps(Struct):
    """Options of the ``EventBus`` target."""

    dead_letter_queue: Any = None
    role: Any = None


class EventBus:
    """An event bus as a rule target: EventBridge assumes ``role`` (by default the rule's ``EventsRole``, which
    gets ``events:PutEvents`` on the bus) to put the events on it."""

    def __init__(self, event_bus: Any, *, dead_letter_queue: Any = None, role: Any = None) -> None:
        self.event_bus = event_bus
        self._dead_letter_queue = dead_letter_queue
        self._role = role

    def bind(self, rule: Any, _id: str | None = None) -> RuleTargetConfig:
        """Allow the role to put events on the bus and return the target configuration."""
        from purecdk.aws_iam import PolicyStatement

        role = self._role if self._role is not None else singleton_event_role(rule)
        role.add_to_principal_policy(
            PolicyStatement(actions=["events:PutEvents"], resources=[self.event_bus.event_bus_arn])
        )
        if self._dead_letter_queue is not None:
            add_to_dead_letter_queue_resource_policy(rule, self._dead_letter_queue)
        return RuleTargetConfig(
            arn=self.event_bus.event_bus_arn,
            dead_letter_config=(
                {"arn": self._dead_letter_queue.queue_arn} if self._dead_letter_queue is not None else None
            ),
            role=role,
        )
