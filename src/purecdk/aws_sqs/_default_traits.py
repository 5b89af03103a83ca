"""The default factories for ``AWS::SQS::Queue``: a ``CfnQueue`` granted on gets a ``CfnQueuePolicy`` (child
``QueuePolicy``) for its resource policy, and grants on the L1 key its ``kms_master_key_id`` names."""

from __future__ import annotations

from typing import Any

from purecdk.aws_iam import AddToResourcePolicyResult, PolicyDocument
from purecdk.aws_iam.grantable_resources import (
    DefaultEncryptedResourceFactories,
    DefaultPolicyFactories,
    GrantOnKeyResult,
    IEncryptedResource,
)
from purecdk.aws_iam.protocols import IResourceWithPolicyV2
from purecdk.aws_kms._default_traits import find_cfn_key, require_type
from purecdk.aws_sqs._generated import CfnQueue, CfnQueuePolicy
from purecdk.core.cfn_resource import CfnResource


class _CfnQueueWithPolicy:
    """A ``CfnQueue`` as a resource with a policy: a ``CfnQueuePolicy`` made on the first statement."""

    def __init__(self, queue: CfnQueue) -> None:
        self.queue = queue
        self.env = queue.env
        self._policy: CfnQueuePolicy | None = None
        self._document: Any = None

    def add_to_resource_policy(self, statement: Any) -> AddToResourcePolicyResult:
        """Add ``statement`` to the queue policy (creating it on first use)."""
        if self._policy is None:
            self._policy = CfnQueuePolicy(
                self.queue, "QueuePolicy", queues=[self.queue.ref], policy_document={"Statement": []}
            )
        if self._document is None:
            self._document = PolicyDocument.from_json(self._policy.policy_document or {"Statement": []})
        self._document.add_statements(statement)
        self._policy.policy_document = self._document.to_json()
        return AddToResourcePolicyResult(statement_added=True, policy_dependable=self._policy)


class _EncryptedCfnQueue:
    """A ``CfnQueue`` as an encrypted resource: grants go to the ``CfnKey`` its ``kms_master_key_id`` refers to."""

    def __init__(self, queue: CfnQueue) -> None:
        self.queue = queue
        self.env = queue.env

    def grant_on_key(self, grantee: Any, *actions: str) -> GrantOnKeyResult:
        """Grant ``actions`` on the queue's key, when it is an L1 key of this app."""
        from purecdk.aws_kms.key_grants import KeyGrants

        key = find_cfn_key(self.queue, self.queue.kms_master_key_id)
        return GrantOnKeyResult(grant=KeyGrants.from_key(key).actions(grantee, *actions) if key else None)


class _QueueWithPolicyFactory:
    def for_resource(self, resource: CfnResource) -> IResourceWithPolicyV2:
        require_type(resource, CfnQueue, "CfnQueue")
        return _CfnQueueWithPolicy(resource)  # type: ignore[arg-type]


class _EncryptedQueueFactory:
    def for_resource(self, resource: CfnResource) -> IEncryptedResource:
        require_type(resource, CfnQueue, "CfnQueue")
        return _EncryptedCfnQueue(resource)  # type: ignore[arg-type]


DefaultPolicyFactories.set("AWS::SQS::Queue", _QueueWithPolicyFactory())
DefaultEncryptedResourceFactories.set("AWS::SQS::Queue", _EncryptedQueueFactory())
