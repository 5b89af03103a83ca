"""``TopicPolicy``: the resource policy (``AWS::SNS::TopicPolicy``) of one or more topics."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from purecdk.aws_sns._generated import CfnTopicPolicy
from purecdk.constructs import Construct
from purecdk.core.analytics_metadata import add_construct_metadata
from purecdk.core.resource import Resource


def ssl_only_statement(topic_arn: str) -> Any:
    """The statement denying ``sns:Publish`` over plain HTTP."""
    from purecdk.aws_iam import Effect, PolicyStatement, StarPrincipal

    return PolicyStatement(
        sid="AllowPublishThroughSSLOnly",
        actions=["sns:Publish"],
        effect=Effect.DENY,
        resources=[topic_arn],
        conditions={"Bool": {"aws:SecureTransport": "false"}},
        principals=[StarPrincipal()],
    )


class TopicPolicy(Resource):
    """A policy document applied to topics (statement ids are assigned automatically)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        topics: Sequence[Any],
        enforce_ssl: bool | None = None,
        policy_document: Any = None,
    ) -> None:
        from purecdk.aws_iam import PolicyDocument

        super().__init__(scope, id)
        add_construct_metadata(self, locals())
        self.document = policy_document if policy_document is not None else PolicyDocument(assign_sids=True)
        if enforce_ssl:
            for topic in topics:
                self.document.add_statements(ssl_only_statement(topic.topic_arn))
        CfnTopicPolicy(self, "Resource", policy_document=self.document, topics=[t.topic_arn for t in topics])
