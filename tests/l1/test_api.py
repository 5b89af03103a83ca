"""The generated L1 API matches aws-cdk-lib's Python bindings (names, structs, validation)."""

from __future__ import annotations

import inspect
from typing import Any

import pytest

from purecdk import aws_ecr as ecr
from purecdk import aws_events as events
from purecdk import aws_iam as iam
from purecdk import aws_kms as kms
from purecdk import aws_lambda as lambda_
from purecdk import aws_sns as sns
from purecdk import aws_sqs as sqs
from purecdk.core.cfn_resource import CfnResource

from .conftest import props


def _kwargs(fn: Any) -> list[tuple[str, bool]]:
    return [
        (p.name, p.default is inspect.Parameter.empty)
        for p in inspect.signature(fn).parameters.values()
        if p.kind is inspect.Parameter.KEYWORD_ONLY
    ]


def test_repository_signature_is_aws_cdk_libs() -> None:
    assert _kwargs(ecr.CfnRepository.__init__) == [
        ("empty_on_delete", False),
        ("encryption_configuration", False),
        ("image_scanning_configuration", False),
        ("image_tag_mutability", False),
        ("image_tag_mutability_exclusion_filters", False),
        ("lifecycle_policy", False),
        ("repository_name", False),
        ("repository_policy_text", False),
        ("tags", False),
    ]
    assert _kwargs(ecr.CfnRepository.EncryptionConfigurationProperty.__init__) == [
        ("encryption_type", True),
        ("kms_key", False),
    ]
    assert ecr.CfnRepository.CFN_RESOURCE_TYPE_NAME == "AWS::ECR::Repository"
    assert issubclass(ecr.CfnRepository, CfnResource)


def test_required_keywords_come_first_in_case_insensitive_order() -> None:
    assert [n for n, _ in _kwargs(lambda_.CfnFunction.__init__)][:4] == [
        "code", "role", "architectures", "capacity_provider_config",
    ]
    names = [n for n, _ in _kwargs(events.CfnConnection.__init__)]
    assert names.index("authorization_type") < names.index("auth_parameters")


@pytest.mark.parametrize(
    ("cls", "type_name"),
    [
        (ecr.CfnPublicRepository, "AWS::ECR::PublicRepository"),
        (ecr.CfnPullThroughCacheRule, "AWS::ECR::PullThroughCacheRule"),
        (ecr.CfnRegistryPolicy, "AWS::ECR::RegistryPolicy"),
        (ecr.CfnRegistryScanningConfiguration, "AWS::ECR::RegistryScanningConfiguration"),
        (ecr.CfnReplicationConfiguration, "AWS::ECR::ReplicationConfiguration"),
        (ecr.CfnRepositoryCreationTemplate, "AWS::ECR::RepositoryCreationTemplate"),
        (iam.CfnRole, "AWS::IAM::Role"),
        (kms.CfnKey, "AWS::KMS::Key"),
        (events.CfnRule, "AWS::Events::Rule"),
        (sns.CfnTopic, "AWS::SNS::Topic"),
        (sqs.CfnQueue, "AWS::SQS::Queue"),
        (lambda_.CfnFunction, "AWS::Lambda::Function"),
    ],
)
def test_resource_type_names(cls: Any, type_name: str) -> None:
    assert cls.CFN_RESOURCE_TYPE_NAME == type_name


def test_structs_are_keyword_only_immutable_values() -> None:
    cfg = ecr.CfnRepository.ImageScanningConfigurationProperty(scan_on_push=True)
    assert cfg.scan_on_push is True
    assert cfg == ecr.CfnRepository.ImageScanningConfigurationProperty(scan_on_push=True)
    assert cfg != ecr.CfnRepository.ImageScanningConfigurationProperty(scan_on_push=False)
    assert repr(cfg) == "ImageScanningConfigurationProperty(scan_on_push=True)"
    with pytest.raises(AttributeError):
        cfg.scan_on_push = False  # type: ignore[misc]
    with pytest.raises(TypeError):
        ecr.CfnRepository.ImageScanningConfigurationProperty(True)  # type: ignore[misc]


