"""Runtime shared by the generated L1 (``Cfn*``) classes: validation, storage and rendering.

The generated modules (``purecdk/aws_*/_generated.py``, written by ``tools/gen_l1.py``) hold only
class shells and compact spec tables; everything that runs lives here, once.

A *type spec* is one of ``_S`` (string), ``_N`` (number), ``_B`` (boolean), ``_J`` (JSON: an object or
array once resolved, aws-cdk-lib's ``Json``), ``_A`` (JSON or a string),
``_T`` (a ``CfnTag``), ``(_L, spec)`` (list), ``(_M, spec)`` (map with string keys),
``(_U, spec, ...)`` (union), ``(_R, spec, ((ref attribute, field), ...))`` (a value that may also
be given as a reference object, e.g. ``role.role_ref.role_arn``), or an ``L1Struct`` subclass.
A *property row* is ``(python name, jsii name, CloudFormation name, type spec, required)``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Generic, TypeVar, overload

from purecdk.core.cfn_resource import CfnResource
from purecdk.core.cfn_tag import CfnTag
from purecdk.core.resolution_type_hint import ResolutionTypeHint
from purecdk.core.tokens import Token

if TYPE_CHECKING:
    from purecdk.constructs import Construct

_S = "string"
_N = "number"
_B = "boolean"
_J = "json"
_A = "json-or-string"
_T = "tag"
_L = "list"
_M = "map"
_U = "union"
_R = "ref"

T = TypeVar("T")
Row = tuple[str, str, str, Any, bool]

_DESCRIPTIONS = {
    _S: "a string",
    _N: "a number",
    _B: "a boolean",
    _T: "a CfnTag",
    _J: "an 'object'",
    _A: "a string or an 'object'",
}


class _Invalid(Exception):
    """A value does not fit its type spec; ``path`` says where, innermost last."""

    def __init__(self, expected: str, value: Any, path: list[str] | None = None):
        super().__init__(expected)
        self.expected = expected
        self.value = value
        self.path = path or []

    def describe(self) -> str:
        got = type(self.value).__name__
        shown = repr(self.value)
        if len(shown) > 60:
            shown = shown[:57] + "..."
        return f"expected {self.expected}, got {got} {shown}"


def _is_token(v: Any) -> bool:
    return Token.is_unresolved(v)


def _describe(t: Any) -> str:
    if isinstance(t, str):
        return _DESCRIPTIONS[t]
    if isinstance(t, tuple):
        if t[0] == _L:
            return f"a list of ({_describe(t[1])})"
        if t[0] == _M:
            return f"a mapping of string to ({_describe(t[1])})"
        if t[0] == _R:
            return _describe(t[1])
        return " or ".join(_describe(x) for x in t[1:])
    return f"a {t.__qualname__} (or a dict with its camelCase keys)"


def _coerce(v: Any, t: Any) -> Any:
    """``v`` checked against ``t``: dicts become structs, tuples lists. Raises ``_Invalid``."""
    if t is _S:
        if isinstance(v, str) or _is_token(v):
            return v
    elif t is _N:
        if (isinstance(v, (int, float)) and not isinstance(v, bool)) or _is_token(v):
            return v
    elif t is _B:
        if isinstance(v, bool) or _is_token(v):
            return v
    elif t is _J or t is _A:
        return v
    elif t is _T:
        if isinstance(v, Mapping):
            if "key" in v and "value" in v:
                return CfnTag(key=v["key"], value=v["value"])
        elif (hasattr(v, "key") and hasattr(v, "value")) or _is_token(v):
            return v
    elif isinstance(t, tuple):
        kind = t[0]
        if kind == _L:
            if isinstance(v, (list, tuple)):
                if _is_token(v):
                    return v
                out = []
                for i, x in enumerate(v):
                    if x is None:
                        raise _Invalid(_describe(t[1]), x, [f"[{i}]"])
                    try:
                        out.append(_coerce(x, t[1]))
                    except _Invalid as e:
                        e.path.insert(0, f"[{i}]")
                        raise
                return out
            if _is_token(v):
                return v
        elif kind == _M:
            if isinstance(v, Mapping):
                out_map = {}
                for k, x in v.items():
                    try:
                        if not isinstance(k, str):
                            raise _Invalid("a string key", k)
                        out_map[k] = _coerce(x, t[1])
                    except _Invalid as e:
                        e.path.insert(0, f"[{k!r}]")
                        raise
                return out_map
            if _is_token(v):
                return v
        elif kind == _R:
            if not isinstance(v, str):
                for attr, fld in t[2]:
                    ref = getattr(v, attr, None)
                    if ref is not None:
                        x = ref.get(fld) if isinstance(ref, Mapping) else getattr(ref, fld, None)
                        if x is not None:
                            return x
            return _coerce(v, t[1])
        else:  # union: the first alternative that fits
            for alt in t[1:]:
                try:
                    return _coerce(v, alt)
                except _Invalid:
                    continue
    elif isinstance(v, t):
        return v
    elif isinstance(v, Mapping):
        return t._l1_from_dict(v)
    elif _is_token(v):
        return v
    raise _Invalid(_describe(t), v)


def _check_row(row: Row, v: Any) -> Any:
    if v is None:
        if row[4]:
            raise _Invalid("a value (the property is required)", v, [row[0]])
        return None
    try:
        return _coerce(v, row[3])
    except _Invalid as e:
        e.path.insert(0, row[0])
        raise


def _path_text(path: list[str]) -> str:
    text = ""
    for p in path:
        text += p if p.startswith("[") else (("." if text else "") + p)
    return text


# ---------------------------------------------------------------------------------------------
# Structs
# ---------------------------------------------------------------------------------------------


class L1Struct:
    """Base of generated struct classes: immutable, keyword-only, compared by value."""

    __slots__ = ()
    _l1_rows: tuple[Row, ...] = ()

    def _l1_init(self, values: tuple[Any, ...]) -> None:
        setter = object.__setattr__
        for row, v in zip(self._l1_rows, values, strict=True):
            try:
                v = _check_row(row, v)
            except _Invalid as e:
                raise _struct_error(type(self), e) from None
            setter(self, row[0], v)

    @classmethod
    def _l1_from_dict(cls, d: Mapping[str, Any]) -> Any:
        """A struct from a dict with jsii (camelCase) keys; unknown keys are ignored, as in jsii."""
        self = cls.__new__(cls)
        setter = object.__setattr__
        for row in cls._l1_rows:
            v = d.get(row[1])
            if v is None and row[4]:
                raise _Invalid(f"a {cls.__qualname__} (missing required key {row[1]!r})", dict(d))
            setter(self, row[0], _check_row(row, v))
        return self

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"{type(self).__qualname__} is immutable (cannot set {name!r})")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"{type(self).__qualname__} is immutable (cannot delete {name!r})")

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, r[0]) == getattr(other, r[0]) for r in self._l1_rows)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        parts = [f"{r[0]}={getattr(self, r[0])!r}" for r in self._l1_rows if getattr(self, r[0]) is not None]
        return f"{type(self).__name__}({', '.join(parts)})"

    def _to_jsii(self) -> dict[str, Any]:
        """The struct as jsii would hand it to JavaScript: a dict with camelCase keys."""
        out = {}
        for r in self._l1_rows:
            v = getattr(self, r[0])
            if v is not None:
                out[r[1]] = to_jsii(v)
        return out


def _struct_error(cls: type, e: _Invalid) -> TypeError:
    return TypeError(f"{cls.__qualname__}: invalid value for '{_path_text(e.path)}': {e.describe()}")


def to_jsii(v: Any) -> Any:
    """``v`` with L1 structs and ``CfnTag``s turned into camelCase dicts, recursively (tuples become lists)."""
    if isinstance(v, L1Struct):
        return v._to_jsii()
    if isinstance(v, CfnTag):
        return {"key": v.key, "value": v.value}
    if isinstance(v, (list, tuple)):
        return [to_jsii(x) for x in v]
    if isinstance(v, dict):
        return {k: to_jsii(x) for k, x in v.items()}
    return v


# ---------------------------------------------------------------------------------------------
# Rendering (jsii names -> CloudFormation names)
# ---------------------------------------------------------------------------------------------


def _can_inspect(v: Any) -> bool:
    """False for tokens and for values that already are CloudFormation intrinsics."""
    if v is None:
        return False
    if isinstance(v, dict):
        if len(v) == 1:
            (k,) = v
            if isinstance(k, str) and (k == "Ref" or k.startswith("Fn::")):
                return False
        return True
    if isinstance(v, str):
        return False  # strings render as themselves
    if isinstance(v, (list, tuple, L1Struct)):
        return not _is_token(v)
    return not _is_token(v)


def _render(v: Any, t: Any) -> Any:
    if not _can_inspect(v):
        return v
    if isinstance(t, str):
        if t is _T:
            if isinstance(v, Mapping):
                if "key" in v or "value" in v:
                    return {"Key": v.get("key"), "Value": v.get("value")}
                return v
            return {"Key": v.key, "Value": v.value}
        return v
    if isinstance(t, tuple):
        kind = t[0]
        if kind == _L:
            if isinstance(v, (list, tuple)):
                return [_render(x, t[1]) for x in v]
            return v
        if kind == _M:
            if isinstance(v, Mapping):
                return {k: _render(x, t[1]) for k, x in v.items()}
            return v
        if kind == _R:
            return _render(v, t[1])
        return _render(v, _pick_union(v, t[1:]))
    if isinstance(v, L1Struct):
        v = v._to_jsii()
    if isinstance(v, Mapping):
        out = {}
        for r in _cfn_order(t._l1_rows):
            x = v.get(r[1])
            if x is not None:
                out[r[2]] = _render(x, r[3])
        return out
    return v


def _fits(v: Any, t: Any) -> bool:
    if isinstance(t, type) and issubclass(t, L1Struct):
        if isinstance(v, t):
            return True
        return isinstance(v, Mapping) and all(r[1] in v for r in t._l1_rows if r[4])
    try:
        _coerce(v, t)
        return True
    except _Invalid:
        return False


def _pick_union(v: Any, alts: tuple[Any, ...]) -> Any:
    for alt in alts:
        if _fits(v, alt):
            return alt
    return _J


_ORDERED: dict[int, tuple[Row, ...]] = {}


def _cfn_order(rows: tuple[Row, ...]) -> tuple[Row, ...]:
    """Rows sorted by CloudFormation name: the key order aws-cdk-lib's generated renderers write."""
    ordered = _ORDERED.get(id(rows))
    if ordered is None:
        ordered = tuple(sorted(rows, key=lambda r: r[2]))
        _ORDERED[id(rows)] = ordered
    return ordered


