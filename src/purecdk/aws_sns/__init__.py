"""aws_sns: the ``AWS::SNS`` construct library (L1 classes from ``_generated``, Topic, TopicPolicy, Subscription)."""

from typing import TYPE_CHECKING, Any

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
from .delivery_policy import BackoffFunction, DeliveryPolicy, HealthyRetryPolicy, RequestPolicy, ThrottlePolicy
from .filter_or_policy import Filter, FilterOrPolicy, FilterOrPolicyType, Policy
from .policy import TopicPolicy
from .subscriber import ITopicSubscription, TopicSubscriptionConfig
from .subscription import Subscription
from .subscription_filter import BetweenCondition, NumericConditions, StringConditions, SubscriptionFilter
from .subscription_options import SubscriptionOptions, SubscriptionProps, SubscriptionProtocol
from .topic import (
    FifoThroughputScope,
    LoggingConfig,
    LoggingProtocol,
    Topic,
    TopicAttributes,
    TracingConfig,
)
from .topic_base import ITopic, TopicBase, TopicReference

if TYPE_CHECKING:
    from .topic_grants import TopicGrants

__all__ = [
    "BackoffFunction",
    "BetweenCondition",
    "CfnSubscription",
    "CfnSubscriptionProps",
    "CfnTopic",
    "CfnTopicInlinePolicy",
    "CfnTopicInlinePolicyProps",
    "CfnTopicPolicy",
    "CfnTopicPolicyProps",
    "CfnTopicProps",
    "DeliveryPolicy",
    "FifoThroughputScope",
    "Filter",
    "FilterOrPolicy",
    "FilterOrPolicyType",
    "HealthyRetryPolicy",
    "ITopic",
    "ITopicSubscription",
    "LoggingConfig",
    "LoggingProtocol",
    "NumericConditions",
    "Policy",
    "RequestPolicy",
    "StringConditions",
    "Subscription",
    "SubscriptionFilter",
    "SubscriptionOptions",
    "SubscriptionProps",
    "SubscriptionProtocol",
    "ThrottlePolicy",
    "Topic",
    "TopicAttributes",
    "TopicBase",
    "TopicPolicy",
    "TopicReference",
    "TopicSubscriptionConfig",
    "TracingConfig",
    "TopicGrants",
]


def __getattr__(name: str) -> Any:
    """Load ``TopicGrants`` (which imports IAM) on first use."""
    if name == "TopicGrants":
        from .topic_grants import TopicGrants

        globals()[name] = TopicGrants
        return TopicGrants
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
