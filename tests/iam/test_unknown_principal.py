"""UnknownPrincipal: statements become warnings; it has no policy fragment."""

from __future__ import annotations

import pytest

from purecdk import App, Stack
from purecdk import aws_iam as iam


def test_statement_becomes_a_warning_on_the_resource() -> None:
    stack = Stack(App(), "S")
    principal = iam.UnknownPrincipal(resource=stack)
    statement = iam.PolicyStatement(effect=iam.Effect.DENY, not_actions=["s3:*"], resources=["*"])
    statement.add_condition("Bool", {"aws:SecureTransport": "false"})
    assert principal.grant_principal is principal
    assert principal.add_to_policy(statement)
    (entry,) = [m for m in stack.node.metadata if m.type == "aws:cdk:warning"]
    assert entry.data == (
        'Add statement to this resource\'s role: {"_action":{"set":{},"array":[]},"_notAction":{"set":{},'
        '"array":["s3:*"]},"_principal":{},"_notPrincipal":{},"_resource":{"set":{},"array":["*"]},"_notResource":'
        '{"set":{},"array":[]},"_condition":{"Bool":{"aws:SecureTransport":"false"}},"_effect":"Deny",'
        '"_principals":{"set":{},"array":[]},"_notPrincipals":{"set":{},"array":[]},"_frozen":false} '
        "[ack: @aws-cdk/aws-iam:unknownPrincipalAddStatementToRole]"
    )


def test_no_policy_fragment() -> None:
    stack = Stack(App(), "S")
    principal = iam.UnknownPrincipal(resource=stack)
    with pytest.raises(ValueError, match="Cannot get policy fragment of S, resource imported without a role"):
        principal.policy_fragment  # noqa: B018


def test_statement_with_principals_cannot_be_printed() -> None:
    principal = iam.UnknownPrincipal(resource=Stack(App(), "S"))
    statement = iam.PolicyStatement(actions=["s3:*"], resources=["*"], principals=[iam.AnyPrincipal()])
    with pytest.raises(RecursionError, match="Unable to resolve object tree with circular reference"):
        principal.add_to_principal_policy(statement)
