"""Recording L2 constructs' properties and method calls for the ``CDKMetadata`` analytics.

With the feature flag ``@aws-cdk/core:enableAdditionalMetadataCollection`` on (``cdk init`` sets it), aws-cdk-lib's
L2 constructs note their constructor properties (metadata ``aws:cdk:analytics:construct``) and the calls of
their public methods (``aws:cdk:analytics:method``, ``{"<methodName>": [<arguments>]}``), redacted against an
allowlist per class (``_analytics_allowlist``, generated from aws-cdk-lib): booleans and the values of known
enums stay literal, allowed keys of objects are kept (recursively), every other value becomes ``"*"``. The
``CDKMetadata`` resource encodes them (``metadata_resource``).

The values are seen as aws-cdk-lib's JavaScript sees them: a purecdk struct (dataclass or mapping) is an object of
its set fields, camelCase, in the order jsii's Python bindings pass them (sorted by Python name), except a
mapping with camelCase keys, which jsii passes as it is; an enum member
is its value; other objects expose what JavaScript would enumerate through ``_js_own_properties()`` (or are
opaque objects with unknown keys); ``JsObject`` is an object literal written by aws-cdk-lib itself, keys in
order, ``None`` standing for ``undefined``.

Nothing is done (the flag is looked up once per call, before any other work) when the flag is off.
"""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Mapping, Sequence
from typing import Any

ADDITIONAL_METADATA_FLAG = "@aws-cdk/core:enableAdditionalMetadataCollection"
CONSTRUCT_METADATA = "aws:cdk:analytics:construct"
METHOD_METADATA = "aws:cdk:analytics:method"
_NOT_PROPS = frozenset({"self", "scope", "id", "__class__"})


class JsObject(dict[str, Any]):
    """An object literal of aws-cdk-lib's code: camelCase keys in its order; a ``None`` value is ``undefined``."""


def collecting(construct: Any) -> bool:
    """Whether ``construct`` records analytics metadata (the feature flag, as seen from it)."""
    value = construct.node.try_get_context(ADDITIONAL_METADATA_FLAG)
    if isinstance(value, str):
        return value.lower() == "true"
    return bool(value)


def add_construct_metadata(construct: Any, props: Mapping[str, Any]) -> None:
    """Record an L2 construct's properties (``props``: its constructor's keyword arguments, e.g. ``locals()``).

    ``None`` values (options not given) and the ``self``/``scope``/``id`` parameters are left out.
    """
    if not collecting(construct):
        return
    given = JsObject(
        (_camel(key), value) for key, value in sorted(props.items()) if value is not None and key not in _NOT_PROPS
    )
    construct.node.add_metadata(CONSTRUCT_METADATA, redact_for(construct, given))


def add_method_metadata(construct: Any, method: str, args: Sequence[Any]) -> None:
    """Record a call of ``construct``'s method ``method`` (aws-cdk-lib's camelCase name) with JavaScript's ``args``."""
    if not collecting(construct):
        return
    construct.node.add_metadata(METHOD_METADATA, redact_for(construct, JsObject({method: list(args)})))


def redact_for(construct: Any, data: Any) -> Any:
    """``data`` redacted with the allowlist of ``construct``'s aws-cdk-lib class (``"*"`` for a class without)."""
    from purecdk.core._analytics_allowlist import CONSTRUCTOR_PROPS
    from purecdk.core.tree_metadata import construct_fqn

    parts = construct_fqn(construct)[0].replace("_", "-").split(".")
    if len(parts) != 3:
        return "*"
    allowed = CONSTRUCTOR_PROPS.get(".".join(parts[:2]), {}).get(parts[2])
    if allowed is None:
        return "*"
    return redact(allowed, data)


def redact(allowed: Any, data: Any) -> Any:
    """aws-cdk-lib's ``redactTelemetryDataHelper``: what of ``data`` may be reported under ``allowed``."""
    from purecdk.constructs import Construct
    from purecdk.core._analytics_allowlist import ENUMS
    from purecdk.core.tokens.token import unresolved

    if allowed is None:
        return "*"
    if isinstance(data, enum.Enum):
        data = data.value
    if isinstance(data, bool):
        return data
    if isinstance(allowed, str) and allowed in ENUMS and data in ENUMS[allowed]:
        return data
    if data is None or isinstance(data, (str, int, float)) or unresolved(data):
        return "*"
    if isinstance(data, (list, tuple)):
        if isinstance(allowed, list):
            return [redact(allowed[i] if i < len(allowed) else None, item) for i, item in enumerate(data)]
        return [redact(allowed, item) for item in data]
    if isinstance(data, Construct):
        return "*"
    entries = js_entries(data)
    if not entries:
        return "*"
    result: dict[str, Any] = {}
    if isinstance(allowed, (dict, list)):
        keys = allowed if isinstance(allowed, dict) else {str(i): v for i, v in enumerate(allowed)}
        for key, value in entries.items():
            if key not in keys or unresolved(key):
                continue
            result[key] = "*" if keys[key] == "*" else redact(keys[key], value)
    return result


def js_entries(value: Any) -> Mapping[str, Any]:
    """What JavaScript's ``Object.entries`` yields for ``value`` as aws-cdk-lib receives it (see the module doc)."""
    if isinstance(value, JsObject):
        return value
    if isinstance(value, Mapping):
        keys = [str(k) for k in value]
        if not any("_" in k for k in keys) and any(k != k.lower() for k in keys):
            return value  # camelCase keys: a JavaScript object as written (in a list, jsii passes it unchanged)
        # a struct given as a dict of Python names: jsii's bindings build the struct (fields sorted by name)
        return {_camel(str(k)): v for k, v in sorted(value.items(), key=lambda kv: str(kv[0])) if v is not None}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        fields = sorted(f.name for f in dataclasses.fields(value))
        return {_camel(name): getattr(value, name) for name in fields if getattr(value, name) is not None}
    own = getattr(value, "_js_own_properties", None)
    if own is not None:
        return dict(own())
    return _OPAQUE_OBJECT


class _Opaque(dict[str, Any]):
    """An object with properties of unknown names: non-empty, yet no key matches an allowlist."""

    def __bool__(self) -> bool:
        return True


_OPAQUE_OBJECT = _Opaque()


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)
