"""``QueuePolicy``: the resource policy (``AWS::SQS::QueuePolicy``) of one or more queues."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from purecdk.aws_sqs._generated import CfnQueuePolicy
from purecdk.constructs import Construct
from purecdk.core.analytics_metadata import add_construct_metadata
from purecdk.core.resource import Resource


class QueuePolicy(Resource):
    """A policy document applied to queues."""

    def __init__(self, scope: Construct, id: str, *, queues: Sequence[Any]) -> None:
        from purecdk.aws_iam import PolicyDocument

        super().__init__(scope, id)
        add_construct_metadata(self, locals())
        self.document = PolicyDocument()
        CfnQueuePolicy(self, "Resource", policy_document=self.document, queues=[q.queue_url for q in queues])

    @property
    def queue_policy_id(self) -> str:
        """Removed from CloudFormation: always raises."""
        raise ValueError(
            f"QueuePolicy.queuePolicyId has been removed from CloudFormation (at {self.node.path})"
        )
