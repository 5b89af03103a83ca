"""Compare purecdk's generated L1 API with aws-cdk-lib's Python bindings (development tool).

Run with the oracle's Python (the one that has aws-cdk-lib installed)::

    .oracle/venv/bin/python tools/compare_l1_api.py [aws_ecr aws_iam ...]

For every ``Cfn*`` resource class it compares: presence, ``__init__`` keyword names (order and
whether required), the value kind of each keyword (string / number / boolean / json / tag /
list / map / struct name), nested ``*Property`` structs and their fields, ``attr_*`` attributes
(names and value kinds),
the tag flavour, and the ``Cfn*Props`` struct. It prints one line per difference and a count.
Not part of the test suite.
"""

from __future__ import annotations

import importlib
import inspect
import sys
import types
import typing
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

SERVICES = ["aws_ecr", "aws_events", "aws_iam", "aws_kms", "aws_lambda", "aws_sns", "aws_sqs"]


def _ensure_core() -> None:
    """Stand-ins for core modules that are not written yet (only in this process)."""
    try:
        importlib.import_module("purecdk.core.cfn_resource")
    except ImportError:
        mod = types.ModuleType("purecdk.core.cfn_resource")

        class CfnResource:  # noqa: D401 - stand-in
            def __init__(self, scope, id, *, type, properties=None):
                pass

        mod.CfnResource = CfnResource  # type: ignore[attr-defined]
        sys.modules["purecdk.core.cfn_resource"] = mod


def _upstream_kind(hint: typing.Any) -> str:
    """A rough value kind of an aws-cdk-lib type hint."""
    args = [a for a in typing.get_args(hint) if a is not type(None)]
    origin = typing.get_origin(hint)
    if origin is typing.Union:
        names = [getattr(a, "__name__", str(a)) for a in args]
        rest = [a for a in args if getattr(a, "__name__", "") not in ("IResolvable",)]
        rest = [a for a in rest if typing.get_origin(a) is not dict]
        ref_ifaces = [a for a in rest if getattr(a, "__name__", "").endswith("Ref")
                      and getattr(a, "__name__", "").startswith("I")]
        rest = [a for a in rest if a not in ref_ifaces]
        if len(rest) == 1:
            kind = _upstream_kind(rest[0])
        elif not rest:
            kind = "ref"
        elif set(rest) == {int, float}:
            kind = "number"
        else:
            kind = "union(" + ",".join(sorted(_upstream_kind(a) for a in rest)) + ")"
        if ref_ifaces:
            kind += "+ref"
        if "bool" in names and kind == "boolean":
            return kind
        return kind
    if origin in (list, list, typing.Sequence, __import__("collections.abc").abc.Sequence):
        return f"list({_upstream_kind(args[0])})"
    if origin in (dict, dict, typing.Mapping, __import__("collections.abc").abc.Mapping):
        return f"map({_upstream_kind(args[1])})"
    if hint is str:
        return "string"
    if hint in (int, float) or getattr(hint, "__name__", "") == "Number" or hint == (int | float):
        return "number"
    if hint is bool:
        return "boolean"
    if hint is typing.Any or hint is object:
        return "json"
    name = getattr(hint, "__name__", str(hint))
    if name == "CfnTag":
        return "tag"
    if name.startswith("I") and name.endswith("Ref"):
        return "ref"
    return f"struct({name})"


def _our_kind(spec: typing.Any) -> str:
    from purecdk.core import l1_support as s

    if spec is s._S:
        return "string"
    if spec is s._N:
        return "number"
    if spec is s._B:
        return "boolean"
    if spec is s._J or spec is s._A:
        return "json"
    if spec is s._T:
        return "tag"
    if isinstance(spec, tuple):
        if spec[0] == s._L:
            return f"list({_our_kind(spec[1])})"
        if spec[0] == s._M:
            return f"map({_our_kind(spec[1])})"
        if spec[0] == s._R:
            return _our_kind(spec[1])
        return "union(" + ",".join(sorted(_our_kind(x) for x in spec[1:])) + ")"
    return f"struct({spec.__name__})"


def _kwargs(fn: typing.Any) -> list[tuple[str, bool]]:
    sig = inspect.signature(fn)
    return [(p.name, p.default is inspect.Parameter.empty) for p in sig.parameters.values()
            if p.kind is inspect.Parameter.KEYWORD_ONLY]


def _upstream_hints(fn: typing.Any) -> dict[str, typing.Any]:
    try:
        return typing.get_type_hints(fn)
    except Exception:  # noqa: BLE001
        return {}


