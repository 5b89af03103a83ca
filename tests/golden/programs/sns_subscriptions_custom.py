"""An app's own ITopicSubscription: token ids, a subscriber scope, a dependency; Subscription defaults."""

from purecdk import App, CfnParameter, Stack
from purecdk import aws_sns as sns
from purecdk import aws_sqs as sqs
from purecdk.constructs import Construct


class Webhook(sns.ITopicSubscription):
    def __init__(self, endpoint: str, scope: Construct = None, dependency: Construct = None) -> None:
        self.endpoint = endpoint
        self.scope = scope
        self.dependency = dependency

    def bind(self, topic: sns.ITopic) -> sns.TopicSubscriptionConfig:
        return sns.TopicSubscriptionConfig(
            subscriber_id=self.endpoint,
            subscriber_scope=self.scope,
            subscription_dependency=self.dependency,
            endpoint=self.endpoint,
            protocol=sns.SubscriptionProtocol.HTTPS,
            delivery_policy=sns.DeliveryPolicy(healthy_retry_policy=sns.HealthyRetryPolicy(num_retries=5)),
        )


app = App()
stack = Stack(app, "SubscriptionsCustom")
topic = sns.Topic(stack, "Topic")
url = CfnParameter(stack, "Url").value_as_string
first = topic.add_subscription(Webhook(url))
second = topic.add_subscription(Webhook(url))
holder = Construct(stack, "Holder")
marker = sqs.Queue(stack, "Marker")
topic.add_subscription(Webhook(url, scope=holder, dependency=marker))
topic.add_subscription(Webhook("https://example.com/hook", scope=holder))

sns.Subscription(
    stack,
    "Throttled",
    topic=topic,
    endpoint="https://example.com/throttled",
    protocol=sns.SubscriptionProtocol.HTTPS,
    delivery_policy={"throttle_policy": {"max_receives_per_second": 3}, "healthy_retry_policy": {}},
    dead_letter_queue=sqs.Queue(stack, "Dlq"),
)
sns.Subscription(
    stack,
    "Body",
    topic=topic,
    endpoint="arn:aws:lambda:us-east-1:123456789012:function:f",
    protocol=sns.SubscriptionProtocol.LAMBDA,
    filter_policy_with_message_body={
        "a": sns.FilterOrPolicy.policy(
            {
                "b": sns.FilterOrPolicy.policy(
                    {"c": sns.FilterOrPolicy.filter(sns.SubscriptionFilter.string_filter(denylist=["x", "y"]))}
                ),
                "d": sns.FilterOrPolicy.filter(
                    sns.SubscriptionFilter.numeric_filter(
                        allowlist=[1, 2.5], between_strict=sns.BetweenCondition(start=0, stop=9), less_than=100
                    )
                ),
            }
        )
    },
)

app.synth()
