"""Functions running ECR images: code/handler/runtime consistency, image URIs, image config, pull permissions."""

from __future__ import annotations

from typing import Any

import pytest

from purecdk import App, Stack
from purecdk import aws_ecr as ecr
from purecdk import aws_lambda as lambda_


@pytest.fixture()
def stack() -> Stack:
    return Stack(App(), "S")


def _resources(stack: Stack, type_name: str) -> dict[str, Any]:
    template = stack.resolve(stack._to_cloud_formation())
    return {k: v for k, v in template["Resources"].items() if v["Type"] == type_name}


def _function_properties(stack: Stack) -> dict[str, Any]:
    (resource,) = _resources(stack, "AWS::Lambda::Function").values()
    return resource["Properties"]  # type: ignore[no-any-return]


def _image_uri_suffix(properties: dict[str, Any]) -> str:
    parts = properties["Code"]["ImageUri"]["Fn::Join"][1]
    return parts[-1]  # type: ignore[no-any-return]


def test_image_code_needs_image_handler_and_runtime(stack: Stack) -> None:
    repository = ecr.Repository(stack, "Repo")
    with pytest.raises(ValueError, match="handler must be `Handler.FROM_IMAGE` when using image asset"):
        lambda_.Function(
            stack, "A", code=lambda_.Code.from_ecr_image(repository), handler="index.handler",
            runtime=lambda_.Runtime.FROM_IMAGE,
        )
    with pytest.raises(ValueError, match="runtime must be `Runtime.FROM_IMAGE` when using image asset"):
        lambda_.Function(
            stack, "B", code=lambda_.Code.from_ecr_image(repository), handler=lambda_.Handler.FROM_IMAGE,
            runtime=lambda_.Runtime.PYTHON_3_12,
        )


def test_image_handler_or_runtime_needs_image_code(stack: Stack) -> None:
    inline = lambda_.Code.from_inline("def handler(event, context):\n    pass\n")
    with pytest.raises(ValueError, match="handler must be `Handler.FROM_IMAGE`"):
        lambda_.Function(stack, "A", code=inline, handler=lambda_.Handler.FROM_IMAGE,
                         runtime=lambda_.Runtime.PYTHON_3_12)
    with pytest.raises(ValueError, match="runtime must be `Runtime.FROM_IMAGE`"):
        lambda_.Function(stack, "B", code=inline, handler="index.handler", runtime=lambda_.Runtime.FROM_IMAGE)


def test_docker_image_function_renders_an_image_package(stack: Stack) -> None:
    repository = ecr.Repository(stack, "Repo")
    lambda_.DockerImageFunction(
        stack, "Fn", code=lambda_.DockerImageCode.from_ecr(repository, tag_or_digest="v2", working_directory="/app")
    )
    properties = _function_properties(stack)
    assert properties["PackageType"] == "Image"
    assert "Handler" not in properties and "Runtime" not in properties
    assert _image_uri_suffix(properties) == ":v2"
    assert properties["ImageConfig"] == {"WorkingDirectory": "/app"}


def test_docker_image_function_takes_no_handler_or_runtime(stack: Stack) -> None:
    repository = ecr.Repository(stack, "Repo")
    with pytest.raises(TypeError, match="takes no 'handler' or 'runtime'"):
        lambda_.DockerImageFunction(
            stack, "Fn", code=lambda_.DockerImageCode.from_ecr(repository), handler="index.handler"
        )


@pytest.mark.parametrize(
    ("options", "suffix"),
    [
        ({}, ":latest"),
        ({"tag": "old"}, ":old"),
        ({"tag_or_digest": "new", "tag": "old"}, ":new"),
        ({"tag_or_digest": "sha256:abc"}, "@sha256:abc"),
    ],
)
def test_image_reference(stack: Stack, options: dict[str, str], suffix: str) -> None:
    repository = ecr.Repository(stack, "Repo")
    lambda_.Function(
        stack, "Fn", code=lambda_.EcrImageCode(repository, **options), handler=lambda_.Handler.FROM_IMAGE,
        runtime=lambda_.Runtime.FROM_IMAGE,
    )
    properties = _function_properties(stack)
    assert _image_uri_suffix(properties) == suffix
    assert "ImageConfig" not in properties


def test_image_code_props_struct(stack: Stack) -> None:
    repository = ecr.Repository(stack, "Repo")
    props = lambda_.EcrImageCodeProps(tag_or_digest="v3", cmd=["app.main"], entrypoint=["/entry"])
    lambda_.Function(
        stack, "Fn", code=lambda_.Code.from_ecr_image(repository, props), handler=lambda_.Handler.FROM_IMAGE,
        runtime=lambda_.Runtime.FROM_IMAGE,
    )
    properties = _function_properties(stack)
    assert _image_uri_suffix(properties) == ":v3"
    assert properties["ImageConfig"] == {"Command": ["app.main"], "EntryPoint": ["/entry"]}


def test_lambda_service_may_pull_from_an_owned_repository(stack: Stack) -> None:
    repository = ecr.Repository(stack, "Repo")
    for id in ("A", "B"):
        lambda_.DockerImageFunction(stack, id, code=lambda_.DockerImageCode.from_ecr(repository))
    (repo,) = _resources(stack, "AWS::ECR::Repository").values()
    statements = repo["Properties"]["RepositoryPolicyText"]["Statement"]
    assert statements == [
        {
            "Action": ["ecr:BatchCheckLayerAvailability", "ecr:GetDownloadUrlForLayer", "ecr:BatchGetImage"],
            "Effect": "Allow",
            "Principal": {"Service": "lambda.amazonaws.com"},
        }
    ]
    assert not _resources(stack, "AWS::IAM::Policy")  # the function's role gets nothing


def test_imported_repository_gets_no_policy(stack: Stack) -> None:
    repository = ecr.Repository.from_repository_name(stack, "Repo", "images")
    lambda_.DockerImageFunction(stack, "Fn", code=lambda_.DockerImageCode.from_ecr(repository, tag_or_digest="1"))
    assert not _resources(stack, "AWS::ECR::Repository")
    assert _image_uri_suffix(_function_properties(stack)) == "/images:1"


def test_image_assets_are_not_supported() -> None:
    with pytest.raises(NotImplementedError, match="DockerImageCode.from_ecr"):
        lambda_.DockerImageCode.from_image_asset("./image")
    with pytest.raises(NotImplementedError, match="Code.from_ecr_image"):
        lambda_.Code.from_asset_image("./image")
