"""``SubscriptionProtocol``, ``SubscriptionOptions`` and ``SubscriptionProps``: what a subscription is made of."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from purecdk.core.struct_class import Struct

if TYPE_CHECKING:
    from purecdk.aws_sns.delivery_policy import DeliveryPolicy
    from purecdk.aws_sns.filter_or_policy import FilterOrPolicy
    from purecdk.aws_sns.subscription_filter import SubscriptionFilter


class SubscriptionProtocol(enum.Enum):
    """The kind of endpoint a subscription delivers to."""

    HTTP = "http"
    HTTPS = "https"
    EMAIL = "email"
    EMAIL_JSON = "email-json"
    SMS = "sms"
    SQS = "sqs"
    APPLICATION = "application"
    LAMBDA = "lambda"
    FIREHOSE = "firehose"


class SubscriptionOptions(Struct, kw_only=True):
    """Options of a new subscription (everything but the topic)."""

    endpoint: str
    protocol: SubscriptionProtocol
    dead_letter_queue: Any = None
    delivery_policy: DeliveryPolicy | Mapping[str, Any] | None = None
    filter_policy: Mapping[str, SubscriptionFilter] | None = None
    filter_policy_with_message_body: Mapping[str, FilterOrPolicy] | None = None
    raw_message_delivery: bool | None = None
    region: str | None = None
    subscription_role_arn: str | None = None


class SubscriptionProps(SubscriptionOptions, kw_only=True):
    """Properties of a new ``Subscription``: its options and the topic."""

    topic: Any
