"""``SmsSubscription``: deliver a topic's messages to a phone number by SMS."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from purecdk.aws_sns.subscriber import TopicSubscriptionConfig
from purecdk.aws_sns.subscription_options import SubscriptionProtocol
from purecdk.aws_sns_subscriptions.subscription import SubscriptionProps


class SmsSubscriptionProps(SubscriptionProps, kw_only=True):
    """Options of an SMS subscription."""


class SmsSubscription:
    """A phone number subscribed to a topic (the subscription is created in the topic's scope).

    As upstream, the ``dead_letter_queue`` option is accepted but not passed on to the subscription.
    """

    _CONFIG_KEYS = ("subscriberId", "endpoint", "protocol", "filterPolicy", "filterPolicyWithMessageBody")

    def __init__(
        self,
        phone_number: str,
        *,
        dead_letter_queue: Any = None,
        filter_policy: Mapping[str, Any] | None = None,
        filter_policy_with_message_body: Mapping[str, Any] | None = None,
    ) -> None:
        self.phone_number = phone_number
        self.props = SmsSubscriptionProps(
            dead_letter_queue=dead_letter_queue,
            filter_policy=filter_policy,
            filter_policy_with_message_body=filter_policy_with_message_body,
        )

    def bind(self, topic: Any) -> TopicSubscriptionConfig:
        """The subscription of the phone number (protocol ``sms``)."""
        del topic
        return TopicSubscriptionConfig(
            subscriber_id=self.phone_number,
            endpoint=self.phone_number,
            protocol=SubscriptionProtocol.SMS,
            filter_policy=self.props.filter_policy,
            filter_policy_with_message_body=self.props.filter_policy_with_message_body,
        )
