"""Turning structs (``Struct`` subclasses, dataclasses or dicts) into the plain objects CloudFormation wants."""

from __future__ import annotations

import enum
from typing import Any

from purecdk.core.struct_class import Struct


def snake_to_camel(name: str) -> str:
    """``assert_description`` -> ``assertDescription`` (a trailing ``_`` is dropped)."""
    name = name.rstrip("_")
    head, *rest = name.split("_")
    return head + "".join(p[:1].upper() + p[1:] for p in rest)


def to_jsii_value(value: Any) -> Any:
    """Structs (``Struct`` subclasses, dataclasses) become dicts with camelCase keys, recursively; other values stay."""
    to_jsii = getattr(value, "_to_jsii", None)
    if to_jsii is not None and not isinstance(value, type):
        return to_jsii_value(to_jsii())
    if isinstance(value, Struct):
        names: Any = (name for name, _ in value._struct_fields)
    elif hasattr(type(value), "__dataclass_fields__") and not isinstance(value, type):
        import dataclasses  # only dataclasses get here, so the module is loaded already

        names = (f.name for f in dataclasses.fields(value))
    else:
        names = None
    if names is not None:
        return {
            snake_to_camel(name): to_jsii_value(getattr(value, name))
            for name in names
            if getattr(value, name) is not None
        }
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dict):
        return {k: to_jsii_value(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_jsii_value(v) for v in value]
    return value


def capitalize_property_names(value: Any) -> Any:
    """Upper-case the first letter of every key, recursively (after struct conversion)."""
    value = to_jsii_value(value)
    if isinstance(value, dict):
        return {(k[:1].upper() + k[1:]): capitalize_property_names(v) for k, v in value.items()}
    if isinstance(value, list):
        return [capitalize_property_names(v) for v in value]
    return value


def get_field(obj: Any, snake: str, default: Any = None) -> Any:
    """Read a struct field from a dataclass, an object or a dict (snake_case or camelCase key)."""
    if obj is None:
        return default
    if isinstance(obj, dict):
        if snake in obj:
            return obj[snake]
        return obj.get(snake_to_camel(snake), default)
    return getattr(obj, snake, default)


def reference_attribute(obj: Any, ref_name: str, field: str) -> Any:
    """``obj.<ref_name>.<field>`` when ``obj`` has that reference struct (``role.role_ref.role_arn``), else
    ``obj.<field>``: how aws-cdk-lib's L2s read an identifying attribute of an L1 or an L2."""
    ref = getattr(obj, ref_name, None)
    value = get_field(ref, field) if ref is not None else None
    return value if value is not None else getattr(obj, field)
