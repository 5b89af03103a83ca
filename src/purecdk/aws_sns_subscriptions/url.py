"""``UrlSubscription``: deliver a topic's messages to an HTTP or HTTPS endpoint."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from purecdk.aws_sns.subscriber import TopicSubscriptionConfig
from purecdk.aws_sns.subscription_options import SubscriptionProtocol
from purecdk.aws_sns_subscriptions.subscription import SubscriptionProps
from purecdk.core.tokens.token import Token


class UrlSubscriptionProps(SubscriptionProps, kw_only=True):
    """Options of a URL subscription (``protocol`` is required, and only used, when the URL is a token)."""

    delivery_policy: Any = None
    protocol: SubscriptionProtocol | None = None
    raw_message_delivery: bool | None = None


class UrlSubscription:
    """An HTTP/S endpoint subscribed to a topic (the subscription is created in the topic's scope)."""

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-sns-subscriptions.UrlSubscription"
    _CONFIG_KEYS = ("subscriberId", "endpoint", "protocol", "rawMessageDelivery", "filterPolicy",
                    "filterPolicyWithMessageBody", "deadLetterQueue", "deliveryPolicy")

    def __init__(
        self,
        url: str,
        *,
        delivery_policy: Any = None,
        protocol: SubscriptionProtocol | None = None,
        raw_message_delivery: bool | None = None,
        dead_letter_queue: Any = None,
        filter_policy: Mapping[str, Any] | None = None,
        filter_policy_with_message_body: Mapping[str, Any] | None = None,
    ) -> None:
        self.url = url
        self.props = UrlSubscriptionProps(
            delivery_policy=delivery_policy,
            protocol=protocol,
            raw_message_delivery=raw_message_delivery,
            dead_letter_queue=dead_letter_queue,
            filter_policy=filter_policy,
            filter_policy_with_message_body=filter_policy_with_message_body,
        )
        unresolved = Token.is_unresolved(url)
        if not unresolved and not url.startswith(("http://", "https://")):
            raise ValueError(f"URL must start with either http:// or https:// (got '{url}')")
        if unresolved and protocol is None:
            raise ValueError("Must provide protocol if url is unresolved (UrlSubscription of a token URL)")
        if unresolved:
            self.protocol: SubscriptionProtocol | None = protocol
        else:
            self.protocol = SubscriptionProtocol.HTTPS if url.startswith("https:") else SubscriptionProtocol.HTTP

    def bind(self, topic: Any) -> TopicSubscriptionConfig:
        """The subscription of the URL (protocol ``http`` or ``https``)."""
        del topic
        assert self.protocol is not None  # checked in the constructor
        return TopicSubscriptionConfig(
            subscriber_id=self.url,
            endpoint=self.url,
            protocol=self.protocol,
            raw_message_delivery=self.props.raw_message_delivery,
            filter_policy=self.props.filter_policy,
            filter_policy_with_message_body=self.props.filter_policy_with_message_body,
            dead_letter_queue=self.props.dead_letter_queue,
            delivery_policy=self.props.delivery_policy,
        )
