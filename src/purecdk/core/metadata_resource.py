"""``CDKMetadata``: the analytics resource aws-cdk-lib adds to each stack when version reporting is on.

The ``cdk`` CLI turns version reporting on by default (context ``aws:cdk:version-reporting``); a stack can opt
out with ``analytics_reporting=False``. At synthesis, after aspects and before references are resolved, every
such stack gets a ``CDKMetadata`` construct holding an ``AWS::CDK::Metadata`` resource whose ``Analytics``
property lists the aws-cdk-lib classes used in the stack: ``"<version>!<fqn>"`` entries folded into a prefix
trie, gzipped as Node.js does and base64-encoded after ``v2:deflate64:``. In a region that does not support the
resource there is none; in an environment-agnostic stack the resource has the ``CDKMetadataAvailable``
condition listing the regions that do.
"""

from __future__ import annotations

import base64
import platform
import re
from collections.abc import Callable, Iterator
from typing import Any

from purecdk.constructs import Construct
from purecdk.core.struct_class import Struct
from purecdk.core.tokens.js import js_json_dumps

METADATA_ID = "CDKMetadata"
VERSION_REPORTING_CONTEXT = "aws:cdk:version-reporting"
ADDITIONAL_METADATA_FLAG = "@aws-cdk/core:enableAdditionalMetadataCollection"
MIXIN_METADATA = "aws:cdk:analytics:mixin"
ADDITIONAL_TELEMETRY_METADATA = frozenset(
    {"aws:cdk:analytics:construct", "aws:cdk:analytics:method", "aws:cdk:analytics:featureflag"}
)
ALLOWED_FQN_PREFIXES = (
    "@aws-cdk/",
    "@aws-cdk-containers/",
    "@aws-solutions-konstruk/",
    "@aws-solutions-constructs/",
    "@amzn/",
    "@cdklabs/",
    "aws-rfdk.",
    "aws-cdk-lib.",
    "cdk8s.",
)
CDK_METADATA_REGIONS = (
    "af-south-1",
    "ap-east-1",
    "ap-northeast-1",
    "ap-northeast-2",
    "ap-northeast-3",
    "ap-south-1",
    "ap-south-2",
    "ap-southeast-1",
    "ap-southeast-2",
    "ap-southeast-3",
    "ap-southeast-4",
    "ca-central-1",
    "ca-west-1",
    "cn-north-1",
    "cn-northwest-1",
    "eu-central-1",
    "eu-central-2",
    "eu-north-1",
    "eu-south-1",
    "eu-south-2",
    "eu-west-1",
    "eu-west-2",
    "eu-west-3",
    "il-central-1",
    "me-central-1",
    "me-south-1",
    "sa-east-1",
    "us-east-1",
    "us-east-2",
    "us-west-1",
    "us-west-2",
)
"""The regions where ``AWS::CDK::Metadata`` exists, in aws-cdk-lib 2.275.0's region-info order."""

_FQN_SEPARATOR = re.compile(r"[^a-z0-9]", re.IGNORECASE | re.ASCII)
_AGENT_UNSAFE = re.compile(r"[^a-z0-9./=_-]", re.IGNORECASE | re.ASCII)


class ConstructAnalytics(Struct, frozen=False):
    """One reported class: its fqn and version, plus the metadata its constructs recorded."""

    fqn: str
    version: str
    metadata: list[Any] | None = None
    additional_telemetry: list[Any] | None = None


def version_reporting_enabled(stack: Any, analytics_reporting: bool | None) -> bool:
    """Whether a new stack reports versions: its ``analytics_reporting``, else the context (never when nested)."""
    if getattr(stack, "nested_stack_parent", None) is not None:
        return False
    value = (
        analytics_reporting
        if analytics_reporting is not None
        else stack.node.try_get_context(VERSION_REPORTING_CONTEXT)
    )
    return _js_truthy(value)


