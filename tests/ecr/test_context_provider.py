"""The core ContextProvider: context keys, values from the context, and missing-context reports."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from purecdk import App, Stack
from purecdk.core.context_provider import ContextProvider

ENV = {"account": "123456789012", "region": "us-east-1"}
PROPS = {"typeName": "AWS::ECR::Repository", "exactIdentifier": "my-repo", "propertiesToReturn": ["Arn"]}
# the key aws-cdk-lib 2.275.0 computes for these props (colons quoted as "$:", lists flattened with indexes)
KEY = (
    "cc-api-provider:account=123456789012:exactIdentifier=my-repo:propertiesToReturn.0=Arn:region=us-east-1:"
    "typeName=AWS$:$:ECR$:$:Repository"
)


def test_key_sorts_flattens_and_quotes_props() -> None:
    stack = Stack(App(), "S", env=ENV)
    key, props = ContextProvider.get_key(stack, provider="cc-api-provider", props=PROPS)
    assert key == KEY
    assert list(props) == ["account", "region", "typeName", "exactIdentifier", "propertiesToReturn"]


def test_value_from_context_is_returned_and_nothing_is_missing(tmp_path: Path) -> None:
    app = App(outdir=str(tmp_path), context={KEY: [{"Arn": "found"}]})
    stack = Stack(app, "S", env=ENV)
    value = ContextProvider.get_value(stack, provider="cc-api-provider", props=PROPS, dummy_value=["dummy"])
    assert value == [{"Arn": "found"}]
    manifest = json.loads((Path(app.synth().directory) / "manifest.json").read_text())
    assert "missing" not in manifest


def test_missing_value_returns_dummy_and_is_reported_in_manifest(tmp_path: Path) -> None:
    app = App(outdir=str(tmp_path))
    stack = Stack(app, "S", env=ENV)
    value = ContextProvider.get_value(stack, provider="cc-api-provider", props=PROPS, dummy_value=["dummy"])
    assert value == ["dummy"]
    # reported once per key, even when looked up twice
    ContextProvider.get_value(stack, provider="cc-api-provider", props=PROPS, dummy_value=["dummy"])
    manifest = json.loads((Path(app.synth().directory) / "manifest.json").read_text())
    assert list(manifest) == ["version", "artifacts", "missing", "minimumCliVersion"]
    assert manifest["missing"] == [
        {
            "key": KEY,
            "provider": "cc-api-provider",
            "props": {
                "dummyValue": ["dummy"],
                "account": "123456789012",
                "region": "us-east-1",
                "typeName": "AWS::ECR::Repository",
                "exactIdentifier": "my-repo",
                "propertiesToReturn": ["Arn"],
                "lookupRoleArn": "arn:${AWS::Partition}:iam::123456789012:role/"
                "cdk-hnb659fds-lookup-role-123456789012-us-east-1",
            },
        }
    ]


def test_provider_error_in_context_counts_as_missing() -> None:
    app = App(context={KEY: {"$providerError": "no such repository"}})
    stack = Stack(app, "S", env=ENV)
    value = ContextProvider.get_value(stack, provider="cc-api-provider", props=PROPS, dummy_value=["dummy"])
    assert value == ["dummy"]
    assert [m["data"] for m in stack.node.metadata if m["type"] == "aws:cdk:error"] == ["no such repository"]


def test_lookup_needs_an_environment() -> None:
    stack = Stack(App(), "Agnostic")
    message = r"account/region are not specified at the stack level.*\(at Agnostic\)$"
    with pytest.raises(ValueError, match=message):
        ContextProvider.get_value(stack, provider="cc-api-provider", props=PROPS, dummy_value=None)


def test_props_with_tokens_are_rejected() -> None:
    from purecdk import Aws

    stack = Stack(App(), "S", env=ENV)
    with pytest.raises(ValueError, match="Cannot determine scope for context provider"):
        ContextProvider.get_key(stack, provider="p", props={"name": Aws.STACK_NAME})
