"""``Subscription``: an ``AWS::SNS::Subscription`` of an endpoint to a topic, with filters and delivery settings."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from purecdk.aws_sns._generated import CfnSubscription
from purecdk.aws_sns.subscription_options import SubscriptionProtocol
from purecdk.constructs import Construct
from purecdk.core.analytics_metadata import add_construct_metadata
from purecdk.core.resource import Resource
from purecdk.core.structs import get_field
from purecdk.core.tokens.js import js_number

_RAW_DELIVERY_PROTOCOLS = (
    SubscriptionProtocol.HTTP,
    SubscriptionProtocol.HTTPS,
    SubscriptionProtocol.SQS,
    SubscriptionProtocol.FIREHOSE,
)
_MAX_ATTRIBUTES = 5
_MAX_COMBINATIONS = 150
_DELAY_TARGET_LIMIT_SECONDS = 3600
_NUM_RETRIES_LIMIT = 100


class Subscription(Resource):
    """A subscription to a topic (prefer ``topic.add_subscription(...)`` with ``aws_sns_subscriptions``)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        topic: Any,
        endpoint: str,
        protocol: SubscriptionProtocol,
        dead_letter_queue: Any = None,
        delivery_policy: Any = None,
        filter_policy: Mapping[str, Any] | None = None,
        filter_policy_with_message_body: Mapping[str, Any] | None = None,
        raw_message_delivery: bool | None = None,
        region: str | None = None,
        subscription_role_arn: str | None = None,
    ) -> None:
        super().__init__(scope, id)
        add_construct_metadata(self, locals())
        if raw_message_delivery and protocol not in _RAW_DELIVERY_PROTOCOLS:
            self._fail("Raw message delivery can only be enabled for HTTP, HTTPS, SQS, and Firehose subscriptions.")
        rendered_filter: dict[str, Any] | None = None
        body_policy: Mapping[str, Any] | None = None  # used only without an attribute filter policy
        if filter_policy is not None:  # even an empty policy, as upstream does
            if len(filter_policy) > _MAX_ATTRIBUTES:
                self._fail("A filter policy can have a maximum of 5 attribute names.")
            rendered_filter = {key: value.conditions for key, value in filter_policy.items()}
            total = 1
            for conditions in rendered_filter.values():
                total *= len(conditions)
            if total > _MAX_COMBINATIONS:
                self._fail(f"The total combination of values ({total}) must not exceed 150.")
        elif filter_policy_with_message_body is not None:
            if len(filter_policy_with_message_body) > _MAX_ATTRIBUTES:
                self._fail("A filter policy can have a maximum of 5 attribute names.")
            body_policy = filter_policy_with_message_body
        if protocol is SubscriptionProtocol.FIREHOSE and not subscription_role_arn:
            self._fail("Subscription role arn is required field for subscriptions with a firehose protocol.")
        if body_policy is not None:
            rendered_filter = self._render_message_body_policy(body_policy, 1, [1])

        self.dead_letter_queue = dead_letter_queue
        if dead_letter_queue is not None:
            self._allow_dead_letter_delivery(dead_letter_queue, topic)
        CfnSubscription(
            self,
            "Resource",
            endpoint=endpoint,
            protocol=protocol.value if isinstance(protocol, SubscriptionProtocol) else protocol,
            topic_arn=topic.topic_arn,
            raw_message_delivery=raw_message_delivery,
            filter_policy=rendered_filter,
            filter_policy_scope="MessageBody" if body_policy is not None else None,
            region=region,
            redrive_policy=(
                {"deadLetterTargetArn": dead_letter_queue.queue_arn} if dead_letter_queue is not None else None
            ),
            subscription_role_arn=subscription_role_arn,
            delivery_policy=(
                self._render_delivery_policy(delivery_policy, protocol) if delivery_policy is not None else None
            ),
        )

    def _fail(self, message: str) -> None:
        raise ValueError(f"{message} (at {self.node.path})")

    def _render_message_body_policy(
        self, policy: Mapping[str, Any], depth: int, total: list[int]
    ) -> dict[str, Any]:
        """The message-body filter policy as JSON; ``total`` counts the combinations as upstream does."""
        result: dict[str, Any] = {}
        for key, node in policy.items():
            if node.is_policy():
                result[key] = self._render_message_body_policy(node.policy_doc, depth + 1, total)
            elif node.is_filter():
                conditions = node.filter_doc.conditions
                result[key] = conditions
                total[0] *= len(conditions) * depth
        if total[0] > _MAX_COMBINATIONS:
            self._fail(f"The total combination of values ({total[0]}) must not exceed 150.")
        return result

    def _render_delivery_policy(self, policy: Any, protocol: SubscriptionProtocol) -> dict[str, Any]:
        if protocol not in (SubscriptionProtocol.HTTP, SubscriptionProtocol.HTTPS):
            value = protocol.value if isinstance(protocol, SubscriptionProtocol) else protocol
            self._fail(f"Delivery policy is only supported for HTTP and HTTPS subscriptions, got: {value}")
        retry = get_field(policy, "healthy_retry_policy")
        throttle = get_field(policy, "throttle_policy")
        request = get_field(policy, "request_policy")
        rendered: dict[str, Any] = {}
        if retry is not None:
            min_delay = self._delay_target_seconds(get_field(retry, "min_delay_target"), "minDelayTarget")
            max_delay = self._delay_target_seconds(get_field(retry, "max_delay_target"), "maxDelayTarget")
            if min_delay is not None and max_delay is not None and min_delay > max_delay:
                self._fail("minDelayTarget must not exceed maxDelayTarget")
            num_retries = get_field(retry, "num_retries")
            if num_retries and (num_retries < 0 or num_retries > _NUM_RETRIES_LIMIT):
                self._fail(
                    f"numRetries must be between 0 and {_NUM_RETRIES_LIMIT} inclusive, got: {js_number(num_retries)}"
                )
            for name in ("num_no_delay_retries", "num_min_delay_retries", "num_max_delay_retries"):
                value = get_field(retry, name)
                if value and (value < 0 or not float(value).is_integer()):
                    label = "num" + "".join(part.capitalize() for part in name.split("_")[1:])
                    self._fail(f"{label} must be an integer zero or greater, got: {js_number(value)}")
            backoff = get_field(retry, "backoff_function")
            rendered["healthyRetryPolicy"] = _without_none({
                "minDelayTarget": 20 if min_delay is None else min_delay,
                "maxDelayTarget": 20 if max_delay is None else max_delay,
                "numRetries": 3 if num_retries is None else num_retries,
                "numNoDelayRetries": get_field(retry, "num_no_delay_retries"),
                "numMinDelayRetries": get_field(retry, "num_min_delay_retries"),
                "numMaxDelayRetries": get_field(retry, "num_max_delay_retries"),
                "backoffFunction": getattr(backoff, "value", backoff),
            })
        if throttle is not None:
            per_second = get_field(throttle, "max_receives_per_second")
            if per_second is not None and (per_second < 1 or not float(per_second).is_integer()):
                self._fail(f"maxReceivesPerSecond must be an integer greater than zero, got: {js_number(per_second)}")
            rendered["throttlePolicy"] = _without_none({"maxReceivesPerSecond": per_second})
        if request is not None:
            rendered["requestPolicy"] = _without_none({"headerContentType": get_field(request, "header_content_type")})
        return rendered

    def _delay_target_seconds(self, duration: Any, name: str) -> float | None:
        if duration is None:
            return None
        if duration.to_milliseconds() % 1000 != 0:
            self._fail(f"{name} must be a whole number of seconds, got: {duration!r}")
        seconds = duration.to_seconds()
        if seconds < 1 or seconds > _DELAY_TARGET_LIMIT_SECONDS:
            self._fail(
                f"{name} must be between 1 and {_DELAY_TARGET_LIMIT_SECONDS} seconds inclusive, "
                f"got: {js_number(seconds)}s"
            )
        return seconds

    @staticmethod
    def _allow_dead_letter_delivery(queue: Any, topic: Any) -> None:
        from purecdk.aws_iam import PolicyStatement, ServicePrincipal

        queue.add_to_resource_policy(
            PolicyStatement(
                resources=[queue.queue_arn],
                actions=["sqs:SendMessage"],
                principals=[ServicePrincipal("sns.amazonaws.com")],
                conditions={"ArnEquals": {"aws:SourceArn": topic.topic_arn}},
            )
        )


def _without_none(values: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in values.items() if value is not None}