def render_props(rows: tuple[Row, ...], props: Mapping[str, Any]) -> dict[str, Any]:
    """jsii-named ``props`` as CloudFormation properties (None values dropped)."""
    out = {}
    for r in _cfn_order(rows):
        v = props.get(r[1])
        if v is not None:
            out[r[2]] = _render(v, r[3])
    return out


# ---------------------------------------------------------------------------------------------
# Resources
# ---------------------------------------------------------------------------------------------


class L1Resource(CfnResource):
    """Base of generated ``Cfn*`` classes: stores, validates and renders the properties."""

    CFN_RESOURCE_TYPE_NAME: str = ""
    _l1_rows: tuple[Row, ...] = ()
    _l1_tagging: tuple[str, str, int] | None = None

    def __init__(self, scope: Construct, id: str, values: tuple[Any, ...]) -> None:
        super().__init__(scope, id, type=self.CFN_RESOURCE_TYPE_NAME)
        rows = self._l1_rows
        stored = []
        for row, v in zip(rows, values, strict=True):
            try:
                stored.append(_check_row(row, v))
            except _Invalid as e:
                raise self._l1_error(e) from None
        self._l1_values = stored
        tagging = self._l1_tagging
        if tagging is not None:
            from purecdk.core.tag_manager import TagManager, TagType

            mode, fmt, index = tagging
            initial = stored[index] if mode == "v1" else None
            manager = TagManager(getattr(TagType, fmt), self.CFN_RESOURCE_TYPE_NAME, initial,
                                 tag_property_name="tags")
            # "tags" (v1) or "cdk_tag_manager" (v2); declared by the generated class
            setattr(self, "tags" if mode == "v1" else "cdk_tag_manager", manager)

    def _l1_error(self, e: _Invalid) -> Exception:
        where = f"{type(self).__name__} at '{self.node.path}'"
        path = _path_text(e.path)
        if e.value is None and len(e.path) == 1:
            return ValueError(f"{where}: missing required property '{path}'")
        return TypeError(f"{where}: invalid value for property '{path}': {e.describe()}")

    @property
    def _cfn_properties(self) -> dict[str, Any]:
        """Current properties keyed by jsii (camelCase) names, structs as camelCase dicts."""
        out: dict[str, Any] = {}
        tagging = self._l1_tagging
        tag_index = tagging[2] if tagging is not None else -1
        rows, values = self._l1_rows, self._l1_values
        for i in _property_order(type(self)):
            row, v = rows[i], values[i]
            if i == tag_index:
                if tagging is not None and tagging[0] == "v1":
                    v = getattr(self, "tags").render_tags()  # noqa: B009
                else:
                    v = getattr(self, "cdk_tag_manager").render_tags(v)  # noqa: B009
            if v is not None:
                out[row[1]] = to_jsii(v)
        return out

    def _cfn_property_names(self) -> list[str]:
        return [r[2] for r in _cfn_order(self._l1_rows)]

    def _render_properties(self, props: dict[str, Any]) -> dict[str, Any]:
        problems = [
            f"  {r[1]}: {_js_text(props[r[1]])} should be {_describe(r[3])}"
            for r in self._l1_rows
            if props.get(r[1]) is not None and not _resolved_fits(props[r[1]], r[3])
        ]
        if problems:
            name = type(self).__name__
            raise TypeError(
                f'Resolution error: Supplied properties not correct for "{name}Props" at \'{self.node.path}\'\n'
                + "\n".join(problems)
            )
        return render_props(self._l1_rows, props)


