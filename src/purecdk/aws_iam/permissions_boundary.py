"""``PermissionsBoundary``: apply or remove the permissions boundary of every role and user in a scope."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from purecdk.core.aspects import AspectPriority, Aspects
from purecdk.core.cfn_resource import CfnResource
from purecdk.core.feature_flags import FeatureFlags

if TYPE_CHECKING:
    from purecdk.aws_iam.protocols import IManagedPolicy
    from purecdk.constructs import IConstruct

_ASPECT_PRIORITIES_MUTATING = "@aws-cdk/core:aspectPrioritiesMutating"
_BOUNDED_TYPES = ("AWS::IAM::Role", "AWS::IAM::User")


class _BoundaryAspect:
    """Sets (``policy``) or deletes (``None``) the ``PermissionsBoundary`` of every ``AWS::IAM::Role`` and
    ``AWS::IAM::User`` resource it visits, L1 or behind an L2."""

    def __init__(self, policy: IManagedPolicy | None) -> None:
        self._policy = policy

    def visit(self, node: Any) -> None:
        if not CfnResource.is_cfn_resource(node) or node.cfn_resource_type not in _BOUNDED_TYPES:
            return
        if self._policy is None:
            node.add_property_deletion_override("PermissionsBoundary")
        else:
            node.add_property_override("PermissionsBoundary", self._policy.managed_policy_arn)


class PermissionsBoundary:
    """The permissions boundary of the roles and users in a scope (applied at synthesis, by an aspect)."""

    def __init__(self, scope: IConstruct) -> None:
        self._scope = scope

    @staticmethod
    def of(scope: IConstruct) -> PermissionsBoundary:
        """The permissions boundary of the roles and users under ``scope``."""
        return PermissionsBoundary(scope)

    def apply(self, boundary_policy: IManagedPolicy) -> None:
        """Give every role and user under the scope ``boundary_policy`` as permissions boundary."""
        Aspects.of(self._scope).add(_BoundaryAspect(boundary_policy), priority=self._priority())

    def clear(self) -> None:
        """Remove the permissions boundary of every role and user under the scope."""
        Aspects.of(self._scope).add(_BoundaryAspect(None), priority=self._priority())

    def _priority(self) -> int | None:
        enabled = FeatureFlags.of(self._scope).is_enabled(_ASPECT_PRIORITIES_MUTATING)
        return AspectPriority.MUTATING if enabled else None
