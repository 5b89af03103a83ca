"""Subscriptions: upstream's validations (messages checked against aws-cdk-lib 2.275.0), filters, token ids."""

from __future__ import annotations

import re
from typing import Any

import pytest

from purecdk import App, CfnParameter, Duration, Stack
from purecdk import aws_lambda as lambda_
from purecdk import aws_sns as sns
from purecdk import aws_sns_subscriptions as subs
from purecdk import aws_sqs as sqs
from purecdk.constructs import Construct

F = sns.SubscriptionFilter


@pytest.fixture()
def stack() -> Stack:
    return Stack(App(), "S")


@pytest.fixture()
def topic(stack: Stack) -> sns.Topic:
    return sns.Topic(stack, "T")


def _props(construct: Any) -> dict[str, Any]:
    stack = Stack.of(construct)
    resource = construct.node.default_child
    rendered = stack.resolve(resource._to_cloud_formation())
    return rendered["Resources"][stack.get_logical_id(resource)].get("Properties", {})  # type: ignore[no-any-return]


def _subscribe(stack: Stack, topic: sns.Topic, **kwargs: Any) -> sns.Subscription:
    kwargs.setdefault("endpoint", "https://example.com")
    kwargs.setdefault("protocol", sns.SubscriptionProtocol.HTTPS)
    return sns.Subscription(stack, "X", topic=topic, **kwargs)


def _retry(**kwargs: Any) -> dict[str, Any]:
    return {"delivery_policy": sns.DeliveryPolicy(healthy_retry_policy=sns.HealthyRetryPolicy(**kwargs))}


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        (
            {"endpoint": "a@b.c", "protocol": sns.SubscriptionProtocol.EMAIL, "raw_message_delivery": True},
            "Raw message delivery can only be enabled for HTTP, HTTPS, SQS, and Firehose subscriptions.",
        ),
        (
            {"filter_policy": {str(i): F.exists_filter() for i in range(6)}},
            "A filter policy can have a maximum of 5 attribute names.",
        ),
        (
            {
                "filter_policy": {
                    "a": F.string_filter(allowlist=[str(i) for i in range(13)]),
                    "b": F.string_filter(allowlist=[str(i) for i in range(12)]),
                }
            },
            "The total combination of values (156) must not exceed 150.",
        ),
        (
            {
                "filter_policy_with_message_body": {
                    str(i): sns.FilterOrPolicy.filter(F.exists_filter()) for i in range(6)
                }
            },
            "A filter policy can have a maximum of 5 attribute names.",
        ),
        (
            {
                "filter_policy_with_message_body": {
                    "a": sns.FilterOrPolicy.policy(
                        {
                            "b": sns.FilterOrPolicy.filter(F.string_filter(allowlist=[str(i) for i in range(40)])),
                            "c": sns.FilterOrPolicy.filter(F.string_filter(allowlist=["1", "2"])),
                        }
                    )
                }
            },
            "The total combination of values (320) must not exceed 150.",
        ),
        (
            {"endpoint": "arn:x", "protocol": sns.SubscriptionProtocol.FIREHOSE},
            "Subscription role arn is required field for subscriptions with a firehose protocol.",
        ),
        (
            {"endpoint": "a@b.c", "protocol": sns.SubscriptionProtocol.EMAIL, "delivery_policy": sns.DeliveryPolicy()},
            "Delivery policy is only supported for HTTP and HTTPS subscriptions, got: email",
        ),
        (
            _retry(min_delay_target=Duration.millis(1500)),
            "minDelayTarget must be a whole number of seconds, got: Duration.millis(1500)",
        ),
        (
            _retry(min_delay_target=Duration.seconds(0)),
            "minDelayTarget must be between 1 and 3600 seconds inclusive, got: 0s",
        ),
        (
            _retry(max_delay_target=Duration.seconds(3601)),
            "maxDelayTarget must be between 1 and 3600 seconds inclusive, got: 3601s",
        ),
        (
            _retry(max_delay_target=Duration.millis(2500)),
            "maxDelayTarget must be a whole number of seconds, got: Duration.millis(2500)",
        ),
        (
            _retry(min_delay_target=Duration.seconds(30), max_delay_target=Duration.seconds(10)),
            "minDelayTarget must not exceed maxDelayTarget",
        ),
        (_retry(num_retries=101), "numRetries must be between 0 and 100 inclusive, got: 101"),
        (_retry(num_retries=-1), "numRetries must be between 0 and 100 inclusive, got: -1"),
        (_retry(num_no_delay_retries=1.5), "numNoDelayRetries must be an integer zero or greater, got: 1.5"),
        (_retry(num_min_delay_retries=-2), "numMinDelayRetries must be an integer zero or greater, got: -2"),
        (_retry(num_max_delay_retries=0.5), "numMaxDelayRetries must be an integer zero or greater, got: 0.5"),
        (
            {"delivery_policy": sns.DeliveryPolicy(throttle_policy=sns.ThrottlePolicy(max_receives_per_second=0.5))},
            "maxReceivesPerSecond must be an integer greater than zero, got: 0.5",
        ),
    ],
)
def test_subscription_validation(stack: Stack, topic: sns.Topic, kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match="^" + re.escape(message) + r" \(at S/X\)$"):
        _subscribe(stack, topic, **kwargs)


