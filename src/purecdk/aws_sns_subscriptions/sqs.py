"""``SqsSubscription``: deliver a topic's messages to an SQS queue (the queue policy and key policy that allow it)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from purecdk.aws_sns.subscriber import TopicSubscriptionConfig
from purecdk.aws_sns.subscription_options import SubscriptionProtocol
from purecdk.aws_sns_subscriptions._util import add_stack_dependency, region_from_arn, sns_service_principal
from purecdk.aws_sns_subscriptions.subscription import SubscriptionProps
from purecdk.constructs import Construct
from purecdk.core.feature_flags import FeatureFlags
from purecdk.core.names import Names

RESTRICT_SQS_DECRYPTION_FLAG = "@aws-cdk/aws-sns-subscriptions:restrictSqsDescryption"


class SqsSubscriptionProps(SubscriptionProps, kw_only=True):
    """Options of a queue subscription."""

    raw_message_delivery: bool | None = None


class SqsSubscription:
    """A queue subscribed to a topic.

    The subscription is created under the queue, with the topic's unique id as its id; the queue policy lets SNS
    send (only from this topic), and the queue's KMS key, if any, lets SNS encrypt.
    """

    _CONFIG_KEYS = ("subscriberScope", "subscriberId", "endpoint", "protocol", "rawMessageDelivery", "filterPolicy",
                    "filterPolicyWithMessageBody", "region", "deadLetterQueue", "subscriptionDependency")

    def __init__(
        self,
        queue: Any,
        *,
        raw_message_delivery: bool | None = None,
        dead_letter_queue: Any = None,
        filter_policy: Mapping[str, Any] | None = None,
        filter_policy_with_message_body: Mapping[str, Any] | None = None,
    ) -> None:
        self.queue = queue
        self.props = SqsSubscriptionProps(
            raw_message_delivery=raw_message_delivery,
            dead_letter_queue=dead_letter_queue,
            filter_policy=filter_policy,
            filter_policy_with_message_body=filter_policy_with_message_body,
        )

    def bind(self, topic: Any) -> TopicSubscriptionConfig:
        """Allow the topic to send to the queue (and use its key); subscribe the queue."""
        from purecdk.aws_iam import PolicyStatement
        from purecdk.aws_sqs import QueueEncryption

        queue = self.queue
        where = f"(at {topic.node.path})"
        if not Construct.is_construct(queue):
            raise ValueError(f"The supplied Queue object must be an instance of Construct {where}")
        principal = sns_service_principal(topic, queue)
        if getattr(queue, "encryption_type", None) is QueueEncryption.KMS_MANAGED:
            raise ValueError(f"SQS queue encrypted by AWS managed KMS key cannot be used as SNS subscription {where}")
        dead_letter_queue = self.props.dead_letter_queue
        if dead_letter_queue is not None and (
            getattr(dead_letter_queue, "encryption_type", None) is QueueEncryption.KMS_MANAGED
        ):
            raise ValueError(
                f"SQS queue encrypted by AWS managed KMS key cannot be used as dead-letter queue {where}"
            )
        result = queue.add_to_resource_policy(
            PolicyStatement(
                resources=[queue.queue_arn],
                actions=["sqs:SendMessage"],
                principals=[principal],
                conditions={"ArnEquals": {"aws:SourceArn": topic.topic_arn}},
            )
        )
        key = getattr(queue, "encryption_master_key", None)
        if key is not None:
            restrict = FeatureFlags.of(topic).is_enabled(RESTRICT_SQS_DECRYPTION_FLAG)
            key.add_to_resource_policy(
                PolicyStatement(
                    resources=["*"],
                    actions=["kms:Decrypt", "kms:GenerateDataKey"],
                    principals=[principal],
                    conditions={"ArnEquals": {"aws:SourceArn": topic.topic_arn}} if restrict else None,
                )
            )
        add_stack_dependency(topic, queue)
        return TopicSubscriptionConfig(
            subscriber_scope=queue,
            subscriber_id=Names.node_unique_id(topic.node),
            endpoint=queue.queue_arn,
            protocol=SubscriptionProtocol.SQS,
            raw_message_delivery=self.props.raw_message_delivery,
            filter_policy=self.props.filter_policy,
            filter_policy_with_message_body=self.props.filter_policy_with_message_body,
            region=region_from_arn(topic, queue),
            dead_letter_queue=dead_letter_queue,
            subscription_dependency=getattr(result, "policy_dependable", None),
        )
