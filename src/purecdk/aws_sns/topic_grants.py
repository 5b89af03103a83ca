"""``TopicGrants``: granting principals the use of an SNS topic (L2, imported, or a ``CfnTopic``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from purecdk.aws_iam import Grant
from purecdk.aws_iam.grantable_resources import EncryptedResources, ResourceWithPolicies
from purecdk.aws_sns._generated import CfnTopic

if TYPE_CHECKING:
    from purecdk.aws_iam.protocols import IGrantable

_PUBLISH_KEY_ACTIONS = ["kms:Decrypt", "kms:GenerateDataKey*"]


class TopicGrants:
    """The grant methods of a topic: its ARN in the grantee's policy, the topic policy for other accounts, and the
    topic's KMS key when there is one."""

    def __init__(self, *, resource: Any, encrypted_resource: Any = None, policy_resource: Any = None) -> None:
        self.resource = resource
        self.encrypted_resource = encrypted_resource
        self.policy_resource = policy_resource

    @staticmethod
    def from_topic(resource: Any) -> TopicGrants:
        """The grants of ``resource`` (a topic, a ``CfnTopic`` or a topic reference)."""
        return TopicGrants(
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
        """Allow ``grantee`` the ``actions`` on the topic (and ``key_actions`` on its key, if it has one)."""
        arns = list(resource_arns) if resource_arns is not None else [CfnTopic.arn_for_topic(self.resource)]
        if self.policy_resource is not None:
            result = Grant.add_to_principal_or_resource(
                grantee=grantee, actions=list(actions), resource_arns=arns, resource=self.policy_resource
            )
        else:
            result = Grant.add_to_principal(grantee=grantee, actions=list(actions), resource_arns=arns)
        if key_actions and self.encrypted_resource is not None:
            self.encrypted_resource.grant_on_key(grantee, *key_actions)
        return result

    def publish(self, grantee: IGrantable) -> Grant:
        """Allow ``grantee`` to publish to the topic (and to use its KMS key)."""
        return self.actions(grantee, ["sns:Publish"], key_actions=_PUBLISH_KEY_ACTIONS)

    def subscribe(self, grantee: IGrantable) -> Grant:
        """Allow ``grantee`` to subscribe to the topic."""
        return self.actions(grantee, ["sns:Subscribe"])
