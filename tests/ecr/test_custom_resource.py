"""The core CustomResource and CustomResourceProvider: validation and rendering details."""

from __future__ import annotations

from pathlib import Path

import pytest

from purecdk import (
    App,
    CustomResource,
    CustomResourceProvider,
    CustomResourceProviderRuntime,
    Duration,
    Stack,
)


@pytest.fixture
def stack() -> Stack:
    return Stack(App(), "Stack")


@pytest.fixture
def node_code(tmp_path: Path) -> str:
    (tmp_path / "index.js").write_text("exports.handler = async () => ({});\n")
    return str(tmp_path)


@pytest.mark.parametrize(
    ("resource_type", "message"),
    [
        ("MyResource", 'Custom resource type must begin with "Custom::" (MyResource)'),
        ("Custom::" + "x" * 53, "Custom resource type length > 60"),
        (
            "Custom::My Resource",
            "Custom resource type name can only include alphanumeric characters and _@- (My Resource)",
        ),
    ],
)
def test_invalid_resource_types(stack: Stack, resource_type: str, message: str) -> None:
    with pytest.raises(ValueError, match=r"\(at Stack/R\)") as info:
        CustomResource(stack, "R", service_token="arn", resource_type=resource_type)
    assert message in str(info.value)


def test_default_type_removal_policy_and_attributes(stack: Stack) -> None:
    resource = CustomResource(stack, "R", service_token="arn", properties={"ServiceToken": "other", "Key": "v"})
    rendered = stack.resolve(resource.resource._to_cloud_formation())["Resources"]["R"]
    assert rendered == {
        "Type": "AWS::CloudFormation::CustomResource",
        "Properties": {"ServiceToken": "other", "Key": "v"},
        "UpdateReplacePolicy": "Delete",
        "DeletionPolicy": "Delete",
    }
    assert [m.data for m in resource.node.metadata] == [
        "The following keys will be overwritten as they exist in the 'properties' prop. Keys found: ServiceToken "
        "[ack: @aws-cdk/core:customResourcePropConflict]"
    ]
    assert stack.resolve(resource.ref) == {"Ref": "R"}
    assert stack.resolve(resource.get_att_string("Out")) == {"Fn::GetAtt": ["R", "Out"]}


@pytest.mark.parametrize("seconds", [0, 3601])
def test_service_timeout_range(stack: Stack, seconds: int) -> None:
    with pytest.raises(ValueError, match=f"serviceTimeout must either be between 1 and 3600 seconds, got {seconds}"):
        CustomResource(stack, "R", service_token="arn", service_timeout=Duration.seconds(seconds))


def test_service_timeout_is_a_string_of_seconds(stack: Stack) -> None:
    resource = CustomResource(stack, "R", service_token="arn", service_timeout=Duration.minutes(1))
    properties = stack.resolve(resource.resource._to_cloud_formation())["Resources"]["R"]["Properties"]
    assert properties == {"ServiceToken": "arn", "ServiceTimeout": "60"}


def test_provider_needs_an_index_file(stack: Stack, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=r"cannot find .*/index.js \(at Stack/Custom::XCustomResourceProvider\)"):
        CustomResourceProvider.get_or_create(
            stack, "Custom::X", code_directory=str(tmp_path), runtime=CustomResourceProviderRuntime.NODEJS_22_X
        )


def test_provider_has_no_javascript_response_wrapper(stack: Stack, node_code: str) -> None:
    with pytest.raises(ValueError, match="use_cfn_response_wrapper=False"):
        CustomResourceProvider.get_or_create(
            stack, "Custom::X", code_directory=node_code, runtime=CustomResourceProviderRuntime.NODEJS_22_X
        )


def test_provider_is_created_once_per_stack(stack: Stack, node_code: str) -> None:
    props = {
        "code_directory": node_code,
        "runtime": CustomResourceProviderRuntime.NODEJS_22_X,
        "use_cfn_response_wrapper": False,
    }
    first = CustomResourceProvider.get_or_create_provider(stack, "Custom::X", **props)
    assert CustomResourceProvider.get_or_create_provider(stack, "Custom::X", **props) is first
    assert CustomResourceProvider.get_or_create(stack, "Custom::X", **props) == first.service_token
    assert len(first.code_hash) == 64
    (role,) = stack.resolve(first.role._to_cloud_formation())["Resources"].values()
    assert "Policies" not in role["Properties"]


def test_inline_provider_has_no_code_hash(node_code: str) -> None:
    stack = Stack(App(context={"@aws-cdk/core:inlineCustomResourceIfPossible": True}), "Stack")
    provider = CustomResourceProvider.get_or_create_provider(
        stack,
        "Custom::X",
        code_directory=node_code,
        runtime=CustomResourceProviderRuntime.NODEJS_22_X,
        use_cfn_response_wrapper=False,
    )
    with pytest.raises(ValueError, match="does not have a codeHash"):
        _ = provider.code_hash
    code = stack.resolve(provider.handler._to_cloud_formation())["Resources"]
    (handler,) = code.values()
    assert handler["Properties"]["Code"] == {"ZipFile": "exports.handler = async () => ({});\n"}