def _js_truthy(value: Any) -> bool:
    if isinstance(value, (list, dict)):
        return True
    return bool(value) and value == value


def jsii_agent() -> str:
    """The runtime aws-cdk-lib reports for a Python app (what jsii puts into ``JSII_AGENT``)."""
    return _AGENT_UNSAFE.sub("-", f"Python/{platform.python_version()}")


def mixin_recorder(host: Any) -> Callable[[Any, Any], None]:
    """How ``host.with_(...)`` notes applied mixins: stacks, L1s and L2s record them, other constructs do not."""
    from purecdk.core.cfn_element import CfnElement
    from purecdk.core.resource import Resource
    from purecdk.core.stack import Stack

    if isinstance(host, (Stack, CfnElement, Resource)):
        return record_mixin
    return _ignore_mixin


def _ignore_mixin(construct: Any, mixin: Any) -> None:
    return None


def record_mixin(construct: Any, mixin: Any) -> None:
    """Note on ``construct`` that ``mixin`` was applied to it (reported even without additional metadata)."""
    fqn = mixin_fqn(mixin)
    reported = fqn if fqn is not None and fqn.startswith(ALLOWED_FQN_PREFIXES) else "*"
    construct.node.add_metadata(MIXIN_METADATA, {"mixin": reported})


def mixin_fqn(mixin: Any) -> str | None:
    """The aws-cdk-lib class name of a mixin object (None for a class of the app's own)."""
    from purecdk.core.tree_metadata import CDK_LIB

    for cls in type(mixin).__mro__:
        fqn = cls.__dict__.get("_FQN")
        if fqn:
            return str(fqn)
        if cls.__module__.startswith("purecdk."):
            modules = cls.__module__.split(".")
            # the service's mixins live in its ``mixins`` submodule (aws-cdk-lib.aws_ecr.mixins.X)
            namespace = [m for m in modules if m.startswith("aws_")][:1]
            if namespace and "mixins" in modules:
                namespace.append("mixins")
            return ".".join([CDK_LIB, *namespace, cls.__name__])
    return None


def _constructs_in_scope(scope: Any) -> Iterator[Any]:
    """``scope`` and its descendants, depth first, without nested stages and stacks."""
    from purecdk.core.stack import Stack
    from purecdk.core.stage import Stage

    pending = [scope]
    while pending:
        construct = pending.pop()
        yield construct
        children = [c for c in construct.node.children if not isinstance(c, (Stage, Stack))]
        pending.extend(reversed(children))


def construct_analytics(scope: Any) -> list[ConstructAnalytics]:
    """The classes used in ``scope`` (a stack), each once per version, with their recorded metadata."""
    from purecdk.core.resource import Resource
    from purecdk.core.tree_metadata import construct_fqn

    infos: list[ConstructAnalytics] = []
    for construct in _constructs_in_scope(scope):
        fqn, version = construct_fqn(construct)
        if not fqn.startswith(ALLOWED_FQN_PREFIXES):
            continue
        metadata: list[Any] = []
        telemetry: list[Any] = []
        is_resource = isinstance(construct, Resource)
        for entry in construct.node.metadata:
            if is_resource and entry["type"] in ADDITIONAL_TELEMETRY_METADATA:
                telemetry.append(entry.get("data"))
            elif entry["type"] == MIXIN_METADATA:
                metadata.append(entry.get("data"))
        infos.append(ConstructAnalytics(fqn, version, metadata or None, telemetry or None))
    infos.append(ConstructAnalytics("jsii-runtime.Runtime", jsii_agent()))

    unique: dict[str, ConstructAnalytics] = {}
    for info in infos:
        key = f"{info.fqn}@{info.version}"
        existing = unique.get(key)
        if existing is None:
            unique[key] = info
            continue
        # as aws-cdk-lib: the first construct's lists collect the others' (and only if it has a list itself)
        if existing.additional_telemetry is not None and info.additional_telemetry is not None:
            existing.additional_telemetry.extend(info.additional_telemetry)
        if existing.metadata is not None and info.metadata is not None:
            existing.metadata.extend(info.metadata)
    return list(unique.values())