def compare_struct(label: str, theirs: type, ours: type | None, rows: typing.Any, out: list[str]) -> None:
    if ours is None:
        out.append(f"{label}: missing in purecdk")
        return
    t_kw = _kwargs(theirs.__init__)
    o_kw = _kwargs(ours.__init__)
    if t_kw != o_kw:
        out.append(f"{label}: kwargs differ\n    aws-cdk-lib: {t_kw}\n    purecdk:     {o_kw}")
    hints = _upstream_hints(theirs.__init__)
    ours_rows = {r[0]: r for r in rows}
    for name, _ in t_kw:
        if name in hints and name in ours_rows:
            tk = _upstream_kind(hints[name])
            ok = _our_kind(ours_rows[name][3])
            if tk.replace("+ref", "") != ok and not (tk == "ref" and ok == "string"):
                out.append(f"{label}.{name}: kind aws-cdk-lib={tk} purecdk={ok}")
            elif ("+ref" in tk or tk == "ref") and not (isinstance(ours_rows[name][3], tuple) and (
                    ours_rows[name][3][0] == "ref" or "ref" in str(ours_rows[name][3]))):
                out.append(f"{label}.{name}: aws-cdk-lib also accepts I*Ref objects ({tk})")


def _attr_kind(prop: typing.Any) -> str:
    """The kind of an aws-cdk-lib ``attr_*`` property, as purecdk's ``Att`` descriptors name it."""
    hint = _upstream_hints(prop.fget).get("return")
    if hint is str:
        return "string"
    if hint in (int, float) or getattr(hint, "__name__", "") == "Number" or set(typing.get_args(hint)) == {
        int,
        float,
    }:
        return "number"
    if typing.get_origin(hint) is list:
        return "list"
    return "any"


def compare_service(service: str) -> list[str]:
    out: list[str] = []
    theirs_mod = importlib.import_module(f"aws_cdk.{service}")
    ours_mod = importlib.import_module(f"purecdk.{service}._generated")
    import aws_cdk

    theirs = {n: c for n, c in vars(theirs_mod).items()
              if isinstance(c, type) and n.startswith("Cfn") and issubclass(c, aws_cdk.CfnResource)}
    ours = {n: c for n, c in vars(ours_mod).items()
            if isinstance(c, type) and n.startswith("Cfn") and not n.endswith("Props")}
    for name in sorted(set(theirs) | set(ours)):
        label = f"{service}.{name}"
        if name not in ours:
            out.append(f"{label}: missing in purecdk")
            continue
        if name not in theirs:
            out.append(f"{label}: not in aws-cdk-lib")
            continue
        t, o = theirs[name], ours[name]
        if t.CFN_RESOURCE_TYPE_NAME != o.CFN_RESOURCE_TYPE_NAME:
            out.append(f"{label}: type {t.CFN_RESOURCE_TYPE_NAME} vs {o.CFN_RESOURCE_TYPE_NAME}")
        compare_struct(label, t, o, o._l1_rows, out)
        props_name = name + "Props"
        if hasattr(theirs_mod, props_name):
            compare_struct(f"{service}.{props_name}", getattr(theirs_mod, props_name),
                           getattr(ours_mod, props_name, None), o._l1_rows, out)
        t_attrs = sorted(n for n in dir(t) if n.startswith("attr_"))
        o_attrs = sorted(n for n in dir(o) if n.startswith("attr_"))
        if t_attrs != o_attrs:
            out.append(f"{label}: attrs differ: only aws-cdk-lib {sorted(set(t_attrs) - set(o_attrs))}, "
                       f"only purecdk {sorted(set(o_attrs) - set(t_attrs))}")
        for attr in sorted(set(t_attrs) & set(o_attrs)):
            t_kind = _attr_kind(getattr(t, attr))
            o_kind = vars(o)[attr].kind
            if t_kind != o_kind:
                out.append(f"{label}.{attr}: kind aws-cdk-lib={t_kind} purecdk={o_kind}")
        t_tag = "v1" if "tags_raw" in dir(t) else ("v2" if "cdk_tag_manager" in dir(t) else None)
        o_tag = o._l1_tagging[0] if o._l1_tagging else None
        if t_tag != o_tag:
            out.append(f"{label}: tagging aws-cdk-lib={t_tag} purecdk={o_tag}")
        t_structs = {n for n, c in vars(t).items() if isinstance(c, type) and n.endswith("Property")}
        o_structs = {n for n, c in vars(o).items() if isinstance(c, type) and n.endswith("Property")}
        for sn in sorted(t_structs | o_structs):
            slabel = f"{label}.{sn}"
            if sn not in t_structs:
                out.append(f"{slabel}: not in aws-cdk-lib")
                continue
            oc = getattr(o, sn, None) if sn in o_structs else None
            compare_struct(slabel, getattr(t, sn), oc, getattr(oc, "_l1_rows", ()), out)
    return out


def main(argv: list[str]) -> int:
    _ensure_core()
    services = argv or SERVICES
    total = 0
    for service in services:
        diffs = compare_service(service)
        for d in diffs:
            print(d)
        print(f"== {service}: {len(diffs)} difference(s)")
        total += len(diffs)
    print(f"== total: {total}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
