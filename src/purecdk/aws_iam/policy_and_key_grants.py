"""The shared part of ``TopicGrants`` and ``QueueGrants``: grants on a resource with a resource policy and a key."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from purecdk.aws_iam.grant import Grant

if TYPE_CHECKING:
    from purecdk.aws_iam.protocols import IGrantable


class PolicyAndKeyGrants:
    """Grants on a resource (L2, imported, or L1): its ARN in the grantee's policy, the resource policy for other
    accounts (through ``policy_resource``), and ``key_actions`` on its KMS key (through ``encrypted_resource``)."""

    def __init__(self, *, resource: Any, encrypted_resource: Any = None, policy_resource: Any = None) -> None:
        self.resource = resource
        self.encrypted_resource = encrypted_resource
        self.policy_resource = policy_resource

    def _resource_arn(self) -> str:
        """The ARN the grants name by default (each resource type says how to get it)."""
        raise NotImplementedError

    def actions(
        self,
        grantee: IGrantable,
        actions: Sequence[str],
        *,
        key_actions: Sequence[str] | None = None,
        resource_arns: Sequence[str] | None = None,
    ) -> Grant:
        """Allow ``grantee`` the ``actions`` on the resource (and ``key_actions`` on its key, if it has one)."""
        arns = list(resource_arns) if resource_arns is not None else [self._resource_arn()]
        if self.policy_resource is not None:
            result = Grant.add_to_principal_or_resource(
                grantee=grantee, actions=list(actions), resource_arns=arns, resource=self.policy_resource
            )
        else:
            result = Grant.add_to_principal(grantee=grantee, actions=list(actions), resource_arns=arns)
        if key_actions and self.encrypted_resource is not None:
            self.encrypted_resource.grant_on_key(grantee, *key_actions)
        return result
