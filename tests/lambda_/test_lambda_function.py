"""Functions: validation, environment, permissions, grants, code and the managed log group flag."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from purecdk import App, Stack
from purecdk import aws_iam as iam
from purecdk import aws_lambda as lambda_
from purecdk.core.assets import fingerprint

INLINE = lambda_.Code.from_inline("def handler(event, context):\n    pass\n")


@pytest.fixture()
def stack() -> Stack:
    return Stack(App(), "S")


def _fn(stack: Stack, id: str = "Fn", **kwargs: Any) -> lambda_.Function:
    kwargs.setdefault("runtime", lambda_.Runtime.PYTHON_3_12)
    kwargs.setdefault("handler", "index.handler")
    kwargs.setdefault("code", INLINE)
    return lambda_.Function(stack, id, **kwargs)


def _template(stack: Stack) -> dict[str, Any]:
    return stack._to_cloud_formation()


def test_function_name_and_description_validation(stack: Stack) -> None:
    with pytest.raises(ValueError, match="can not be longer than 64 characters but has 65"):
        _fn(stack, "A", function_name="x" * 65)
    with pytest.raises(ValueError, match="can contain only letters, numbers, hyphens, or underscores"):
        _fn(stack, "B", function_name="bad name")
    with pytest.raises(ValueError, match="Function description can not be longer than 256 characters"):
        _fn(stack, "C", description="d" * 257)


def test_reserved_environment_variables(stack: Stack) -> None:
    fn = _fn(stack)
    with pytest.raises(ValueError, match="AWS_REGION environment variable is reserved"):
        fn.add_environment("AWS_REGION", "x")


def test_code_checks() -> None:
    with pytest.raises(ValueError, match="Lambda inline code cannot be empty"):
        lambda_.Code.from_inline("")
    stack = Stack(App(), "S")
    with pytest.raises(ValueError, match="Inline source not allowed for java21"):
        _fn(stack, runtime=lambda_.Runtime.JAVA_21)


def test_service_role_and_dependency(tmp_path: Path) -> None:
    app = App(outdir=str(tmp_path))
    stack = Stack(app, "S")
    fn = _fn(stack)
    app.synth()
    resources = _template(stack)["Resources"]
    role_id = stack.get_logical_id(fn.role.node.default_child)
    function = resources[stack.get_logical_id(fn.node.default_child)]
    assert function["DependsOn"] == [role_id]
    assert resources[role_id]["Properties"]["ManagedPolicyArns"][0]["Fn::Join"][1][-1].endswith(
        "service-role/AWSLambdaBasicExecutionRole"
    )


def test_managed_log_group_follows_the_flag() -> None:
    plain = Stack(App(), "S")
    assert _fn(plain).node.try_find_child("LogGroup") is None
    flagged = Stack(App(context={"@aws-cdk/aws-lambda:useCdkManagedLogGroup": True}), "S")
    log_group = _fn(flagged).node.try_find_child("LogGroup")
    assert log_group is not None
    resource = log_group.node.default_child
    assert resource.cfn_resource_type == "AWS::Logs::LogGroup"  # type: ignore[union-attr]


def test_permission_principals(stack: Stack) -> None:
    fn = _fn(stack)
    fn.add_permission("Svc", principal=iam.ServicePrincipal("s3.amazonaws.com"))
    fn.add_permission("Acct", principal=iam.AccountPrincipal("123456789012"))
    fn.add_permission("Org", principal=iam.OrganizationPrincipal("o-abcdefghij"))
    principals = {
        child.node.id: child._cfn_properties["principal"]  # type: ignore[attr-defined]
        for child in fn.node.children
        if child.node.id in ("Svc", "Acct", "Org")
    }
    assert principals == {"Svc": "s3.amazonaws.com", "Acct": "123456789012", "Org": "*"}


def test_unsupported_permission_conditions(stack: Stack) -> None:
    fn = _fn(stack)
    principal = iam.ServicePrincipal("sns.amazonaws.com").with_conditions({"StringLike": {"aws:x": "y"}})
    with pytest.raises(ValueError, match="unsupported conditions for Lambda permission statement"):
        fn.add_permission("Bad", principal=principal)


def test_grant_invoke_is_deduplicated(stack: Stack) -> None:
    fn = _fn(stack)
    first = fn.grant_invoke(iam.ServicePrincipal("events.amazonaws.com"))
    second = fn.grant_invoke(iam.ServicePrincipal("events.amazonaws.com"))
    assert first is second
    permissions = [c for c in fn.node.children if isinstance(c, lambda_.CfnPermission)]
    assert len(permissions) == 1 and permissions[0].node.id.startswith("Invoke")


def test_imported_function_permissions(stack: Stack) -> None:
    other = lambda_.Function.from_function_arn(stack, "Other", "arn:aws:lambda:us-east-1:999999999999:function:f")
    other.add_permission("P", principal=iam.ServicePrincipal("events.amazonaws.com"))
    assert other.node.try_find_child("P") is None
    same = lambda_.Function.from_function_name(stack, "Same", "f")
    same.add_permission("P", principal=iam.ServicePrincipal("events.amazonaws.com"))
    assert same.node.try_find_child("P") is not None


def test_async_invoke_validation(stack: Stack) -> None:
    with pytest.raises(ValueError, match="`retryAttempts` must be between 0 and 2"):
        _fn(stack, "A", retry_attempts=3)


def test_asset_code_is_staged_at_synthesis(tmp_path: Path) -> None:
    source = tmp_path / "src"
    source.mkdir()
    (source / "index.py").write_text("def handler(event, context):\n    return 1\n")
    outdir = tmp_path / "out"
    app = App(outdir=str(outdir))
    stack = Stack(app, "S")
    _fn(stack, code=lambda_.Code.from_asset(str(source)))
    app.synth()
    digest = fingerprint(str(source))
    staged = outdir / f"asset.{digest}"
    assert (staged / "index.py").read_text() == "def handler(event, context):\n    return 1\n"
    code = _template(stack)["Resources"][stack.get_logical_id(stack.node.find_child("Fn").node.default_child)][
        "Properties"
    ]["Code"]
    assert code["S3Key"] == f"{digest}.zip"


def test_asset_must_be_a_directory_or_archive(tmp_path: Path, stack: Stack) -> None:
    text = tmp_path / "handler.py"
    text.write_text("x = 1\n")
    with pytest.raises(ValueError, match="Asset must be a .zip file or a directory"):
        _fn(stack, code=lambda_.Code.from_asset(str(text)))
    with pytest.raises(ValueError, match="Cannot find asset"):
        _fn(stack, "Missing", code=lambda_.Code.from_asset(os.path.join(str(tmp_path), "nope")))


def test_fingerprint_normalizes_line_endings(tmp_path: Path) -> None:
    unix, windows = tmp_path / "u", tmp_path / "w"
    unix.mkdir()
    windows.mkdir()
    (unix / "a.txt").write_bytes(b"line\nline\n")
    (windows / "a.txt").write_bytes(b"line\r\nline\r\n")
    assert fingerprint(str(unix)) == fingerprint(str(windows))
    (windows / "b.bin").write_bytes(b"\0\r\n")
    assert fingerprint(str(unix)) != fingerprint(str(windows))
