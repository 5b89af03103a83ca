"""``SqsQueue``: send a rule's events to an SQS queue (the queue policy lets EventBridge send)."""

from __future__ import annotations

from typing import Any

from purecdk.aws_events.input import RuleTargetInput
from purecdk.aws_events.target import RuleTargetConfig
from purecdk.aws_events_targets._util import (
    add_to_dead_letter_queue_resource_policy,
    bind_base_target_config,
    rule_arn,
)
from purecdk.core.duration import Duration
from purecdk.core.feature_flags import FeatureFlags

_SAME_ACCOUNT_FLAG = "@aws-cdk/aws-events:eventsTargetQueueSameAccount"


class SqsQueue:
    """A queue as a rule target (``message_group_id`` for FIFO queues)."""

    def __init__(
        self,
        queue: Any,
        *,
        message: RuleTargetInput | None = None,
        message_group_id: str | None = None,
        dead_letter_queue: Any = None,
        max_event_age: Duration | None = None,
        retry_attempts: float | None = None,
    ) -> None:
        self.queue = queue
        self._message = message
        self._message_group_id = message_group_id
        self._dead_letter_queue = dead_letter_queue
        self._max_event_age = max_event_age
        self._retry_attempts = retry_attempts

    def bind(self, rule: Any, id: str | None = None) -> RuleTargetConfig:
        """Allow the rule to send to the queue and return the target configuration."""
        from purecdk.aws_iam import ServicePrincipal

        conditions: dict[str, Any] = {}
        if not getattr(self.queue, "encryption_master_key", None):
            conditions = {"ArnEquals": {"aws:SourceArn": rule_arn(rule)}}
        elif FeatureFlags.of(rule).is_enabled(_SAME_ACCOUNT_FLAG):
            conditions = {"StringEquals": {"aws:SourceAccount": rule.env.account}}
        self.queue.grant_send_messages(ServicePrincipal("events.amazonaws.com", conditions=conditions))
        if self._dead_letter_queue is not None:
            add_to_dead_letter_queue_resource_policy(rule, self._dead_letter_queue)
        return RuleTargetConfig(
            **bind_base_target_config(self._dead_letter_queue, self._retry_attempts, self._max_event_age),
            arn=self.queue.queue_arn,
            input=self._message,
            target_resource=self.queue,
            sqs_parameters={"messageGroupId": self._message_group_id} if self._message_group_id else None,
        )
