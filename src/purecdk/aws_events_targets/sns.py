"""``SnsTopic``: publish a rule's events to an SNS topic (the topic policy, or a role, lets EventBridge publish)."""

from __future__ import annotations

from typing import Any

from purecdk.aws_events.input import RuleTargetInput
from purecdk.aws_events.target import RuleTargetConfig
from purecdk.aws_events_targets._util import (
    add_to_dead_letter_queue_resource_policy,
    bind_base_target_config,
    singleton_event_role,
)
from purecdk.core.duration import Duration


class SnsTopic:
    """A topic as a rule target."""

    def __init__(
        self,
        topic: Any,
        *,
        message: RuleTargetInput | None = None,
        authorize_using_role: bool | None = None,
        role: Any = None,
        dead_letter_queue: Any = None,
        max_event_age: Duration | None = None,
        retry_attempts: float | None = None,
    ) -> None:
        self.topic = topic
        self._message = message
        self._authorize_using_role = authorize_using_role
        self._role = role
        self._dead_letter_queue = dead_letter_queue
        self._max_event_age = max_event_age
        self._retry_attempts = retry_attempts

    def bind(self, rule: Any, id: str | None = None) -> RuleTargetConfig:
        """Allow the rule to publish to the topic and return the target configuration."""
        from purecdk.aws_iam import ServicePrincipal

        role = None
        use_role = self._authorize_using_role if self._authorize_using_role is not None else self._role
        if use_role:
            role = self._role if self._role is not None else singleton_event_role(rule)
            self.topic.grant_publish(role)
        else:
            if self._role is not None:
                raise ValueError(
                    f"Cannot provide a role when authorizeUsingRole is false (at {rule.node.path}); "
                    "drop the role or set authorize_using_role=True"
                )
            self.topic.grant_publish(ServicePrincipal("events.amazonaws.com"))
        if self._dead_letter_queue is not None:
            add_to_dead_letter_queue_resource_policy(rule, self._dead_letter_queue)
        return RuleTargetConfig(
            **bind_base_target_config(self._dead_letter_queue, self._retry_attempts, self._max_event_age),
            arn=self.topic.topic_arn,
            input=self._message,
            target_resource=self.topic,
            role=role,
        )
