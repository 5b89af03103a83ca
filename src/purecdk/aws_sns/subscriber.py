"""``ITopicSubscription`` and ``TopicSubscriptionConfig``: what ``Topic.add_subscription`` asks of a subscriber."""

from __future__ import annotations

from typing import Any, Protocol, runtime_checkable

from purecdk.aws_sns.subscription_options import SubscriptionOptions


class TopicSubscriptionConfig(SubscriptionOptions, kw_only=True):
    """A subscriber's answer to ``bind``: the subscription options, and where to create the subscription.

    ``subscriber_scope``: the construct to create the ``Subscription`` under (default: the topic);
    ``subscriber_id``: its id there; ``subscription_dependency``: what the subscription must wait for (e.g. the
    queue policy that lets SNS deliver).
    """

    subscriber_id: str
    subscriber_scope: Any = None
    subscription_dependency: Any = None


@runtime_checkable
class ITopicSubscription(Protocol):
    """Something that can subscribe to a topic (``aws_sns_subscriptions`` has the usual kinds)."""

    def bind(self, topic: Any) -> TopicSubscriptionConfig:
        """Prepare the subscriber (permissions, policies) and return how to subscribe it to ``topic``."""
        ...