def reported_analytics(stack: Any) -> list[ConstructAnalytics]:
    """What a stack reports: additional telemetry only with ``@aws-cdk/core:enableAdditionalMetadataCollection``."""
    from purecdk.core.feature_flags import FeatureFlags

    analytics = construct_analytics(stack)
    if FeatureFlags.of(stack).is_enabled(ADDITIONAL_METADATA_FLAG):
        return analytics
    return [ConstructAnalytics(a.fqn, a.version, a.metadata) for a in analytics]


def format_analytics(infos: list[ConstructAnalytics]) -> str:
    """The ``Analytics`` value: ``v2:deflate64:`` and the gzipped, base64-encoded prefix trie of the classes."""
    from purecdk.core.node_gzip import gzip_like_node

    trie: dict[str, Any] = {}
    for info in infos:
        node = trie
        for part in _FQN_SEPARATOR.sub(lambda m: m.group(0) + " ", f"{info.version}!{info.fqn}").split(" "):
            node = node.setdefault(part, {})
        reported = (info.metadata or []) + (info.additional_telemetry or [])
        if reported:
            node[js_json_dumps(reported)] = {}
    compressed = bytearray(gzip_like_node(_prefix_encode(trie).encode("utf-8")))
    compressed[9] = 0xFF  # the operating system byte of the gzip header: "unknown"
    return "v2:deflate64:" + base64.b64encode(bytes(compressed)).decode("ascii")


def _prefix_encode(trie: dict[str, Any]) -> str:
    parts: list[str] = []
    for key, child in trie.items():
        if len(child) > 1:
            parts.append(key + "{" + _prefix_encode(child) + "}")
        else:
            parts.append(key + _prefix_encode(child))
    return ",".join(parts)


class MetadataResource(Construct):
    """The ``CDKMetadata`` construct of a stack (its analytics are collected when it is created)."""

    _FQN = "constructs.Construct"

    def __init__(self, stack: Any, id: str) -> None:
        from purecdk.core.tokens.token import unresolved

        super().__init__(stack, id)
        region = stack.region
        if not unresolved(region) and region not in CDK_METADATA_REGIONS:
            return
        from purecdk.core.cfn_condition import CfnCondition
        from purecdk.core.cfn_resource import CfnResource
        from purecdk.core.tokens.lazy import Lazy

        analytics = reported_analytics(stack)
        resource = CfnResource(
            self,
            "Default",
            type="AWS::CDK::Metadata",
            properties={"Analytics": Lazy.string(lambda *_: format_analytics(analytics))},
        )
        if unresolved(region):
            condition = CfnCondition(self, "Condition", expression=_metadata_available_expression())
            condition.override_logical_id("CDKMetadataAvailable")
            resource.cfn_options.condition = condition


def _metadata_available_expression() -> Any:
    from purecdk.core.fn import Fn
    from purecdk.core.pseudo import Aws

    return Fn.condition_or(*(Fn.condition_equals(Aws.REGION, region) for region in CDK_METADATA_REGIONS))


def inject_metadata_resources(root: Any) -> None:
    """Give every stack under ``root`` that reports versions its ``CDKMetadata`` (children before parents)."""
    from purecdk.core.stack import Stack

    for construct in _post_order(root):
        if isinstance(construct, Stack) and getattr(construct, "_version_reporting_enabled", False):
            if construct.node.try_find_child(METADATA_ID) is None:
                MetadataResource(construct, METADATA_ID)


def _post_order(root: Any) -> list[Any]:
    order: list[Any] = []
    pending: list[tuple[Any, bool]] = [(root, False)]
    while pending:
        construct, visited = pending.pop()
        if visited:
            order.append(construct)
            continue
        pending.append((construct, True))
        pending.extend((child, False) for child in reversed(construct.node.children))
    return order
