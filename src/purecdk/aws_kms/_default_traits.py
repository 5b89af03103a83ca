"""The default resource policy factory for ``AWS::KMS::Key`` (an L1 key's grants edit its ``key_policy``), and
finding the L1 key behind a key id (used by the encrypted-resource factories of other services)."""

from __future__ import annotations

from typing import Any

from purecdk.aws_iam import AddToResourcePolicyResult, PolicyDocument
from purecdk.aws_iam.grantable_resources import DefaultPolicyFactories
from purecdk.aws_iam.protocols import IResourceWithPolicyV2
from purecdk.aws_kms._generated import CfnKey
from purecdk.core.cfn_resource import CfnResource
from purecdk.core.construct_reflection import find_related_cfn_resource
from purecdk.core.tokens import Token


def require_type(resource: CfnResource, cls: type, name: str) -> None:
    """Raise (naming the construct path) unless ``resource`` is an instance of ``cls``."""
    if not isinstance(resource, cls):
        raise ValueError(f"Construct {resource.node.path} is not of type {name}")


class _CfnKeyWithPolicy:
    """A ``CfnKey`` as a resource with a policy: statements go into its ``key_policy`` (while that is not a token)."""

    def __init__(self, key: CfnKey) -> None:
        self.key = key
        self.env = key.env
        self._document: Any = None

    def add_to_resource_policy(self, statement: Any) -> AddToResourcePolicyResult:
        """Add ``statement`` to the key policy (nothing is added when the policy is a token)."""
        if Token.is_unresolved(self.key.key_policy):
            return AddToResourcePolicyResult(statement_added=False)
        if self._document is None:
            self._document = PolicyDocument.from_json(self.key.key_policy or {"Statement": []})
        self._document.add_statements(statement)
        self.key.key_policy = self._document.to_json()
        return AddToResourcePolicyResult(statement_added=True, policy_dependable=self._document)


class _KeyWithPolicyFactory:
    def for_resource(self, resource: CfnResource) -> IResourceWithPolicyV2:
        require_type(resource, CfnKey, "CfnKey")
        return _CfnKeyWithPolicy(resource)  # type: ignore[arg-type]


def find_cfn_key(resource: Any, key_id: Any) -> CfnKey | None:
    """The ``CfnKey`` nearest to ``resource`` whose ``Ref``, ``KeyId`` or ``Arn`` is ``key_id`` (if any)."""
    if not key_id:
        return None
    found = find_related_cfn_resource(
        resource,
        "AWS::KMS::Key",
        lambda key: key.ref == key_id or key.attr_key_id == key_id or key.attr_arn == key_id,  # type: ignore[attr-defined]
    )
    return found  # type: ignore[return-value]


DefaultPolicyFactories.set("AWS::KMS::Key", _KeyWithPolicyFactory())
