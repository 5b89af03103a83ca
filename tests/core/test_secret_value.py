"""SecretValue: factories, their errors, the usage check and iam.User's password."""

from __future__ import annotations

from typing import Any

import pytest

from purecdk import App, CfnParameter, CfnResource, SecretValue, Stack
from purecdk import aws_iam as iam


def _stack(**context: Any) -> Stack:
    return Stack(App(context=context), "S")


def test_secrets_manager_key_layout() -> None:
    stack = _stack()
    value = SecretValue.secrets_manager("name", json_field="f", version_id="v1")
    assert stack.resolve(value.unsafe_unwrap()) == "{{resolve:secretsmanager:name:SecretString:f::v1}}"
    assert SecretValue.cfn_dynamic_reference_key("name", version_stage="AWSPENDING") == (
        "name:SecretString::AWSPENDING:"
    )


@pytest.mark.parametrize(
    ("secret_id", "options", "message"),
    [
        ("", {}, "secretId cannot be empty"),
        ("a:b", {}, 'secret id "a:b" is not an ARN but contains ":"'),
        (
            "a",
            {"version_stage": "AWSCURRENT", "version_id": "v1"},
            "versionStage: 'AWSCURRENT' and versionId: 'v1' were both provided but only one is allowed",
        ),
    ],
)
def test_secrets_manager_errors(secret_id: str, options: dict[str, str], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        SecretValue.secrets_manager(secret_id, **options)


def test_cfn_parameter_needs_no_echo() -> None:
    stack = _stack()
    with pytest.raises(ValueError, match='CloudFormation parameter must be configured with "NoEcho"'):
        SecretValue.cfn_parameter(CfnParameter(stack, "P"))
    assert stack.resolve(SecretValue.cfn_parameter(CfnParameter(stack, "Q", no_echo=True)).unsafe_unwrap()) == {
        "Ref": "Q"
    }


def test_resource_attribute_needs_an_attribute_of_a_resource() -> None:
    stack = _stack()
    parameter = CfnParameter(stack, "P")
    for bad in ("literal", parameter.value_as_string, "x" + CfnResource(stack, "R", type="A::B::C").ref):
        with pytest.raises(ValueError, match=r"SecretValue.resourceAttribute\(\) must be used with a resource"):
            SecretValue.resource_attribute(bad)


def test_is_secret_value_and_to_json() -> None:
    secret = SecretValue.unsafe_plain_text("x")
    assert SecretValue.is_secret_value(secret)
    assert not SecretValue.is_secret_value("x")
    assert secret.to_json() == "<unresolved-token>"
    assert secret.unsafe_unwrap() == "x"


def test_usage_check_names_the_document_path() -> None:
    secret = SecretValue.ssm_secure("/p", "2")
    assert _stack().resolve({"a": [secret]}) == {"a": ["{{resolve:ssm-secure:/p:2}}"]}
    with pytest.raises(ValueError, match=r"^Synthing a secret value to a/0\. Using a SecretValue here risks"):
        _stack(**{"@aws-cdk/core:checkSecretUsage": True}).resolve({"a": [secret]})


def test_user_password_must_be_a_secret_value() -> None:
    stack = _stack()
    with pytest.raises(TypeError, match=r"password must be a SecretValue.*\(at S/U\)"):
        iam.User(stack, "U", password="plain")  # type: ignore[arg-type]
    user = iam.User(stack, "V", password=SecretValue.unsafe_plain_text("plain"))
    (resource,) = stack.resolve(user.node.default_child._to_cloud_formation())["Resources"].values()  # type: ignore[union-attr]
    assert resource["Properties"]["LoginProfile"] == {"Password": "plain"}
