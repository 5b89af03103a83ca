"""What the subscribers share: the topic's region for cross-region subscriptions, and SNS's service principal."""

from __future__ import annotations

from typing import Any

from purecdk.core.arn import ArnFormat
from purecdk.core.stack import Stack
from purecdk.core.tokens.token import Token

# Regions of aws-cdk-lib 2.275.0's region facts marked "opt-in" (``RegionInfo.isOptInRegion``).
OPT_IN_REGIONS = frozenset({
    "af-south-1", "ap-east-1", "ap-east-2", "ap-south-2", "ap-southeast-3", "ap-southeast-4", "ap-southeast-5",
    "ap-southeast-6", "ap-southeast-7", "ca-west-1", "eu-central-2", "eu-south-1", "eu-south-2", "il-central-1",
    "me-central-1", "me-south-1", "mx-central-1",
})
SNS_SERVICE = "sns.amazonaws.com"


def _is_owned_topic(topic: Any) -> bool:
    from purecdk.aws_sns.topic import Topic

    return isinstance(topic, Topic)


def region_from_arn(topic: Any, resource: Any) -> str | None:
    """The ``Region`` of a subscription made in ``resource``'s stack: the topic's, when it lives elsewhere."""
    if _is_owned_topic(topic):
        region = topic.env.region
        if topic.stack is not resource.stack and not Token.is_unresolved(region) and region != resource.env.region:
            return str(region)
        return None
    return Stack.of(topic).split_arn(topic.topic_arn, ArnFormat.SLASH_RESOURCE_NAME).region


def _topic_region(topic: Any, subscriber: Any) -> str | None:
    if _is_owned_topic(topic):
        region = topic.env.region
        return None if Token.is_unresolved(region) else str(region)
    if Token.is_unresolved(topic.topic_arn):
        return None
    region = Stack.of(subscriber).split_arn(topic.topic_arn, ArnFormat.SLASH_RESOURCE_NAME).region
    return region if region and not Token.is_unresolved(region) else None


def sns_service_principal(topic: Any, subscriber: Any) -> Any:
    """The principal SNS delivers as: regional (``sns.<region>.amazonaws.com``) across regions involving an
    opt-in region, when both regions are known; ``sns.amazonaws.com`` otherwise."""
    from purecdk.aws_iam import ServicePrincipal

    topic_region = _topic_region(topic, subscriber)
    subscriber_region = Stack.of(subscriber).region
    if not topic_region or Token.is_unresolved(subscriber_region) or topic_region == subscriber_region:
        return ServicePrincipal(SNS_SERVICE)
    if subscriber_region in OPT_IN_REGIONS:
        return ServicePrincipal.from_static_service_principle_name(f"sns.{subscriber_region}.amazonaws.com")
    if topic_region in OPT_IN_REGIONS:
        return ServicePrincipal.from_static_service_principle_name(f"sns.{topic_region}.amazonaws.com")
    return ServicePrincipal(SNS_SERVICE)


def add_stack_dependency(topic: Any, subscriber: Any) -> None:
    """A subscriber in another stack than an owned topic deploys after it."""
    if _is_owned_topic(topic) and topic.stack is not subscriber.stack:
        subscriber.stack.add_stack_dependency(topic.stack)
