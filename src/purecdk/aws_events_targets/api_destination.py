"""``ApiDestination``: send a rule's events to an HTTP endpoint through an API destination."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from purecdk.aws_events.input import RuleTargetInput
from purecdk.aws_events.target import RuleTargetConfig
from purecdk.aws_events_targets._util import (
    TargetBaseProps,
    add_to_dead_letter_queue_resource_policy,
    bind_base_target_config,
    singleton_event_role,
)
from purecdk.core.duration import Duration


class ApiDestinationProps(TargetBaseProps):
    """Options of the ``ApiDestination`` target."""

    event: RuleTargetInput | None = None
    event_role: Any = None
    header_parameters: Mapping[str, str] | None = None
    path_parameter_values: Sequence[str] | None = None
    query_string_parameters: Mapping[str, str] | None = None


class ApiDestination:
    """An API destination as a rule target: EventBridge assumes ``event_role`` (by default the ``EventsRole``
    made under the API destination) to invoke it, with the headers, path values and query string given."""

    def __init__(
        self,
        api_destination: Any,
        *,
        event: RuleTargetInput | None = None,
        event_role: Any = None,
        header_parameters: Mapping[str, str] | None = None,
        path_parameter_values: Sequence[str] | None = None,
        query_string_parameters: Mapping[str, str] | None = None,
        dead_letter_queue: Any = None,
        max_event_age: Duration | None = None,
        retry_attempts: float | None = None,
    ) -> None:
        self.api_destination = api_destination
        self._event = event
        self._event_role = event_role
        self._header_parameters = header_parameters
        self._path_parameter_values = path_parameter_values
        self._query_string_parameters = query_string_parameters
        self._dead_letter_queue = dead_letter_queue
        self._max_event_age = max_event_age
        self._retry_attempts = retry_attempts

    def bind(self, rule: Any, _id: str | None = None) -> RuleTargetConfig:
        """Allow the role to invoke the API destination and return the target configuration."""
        from purecdk.aws_iam import PolicyStatement

        http_parameters = None
        given = {
            "headerParameters": self._header_parameters,
            "pathParameterValues": self._path_parameter_values,
            "queryStringParameters": self._query_string_parameters,
        }
        if any(value is not None for value in given.values()):
            http_parameters = {k: v for k, v in given.items() if v is not None}
        if self._dead_letter_queue is not None:
            add_to_dead_letter_queue_resource_policy(rule, self._dead_letter_queue)
        role = self._event_role if self._event_role is not None else singleton_event_role(self.api_destination)
        role.add_to_principal_policy(
            PolicyStatement(
                resources=[self.api_destination.api_destination_arn], actions=["events:InvokeApiDestination"]
            )
        )
        return RuleTargetConfig(
            **bind_base_target_config(self._dead_letter_queue, self._retry_attempts, self._max_event_age),
            arn=self.api_destination.api_destination_arn,
            role=role,
            input=self._event,
            target_resource=self.api_destination,
            http_parameters=http_parameters,
        )