def test_struct_validation() -> None:
    with pytest.raises(TypeError, match="encryption_type"):
        ecr.CfnRepository.EncryptionConfigurationProperty()  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="scan_on_push.*boolean"):
        ecr.CfnRepository.ImageScanningConfigurationProperty(scan_on_push="yes")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="unexpected keyword"):
        ecr.CfnRepository.ImageScanningConfigurationProperty(scanOnPush=True)  # type: ignore[call-arg]


def test_props_structs_exist() -> None:
    p = ecr.CfnRepositoryProps(repository_name="r", tags=[{"key": "k", "value": "v"}])
    assert p.repository_name == "r"
    assert p.tags is not None and p.tags[0].key == "k"


def test_unknown_keyword_is_a_type_error(stack: Any) -> None:
    with pytest.raises(TypeError, match="bogus"):
        ecr.CfnRepository(stack, "Repo", bogus=1)  # type: ignore[call-arg]


def test_missing_required_property(stack: Any) -> None:
    with pytest.raises(TypeError, match="policy_text"):
        ecr.CfnRegistryPolicy(stack, "P")  # type: ignore[call-arg]
    with pytest.raises(ValueError, match=r"S/P2.*policy_text"):
        ecr.CfnRegistryPolicy(stack, "P2", policy_text=None)


def test_wrong_type_names_the_construct_path_and_property(stack: Any) -> None:
    with pytest.raises(TypeError, match=r"'S/Repo'.*'repository_name'.*string"):
        ecr.CfnRepository(stack, "Repo", repository_name=5)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"'S/Repo2'.*'image_scanning_configuration.scan_on_push'"):
        ecr.CfnRepository(stack, "Repo2", image_scanning_configuration={"scanOnPush": "yes"})
    with pytest.raises(TypeError, match=r"image_tag_mutability_exclusion_filters\[0\]"):
        ecr.CfnRepository(stack, "Repo3", image_tag_mutability_exclusion_filters=["WILDCARD"])  # type: ignore[list-item]
    with pytest.raises(TypeError, match=r"'S/Fn'.*'timeout'.*number"):
        lambda_.CfnFunction(stack, "Fn", code={}, role="arn", timeout="3")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"missing required key 'encryptionType'"):
        ecr.CfnRepository(stack, "Repo4", encryption_configuration={"kmsKey": "k"})


def test_tokens_are_accepted_where_cloudformation_takes_intrinsics(stack: Any) -> None:
    from purecdk.core.fn import Fn
    from purecdk.core.tokens import Token

    repo = ecr.CfnRepository(
        stack,
        "Repo",
        empty_on_delete=Token.as_any(Fn.condition_equals("a", "b")),
        image_scanning_configuration=Token.as_any(Fn.condition_if("C", {"ScanOnPush": True}, {})),
        lifecycle_policy=Token.as_any({"LifecyclePolicyText": "x"}),
    )
    fn = lambda_.CfnFunction(stack, "Fn", code={"zipFile": "x"}, role=Fn.ref("R"),
                             timeout=Token.as_number(Fn.ref("T")), layers=Token.as_list(Fn.ref("L")))
    assert props(repo)["EmptyOnDelete"] == {"Fn::Equals": ["a", "b"]}
    assert props(repo)["ImageScanningConfiguration"] == {"Fn::If": ["C", {"ScanOnPush": True}, {}]}
    # a token that resolves to a plain dict is read as the struct (jsii names), as aws-cdk-lib does
    assert props(repo)["LifecyclePolicy"] == {}
    p = props(fn)
    assert p["Role"] == {"Ref": "R"}
    assert p["Timeout"] == {"Ref": "T"}
    assert p["Layers"] == {"Ref": "L"}


def test_setters_validate(stack: Any) -> None:
    repo = ecr.CfnRepository(stack, "Repo")
    with pytest.raises(TypeError, match=r"'S/Repo'.*'repository_name'"):
        repo.repository_name = 3  # type: ignore[assignment]
    policy = ecr.CfnRegistryPolicy(stack, "P", policy_text={})
    with pytest.raises(TypeError, match="required"):
        policy.policy_text = None