_NOT_MAPPINGS = (str, bool, int, float, list, tuple, type(None))


def _is_intrinsic_value(v: Any) -> bool:
    if type(v) is not dict and (isinstance(v, _NOT_MAPPINGS) or not isinstance(v, Mapping)):
        return False  # (plain types first: the Mapping check is an ABC check, slow to say no)
    if len(v) != 1:
        return False
    key = next(iter(v))
    return isinstance(key, str) and (key in ("Ref", "Condition") or key.startswith("Fn::"))


def _js_text(v: Any) -> str:
    import json

    try:
        return json.dumps(v)
    except TypeError:
        return repr(v)


def _resolved_fits(v: Any, t: Any) -> bool:
    """Whether a resolved value fits a type spec, as aws-cdk-lib's generated validators check it at synthesis.

    Intrinsics and tokens always fit; ``_J`` (aws-cdk-lib's ``Json``) wants a JSON object or array, ``_A``
    also a string; structs (camelCase dicts by now) are checked field by field; tags are not inspected.
    """
    if v is None or _is_intrinsic_value(v) or _is_token(v):
        return True
    if t is _S:
        return isinstance(v, str)
    if t is _N:
        return isinstance(v, (int, float)) and not isinstance(v, bool)
    if t is _B:
        return isinstance(v, bool)
    if t is _J:
        return isinstance(v, (dict, list))
    if t is _A:
        return isinstance(v, (str, dict, list))
    if isinstance(t, tuple):
        if t[0] == _L:
            return isinstance(v, list) and all(_resolved_fits(x, t[1]) for x in v)
        if t[0] == _M:
            return isinstance(v, dict) and all(_resolved_fits(x, t[1]) for x in v.values())
        if t[0] == _R:
            return _resolved_fits(v, t[1])
        return any(_resolved_fits(v, alt) for alt in t[1:])
    if isinstance(t, type) and issubclass(t, L1Struct):
        return isinstance(v, dict) and all(_resolved_fits(v.get(r[1]), r[3]) for r in t._l1_rows)
    return True


