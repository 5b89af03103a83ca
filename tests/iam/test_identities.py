"""Role, User, Group, Policy, ManagedPolicy and Grant: construction errors and behaviour."""

from __future__ import annotations

import pytest

from purecdk import App, Duration, Stack
from purecdk import aws_iam as iam


@pytest.fixture()
def stack() -> Stack:
    return Stack(App(), "S")


def _role(stack: Stack, id: str = "Role", **kwargs: object) -> iam.Role:
    return iam.Role(stack, id, assumed_by=iam.ServicePrincipal("ec2.amazonaws.com"), **kwargs)  # type: ignore[arg-type]


def test_invalid_role_name_names_the_construct(stack: Stack) -> None:
    with pytest.raises(ValueError, match=r"Invalid roleName.*\(at S/Role\)"):
        _role(stack, role_name="has spaces")


def test_max_session_duration_bounds(stack: Stack) -> None:
    with pytest.raises(ValueError, match="maxSessionDuration is set to 60, but must be >= 3600sec"):
        _role(stack, max_session_duration=Duration.minutes(1))
    with pytest.raises(ValueError, match="maxSessionDuration is set to 86400"):
        _role(stack, "Other", max_session_duration=Duration.days(1))


def test_description_length(stack: Stack) -> None:
    with pytest.raises(ValueError, match="Role description must be no longer than 1000 characters"):
        _role(stack, description="x" * 1001)


def test_role_path_validation(stack: Stack) -> None:
    with pytest.raises(ValueError, match="Role path must be either a slash or valid characters"):
        _role(stack, path="no-slashes")
    with pytest.raises(ValueError, match="Role path must be between 1 and 512 characters"):
        _role(stack, "Other", path="/" + "a" * 512 + "/")


def test_grant_assume_role_refuses_service_and_account_principals(stack: Stack) -> None:
    role = _role(stack)
    with pytest.raises(ValueError, match="Cannot use a service or account principal with grantAssumeRole"):
        role.grant_assume_role(iam.ServicePrincipal("sns.amazonaws.com"))
    with pytest.raises(ValueError, match="Cannot use a service or account principal with grantAssumeRole"):
        role.grant_assume_role(iam.AccountPrincipal("123456789012"))


def test_add_grants_to_resources_needs_immutable_import(stack: Stack) -> None:
    with pytest.raises(ValueError, match="'addGrantsToResources' can only be passed if 'mutable: false'"):
        iam.Role.from_role_arn(stack, "R", "arn:aws:iam::123456789012:role/x", add_grants_to_resources=True)


def test_imported_role_in_other_account_is_immutable() -> None:
    stack = Stack(App(), "S", env={"account": "123456789012", "region": "us-east-1"})
    role = iam.Role.from_role_arn(stack, "R", "arn:aws:iam::999999999999:role/x")
    assert stack.node.try_find_child("MutableRoleR") is not None
    assert role.add_to_policy(iam.PolicyStatement(actions=["s3:*"], resources=["*"])) is True
    same = iam.Role.from_role_arn(stack, "Same", "arn:aws:iam::123456789012:role/y")
    assert stack.node.try_find_child("MutableRoleSame") is None
    assert same.node.path == "S/Same"


def test_password_reset_needs_password(stack: Stack) -> None:
    with pytest.raises(ValueError, match='Cannot set "passwordResetRequired" without specifying "initialPassword"'):
        iam.User(stack, "U", password_reset_required=True)


def test_imported_user_cannot_take_managed_policies(stack: Stack) -> None:
    user = iam.User.from_user_name(stack, "U", "bob")
    with pytest.raises(ValueError, match="Cannot add managed policy to imported User"):
        user.add_managed_policy(iam.ManagedPolicy.from_aws_managed_policy_name("ReadOnlyAccess"))


def test_group_cannot_be_a_principal(stack: Stack) -> None:
    group = iam.Group(stack, "G")
    with pytest.raises(ValueError, match="Cannot use an IAM Group as the 'Principal' or 'NotPrincipal'"):
        iam.PolicyStatement(principals=[group])  # type: ignore[list-item]


def test_two_policies_with_the_same_name_cannot_be_attached(stack: Stack) -> None:
    role = _role(stack)
    iam.Policy(stack, "A", policy_name="same", roles=[role])  # type: ignore[list-item]
    with pytest.raises(ValueError, match='A policy named "same" is already attached'):
        iam.Policy(stack, "B", policy_name="same", roles=[role])  # type: ignore[list-item]


def test_policy_grant_principal_refuses_resource_policies(stack: Stack) -> None:
    policy = iam.Policy(stack, "P")
    with pytest.raises(ValueError, match="This grant operation needs to add a resource policy"):
        policy.grant_principal.assume_role_action  # noqa: B018


def test_grant_success_and_assert(stack: Stack) -> None:
    principal = iam.ServicePrincipal("sns.amazonaws.com")
    grant = iam.Grant.add_to_principal(grantee=principal, actions=["s3:GetObject"], resource_arns=["arn:x"])
    assert not grant.success
    with pytest.raises(
        ValueError,
        match=r"Permissions for 'ServicePrincipal\(sns.amazonaws.com\)' to call 's3:GetObject' on 'arn:x' "
        "could not be added on either identity or resource policy.",
    ):
        grant.assert_success()
    role = _role(stack)
    ok = iam.Grant.add_to_principal(grantee=role, actions=["s3:GetObject"], resource_arns=["arn:x"])
    assert ok.success
    ok.assert_success()
    assert ok.principal_statements == [ok.principal_statement]
    combined = ok.combine(grant)
    assert combined.principal_statements == [ok.principal_statement]
    assert iam.Grant.drop(role, "nothing").success is False


def test_default_policy_is_created_once(stack: Stack) -> None:
    role = _role(stack)
    assert role.default_policy is None
    role.add_to_policy(iam.PolicyStatement(actions=["s3:*"], resources=["*"]))
    role.add_to_policy(iam.PolicyStatement(actions=["sqs:*"], resources=["*"]))
    assert role.default_policy is not None
    assert role.default_policy.node.path == "S/Role/DefaultPolicy"
    assert role.default_policy.document.statement_count == 2


def test_protocols(stack: Stack) -> None:
    role = _role(stack)
    user = iam.User(stack, "U")
    group = iam.Group(stack, "G")
    assert isinstance(role, iam.IRole)
    assert isinstance(user, iam.IUser)
    assert isinstance(group, iam.IGroup)
    assert isinstance(iam.ManagedPolicy.from_aws_managed_policy_name("X"), iam.IManagedPolicy)
    assert role.role_ref.role_arn == role.role_arn
