"""PolicyStatement, PolicyDocument and principals: construction errors and validation messages."""

from __future__ import annotations

import pytest

from purecdk import App, Stack, Token
from purecdk import aws_iam as iam


def _resolve(value: object) -> object:
    stack = Stack(App(), "S")
    return stack.resolve(value)


def test_invalid_action_is_rejected() -> None:
    with pytest.raises(ValueError, match="Action 'sqs-SendMessage' is invalid"):
        iam.PolicyStatement(actions=["sqs-SendMessage"])


def test_token_actions_are_not_validated() -> None:
    statement = iam.PolicyStatement(actions=[Token.as_string({"Ref": "Action"})], resources=["*"])
    assert statement.validate_for_identity_policy() == []


def test_actions_and_not_actions_exclude_each_other() -> None:
    statement = iam.PolicyStatement(actions=["s3:GetObject"])
    with pytest.raises(ValueError, match="Cannot add 'NotActions' to policy statement if 'Actions' have been added"):
        statement.add_not_actions("s3:PutObject")
    other = iam.PolicyStatement(not_actions=["s3:GetObject"])
    with pytest.raises(ValueError, match="Cannot add 'Actions' to policy statement if 'NotActions'"):
        other.add_actions("s3:PutObject")


def test_resources_and_not_resources_exclude_each_other() -> None:
    statement = iam.PolicyStatement(resources=["*"])
    with pytest.raises(ValueError, match="Cannot add 'NotResources'"):
        statement.add_not_resources("arn:aws:s3:::b")
    other = iam.PolicyStatement(not_resources=["*"])
    with pytest.raises(ValueError, match="Cannot add 'Resources'"):
        other.add_resources("arn:aws:s3:::b")


def test_principals_and_not_principals_exclude_each_other() -> None:
    statement = iam.PolicyStatement(principals=[iam.AnyPrincipal()])
    with pytest.raises(ValueError, match="Cannot add 'NotPrincipals'"):
        statement.add_not_principals(iam.AccountRootPrincipal())


def test_principals_with_different_conditions_cannot_share_a_statement() -> None:
    a = iam.ServicePrincipal("sns.amazonaws.com").with_conditions({"StringEquals": {"a": "1"}})
    b = iam.ServicePrincipal("sqs.amazonaws.com").with_conditions({"StringEquals": {"a": "2"}})
    with pytest.raises(ValueError, match="All principals in a PolicyStatement must have the same Conditions"):
        iam.PolicyStatement(principals=[a, b])


def test_frozen_statement_cannot_change() -> None:
    statement = iam.PolicyStatement(actions=["s3:GetObject"]).freeze()
    assert statement.frozen
    with pytest.raises(ValueError, match="addResources: freeze\\(\\) has been called"):
        statement.add_resources("*")
    with pytest.raises(ValueError, match="sid: freeze"):
        statement.sid = "X"


def test_condition_must_be_a_map() -> None:
    statement = iam.PolicyStatement()
    with pytest.raises(ValueError, match="A Condition should be represented as a map of operator to value"):
        statement.add_condition("StringEquals", "nope")


def test_validation_messages() -> None:
    empty = iam.PolicyStatement()
    assert empty.validate_for_any_policy() == ["A PolicyStatement must specify at least one 'action' or 'notAction'."]
    assert iam.PolicyStatement(actions=["s3:*"]).validate_for_resource_policy() == [
        "A PolicyStatement used in a resource-based policy must specify at least one IAM principal.",
        "A PolicyStatement used in a resource-based policy must specify at least one resource.",
    ]
    assert iam.PolicyStatement(actions=["s3:*"]).validate_for_resource_policy(skip_resource_validation=True) == [
        "A PolicyStatement used in a resource-based policy must specify at least one IAM principal.",
    ]
    assert iam.PolicyStatement(actions=["sts:AssumeRole"]).validate_for_trust_policy() == [
        "A PolicyStatement used in a trust policy must specify at least one IAM principal.",
    ]
    identity = iam.PolicyStatement(actions=["s3:*"], principals=[iam.AnyPrincipal()], sid="not ok")
    assert identity.validate_for_identity_policy() == [
        "A PolicyStatement used in an identity-based policy cannot specify any IAM principals.",
        "A PolicyStatement used in an identity-based policy must specify at least one resource.",
        "Statement ID (sid) 'not ok' must be alphanumeric (A-Z, a-z, 0-9) when used in an identity-based "
        "policy. "
        "See https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_sid.html",
    ]
    doc = iam.PolicyDocument(statements=[empty, iam.PolicyStatement(actions=["s3:*"], resources=["*"])])
    assert doc.validate_for_any_policy() == ["A PolicyStatement must specify at least one 'action' or 'notAction'."]
    assert len(doc.validate_for_identity_policy()) == 2


