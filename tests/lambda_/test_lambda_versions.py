"""Versions and aliases: the current version's hashed logical id, validation, warnings, imports, $LATEST."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from purecdk import App, Fn, Stack, Token
from purecdk import aws_iam as iam
from purecdk import aws_lambda as lambda_

INLINE = "def handler(event, context):\n    pass\n"


def _stack(context: dict[str, Any] | None = None) -> Stack:
    return Stack(App(context=context), "S")


def _fn(stack: Stack, id: str = "Fn", **kwargs: Any) -> lambda_.Function:
    kwargs.setdefault("runtime", lambda_.Runtime.PYTHON_3_12)
    kwargs.setdefault("handler", "index.handler")
    kwargs.setdefault("code", lambda_.Code.from_inline(INLINE))
    return lambda_.Function(stack, id, **kwargs)


def _version_id(**kwargs: Any) -> str:
    stack = _stack()
    fn = _fn(stack, **kwargs)
    return str(stack.resolve(fn.current_version.node.default_child.logical_id))


def _warnings(construct: Any) -> list[Any]:
    return [m.data for m in construct.node.metadata if m.type == "aws:cdk:warning"]


@pytest.fixture()
def classified() -> Iterator[None]:
    saved = dict(lambda_.Function._VER_PROPS)
    yield
    lambda_.Function._VER_PROPS.clear()
    lambda_.Function._VER_PROPS.update(saved)


def test_current_version_is_created_once() -> None:
    stack = _stack()
    fn = _fn(stack)
    assert fn.current_version is fn.current_version
    assert fn.current_version.node.id == "CurrentVersion"


def test_current_version_logical_id_follows_locked_properties() -> None:
    base = _version_id()
    assert base.startswith("FnCurrentVersion")
    assert len(base) == len("FnCurrentVersion") + 8 + 32
    assert _version_id() == base
    assert _version_id(memory_size=256) != base
    assert _version_id(description="changed") != base
    # reserved concurrency belongs to the function, not to its versions
    assert _version_id(reserved_concurrent_executions=5) == base


def test_environment_order_does_not_change_the_version() -> None:
    assert _version_id(environment={"ONE": "1", "TWO": "2"}) == _version_id(environment={"TWO": "2", "ONE": "1"})


def test_environment_is_sorted_once_a_version_follows_the_function() -> None:
    stack = _stack()
    fn = _fn(stack, environment={"ZED": "z", "ALPHA": "a"})
    resource = fn.node.default_child
    rendered = stack.resolve(resource._to_cloud_formation())["Resources"]
    assert list(next(iter(rendered.values()))["Properties"]["Environment"]["Variables"]) == ["ZED", "ALPHA"]
    fn.current_version  # noqa: B018 - the property creates the version
    rendered = stack.resolve(resource._to_cloud_formation())["Resources"]
    assert list(next(iter(rendered.values()))["Properties"]["Environment"]["Variables"]) == ["ALPHA", "ZED"]


def test_invalidate_version_based_on() -> None:
    stack = _stack()
    fn = _fn(stack)
    before = stack.resolve(fn.current_version.node.default_child.logical_id)
    fn.invalidate_version_based_on("v2")
    assert stack.resolve(fn.current_version.node.default_child.logical_id) != before
    with pytest.raises(ValueError, match="input may not contain unresolved tokens"):
        fn.invalidate_version_based_on(Token.as_string(Fn.ref("AWS::Region")))


def test_unrecognized_property_fails_the_hash() -> None:
    stack = _stack()
    fn = _fn(stack)
    fn.node.default_child.add_property_override("Unheard", 1)
    with pytest.raises(ValueError, match=r"not recognized as version properties: \[Unheard\].*\(at S/Fn\)"):
        stack.resolve(fn.current_version.node.default_child.logical_id)


def test_classify_version_property(classified: None) -> None:
    def version_with(value: int) -> str:
        stack = _stack()
        fn = _fn(stack)
        fn.node.default_child.add_property_override("Unheard", value)
        return str(stack.resolve(fn.current_version.node.default_child.logical_id))

    lambda_.Function.classify_version_property("Unheard", False)
    assert version_with(1) == version_with(2)
    lambda_.Function.classify_version_property("Unheard", True)
    assert version_with(1) != version_with(2)


def test_recognize_version_props_off_hashes_the_whole_resource() -> None:
    def version_id(context: dict[str, Any], **kwargs: Any) -> str:
        stack = _stack(context)
        fn = _fn(stack, **kwargs)
        return str(stack.resolve(fn.current_version.node.default_child.logical_id))

    off = {"@aws-cdk/aws-lambda:recognizeVersionProps": False}
    assert version_id(off) != version_id({})
    # every property counts then, reserved concurrency included
    assert version_id(off, reserved_concurrent_executions=5) != version_id(off)


def test_version_validation() -> None:
    stack = _stack()
    fn = _fn(stack)
    with pytest.raises(ValueError, match="provisionedConcurrentExecutions must have value greater than or equal to 1"):
        lambda_.Version(stack, "V1", lambda_=fn, provisioned_concurrent_executions=-1)
    with pytest.raises(ValueError, match="minExecutionEnvironments must be a non-negative integer"):
        lambda_.Version(stack, "V2", lambda_=fn, min_execution_environments=-1)
    with pytest.raises(ValueError, match="minExecutionEnvironments must be less than or equal"):
        lambda_.Version(stack, "V3", lambda_=fn, min_execution_environments=3, max_execution_environments=2)


def test_alias_weight_validation() -> None:
    stack = _stack()
    fn = _fn(stack)
    other = lambda_.Version(stack, "Other", lambda_=fn)
    with pytest.raises(ValueError, match=r"Additional version weight must be between 0 and 1, got: 1.5 \(at S/A\)"):
        lambda_.Alias(stack, "A", alias_name="a", version=fn.current_version,
                      additional_versions=[lambda_.VersionWeight(version=other, weight=1.5)])
    with pytest.raises(ValueError, match="Sum of additional version weights must not exceed 1, got: 1.1"):
        lambda_.Alias(stack, "B", alias_name="b", version=fn.current_version,
                      additional_versions=[{"version": other, "weight": 0.5}, {"version": other, "weight": 0.6}])
    with pytest.raises(ValueError, match="provisionedConcurrentExecutions must have value greater than or equal"):
        lambda_.Alias(stack, "C", alias_name="c", version=other, provisioned_concurrent_executions=-2)


def test_permission_on_function_with_versions_warns() -> None:
    stack = _stack()
    fn = _fn(stack)
    fn.add_permission("Before", principal=iam.ServicePrincipal("s3.amazonaws.com"))
    assert not _warnings(fn)
    fn.current_version  # noqa: B018 - the property creates the version
    assert len(_warnings(fn)) == 1
    versioned = _fn(stack, "Versioned")
    versioned.current_version  # noqa: B018 - the property creates the version
    assert not _warnings(versioned)
    versioned.grant_invoke(iam.ServicePrincipal("sns.amazonaws.com"))
    assert len(_warnings(versioned)) == 1
    alias = fn.add_alias("live")
    alias.add_permission("OnAlias", principal=iam.ServicePrincipal("s3.amazonaws.com"))
    assert not _warnings(alias)


def test_latest_version() -> None:
    stack = _stack()
    fn = _fn(stack)
    latest = fn.latest_version
    assert latest is fn.latest_version and latest.node.id == "$LATEST"
    assert stack.resolve(latest.function_arn) == {"Fn::Join": ["", [{"Fn::GetAtt": ["Fn9270CBC0", "Arn"]}, ":$LATEST"]]}
    latest.add_permission("Nope", principal=iam.ServicePrincipal("s3.amazonaws.com"))
    assert latest.node.try_find_child("Nope") is None
    assert any("has no effect" in str(w) for w in _warnings(latest))
    with pytest.raises(ValueError, match=r"\$LATEST function version cannot be used for Lambda@Edge"):
        latest.edge_arn  # noqa: B018


def test_version_from_token_arn() -> None:
    stack = _stack()
    arn = Token.as_string(Fn.import_value("VersionArn"))
    version = lambda_.Version.from_version_arn(stack, "V", arn)
    imported = {"Fn::ImportValue": "VersionArn"}
    assert stack.resolve(version.version) == {"Fn::Select": [7, {"Fn::Split": [":", imported]}]}
    function_arn = stack.resolve(version.lambda_.function_arn)
    assert function_arn["Fn::Join"][0] == ":" and len(function_arn["Fn::Join"][1]) == 7
    assert version.function_arn == arn


def test_edge_arn_checks_the_environment() -> None:
    stack = _stack()
    fn = _fn(stack)
    fn.add_environment("KEEP", "1")
    fn.add_environment("DROP", "2", remove_in_edge=True)
    edge = fn.current_version.edge_arn
    with pytest.raises(ValueError, match=r"contains environment variables \[KEEP\] and is not compatible"):
        stack.resolve(edge)
    clean = _fn(stack, "Clean")
    clean.add_environment("DROP", "2", remove_in_edge=True)
    assert stack.resolve(clean.current_version.edge_arn) == {"Ref": stack.resolve(
        clean.current_version.node.default_child.logical_id)}
    assert clean._render_environment() is None


def test_references() -> None:
    stack = _stack()
    fn = _fn(stack)
    alias = fn.add_alias("live")
    assert stack.resolve(alias.alias_ref.alias_arn) == {"Ref": "FnAliaslive17DB7803"}
    assert fn.current_version.version_ref.function_arn == fn.current_version.function_arn
    latest = stack.resolve(fn.latest_version.version_ref.function_arn)
    assert latest == {"Fn::Join": ["", [{"Fn::GetAtt": ["Fn9270CBC0", "Arn"]}, ":$LATEST"]]}
    imported = lambda_.Version.from_version_attributes(stack, "V", lambda_=fn, version="4")
    assert imported.version_ref.function_arn == imported.function_arn  # type: ignore[attr-defined]
    imported_alias = lambda_.Alias.from_alias_attributes(stack, "A", alias_name="blue", alias_version=imported)
    assert stack.resolve(imported_alias.alias_ref.alias_arn) == {  # type: ignore[attr-defined]
        "Fn::Join": ["", [{"Fn::GetAtt": ["Fn9270CBC0", "Arn"]}, ":blue"]]
    }
