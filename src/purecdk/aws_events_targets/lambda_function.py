"""``LambdaFunction``: invoke a Lambda function for a rule's events (with the Lambda permission upstream adds)."""

from __future__ import annotations

from typing import Any

from purecdk.aws_events.input import RuleTargetInput
from purecdk.aws_events.target import RuleTargetConfig
from purecdk.aws_events_targets._util import (
    add_lambda_permission,
    add_to_dead_letter_queue_resource_policy,
    bind_base_target_config,
)
from purecdk.core.duration import Duration


class LambdaFunction:
    """A function as a rule target (``event`` replaces the event it receives)."""

    def __init__(
        self,
        handler: Any,
        *,
        event: RuleTargetInput | None = None,
        dead_letter_queue: Any = None,
        max_event_age: Duration | None = None,
        retry_attempts: float | None = None,
    ) -> None:
        self.handler = handler
        self._event = event
        self._dead_letter_queue = dead_letter_queue
        self._max_event_age = max_event_age
        self._retry_attempts = retry_attempts

    def bind(self, rule: Any, id: str | None = None) -> RuleTargetConfig:
        """Allow the rule to invoke the function and return the target configuration."""
        add_lambda_permission(rule, self.handler)
        if self._dead_letter_queue is not None:
            add_to_dead_letter_queue_resource_policy(rule, self._dead_letter_queue)
        return RuleTargetConfig(
            **bind_base_target_config(self._dead_letter_queue, self._retry_attempts, self._max_event_age),
            arn=self.handler.function_arn,
            input=self._event,
            target_resource=self.handler,
        )
