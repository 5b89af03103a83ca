"""CDKMetadata: the analytics resource of version reporting (the golden ``cli`` variant checks whole templates).

The ``Analytics`` strings below are what aws-cdk-lib 2.275.0 synthesized (run by the oracle's Python 3.11.7).
"""

from __future__ import annotations

import base64
import gzip
import json
import platform
from pathlib import Path
from typing import Any

import pytest

from purecdk import App, CfnOutput, CfnResource, Stack
from purecdk import aws_ecr as ecr
from purecdk import aws_sqs as sqs
from purecdk.constructs import Construct
from purecdk.core.metadata_resource import (
    CDK_METADATA_REGIONS,
    MIXIN_METADATA,
    ConstructAnalytics,
    construct_analytics,
    format_analytics,
    jsii_agent,
)

CHINA_STACK_ANALYTICS = (
    "v2:deflate64:H4sIAAAAAAAA/zPSMzI31TNQTCwv1k1OydbNyUzSqw4uSUzO1kksL44vLizWc07LCyxNLU3VcU7L8y8tKSgtqdUJqCzJ"
    "yM/TN9YzNNQzV8wqzszULSrNK8nMTdULgtAA2PI9FVkAAAA="
)


def _decode(analytics: str) -> str:
    version, encoding, data = analytics.split(":")
    assert (version, encoding) == ("v2", "deflate64")
    raw = base64.b64decode(data)
    assert raw[9] == 0xFF, "the gzip header's operating system is 'unknown'"
    return gzip.decompress(raw).decode()


@pytest.fixture
def oracle_python(monkeypatch: pytest.MonkeyPatch) -> None:
    """Report the Python version the oracle ran with (the runtime is part of the analytics)."""
    monkeypatch.setattr(platform, "python_version", lambda: "3.11.7")


def _app(tmp_path: Path, **context: Any) -> App:
    return App(outdir=str(tmp_path), context={"aws:cdk:version-reporting": True, **context})


def _template(app: App, stack: Stack) -> dict[str, Any]:
    app.synth()
    return json.loads((Path(app.outdir) / stack.template_file).read_text(encoding="utf-8"))


def test_format_analytics_matches_aws_cdk_lib(oracle_python: None) -> None:
    infos = [
        ConstructAnalytics("aws-cdk-lib.Stack", "2.275.0"),
        ConstructAnalytics("aws-cdk-lib.aws_sqs.CfnQueue", "2.275.0"),
        ConstructAnalytics("aws-cdk-lib.CfnOutput", "2.275.0"),
        ConstructAnalytics("jsii-runtime.Runtime", jsii_agent()),
    ]
    assert format_analytics(infos) == CHINA_STACK_ANALYTICS
    assert _decode(CHINA_STACK_ANALYTICS) == (
        "2.275.0!aws-cdk-lib.{Stack,aws_sqs.CfnQueue,CfnOutput},Python/3.11.7!jsii-runtime.Runtime"
    )


def test_metadata_is_a_trie_leaf_after_its_class() -> None:
    infos = [
        ConstructAnalytics("aws-cdk-lib.aws_ecr.CfnRepository", "2.275.0", [{"mixin": "X"}], [{"a": True}]),
        ConstructAnalytics("aws-cdk-lib.aws_ecr.Repository", "2.275.0", None, ["*"]),
    ]
    assert _decode(format_analytics(infos)) == (
        '2.275.0!aws-cdk-lib.aws_ecr.{CfnRepository[{"mixin":"X"},{"a":true}],Repository["*"]}'
    )


