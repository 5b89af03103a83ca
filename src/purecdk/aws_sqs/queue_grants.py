"""``QueueGrants``: granting principals the use of an SQS queue (L2, imported, or a ``CfnQueue``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from purecdk.aws_iam import Grant
from purecdk.aws_iam.grantable_resources import EncryptedResources, ResourceWithPolicies
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


class QueueGrants:
    """The grant methods of a queue: its ARN in the grantee's policy, the queue policy for other accounts, and the
    queue's KMS key when there is one."""

    def __init__(self, *, resource: Any, encrypted_resource: Any = None, policy_resource: Any = None) -> None:
        self.resource = resource
        self.encrypted_resource = encrypted_resource
        self.policy_resource = policy_resource

    @staticmethod
    def from_queue(resource: Any) -> QueueGrants:
        """The grants of ``resource`` (a queue, a ``CfnQueue`` or a queue reference)."""
        return QueueGrants(
            resource=resource,
            encrypted_resource=EncryptedResources.of(resource),
            policy_resource=ResourceWithPolicies.of(resource),
        )

    def actions(
        self,
        grantee: IGrantable,
        actions: Sequence[str],
        *,
        key_actions: Sequence[str] | None = None,
        resource_arns: Sequence[str] | None = None,
    ) -> Grant:
        """Allow ``grantee`` the ``actions`` on the queue (and ``key_actions`` on its key, if it has one)."""
        arns = list(resource_arns) if resource_arns is not None else [CfnQueue.arn_for_queue(self.resource)]
        if self.policy_resource is not None:
            result = Grant.add_to_principal_or_resource(
                grantee=grantee, actions=list(actions), resource_arns=arns, resource=self.policy_resource
            )
        else:
            result = Grant.add_to_principal(grantee=grantee, actions=list(actions), resource_arns=arns)
        if key_actions and self.encrypted_resource is not None:
            self.encrypted_resource.grant_on_key(grantee, *key_actions)
        return result

    def consume_messages(self, grantee: IGrantable) -> Grant:
        """Allow receiving, deleting and changing the visibility of messages (and decrypting them)."""
        return self.actions(grantee, _CONSUME_ACTIONS, key_actions=["kms:Decrypt"])

    def send_messages(self, grantee: IGrantable) -> Grant:
        """Allow sending messages (and encrypting them with the queue's key)."""
        return self.actions(grantee, _SEND_ACTIONS, key_actions=_SEND_KEY_ACTIONS)

    def purge(self, grantee: IGrantable) -> Grant:
        """Allow purging the queue."""
        return self.actions(grantee, _PURGE_ACTIONS)
