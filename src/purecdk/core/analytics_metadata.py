"""Recording L2 constructs' properties and method calls for the ``CDKMetadata`` analytics.

With the feature flag ``@aws-cdk/core:enableAdditionalMetadataCollection`` on (``cdk init`` sets it), aws-cdk-lib's
L2 constructs note their constructor properties (metadata ``aws:cdk:analytics:construct``) and the calls of
their public methods (``aws:cdk:analytics:method``, ``{"<methodName>": [<arguments>]}``), redacted against an
allowlist per class (``_analytics_allowlist``, generated from aws-cdk-lib): booleans and the values of known
enums stay literal, allowed keys of objects are kept (recursively), every other value becomes ``"*"``. The
``CDKMetadata`` resource encodes them (``metadata_resource``).

The values are seen as aws-cdk-lib's JavaScript sees them: a purecdk struct (dataclass or mapping) is an object of
its set fields, camelCase, in the order jsii's Python bindings pass them (``STRUCT_FIELDS``), except a
mapping with camelCase keys, which jsii passes as it is; an enum member
is its value; other objects expose what JavaScript would enumerate through ``_js_own_properties()`` (or are
opaque objects with unknown keys; those of the app's own classes are jsii proxies, objects without keys);
``JsObject`` is an object literal written by aws-cdk-lib itself, keys in order, ``None`` standing for
``undefined``.

Nothing is done (the flag is looked up once per call, before any other work) when the flag is off.
"""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from purecdk.constructs import Construct
from purecdk.core.struct_class import Struct, struct_values
from purecdk.core.tokens.token import unresolved

ADDITIONAL_METADATA_FLAG = "@aws-cdk/core:enableAdditionalMetadataCollection"
CONSTRUCT_METADATA = "aws:cdk:analytics:construct"
METHOD_METADATA = "aws:cdk:analytics:method"
_NOT_PROPS = frozenset({"self", "scope", "id", "__class__"})
_ALLOWED_BY_CLASS: dict[type, Any] = {}
_PASSED: ContextVar[tuple[Mapping[str, Any], str | None] | None] = ContextVar("purecdk_passed_props", default=None)


class JsObject(dict[str, Any]):
    """An object literal of aws-cdk-lib's code: camelCase keys in its order; a ``None`` value is ``undefined``."""


def collecting(construct: Any) -> bool:
    """Whether ``construct`` records analytics metadata (the feature flag, as seen from it)."""
    value = construct.node.try_get_context(ADDITIONAL_METADATA_FLAG)
    if isinstance(value, str):
        return value.lower() == "true"
    return bool(value)


def add_construct_metadata(construct: Any, props: Mapping[str, Any]) -> None:
    """Record an L2 construct's properties: its constructor's keyword arguments (e.g. ``locals()``), or the
    ``JsObject`` aws-cdk-lib's own code passes when it creates the construct.

    Of keyword arguments, ``None`` values (options not given) and ``self``/``scope``/``id`` are left out.
    """
    passed = _PASSED.get()
    if passed is not None:
        _PASSED.set(None)
    if not collecting(construct):
        return
    if passed is not None:
        props = passed[0] if isinstance(passed[0], JsObject) else _struct(passed[1], passed[0])
    elif not isinstance(props, JsObject):
        fqn = _fqn(construct)
        props = _struct(".".join([*fqn[1:-1], fqn[-1] + "Props"]), props, only_fields=True)
    construct.node.add_metadata(CONSTRUCT_METADATA, redact_for(construct, props))


@contextmanager
def passing_props(props: Mapping[str, Any] | None, struct: str | None = None) -> Iterator[None]:
    """While active, the next L2 construct created records ``props`` as its properties: where aws-cdk-lib
    passes a construct another object than its keyword arguments would make (an options object it got, or an
    object literal). ``props``: a ``JsObject``, or the fields of the struct ``struct`` (``<module>.<Name>``);
    ``None`` changes nothing."""
    if props is None:
        yield
        return
    token = _PASSED.set((props, struct))
    try:
        yield
    finally:
        _PASSED.reset(token)


