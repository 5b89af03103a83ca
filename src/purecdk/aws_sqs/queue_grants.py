"""``QueueGrants``: granting principals the use of an SQS queue (L2, imported, or a ``CfnQueue``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from purecdk.aws_iam import Grant
from purecdk.aws_iam.grantable_resources import EncryptedResources, ResourceWithPolicies
from purecdk.aws_iam.policy_and_key_grants import PolicyAndKeyGrants
from purecdk.aws_sqs._generated import CfnQueue

if TYPE_CHECKING:
    from purecdk.aws_iam.protocols import IGrantable

_CONSUME_ACTIONS = [
    "sqs:ReceiveMessage",
    "sqs:ChangeMessageVisibility",
    "sqs:GetQueueUrl",
    "sqs:DeleteMessage",
    "sqs:GetQueueAttributes",
]
_SEND_ACTIONS = ["sqs:SendMessage", "sqs:GetQueueAttributes", "sqs:GetQueueUrl"]
_PURGE_ACTIONS = ["sqs:PurgeQueue", "sqs:GetQueueAttributes", "sqs:GetQueueUrl"]
_SEND_KEY_ACTIONS = ["kms:Decrypt", "kms:Encrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*"]


class QueueGrants(PolicyAndKeyGrants):
    """The grant methods of a queue: its ARN in the grantee's policy, the queue policy for other accounts, and the
    queue's KMS key when there is one."""

    @staticmethod
    def from_queue(resource: Any) -> QueueGrants:
        """The grants of ``resource`` (a queue, a ``CfnQueue`` or a queue reference)."""
        return QueueGrants(
            resource=resource,
            encrypted_resource=EncryptedResources.of(resource),
            policy_resource=ResourceWithPolicies.of(resource),
        )

    def _resource_arn(self) -> str:
        return CfnQueue.arn_for_queue(self.resource)

    def consume_messages(self, grantee: IGrantable) -> Grant:
        """Allow receiving, deleting and changing the visibility of messages (and decrypting them)."""
        return self.actions(grantee, _CONSUME_ACTIONS, key_actions=["kms:Decrypt"])

    def send_messages(self, grantee: IGrantable) -> Grant:
        """Allow sending messages (and encrypting them with the queue's key)."""
        return self.actions(grantee, _SEND_ACTIONS, key_actions=_SEND_KEY_ACTIONS)

    def purge(self, grantee: IGrantable) -> Grant:
        """Allow purging the queue."""
        return self.actions(grantee, _PURGE_ACTIONS)
