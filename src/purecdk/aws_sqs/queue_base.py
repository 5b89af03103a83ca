"""``QueueBase`` and ``IQueue``: what owned and imported SQS queues share (resource policy, grants)."""

from __future__ import annotations

import enum
from typing import Any, Protocol, runtime_checkable

from purecdk.constructs import Construct
from purecdk.core.resource import Resource
from purecdk.interfaces.aws_sqs import QueueReference

_CONSUME_ACTIONS = [
    "sqs:ReceiveMessage",
    "sqs:ChangeMessageVisibility",
    "sqs:GetQueueUrl",
    "sqs:DeleteMessage",
    "sqs:GetQueueAttributes",
]
_SEND_ACTIONS = ["sqs:SendMessage", "sqs:GetQueueAttributes", "sqs:GetQueueUrl"]
_PURGE_ACTIONS = ["sqs:PurgeQueue", "sqs:GetQueueAttributes", "sqs:GetQueueUrl"]


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

    def grant_on_key(self, grantee: Any, *actions: str) -> Any:
        """Grant ``actions`` on the queue's KMS key, if it has one."""
        key = self.encryption_master_key
        return key.grant(grantee, *actions) if key is not None else None

    def _grant_actions(self, grantee: Any, actions: list[str], key_actions: list[str]) -> Any:
        result = self.grant(grantee, *actions)
        if key_actions and self.encryption_master_key is not None:
            self.encryption_master_key.grant(grantee, *key_actions)
        return result

    def grant(self, grantee: Any, *actions: str) -> Any:
        """Grant ``actions`` on this queue (principal policy, or the queue policy for other accounts)."""
        from purecdk.aws_iam import Grant

        return Grant.add_to_principal_or_resource(
            grantee=grantee, actions=list(actions), resource_arns=[self.queue_arn], resource=self
        )

    def grant_consume_messages(self, grantee: Any) -> Any:
        """Allow receiving, deleting and changing the visibility of messages (and decrypting them)."""
        return self._grant_actions(grantee, _CONSUME_ACTIONS, ["kms:Decrypt"])

    def grant_send_messages(self, grantee: Any) -> Any:
        """Allow sending messages (and encrypting them with the queue's key)."""
        return self._grant_actions(
            grantee, _SEND_ACTIONS, ["kms:Decrypt", "kms:Encrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*"]
        )

    def grant_purge(self, grantee: Any) -> Any:
        """Allow purging the queue."""
        return self._grant_actions(grantee, _PURGE_ACTIONS, [])


class _PolicyValidation:
    def __init__(self, queue: QueueBase) -> None:
        self._queue = queue

    def validate(self) -> list[str]:
        policy = self._queue.policy
        if policy is None:
            return []
        return list(policy.document.validate_for_resource_policy())