def test_statement_json_collapses_single_values() -> None:
    statement = iam.PolicyStatement(actions=["s3:GetObject", "s3:GetObject"], resources=["*"])
    assert statement.to_statement_json() == {"Action": "s3:GetObject", "Effect": "Allow", "Resource": "*"}
    assert statement.actions == ["s3:GetObject"]


def test_copy_keeps_everything_but_overrides() -> None:
    statement = iam.PolicyStatement(actions=["s3:GetObject"], resources=["*"], sid="A", effect=iam.Effect.DENY)
    copy = statement.copy(sid="B")
    assert copy.to_statement_json() == {
        "Action": "s3:GetObject",
        "Effect": "Deny",
        "Resource": "*",
        "Sid": "B",
    }


def test_from_json_requires_an_action() -> None:
    with pytest.raises(ValueError, match="Incorrect Policy Statement"):
        iam.PolicyStatement.from_json({"Effect": "Allow", "Resource": "*"})
    with pytest.raises(ValueError, match="Fields must be either a string or an array of strings"):
        iam.PolicyStatement.from_json({"Effect": "Allow", "Action": 5})
    with pytest.raises(ValueError, match="Statement must be an array"):
        iam.PolicyDocument.from_json({"Statement": {"Effect": "Allow"}})


def test_empty_document_renders_nothing() -> None:
    doc = iam.PolicyDocument()
    assert doc.is_empty
    assert _resolve(doc) is None


def test_document_drops_duplicate_statements() -> None:
    doc = iam.PolicyDocument(
        statements=[
            iam.PolicyStatement(actions=["s3:GetObject"], resources=["*"]),
            iam.PolicyStatement(actions=["s3:GetObject"], resources=["*"]),
        ]
    )
    assert _resolve(doc) == {
        "Statement": [{"Action": "s3:GetObject", "Effect": "Allow", "Resource": "*"}],
        "Version": "2012-10-17",
    }


def test_minimize_merges_and_sorts() -> None:
    doc = iam.PolicyDocument(
        minimize=True,
        statements=[
            iam.PolicyStatement(actions=["s3:PutObject"], resources=["*"]),
            iam.PolicyStatement(actions=["s3:GetObject"], resources=["*"]),
        ],
    )
    assert _resolve(doc) == {
        "Statement": [{"Action": ["s3:GetObject", "s3:PutObject"], "Effect": "Allow", "Resource": "*"}],
        "Version": "2012-10-17",
    }


def test_principal_errors() -> None:
    with pytest.raises(ValueError, match="Expected Organization ID must match regex pattern"):
        iam.OrganizationPrincipal("not-an-org")
    with pytest.raises(ValueError, match="CompositePrincipals must be constructed with at least 1 Principal"):
        iam.CompositePrincipal()
    with pytest.raises(ValueError, match="accountId should be of type string"):
        iam.AccountPrincipal(123456789012)
    composite = iam.CompositePrincipal(iam.ServicePrincipal("sns").with_conditions({"Bool": {"x": "true"}}))
    with pytest.raises(ValueError, match="Components of a CompositePrincipal must not have conditions"):
        composite.policy_fragment  # noqa: B018
    with pytest.raises(ValueError, match="if one uses a literal principal string the other one must be empty"):
        iam.PolicyStatement(principals=[iam.StarPrincipal(), iam.AnyPrincipal()])


def test_principal_descriptions() -> None:
    assert str(iam.ServicePrincipal("sns.amazonaws.com")) == "ServicePrincipal(sns.amazonaws.com)"
    assert str(iam.AccountPrincipal("123456789012")) == "AccountPrincipal(123456789012)"
    assert str(iam.AccountRootPrincipal()) == "AccountRootPrincipal()"
    assert str(iam.AnyPrincipal()) == "AnyPrincipal()"
    assert str(iam.StarPrincipal()) == "StarPrincipal()"
    assert iam.ArnPrincipal("arn:x").dedupe_string() == "ArnPrincipal:arn:x"


def test_grantable_protocols() -> None:
    principal = iam.ServicePrincipal("sns.amazonaws.com")
    assert isinstance(principal, iam.IPrincipal)
    assert isinstance(principal, iam.IGrantable)
    assert principal.grant_principal is principal
    assert principal.add_to_policy(iam.PolicyStatement(actions=["s3:*"], resources=["*"])) is False
