"""``LambdaSubscription``: invoke a Lambda function with a topic's messages (and the permission that allows it)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from purecdk.aws_sns.subscriber import TopicSubscriptionConfig
from purecdk.aws_sns.subscription_options import SubscriptionProtocol
from purecdk.aws_sns_subscriptions._util import SNS_SERVICE, add_stack_dependency, region_from_arn
from purecdk.aws_sns_subscriptions.subscription import SubscriptionProps
from purecdk.constructs import Construct
from purecdk.core.names import Names


class LambdaSubscriptionProps(SubscriptionProps, kw_only=True):
    """Options of a function subscription."""


class LambdaSubscription:
    """A function subscribed to a topic.

    The subscription is created under the function, with the topic's id as its id; the permission
    ``AllowInvoke:<topic's unique id>`` lets SNS invoke the function.
    """

    _CONFIG_KEYS = ("subscriberScope", "subscriberId", "endpoint", "protocol", "filterPolicy",
                    "filterPolicyWithMessageBody", "region", "deadLetterQueue")

    def __init__(
        self,
        fn: Any,
        *,
        dead_letter_queue: Any = None,
        filter_policy: Mapping[str, Any] | None = None,
        filter_policy_with_message_body: Mapping[str, Any] | None = None,
    ) -> None:
        self.fn = fn
        self.props = LambdaSubscriptionProps(
            dead_letter_queue=dead_letter_queue,
            filter_policy=filter_policy,
            filter_policy_with_message_body=filter_policy_with_message_body,
        )

    def bind(self, topic: Any) -> TopicSubscriptionConfig:
        """Allow the topic to invoke the function; subscribe the function."""
        from purecdk.aws_iam import ServicePrincipal

        fn = self.fn
        if not Construct.is_construct(fn):
            raise ValueError(
                f"The supplied lambda Function object must be an instance of Construct (at {topic.node.path})"
            )
        fn.add_permission(
            f"AllowInvoke:{Names.node_unique_id(topic.node)}",
            source_arn=topic.topic_arn,
            principal=ServicePrincipal(SNS_SERVICE),
        )
        add_stack_dependency(topic, fn)
        return TopicSubscriptionConfig(
            subscriber_scope=fn,
            subscriber_id=topic.node.id,
            endpoint=fn.function_arn,
            protocol=SubscriptionProtocol.LAMBDA,
            filter_policy=self.props.filter_policy,
            filter_policy_with_message_body=self.props.filter_policy_with_message_body,
            region=region_from_arn(topic, fn),
            dead_letter_queue=self.props.dead_letter_queue,
        )