def _property_order(cls: type[L1Resource]) -> list[int]:
    """Row indexes in aws-cdk-lib's ``cfnProperties`` order (by name, ignoring case).

    Tokens are met, and cross-stack references found, in this order; it decides the order of stack
    dependencies in the cloud assembly manifest.
    """
    order: list[int] | None = cls.__dict__.get("_l1_order")
    if order is None:
        rows = cls._l1_rows
        order = sorted(range(len(rows)), key=lambda i: rows[i][1].lower())
        cls._l1_order = order  # type: ignore[attr-defined]
    return order


class L1Prop(Generic[T]):
    """Descriptor of one property of a generated resource: a getter and a validating setter."""

    __slots__ = ("index",)

    def __init__(self, index: int) -> None:
        self.index = index

    @overload
    def __get__(self, obj: None, owner: type) -> L1Prop[T]: ...

    @overload
    def __get__(self, obj: L1Resource, owner: type) -> T: ...

    def __get__(self, obj: L1Resource | None, owner: type) -> Any:
        if obj is None:
            return self
        return obj._l1_values[self.index]

    def __set__(self, obj: L1Resource, value: T) -> None:
        row = obj._l1_rows[self.index]
        try:
            v = _check_row(row, value)
        except _Invalid as e:
            if value is None:
                raise TypeError(
                    f"{type(obj).__name__} at '{obj.node.path}': property '{row[0]}' is required"
                ) from None
            raise obj._l1_error(e) from None
        obj._l1_values[self.index] = v