def add_method_metadata(construct: Any, method: str, args: Sequence[Any]) -> None:
    """Record a call of ``construct``'s method ``method`` (aws-cdk-lib's camelCase name) with JavaScript's ``args``."""
    if not collecting(construct):
        return
    construct.node.add_metadata(METHOD_METADATA, redact_for(construct, JsObject({method: list(args)})))


def redact_for(construct: Any, data: Any) -> Any:
    """``data`` redacted with the allowlist of ``construct``'s aws-cdk-lib class (``"*"`` for a class without)."""
    cls = type(construct)
    if cls not in _ALLOWED_BY_CLASS:
        from purecdk.core._analytics_allowlist import CONSTRUCTOR_PROPS

        parts = [part.replace("_", "-") for part in _fqn(construct)]
        found = CONSTRUCTOR_PROPS.get(".".join(parts[:2]), {}).get(parts[2]) if len(parts) == 3 else None
        _ALLOWED_BY_CLASS[cls] = found
    allowed = _ALLOWED_BY_CLASS[cls]
    return "*" if allowed is None else redact(allowed, data)


def redact(allowed: Any, data: Any) -> Any:
    """aws-cdk-lib's ``redactTelemetryDataHelper``: what of ``data`` may be reported under ``allowed``."""
    if allowed is None:
        return "*"
    if isinstance(data, enum.Enum):
        data = data.value
    if data is True or data is False:
        return data
    if type(allowed) is str and allowed != "*" and allowed != "boolean":
        from purecdk.core._analytics_allowlist import ENUMS

        if data in ENUMS.get(allowed, ()):
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
        return _struct(None, value)  # a struct given as a dict of Python names
    if isinstance(value, Struct):
        module = [m for m in type(value).__module__.split(".") if m.startswith("aws_")][:1]
        return _struct(".".join([*module, type(value).__name__]), struct_values(value))
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        module = [m for m in type(value).__module__.split(".") if m.startswith("aws_")][:1]
        fields = {f.name: getattr(value, f.name) for f in dataclasses.fields(value)}
        return _struct(".".join([*module, type(value).__name__]), fields)
    own = getattr(value, "_js_own_properties", None)
    if own is not None:
        return dict(own())
    if any(cls.__module__.startswith("purecdk.") and not _is_protocol(cls) for cls in type(value).__mro__):
        return _OPAQUE_OBJECT
    return {}  # an object of the app's own class: in JavaScript, a jsii proxy without properties


def _is_protocol(cls: type) -> bool:
    return bool(getattr(cls, "_is_protocol", False))


class _Opaque(dict[str, Any]):
    """An object with properties of unknown names: non-empty, yet no key matches an allowlist."""

    def __bool__(self) -> bool:
        return True


_OPAQUE_OBJECT = _Opaque()


def struct_object(struct: str, fields: Mapping[str, Any]) -> JsObject:
    """The object jsii's Python bindings pass for the struct ``struct`` (``<module>.<Name>``) of ``fields``
    (snake_case names; ``None`` for fields not given). Only for use when ``collecting``: it reads the tables."""
    return _struct(struct, fields)


def _fqn(construct: Any) -> list[str]:
    from purecdk.core.tree_metadata import construct_fqn

    return construct_fqn(construct)[0].split(".")


def _struct(name: str | None, fields: Mapping[str, Any], only_fields: bool = False) -> JsObject:
    """The JavaScript object jsii's Python bindings make of the struct ``name`` (``<module>.<Name>``): the fields
    given (not ``None``), camelCase, in the struct's field order (unknown structs: sorted as jsii sorts).

    ``only_fields``: ``fields`` are a constructor's locals; of a known struct, only its fields are kept.
    """
    from purecdk.core._analytics_allowlist import IRREGULAR_NAMES, STRUCT_FIELDS

    known = STRUCT_FIELDS.get(name or "")
    given = {
        IRREGULAR_NAMES.get(str(key)) or _camel(str(key)): value for key, value in fields.items() if value is not None
    }
    if only_fields:
        given = {
            key: value
            for key, value in given.items()
            if (key in known if known is not None else key not in _NOT_PROPS)
        }
    order = {field: index for index, field in enumerate(known or ())}
    return JsObject(sorted(given.items(), key=lambda item: (order.get(item[0], len(order)), item[0].lower())))


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)
