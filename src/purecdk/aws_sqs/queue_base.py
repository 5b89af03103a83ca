"""``QueueBase`` and ``IQueue``: what owned and imported SQS queues share (resource policy, grants)."""

from __future__ import annotations

import enum
from typing import Any, Protocol, runtime_checkable

from purecdk.constructs import Construct
from purecdk.core.resource import Resource
from purecdk.interfaces.aws_sqs import QueueReference


class QueueEncryption(enum.Enum):
    """How a queue's messages are encrypted at rest."""

    UNENCRYPTED = "NONE"
    KMS_MANAGED = "KMS_MANAGED"
    KMS = "KMS"
    SQS_MANAGED = "SQS_MANAGED"


@runtime_checkable
class IQueue(Protocol):
    """An SQS queue."""

    @property
    def queue_arn(self) -> str: ...

    @property
    def queue_url(self) -> str: ...

    @property
    def queue_name(self) -> str: ...


class QueueBase(Resource):
    """An SQS queue, owned or imported: resource policy and grants."""

    queue_arn: str
    queue_url: str
    queue_name: str
    fifo: bool
    encryption_master_key: Any
    encryption_type: QueueEncryption | None
    _auto_create_policy: bool

    def __init__(self, scope: Construct, id: str, **props: Any) -> None:
        super().__init__(scope, id, **props)
        self.policy: Any = None
        self._grants: Any = None
        self.node.add_validation(_PolicyValidation(self))

    @property
    def queue_ref(self) -> QueueReference:
        """The URL and ARN of this queue."""
        return QueueReference(queue_url=self.queue_url, queue_arn=self.queue_arn)

    def add_to_resource_policy(self, statement: Any) -> Any:
        """Add a statement to the queue's policy (creating the ``QueuePolicy`` on first use)."""
        from purecdk.aws_iam import AddToResourcePolicyResult
        from purecdk.aws_sqs.policy import QueuePolicy

        if self.policy is None and self._auto_create_policy:
            self.policy = QueuePolicy(self, "Policy", queues=[self])
        if self.policy is not None:
            self.policy.document.add_statements(statement)
            return AddToResourcePolicyResult(statement_added=True, policy_dependable=self.policy)
        return AddToResourcePolicyResult(statement_added=False)

    @property
    def grants(self) -> Any:
        """The grant methods of this queue (``QueueGrants``)."""
        from purecdk.aws_sqs.queue_grants import QueueGrants

        if self._grants is None:
            self._grants = QueueGrants.from_queue(self)
        return self._grants

    def grant_on_key(self, grantee: Any, *actions: str) -> Any:
        """Grant ``actions`` on the queue's KMS key, if it has one (a ``GrantOnKeyResult``)."""
        from purecdk.aws_iam.grantable_resources import GrantOnKeyResult

        key = self.encryption_master_key
        return GrantOnKeyResult(grant=key.grant(grantee, *actions) if key is not None else None)

    def grant(self, grantee: Any, *actions: str) -> Any:
        """Grant ``actions`` on this queue (principal policy, or the queue policy for other accounts)."""
        from purecdk.aws_iam import Grant

        return Grant.add_to_principal_or_resource(
            grantee=grantee, actions=list(actions), resource_arns=[self.queue_arn], resource=self
        )

    def grant_consume_messages(self, grantee: Any) -> Any:
        """Allow receiving, deleting and changing the visibility of messages (and decrypting them)."""
        return self.grants.consume_messages(grantee)

    def grant_send_messages(self, grantee: Any) -> Any:
        """Allow sending messages (and encrypting them with the queue's key)."""
        return self.grants.send_messages(grantee)

    def grant_purge(self, grantee: Any) -> Any:
        """Allow purging the queue."""
        return self.grants.purge(grantee)


class _PolicyValidation:
    def __init__(self, queue: QueueBase) -> None:
        self._queue = queue

    def validate(self) -> list[str]:
        policy = self._queue.policy
        if policy is None:
            return []
        return list(policy.document.validate_for_resource_policy())
