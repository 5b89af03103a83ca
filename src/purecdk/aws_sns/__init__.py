"""aws_sns: the ``AWS::SNS`` construct library (L1 classes from ``_generated``, Topic, TopicPolicy)."""

from ._generated import (
    CfnSubscription,
    CfnSubscriptionProps,
    CfnTopic,
    CfnTopicInlinePolicy,
    CfnTopicInlinePolicyProps,
    CfnTopicPolicy,
    CfnTopicPolicyProps,
    CfnTopicProps,
)
from .policy import TopicPolicy
from .topic import (
    FifoThroughputScope,
    LoggingConfig,
    LoggingProtocol,
    Topic,
    TopicAttributes,
    TracingConfig,
)
from .topic_base import ITopic, TopicBase, TopicReference

__all__ = [
    "CfnSubscription",
    "CfnSubscriptionProps",
    "CfnTopic",
    "CfnTopicInlinePolicy",
    "CfnTopicInlinePolicyProps",
    "CfnTopicPolicy",
    "CfnTopicPolicyProps",
    "CfnTopicProps",
    "FifoThroughputScope",
    "ITopic",
    "LoggingConfig",
    "LoggingProtocol",
    "Topic",
    "TopicAttributes",
    "TopicBase",
    "TopicPolicy",
    "TopicReference",
    "TracingConfig",
]