_HINTS = {
    "string": ResolutionTypeHint.STRING,
    "number": ResolutionTypeHint.NUMBER,
    "list": ResolutionTypeHint.STRING_LIST,
}


class Att(Generic[T]):
    """Descriptor of a ``Fn::GetAtt`` attribute (``attr_*``), typed as upstream types it."""

    __slots__ = ("name", "kind")

    def __init__(self, name: str, kind: str) -> None:
        self.name = name
        self.kind = kind

    @overload
    def __get__(self, obj: None, owner: type) -> Att[T]: ...

    @overload
    def __get__(self, obj: L1Resource, owner: type) -> T: ...

    def __get__(self, obj: L1Resource | None, owner: type) -> Any:
        if obj is None:
            return self
        kind = self.kind
        if kind == "any":
            return obj.get_att(self.name)
        ref = obj.get_att(self.name, _HINTS[kind])
        if kind == "string":
            return Token.as_string(ref)
        if kind == "number":
            return Token.as_number(ref)
        return Token.as_list(ref)


def is_cfn_type(x: Any, type_name: str) -> bool:
    """Whether ``x`` is a ``CfnResource`` of CloudFormation type ``type_name`` (what ``Cfn*.is_cfn_*`` ask)."""
    return isinstance(x, CfnResource) and x.cfn_resource_type == type_name


def bind(
    resource: type[L1Resource],
    props: type[L1Struct],
    tagging: tuple[str, str, int] | None,
    rows: tuple[Row, ...],
    structs: Mapping[type[L1Struct], tuple[Row, ...]],
) -> None:
    """Attach the spec tables to a generated resource class, its props struct and its structs."""
    resource._l1_rows = rows
    resource._l1_tagging = tagging
    props._l1_rows = rows
    for cls, cls_rows in structs.items():
        cls._l1_rows = cls_rows
