"""ResourceWithPolicies / EncryptedResources: default L1 factories, registration, caching and errors."""

from __future__ import annotations

import pytest

from purecdk import App, Stack
from purecdk import aws_iam as iam
from purecdk import aws_sns as sns
from purecdk import aws_sqs as sqs
from purecdk.aws_events import EventBus, EventBusGrants
from purecdk.aws_sns import TopicGrants
from purecdk.aws_sqs import QueueGrants


def _stack(**context: object) -> Stack:
    return Stack(App(context=dict(context)), "S")


def test_default_factories_are_found_for_the_service_types() -> None:
    assert iam.DefaultPolicyFactories.has("AWS::SNS::Topic")
    assert iam.DefaultPolicyFactories.has("AWS::SQS::Queue")
    assert iam.DefaultPolicyFactories.has("AWS::KMS::Key")
    assert iam.DefaultEncryptedResourceFactories.has("AWS::SQS::Queue")
    assert not iam.DefaultPolicyFactories.has("AWS::Events::EventBus")


def test_the_wrapper_of_an_l1_is_cached() -> None:
    stack = _stack()
    topic = sns.CfnTopic(stack, "Topic")
    assert iam.ResourceWithPolicies.of(topic) is iam.ResourceWithPolicies.of(topic)
    assert iam.EncryptedResources.of(topic) is iam.EncryptedResources.of(topic)


def test_l2_resources_are_their_own_policy_and_encrypted_resource() -> None:
    stack = _stack()
    queue = sqs.Queue(stack, "Queue")
    assert iam.ResourceWithPolicies.of(queue) is queue
    assert iam.EncryptedResources.of(queue) is queue
    assert queue.grants is queue.grants


def test_a_factory_rejects_another_resource_type() -> None:
    stack = _stack()
    queue = sqs.CfnQueue(stack, "Queue")
    factory = iam.DefaultPolicyFactories.get("AWS::SNS::Topic")
    assert factory is not None
    with pytest.raises(ValueError, match="Construct S/Queue is not of type CfnTopic"):
        factory.for_resource(queue)


def test_without_automatic_traits_an_unregistered_l1_raises() -> None:
    stack = _stack(**{"@aws-cdk/core:automaticL1Traits": False})
    queue = sqs.CfnQueue(stack, "Queue")
    with pytest.raises(ValueError, match=r"Couldn't find trait for S/Queue \[AWS::SQS::Queue\]"):
        QueueGrants.from_queue(queue)


def test_registered_factory_wins_over_the_default() -> None:
    stack = _stack()

    class Nothing:
        def __init__(self, resource: sns.CfnTopic) -> None:
            self.env = resource.env

        def add_to_resource_policy(self, statement: object) -> iam.AddToResourcePolicyResult:
            return iam.AddToResourcePolicyResult(statement_added=False)

    class Factory:
        def for_resource(self, resource: sns.CfnTopic) -> Nothing:
            return Nothing(resource)

    iam.ResourceWithPolicies.register(stack, "AWS::SNS::Topic", Factory())
    topic = sns.CfnTopic(stack, "Topic")
    TopicGrants.from_topic(topic).publish(iam.AccountPrincipal("210987654321"))
    assert isinstance(iam.ResourceWithPolicies.of(topic), Nothing)
    assert topic.node.try_find_child("TopicPolicy") is None


def test_topic_grant_on_key_result() -> None:
    stack = _stack()
    role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
    result = sns.Topic(stack, "Topic").grant_on_key(role, "kms:Decrypt")
    assert isinstance(result, iam.GrantOnKeyResult)
    assert result.grant is None


def test_grant_all_put_events_is_on_all_buses() -> None:
    stack = _stack()
    role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
    grant = EventBus.grant_all_put_events(role)
    assert grant.principal_statement is not None
    assert grant.principal_statement.to_statement_json()["Resource"] == "*"
    bus = EventBus(stack, "Bus")
    assert isinstance(bus.grants, EventBusGrants)
