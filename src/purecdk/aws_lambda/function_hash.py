"""The hash of a function's configuration that names its ``CurrentVersion`` (aws-cdk-lib's ``calculateFunctionHash``).

A new ``AWS::Lambda::Version`` is only published when its logical id changes, so ``Function.current_version``
appends to the version's logical id an MD5 of everything that makes the function different:

* with ``@aws-cdk/aws-lambda:recognizeVersionProps`` (on unless configured off): the function's resolved
  properties, restricted to those that are locked to a version (``VERSION_LOCKED`` plus what
  ``Function.classify_version_property`` added), in a fixed order; an unknown property is an error;
* without it: the whole resolved resource (type, properties in that order, ``DependsOn``, metadata, ...);
* with ``@aws-cdk/aws-lambda:recognizeLayerVersion``: also a hash of the function's layers;
* the strings given to ``Function.invalidate_version_based_on``.

Everything is serialized as ``JSON.stringify`` would write it, so the hashes equal aws-cdk-lib's.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from purecdk import _digests as digests
from purecdk.core.feature_flags import FeatureFlags
from purecdk.core.stack import Stack
from purecdk.core.tokens.js import js_json_dumps

RECOGNIZE_VERSION_PROPS = "@aws-cdk/aws-lambda:recognizeVersionProps"
RECOGNIZE_LAYER_VERSION = "@aws-cdk/aws-lambda:recognizeLayerVersion"

VERSION_LOCKED: dict[str, bool] = {
    # locked to a version: changing them needs a new version
    "Architectures": True,
    "Code": True,
    "DeadLetterConfig": True,
    "Description": True,
    "Environment": True,
    "EphemeralStorage": True,
    "FileSystemConfigs": True,
    "FunctionName": True,
    "Handler": True,
    "ImageConfig": True,
    "KmsKeyArn": True,
    "Layers": True,
    "MemorySize": True,
    "PackageType": True,
    "RecursiveLoop": True,
    "Role": True,
    "Runtime": True,
    "RuntimeManagementConfig": True,
    "SnapStart": True,
    "Timeout": True,
    "TracingConfig": True,
    "VpcConfig": True,
    "LoggingConfig": True,
    "CapacityProviderConfig": True,
    "FunctionScalingConfig": True,
    "PublishToLatestPublished": True,
    "DurableConfig": True,
    # not locked: they apply to the function, not to a version
    "CodeSigningConfigArn": False,
    "ReservedConcurrentExecutions": False,
    "Tags": False,
    "TenancyConfig": False,
}
"""Whether each ``AWS::Lambda::Function`` property is part of a published version (aws-cdk-lib's table)."""

_FUNCTION_KEY_ORDER = (
    "Code", "Handler", "Role", "Runtime", "Architectures", "CodeSigningConfigArn", "DeadLetterConfig",
    "Description", "Environment", "EphemeralStorage", "FileSystemConfigs", "FunctionName", "ImageConfig",
    "KmsKeyArn", "Layers", "MemorySize", "PackageType", "ReservedConcurrentExecutions",
    "RuntimeManagementConfig", "SnapStart", "Tags", "Timeout", "TracingConfig", "VpcConfig",
)
_LAYER_KEY_ORDER = (
    "Content", "CompatibleArchitectures", "CompatibleRuntimes", "Description", "LayerName", "LicenseInfo",
)


def calculate_function_hash(fn: Any, additional: str = "") -> str:
    """The MD5 (hex) of ``fn``'s version-relevant configuration followed by ``additional``."""
    stack = Stack.of(fn)
    resource = fn.node.default_child
    template, logical_id, properties = _resolve_single_resource(stack, resource)
    flags = FeatureFlags.of(fn)
    if flags.is_enabled(RECOGNIZE_VERSION_PROPS):
        config = js_json_dumps(_sort_keys(_version_locked_properties(properties, fn), _FUNCTION_KEY_ORDER))
    else:
        template["Resources"][logical_id]["Properties"] = _sort_keys(properties, _FUNCTION_KEY_ORDER)
        config = js_json_dumps(template)
    if flags.is_enabled(RECOGNIZE_LAYER_VERSION):
        config += _layers_hash(getattr(fn, "_layers", ()))
    return str(digests.md5((config + additional).encode("utf-8")).hexdigest())


def trim_from_start(text: str, max_length: int) -> str:
    """The last ``max_length`` characters of ``text``."""
    return text[len(text) - min(max_length, len(text)):]


def _version_locked_properties(properties: dict[str, Any], fn: Any) -> dict[str, Any]:
    from purecdk.aws_lambda.function import Function

    classified = {**VERSION_LOCKED, **Function._VER_PROPS}
    unclassified = [k for k, v in properties.items() if v is not None and k not in classified]
    if unclassified:
        raise ValueError(
            f"The following properties are not recognized as version properties: [{','.join(unclassified)}]. "
            "See the README of the aws-lambda module to learn more about this and to fix it. "
            f"(at {fn.node.path})"
        )
    return {k: v for k, v in properties.items() if classified.get(k)}


def _sort_keys(properties: dict[str, Any], known_order: Sequence[str]) -> dict[str, Any]:
    """Known keys first in ``known_order``, the others sorted (JavaScript's string order: by UTF-16 units)."""
    ordered = {k: properties[k] for k in known_order if k in properties}
    for key in sorted((k for k in properties if k not in ordered), key=lambda k: k.encode("utf-16-be")):
        ordered[key] = properties[key]
    return ordered


def _layers_hash(layers: Sequence[Any]) -> str:
    """The hash of the function's layers (purecdk has no ``LayerVersion``: only owned layers are hashed)."""
    config: dict[str, Any] = {}
    for layer in sorted(layers, key=lambda x: x.node.path):
        _, _, properties = _resolve_single_resource(Stack.of(layer), layer.node.default_child)
        config[layer.node.id] = _sort_keys(properties, _LAYER_KEY_ORDER)
    return str(digests.md5(js_json_dumps(config).encode("utf-8")).hexdigest())


def _resolve_single_resource(stack: Stack, resource: Any) -> tuple[dict[str, Any], str, dict[str, Any]]:
    template = stack.resolve(resource._to_cloud_formation())
    resources = template.get("Resources", {})
    if len(resources) != 1:
        raise ValueError(
            f"Expected one rendered CloudFormation resource but found {len(resources)} (at {resource.node.path})"
        )
    logical_id = next(iter(resources))
    properties = resources[logical_id].get("Properties")
    return template, logical_id, dict(properties or {})
