"""``EventInvokeConfig``: how a function handles asynchronous invocations (``AWS::Lambda::EventInvokeConfig``)."""

from __future__ import annotations

from typing import Any

from purecdk.aws_lambda._generated import CfnEventInvokeConfig
from purecdk.constructs import Construct
from purecdk.core.analytics_metadata import add_construct_metadata
from purecdk.core.duration import Duration
from purecdk.core.resource import Resource
from purecdk.core.tokens.token import unresolved


class EventInvokeConfig(Resource):
    """Maximum event age and retry attempts of asynchronous invocations (and their destinations)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        function: Any,
        qualifier: str | None = None,
        max_event_age: Duration | None = None,
        retry_attempts: float | None = None,
        on_failure: Any = None,
        on_success: Any = None,
    ) -> None:
        super().__init__(scope, id)
        add_construct_metadata(self, locals())
        if max_event_age is not None and not max_event_age.is_unresolved():
            seconds = max_event_age.to_seconds()
            if seconds < 60 or seconds > 21600:
                raise ValueError(
                    "`maximumEventAge` must represent a `Duration` that is between 60 and 21600 seconds. "
                    f"(at {self.node.path})"
                )
        if retry_attempts and not unresolved(retry_attempts) and (retry_attempts < 0 or retry_attempts > 2):
            raise ValueError(f"`retryAttempts` must be between 0 and 2. (at {self.node.path})")
        destination = None
        if on_failure is not None or on_success is not None:
            destination = {}
            if on_failure is not None:
                destination["onFailure"] = on_failure.bind(self, function, type="Failure")
            if on_success is not None:
                destination["onSuccess"] = on_success.bind(self, function, type="Success")
        CfnEventInvokeConfig(
            self,
            "Resource",
            destination_config=destination,
            function_name=function.function_name,
            maximum_event_age_in_seconds=max_event_age.to_seconds() if max_event_age is not None else None,
            maximum_retry_attempts=retry_attempts,
            qualifier=qualifier or "$LATEST",
        )