def test_runtime_is_python_with_unsafe_characters_replaced(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(platform, "python_version", lambda: "3.14.0+ (dev)")
    assert jsii_agent() == "Python/3.14.0---dev-"


def test_environment_agnostic_stack_gets_the_condition(tmp_path: Path, oracle_python: None) -> None:
    app = _app(tmp_path)
    stack = Stack(app, "S")
    sqs.CfnQueue(stack, "Queue")
    template = _template(app, stack)
    assert list(template["Resources"]) == ["Queue", "CDKMetadata"]
    metadata = template["Resources"]["CDKMetadata"]
    assert metadata["Type"] == "AWS::CDK::Metadata"
    assert metadata["Condition"] == "CDKMetadataAvailable"
    assert _decode(metadata["Properties"]["Analytics"]) == (
        "2.275.0!aws-cdk-lib.{Stack,aws_sqs.CfnQueue},Python/3.11.7!jsii-runtime.Runtime"
    )
    # Fn.condition_or takes at most 10 conditions: groups of 10, the last region's Fn::Equals on its own
    groups = template["Conditions"]["CDKMetadataAvailable"]["Fn::Or"]
    equals = [e for group in groups for e in group.get("Fn::Or", [group])]
    assert [len(group.get("Fn::Or", [group])) for group in groups] == [10, 10, 10, 1]
    assert [e["Fn::Equals"] for e in equals] == [[{"Ref": "AWS::Region"}, r] for r in CDK_METADATA_REGIONS]


@pytest.mark.parametrize(("region", "has_metadata"), [("eu-west-1", True), ("us-gov-west-1", False)])
def test_stack_in_a_region(tmp_path: Path, region: str, has_metadata: bool) -> None:
    app = _app(tmp_path)
    stack = Stack(app, "S", env={"region": region})
    sqs.CfnQueue(stack, "Queue")
    template = _template(app, stack)
    assert ("CDKMetadata" in template["Resources"]) is has_metadata
    assert "Conditions" not in template
    assert "Condition" not in template["Resources"].get("CDKMetadata", {})


def test_reporting_follows_the_stack_then_the_context(tmp_path: Path) -> None:
    app = App(outdir=str(tmp_path))
    default = Stack(app, "Default")
    opted_in = Stack(app, "OptedIn", analytics_reporting=True)
    CfnOutput(default, "O", value="x")
    CfnOutput(opted_in, "O", value="x")
    assert "CDKMetadata" not in _template(app, default).get("Resources", {})
    assert "CDKMetadata" in _template(app, opted_in)["Resources"]

    app = _app(tmp_path / "out")
    opted_out = Stack(app, "OptedOut", analytics_reporting=False)
    CfnOutput(opted_out, "O", value="x")
    assert "Resources" not in _template(app, opted_out)


def test_app_analytics_reporting_overrides_the_context(tmp_path: Path) -> None:
    app = App(outdir=str(tmp_path), analytics_reporting=False, context={"aws:cdk:version-reporting": True})
    stack = Stack(app, "S")
    CfnOutput(stack, "O", value="x")
    assert "Resources" not in _template(app, stack)


def test_a_child_named_cdkmetadata_is_kept(tmp_path: Path) -> None:
    app = _app(tmp_path)
    stack = Stack(app, "S")
    CfnResource(stack, "CDKMetadata", type="AWS::SNS::Topic")
    assert _template(app, stack)["Resources"] == {"CDKMetadata": {"Type": "AWS::SNS::Topic"}}


def test_analytics_list_each_class_once_in_tree_order() -> None:
    app = App()
    stack = Stack(app, "S")
    own = Construct(stack, "Own")  # constructs.Construct: not an aws-cdk-lib class, not reported
    sqs.CfnQueue(own, "A")
    CfnOutput(stack, "O", value="x")
    sqs.CfnQueue(stack, "B")
    inner = Stack(own, "Inner")  # another stack's constructs are reported by that stack
    sqs.CfnQueue(inner, "C")
    ecr.CfnRepository(inner, "R")
    fqns = [info.fqn for info in construct_analytics(stack)]
    assert fqns == [
        "aws-cdk-lib.Stack",
        "aws-cdk-lib.aws_sqs.CfnQueue",
        "aws-cdk-lib.CfnOutput",
        "jsii-runtime.Runtime",
    ]


def test_mixins_are_recorded_by_l1_l2_and_stack_hosts_only() -> None:
    app = App()
    stack = Stack(app, "S")
    reported = ecr.CfnRepository(stack, "Reported")
    reported.with_(ecr.mixins.RepositoryAutoDeleteImages())
    holder = Construct(stack, "Holder")
    unreported = ecr.CfnRepository(holder, "Unreported")
    holder.with_(ecr.mixins.RepositoryAutoDeleteImages())  # a plain construct's with_ records nothing

    def mixins(construct: Any) -> list[Any]:
        return [m["data"] for m in construct.node.metadata if m["type"] == MIXIN_METADATA]

    assert mixins(reported) == [{"mixin": "aws-cdk-lib.aws_ecr.mixins.RepositoryAutoDeleteImages"}]
    assert mixins(unreported) == []


def test_merged_metadata_keeps_aws_cdk_libs_quirk() -> None:
    # aws-cdk-lib merges a class's metadata into its first construct's list, and drops it if that has none
    app = App()
    stack = Stack(app, "S")
    ecr.CfnRepository(stack, "First")
    second = ecr.CfnRepository(stack, "Second")
    second.with_(ecr.mixins.RepositoryAutoDeleteImages())
    assert MIXIN_METADATA in [m["type"] for m in second.node.metadata]
    infos = {info.fqn: info for info in construct_analytics(stack)}
    assert infos["aws-cdk-lib.aws_ecr.CfnRepository"].metadata is None

    other = Stack(app, "Other")
    ecr.CfnRepository(other, "First").with_(ecr.mixins.RepositoryAutoDeleteImages())
    ecr.CfnRepository(other, "Second").with_(ecr.mixins.RepositoryAutoDeleteImages())
    infos = {info.fqn: info for info in construct_analytics(other)}
    mixin = {"mixin": "aws-cdk-lib.aws_ecr.mixins.RepositoryAutoDeleteImages"}
    assert infos["aws-cdk-lib.aws_ecr.CfnRepository"].metadata == [mixin, mixin]
