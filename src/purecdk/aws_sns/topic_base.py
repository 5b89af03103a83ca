"""``TopicBase`` and ``ITopic``: what owned and imported SNS topics share (resource policy, grants)."""

from __future__ import annotations

from typing import Any, Protocol, runtime_checkable

from purecdk.constructs import Construct
from purecdk.core.resource import Resource
from purecdk.interfaces.aws_sns import TopicReference


@runtime_checkable
class ITopic(Protocol):
    """An SNS topic."""

    @property
    def topic_arn(self) -> str: ...

    @property
    def topic_name(self) -> str: ...

    def add_subscription(self, topic_subscription: Any) -> Any:
        """Subscribe an endpoint to this topic."""
        ...


class TopicBase(Resource):
    """An SNS topic, owned or imported: resource policy and grants."""

    topic_arn: str
    topic_name: str
    fifo: bool
    content_based_deduplication: bool
    master_key: Any
    _auto_create_policy: bool

    def __init__(self, scope: Construct, id: str, **props: Any) -> None:
        super().__init__(scope, id, **props)
        self.policy: Any = None
        self.enforce_ssl: bool | None = None
        self._grants: Any = None
        self.node.add_validation(_PolicyValidation(self))

    @property
    def topic_ref(self) -> TopicReference:
        """The ARN of this topic."""
        return TopicReference(topic_arn=self.topic_arn)

    def add_subscription(self, topic_subscription: Any) -> Any:
        """Subscribe ``topic_subscription`` (e.g. ``aws_sns_subscriptions.SqsSubscription(queue)``) to this topic."""
        from purecdk.aws_sns.subscription_binding import subscribe

        return subscribe(self, topic_subscription)

    def add_to_resource_policy(self, statement: Any) -> Any:
        """Add a statement to the topic's policy (creating the ``TopicPolicy`` on first use)."""
        from purecdk.aws_iam import AddToResourcePolicyResult

        self._create_topic_policy()
        if self.policy is not None:
            self.policy.document.add_statements(statement)
            return AddToResourcePolicyResult(statement_added=True, policy_dependable=self.policy)
        return AddToResourcePolicyResult(statement_added=False)

    def _create_topic_policy(self) -> None:
        from purecdk.aws_sns.policy import TopicPolicy

        if self.policy is None and self._auto_create_policy:
            self.policy = TopicPolicy(self, "Policy", topics=[self])

    def _add_ssl_policy(self) -> None:
        from purecdk.aws_sns.policy import ssl_only_statement

        self._create_topic_policy()
        if self.policy is not None:
            self.policy.document.add_statements(ssl_only_statement(self.topic_arn))

    @property
    def grants(self) -> Any:
        """The grant methods of this topic (``TopicGrants``)."""
        from purecdk.aws_sns.topic_grants import TopicGrants

        if self._grants is None:
            self._grants = TopicGrants.from_topic(self)
        return self._grants

    def grant_on_key(self, grantee: Any, *actions: str) -> Any:
        """Grant ``actions`` on the topic's KMS key, if it has one (a ``GrantOnKeyResult``)."""
        from purecdk.aws_iam.grantable_resources import GrantOnKeyResult

        return GrantOnKeyResult(grant=self.master_key.grant(grantee, *actions) if self.master_key is not None else None)

    def grant_publish(self, grantee: Any) -> Any:
        """Allow publishing to this topic (and using its KMS key)."""
        return self.grants.publish(grantee)

    def grant_subscribe(self, grantee: Any) -> Any:
        """Allow subscribing to this topic."""
        return self.grants.subscribe(grantee)


class _PolicyValidation:
    def __init__(self, topic: TopicBase) -> None:
        self._topic = topic

    def validate(self) -> list[str]:
        policy = self._topic.policy
        if policy is None:
            return []
        return list(policy.document.validate_for_resource_policy())
