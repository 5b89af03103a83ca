"""Policy validation errors surface at synthesis, each with the path of the construct that holds the policy."""

from __future__ import annotations

from pathlib import Path

import pytest

from purecdk import App, Stack, SynthesisError
from purecdk import aws_iam as iam
from purecdk import aws_kms as kms


def _app(tmp_path: Path) -> App:
    return App(outdir=str(tmp_path / "cdk.out"))


def test_identity_policy_errors_name_the_policy(tmp_path: Path) -> None:
    app = _app(tmp_path)
    stack = Stack(app, "S")
    role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
    role.add_to_policy(iam.PolicyStatement(actions=["s3:GetObject"]))
    with pytest.raises(SynthesisError) as error:
        app.synth()
    assert (
        "[S/Role/DefaultPolicy] A PolicyStatement used in an identity-based policy must specify at least one resource."
        in str(error.value)
    )


def test_inline_policies_of_a_role_are_identity_policies(tmp_path: Path) -> None:
    app = _app(tmp_path)
    stack = Stack(app, "S")
    iam.Role(
        stack,
        "Role",
        assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"),
        inline_policies={"Bad": iam.PolicyDocument(statements=[iam.PolicyStatement(resources=["*"])])},
    )
    with pytest.raises(SynthesisError, match=r"\[S/Role\] A PolicyStatement must specify at least one 'action'"):
        app.synth()


def test_trust_policy_needs_principals(tmp_path: Path) -> None:
    app = _app(tmp_path)
    stack = Stack(app, "S")
    role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
    assert role.assume_role_policy is not None
    role.assume_role_policy.add_statements(iam.PolicyStatement(actions=["sts:AssumeRole"]))
    with pytest.raises(
        SynthesisError,
        match=r"\[S/Role\] A PolicyStatement used in a trust policy must specify at least one IAM principal.",
    ):
        app.synth()


def test_key_policy_is_a_resource_policy(tmp_path: Path) -> None:
    app = _app(tmp_path)
    stack = Stack(app, "S")
    key = kms.Key(stack, "Key")
    key.add_to_resource_policy(iam.PolicyStatement(actions=["kms:Decrypt"], principals=[iam.AnyPrincipal()]))
    with pytest.raises(
        SynthesisError,
        match=r"\[S/Key\] A PolicyStatement used in a resource-based policy must specify at least one resource.",
    ):
        app.synth()


def test_nothing_is_written_when_validation_fails(tmp_path: Path) -> None:
    app = _app(tmp_path)
    stack = Stack(app, "S")
    iam.ManagedPolicy(stack, "Empty")
    with pytest.raises(SynthesisError, match=r"\[S/Empty\] Managed Policy is empty"):
        app.synth()
    assert not list((tmp_path / "cdk.out").glob("*.template.json"))


def test_principal_from_policy_fails_in_resource_policies(tmp_path: Path) -> None:
    app = _app(tmp_path)
    stack = Stack(app, "S")
    policy = iam.Policy(stack, "Policy")
    key = kms.Key(stack, "Key")
    grant = iam.Grant.add_to_principal_and_resource(
        grantee=policy, actions=["kms:Decrypt"], resource_arns=[key.key_arn], resource=key
    )
    assert grant.success
    with pytest.raises(ValueError, match=r"Grant permissions to a Role or User, instead of a Policy. \(at S/Policy\)"):
        app.synth()
