"""aws_sns: the ``AWS::SNS`` construct library (L1 classes from ``_generated``)."""

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

__all__ = [
    "CfnSubscription",
    "CfnSubscriptionProps",
    "CfnTopic",
    "CfnTopicInlinePolicy",
    "CfnTopicInlinePolicyProps",
    "CfnTopicPolicy",
    "CfnTopicPolicyProps",
    "CfnTopicProps",
]