def test_minimum_delay_above_the_default_maximum_passes_as_upstream(stack: Stack, topic: sns.Topic) -> None:
    policy = _props(_subscribe(stack, topic, **_retry(min_delay_target=Duration.seconds(30))))["DeliveryPolicy"]
    assert policy == {"healthyRetryPolicy": {"minDelayTarget": 30, "maxDelayTarget": 20, "numRetries": 3}}


def test_url_subscription_validation(stack: Stack) -> None:
    with pytest.raises(ValueError, match="URL must start with either http:// or https://"):
        subs.UrlSubscription("ftp://example.com")
    with pytest.raises(ValueError, match="Must provide protocol if url is unresolved"):
        subs.UrlSubscription(CfnParameter(stack, "P").value_as_string)
    assert subs.UrlSubscription("https://x", protocol=sns.SubscriptionProtocol.HTTP).protocol is (
        sns.SubscriptionProtocol.HTTPS
    )


def test_duplicate_subscriptions(stack: Stack, topic: sns.Topic) -> None:
    topic.add_subscription(subs.EmailSubscription("a@b.c"))
    with pytest.raises(ValueError, match='^A subscription with id "a@b.c" already exists under the scope S/T$'):
        topic.add_subscription(subs.EmailSubscription("a@b.c"))
    queue = sqs.Queue(stack, "Q")
    topic.add_subscription(subs.SqsSubscription(queue))
    with pytest.raises(ValueError, match='^A subscription with id "STE7DEDF33" already exists under the scope S/Q$'):
        topic.add_subscription(subs.SqsSubscription(queue))


def test_aws_managed_kms_queues_are_refused(stack: Stack, topic: sns.Topic) -> None:
    managed = sqs.Queue(stack, "Managed", encryption=sqs.QueueEncryption.KMS_MANAGED)
    with pytest.raises(ValueError, match="^SQS queue encrypted by AWS managed KMS key cannot be used as SNS "
                                         r"subscription \(at S/T\)$"):
        topic.add_subscription(subs.SqsSubscription(managed))
    with pytest.raises(ValueError, match="cannot be used as dead-letter queue"):
        topic.add_subscription(subs.SqsSubscription(sqs.Queue(stack, "Plain"), dead_letter_queue=managed))


def test_subscribers_must_be_constructs(topic: sns.Topic) -> None:
    class NotAQueue:
        queue_arn = "arn:aws:sqs:us-east-1:123456789012:q"

    with pytest.raises(ValueError, match="The supplied Queue object must be an instance of Construct"):
        topic.add_subscription(subs.SqsSubscription(NotAQueue()))
    with pytest.raises(ValueError, match="The supplied lambda Function object must be an instance of Construct"):
        topic.add_subscription(subs.LambdaSubscription(object()))


def test_string_and_numeric_filters() -> None:
    assert F.string_filter(allowlist=[], denylist=[]).conditions == [{"anything-but": []}]
    assert F.string_filter(sns.StringConditions(match_prefixes=["a"], match_suffixes=["z"])).conditions == [
        {"prefix": "a"},
        {"suffix": "z"},
    ]
    assert F.numeric_filter(
        allowlist=[1],
        greater_than_or_equal_to=2,
        less_than_or_equal_to=3,
        between={"start": 4, "stop": 5},
    ).conditions == [
        {"numeric": ["=", 1]},
        {"numeric": [">=", 2]},
        {"numeric": ["<=", 3]},
        {"numeric": [">=", 4, "<=", 5]},
    ]
    assert sns.FilterOrPolicy.filter(F.exists_filter()).is_filter()
    assert sns.FilterOrPolicy.policy({}).is_policy()


def test_attribute_filter_wins_over_body_filter(stack: Stack, topic: sns.Topic) -> None:
    props = _props(
        _subscribe(
            stack,
            topic,
            filter_policy={"a": F.exists_filter()},
            filter_policy_with_message_body={"b": sns.FilterOrPolicy.filter(F.not_exists_filter())},
        )
    )
    assert props["FilterPolicy"] == {"a": [{"exists": True}]}
    assert "FilterPolicyScope" not in props


def test_token_subscription_ids_continue_past_existing_ones(stack: Stack, topic: sns.Topic) -> None:
    url = CfnParameter(stack, "Url").value_as_string
    protocol = sns.SubscriptionProtocol.HTTPS
    ids = [topic.add_subscription(subs.UrlSubscription(url, protocol=protocol)).node.id for _ in range(3)]
    assert ids == ["TokenSubscription:1", "TokenSubscription:2", "TokenSubscription:3"]
    Construct(topic, "TokenSubscription:9")
    assert topic.add_subscription(subs.UrlSubscription(url, protocol=protocol)).node.id == "TokenSubscription:10"


def test_lambda_subscription_permission_and_scope(stack: Stack, topic: sns.Topic) -> None:
    fn = lambda_.Function(
        stack,
        "Fn",
        runtime=lambda_.Runtime.PYTHON_3_12,
        handler="index.handler",
        code=lambda_.Code.from_inline("def handler(event, context):\n    pass\n"),
    )
    subscription = topic.add_subscription(subs.LambdaSubscription(fn))
    assert subscription.node.path == "S/Fn/T"
    assert fn.node.try_find_child("AllowInvoke:STE7DEDF33") is not None
