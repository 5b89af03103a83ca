"""``TopicGrants``: granting principals the use of an SNS topic (L2, imported, or a ``CfnTopic``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from purecdk.aws_iam import Grant
from purecdk.aws_iam.grantable_resources import EncryptedResources, ResourceWithPolicies
from purecdk.aws_iam.policy_and_key_grants import PolicyAndKeyGrants
from purecdk.aws_sns._generated import CfnTopic

if TYPE_CHECKING:
    from purecdk.aws_iam.protocols import IGrantable

_PUBLISH_KEY_ACTIONS = ["kms:Decrypt", "kms:GenerateDataKey*"]


class TopicGrants(PolicyAndKeyGrants):
    """The grant methods of a topic: its ARN in the grantee's policy, the topic policy for other accounts, and the
    topic's KMS key when there is one."""

    @staticmethod
    def from_topic(resource: Any) -> TopicGrants:
        """The grants of ``resource`` (a topic, a ``CfnTopic`` or a topic reference)."""
        return TopicGrants(
            resource=resource,
            encrypted_resource=EncryptedResources.of(resource),
            policy_resource=ResourceWithPolicies.of(resource),
        )

    def _resource_arn(self) -> str:
        return CfnTopic.arn_for_topic(self.resource)

    def publish(self, grantee: IGrantable) -> Grant:
        """Allow ``grantee`` to publish to the topic (and to use its KMS key)."""
        return self.actions(grantee, ["sns:Publish"], key_actions=_PUBLISH_KEY_ACTIONS)

    def subscribe(self, grantee: IGrantable) -> Grant:
        """Allow ``grantee`` to subscribe to the topic."""
        return self.actions(grantee, ["sns:Subscribe"])
