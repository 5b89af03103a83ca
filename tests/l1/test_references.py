"""The generated L1 reference API: ``<type>_ref`` properties, ``arn_for_*`` and ``from_*`` helpers, interfaces.

Expected values were made by aws-cdk-lib 2.275 (``tools/compare_l1_api.py`` checks every type against it).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from purecdk import App, Environment, Fn, Resource, Stack
from purecdk import aws_ecr as ecr
from purecdk import aws_events as events
from purecdk import aws_iam as iam
from purecdk import aws_kms as kms
from purecdk import aws_lambda as lambda_
from purecdk.core.l1_references import interpolate_template, parse_template
from purecdk.interfaces import aws_ecr as ecr_refs
from purecdk.interfaces import aws_iam as iam_refs

ROOT = Path(__file__).resolve().parents[2]
ECR_TEMPLATE = "arn:${Partition}:ecr:${Region}:${Account}:repository/${RepositoryName}"


def test_a_resource_reference_holds_its_ref_and_attributes(stack: Any) -> None:
    repo = ecr.CfnRepository(stack, "Repo")
    ref = repo.repository_ref
    assert isinstance(ref, ecr_refs.RepositoryReference)
    assert stack.resolve(ref.repository_name) == {"Ref": "Repo"}
    assert stack.resolve(ref.repository_arn) == {"Fn::GetAtt": ["Repo", "Arn"]}
    assert stack.resolve(ecr.CfnRepository.arn_for_repository(repo)) == {"Fn::GetAtt": ["Repo", "Arn"]}


def test_a_composite_ref_is_split_at_the_bar(stack: Any) -> None:
    policy = iam.CfnRolePolicy(stack, "P", policy_name="p", role_name="r")
    ref = policy.role_policy_ref
    assert stack.resolve(ref.policy_name) == {"Fn::Select": [0, {"Fn::Split": ["|", {"Ref": "P"}]}]}
    assert stack.resolve(ref.role_name) == {"Fn::Select": [1, {"Fn::Split": ["|", {"Ref": "P"}]}]}


def test_a_reference_field_can_be_a_property_value(stack: Any) -> None:
    fn = lambda_.CfnWebFunction(stack, "W", function_name="web")
    assert fn.web_function_ref.function_name == "web"
    assert stack.resolve(lambda_.CfnWebFunction.arn_for_web_function(fn)) == {
        "Fn::Join": ["", ["arn:", {"Ref": "AWS::Partition"}, ":lambda:", {"Ref": "AWS::Region"}, ":",
                          {"Ref": "AWS::AccountId"}, ":web-function/web"]]
    }


def test_an_l1_is_in_its_stacks_environment() -> None:
    stack = Stack(App(), "S", env=Environment(account="111111111111", region="eu-west-1"))
    key = kms.CfnKey(stack, "Key")
    assert (key.env.account, key.env.region) == ("111111111111", "eu-west-1")


def test_import_by_arn_takes_the_arns_environment_and_parts(stack: Any) -> None:
    imported = ecr.CfnRepository.from_repository_arn(stack, "I", "arn:aws:ecr:us-west-2:333333333333:repository/a/b")
    assert isinstance(imported, Resource)
    assert imported.node.path == "S/I"
    assert imported.repository_ref == ecr_refs.RepositoryReference(
        repository_arn="arn:aws:ecr:us-west-2:333333333333:repository/a/b", repository_name="a/b"
    )
    assert (imported.env.account, imported.env.region) == ("333333333333", "us-west-2")


def test_import_by_arn_without_template_keeps_the_arn(stack: Any) -> None:
    imported = events.CfnRule.from_rule_arn(stack, "I", "arn:aws:events:us-east-1:444444444444:rule/r")
    assert imported.rule_ref.rule_arn == "arn:aws:events:us-east-1:444444444444:rule/r"


def test_import_by_name_builds_the_arn_in_the_stacks_environment(stack: Any) -> None:
    imported = ecr.CfnRepository.from_repository_name(stack, "I", "my-repo")
    assert imported.repository_ref.repository_name == "my-repo"
    assert stack.resolve(imported.repository_ref.repository_arn) == {
        "Fn::Join": ["", ["arn:", {"Ref": "AWS::Partition"}, ":ecr:", {"Ref": "AWS::Region"}, ":",
                          {"Ref": "AWS::AccountId"}, ":repository/my-repo"]]
    }
    assert stack.resolve(imported.env.account) == {"Ref": "AWS::AccountId"}


def test_import_of_an_arn_that_does_not_fit_the_template_fails(stack: Any) -> None:
    with pytest.raises(ValueError, match="InputDoesMatchTemplate: Input arn:aws:ecr:us-east-1:1:repo/x does not"):
        ecr.CfnRepository.from_repository_arn(stack, "Bad", "arn:aws:ecr:us-east-1:1:repo/x")
    with pytest.raises(ValueError, match="does not match template"):  # a token is not parsed (as upstream)
        ecr.CfnRepository.from_repository_arn(stack, "Token", Fn.import_value("arn"))


def test_template_parsing_and_interpolation() -> None:
    assert parse_template(ECR_TEMPLATE, "arn:aws:ecr:r:1:repository/x/y") == {
        "Partition": "aws", "Region": "r", "Account": "1", "RepositoryName": "x/y"
    }
    with pytest.raises(ValueError, match="does not match"):
        parse_template("a/${X}/b", "a/x/c")
    with pytest.raises(ValueError, match="does not match"):
        parse_template("a/${X}", "b/x")
    assert interpolate_template("a/${X}/${Y}", {"X": "1", "Y": "2"}) == "a/1/2"
    with pytest.raises(ValueError, match="Variable Y not provided"):
        interpolate_template("a/${X}/${Y}", {"X": "1"})


def test_reference_structs_are_keyword_only_immutable_values() -> None:
    ref = iam_refs.RoleReference(role_arn="arn", role_name="name")
    assert ref == iam_refs.RoleReference(role_name="name", role_arn="arn")
    assert repr(ref) == "RoleReference(role_arn='arn', role_name='name')"
    with pytest.raises(AttributeError):
        ref.role_arn = "other"  # type: ignore[misc]
    with pytest.raises(TypeError):
        iam_refs.RoleReference(role_arn="arn")  # type: ignore[call-arg]
    assert iam.RoleReference is iam_refs.RoleReference  # the L2 module re-exports the same struct


def test_l2_and_l1_references_are_interchangeable(stack: Any) -> None:
    role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
    assert isinstance(role.role_ref, iam_refs.RoleReference)
    assert stack.resolve(iam.CfnRole.arn_for_role(role)) == {"Fn::GetAtt": ["Role1ABCC5F0", "Arn"]}


@pytest.mark.parametrize("service", ["aws_ecr", "aws_iam", "aws_lambda"])
def test_an_interfaces_module_loads_no_service(service: str) -> None:
    code = (
        "import sys, purecdk.interfaces." + service + "\n"
        "print(sorted(m for m in sys.modules if m.startswith('purecdk.aws_')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={"PYTHONPATH": str(ROOT / "src")}).stdout
    assert out.strip() == "[]"


def test_is_cfn_asks_for_the_resource_type(stack: Any) -> None:
    from purecdk import CfnResource

    assert ecr.CfnRepository.is_cfn_repository(ecr.CfnRepository(stack, "Repo"))
    assert ecr.CfnRepository.is_cfn_repository(CfnResource(stack, "Raw", type="AWS::ECR::Repository"))
    assert not ecr.CfnRepository.is_cfn_repository(kms.CfnKey(stack, "Key"))
    assert not ecr.CfnRepository.is_cfn_repository("AWS::ECR::Repository")


def test_the_interfaces_package_offers_its_service_modules() -> None:
    import purecdk.interfaces as interfaces

    assert interfaces.aws_sqs.IQueueRef.__name__ == "IQueueRef"
    with pytest.raises(AttributeError):
        interfaces.aws_s3  # noqa: B018
