"""Topics: FIFO naming and validation, imports, resource policies."""

from __future__ import annotations

from typing import Any

import pytest

from purecdk import App, Stack
from purecdk import aws_iam as iam
from purecdk import aws_sns as sns


@pytest.fixture()
def stack() -> Stack:
    return Stack(App(), "S")


def _props(topic: Any) -> dict[str, Any]:
    stack = Stack.of(topic)
    resource = topic.node.default_child
    rendered = stack.resolve(resource._to_cloud_formation())
    return rendered["Resources"][stack.get_logical_id(resource)].get("Properties", {})  # type: ignore[no-any-return]


def test_fifo_topic_names(stack: Stack) -> None:
    assert _props(sns.Topic(stack, "Named", fifo=True, topic_name="orders"))["TopicName"] == "orders.fifo"
    assert _props(sns.Topic(stack, "Suffixed", fifo=True, topic_name="pay.fifo"))["TopicName"] == "pay.fifo"
    generated = _props(sns.Topic(stack, "Generated", fifo=True))["TopicName"]
    assert generated.startswith("S-Generated-") and generated.endswith(".fifo")


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"content_based_deduplication": True}, "Content based deduplication can only be enabled for FIFO"),
        ({"message_retention_period_in_days": 3}, "`messageRetentionPeriodInDays` is only valid for FIFO"),
        ({"fifo": True, "message_retention_period_in_days": 366}, "must be an integer between 1 and 365"),
        ({"fifo_throughput_scope": sns.FifoThroughputScope.TOPIC}, "can only be set for FIFO SNS topics"),
        ({"signature_version": "3"}, 'signatureVersion must be "1" or "2", received: "3"'),
        ({"display_name": "x" * 101}, "displayName must be less than or equal to 100 characters, got 101"),
    ],
)
def test_validation(stack: Stack, kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message) as error:
        sns.Topic(stack, "Topic", **kwargs)
    assert "(at S/Topic)" in str(error.value)


def test_import(stack: Stack) -> None:
    topic = sns.Topic.from_topic_arn(stack, "Imported", "arn:aws:sns:eu-west-1:123456789012:alerts")
    assert topic.topic_name == "alerts"
    assert topic.fifo is False  # type: ignore[attr-defined]
    with pytest.raises(ValueError, match="contentBasedDeduplication is only available for FIFO SNS topics"):
        sns.Topic.from_topic_attributes(
            stack, "Bad", topic_arn="arn:aws:sns:eu-west-1:1:alerts", content_based_deduplication=True
        )


def test_policy_created_on_first_statement(stack: Stack) -> None:
    topic = sns.Topic(stack, "Topic")
    assert topic.policy is None
    result = topic.add_to_resource_policy(
        iam.PolicyStatement(actions=["sns:Publish"], resources=[topic.topic_arn], principals=[iam.AnyPrincipal()])
    )
    assert result.statement_added is True
    assert isinstance(topic.policy, sns.TopicPolicy)
    assert topic.node.try_find_child("Policy") is topic.policy


def test_logging_config_rate_validation(stack: Stack) -> None:
    topic = sns.Topic(stack, "Topic")
    topic.add_logging_config(sns.LoggingConfig(protocol=sns.LoggingProtocol.SQS, success_feedback_sample_rate=101))
    with pytest.raises(ValueError, match="Success feedback sample rate must be an integer between 0 and 100"):
        _props(topic)
