"""``EmailSubscription``: deliver a topic's messages to an email address."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from purecdk.aws_sns.subscriber import TopicSubscriptionConfig
from purecdk.aws_sns.subscription_options import SubscriptionProtocol
from purecdk.aws_sns_subscriptions.subscription import SubscriptionProps


class EmailSubscriptionProps(SubscriptionProps, kw_only=True):
    """Options of an email subscription (``json``: send the JSON notification rather than its message)."""

    json: bool | None = None


class EmailSubscription:
    """An email address subscribed to a topic (the subscription is created in the topic's scope)."""

    _CONFIG_KEYS = ("subscriberId", "endpoint", "protocol", "filterPolicy", "filterPolicyWithMessageBody",
                    "deadLetterQueue")

    def __init__(
        self,
        email_address: str,
        *,
        json: bool | None = None,
        dead_letter_queue: Any = None,
        filter_policy: Mapping[str, Any] | None = None,
        filter_policy_with_message_body: Mapping[str, Any] | None = None,
    ) -> None:
        self.email_address = email_address
        self.props = EmailSubscriptionProps(
            json=json,
            dead_letter_queue=dead_letter_queue,
            filter_policy=filter_policy,
            filter_policy_with_message_body=filter_policy_with_message_body,
        )

    def bind(self, topic: Any) -> TopicSubscriptionConfig:
        """The subscription of the address (protocol ``email``, or ``email-json``)."""
        del topic
        return TopicSubscriptionConfig(
            subscriber_id=self.email_address,
            endpoint=self.email_address,
            protocol=SubscriptionProtocol.EMAIL_JSON if self.props.json else SubscriptionProtocol.EMAIL,
            filter_policy=self.props.filter_policy,
            filter_policy_with_message_body=self.props.filter_policy_with_message_body,
            dead_letter_queue=self.props.dead_letter_queue,
        )
