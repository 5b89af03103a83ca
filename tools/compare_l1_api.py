"""Compare purecdk's generated L1 API with aws-cdk-lib's Python bindings (development tool).

Run with the oracle's Python (the one that has aws-cdk-lib installed)::

    .oracle/venv/bin/python tools/compare_l1_api.py [aws_ecr aws_iam ...]

For every ``Cfn*`` resource class it compares: presence, ``__init__`` keyword names (order and
whether required), the value kind of each keyword (string / number / boolean / json / tag /
list / map / struct name), nested ``*Property`` structs and their fields, ``attr_*`` attributes
(names and value kinds),
the tag flavour, and the ``Cfn*Props`` struct; the reference API: the ``<type>_ref`` property, the
``arn_for_*`` and ``from_*`` helpers (names and parameters), the ``I*Ref`` interfaces and ``*Reference`` structs
of ``interfaces.<service>``, and what the references resolve to -- each reference field of an L1 made
with placeholder values, of every ``from_*`` import (and ``arn_for_*`` of both), synthesized by both libraries
in a stack. It prints one line per difference and a count. Not part of the test suite.
"""

from __future__ import annotations

import importlib
import inspect
import json
import re
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


def _ref_members(cls: type) -> dict[str, list[str]]:
    """The reference API of an L1 class: ``*_ref`` properties, ``arn_for_*`` / ``from_*`` methods -> parameters."""
    out: dict[str, list[str]] = {}
    for name in dir(cls):
        if name.endswith("_ref") and isinstance(inspect.getattr_static(cls, name), property):
            out[name] = []
        elif name.startswith(("arn_for_", "from_")):
            out[name] = [p for p in inspect.signature(getattr(cls, name)).parameters if p != "cls"]
    return out


def _placeholder(spec: typing.Any, aws_cdk: typing.Any, purecdk: typing.Any) -> tuple[typing.Any, typing.Any]:
    """A value of a required property's kind for both libraries (an ``Fn::GetAtt`` token where unsure)."""
    from purecdk.core import l1_support as s

    kind = _our_kind(spec)
    if kind == "string":
        return "placeholder", "placeholder"
    if kind == "number":
        return 1, 1
    if kind == "boolean":
        return True, True
    if kind == "list(string)":
        return ["placeholder"], ["placeholder"]
    if kind == "list(tag)" or (isinstance(spec, tuple) and spec[0] == s._L):
        return [], []
    return aws_cdk.Fn.get_att("Placeholder", "Value"), purecdk.Fn.get_att("Placeholder", "Value")


def _resolved_refs(stack: typing.Any, obj: typing.Any, ref_name: str) -> dict[str, typing.Any]:
    ref = getattr(obj, ref_name)
    fields = [f for f in dir(ref) if not f.startswith("_") and isinstance(getattr(ref, f), str)]
    return {f: stack.resolve(getattr(ref, f)) for f in fields}


_ARN_PARTS = {"Partition": "aws", "Region": "eu-west-1", "Account": "123456789012"}


def compare_references(service: str) -> list[str]:
    """Differences of the reference API of one service's L1 classes and interfaces."""
    import aws_cdk

    import purecdk

    out: list[str] = []
    references = json.loads((ROOT / "tools" / "l1_references.json").read_text(encoding="utf-8"))["references"]
    theirs_mod = importlib.import_module(f"aws_cdk.{service}")
    ours_mod = importlib.import_module(f"purecdk.{service}._generated")
    t_ifaces = importlib.import_module(f"aws_cdk.interfaces.{service}")
    o_ifaces = importlib.import_module(f"purecdk.interfaces.{service}")
    t_names = {n for n in vars(t_ifaces) if not n.startswith("_") and n.endswith(("Ref", "Reference"))}
    o_names = set(getattr(o_ifaces, "__all__", ()))
    for name in sorted(t_names ^ o_names):
        out.append(f"interfaces.{service}.{name}: only in {'aws-cdk-lib' if name in t_names else 'purecdk'}")
    for name in sorted(t_names & o_names):
        if name.endswith("Reference"):
            t_kw = _kwargs(getattr(t_ifaces, name).__init__)
            o_kw = _kwargs(getattr(o_ifaces, name).__init__)
            if t_kw != o_kw:
                out.append(f"interfaces.{service}.{name}: kwargs aws-cdk-lib={t_kw} purecdk={o_kw}")
        else:
            t_props = sorted(n for n in vars(getattr(t_ifaces, name)) if n.endswith("_ref"))
            o_props = sorted(n for n in vars(getattr(o_ifaces, name)) if n.endswith("_ref"))
            if t_props != o_props:
                out.append(f"interfaces.{service}.{name}: properties aws-cdk-lib={t_props} purecdk={o_props}")
    for name, t in sorted(vars(theirs_mod).items()):
        if not (isinstance(t, type) and name.startswith("Cfn") and issubclass(t, aws_cdk.CfnResource)):
            continue
        o = getattr(ours_mod, name, None)
        if o is None:
            continue
        label = f"{service}.{name}"
        t_members, o_members = _ref_members(t), _ref_members(o)
        if t_members != o_members:
            out.append(f"{label}: reference API\n    aws-cdk-lib: {t_members}\n    purecdk:     {o_members}")
            continue
        ref_name = next(n for n in t_members if n.endswith("_ref"))
        arn_for = next((n for n in t_members if n.startswith("arn_for_")), None)
        stacks = []
        for lib in (aws_cdk, purecdk):
            app = lib.App()
            stacks.append(lib.Stack(app, "Stack"))
        t_stack, o_stack = stacks
        kwargs_t, kwargs_o = {}, {}
        for row in o._l1_rows:
            if row[4]:
                kwargs_t[row[0]], kwargs_o[row[0]] = _placeholder(row[3], aws_cdk, purecdk)
        subjects = [(t(t_stack, "Resource", **kwargs_t), o(o_stack, "Resource", **kwargs_o), "the L1")]
        values = ["arn:aws:service:eu-west-1:123456789012:thing/placeholder", "placeholder"]
        for helper_data in references.get(t.CFN_RESOURCE_TYPE_NAME, {}).get("helpers", []):
            if helper_data["template"]:  # an ARN that matches the template
                values.append(re.sub(r"\$\{(\w+)\}", lambda m: _ARN_PARTS.get(m.group(1), "placeholder"),
                                     helper_data["template"]))
        for helper in sorted(n for n in t_members if n.startswith("from_")):
            for value in dict.fromkeys(values):
                results = []
                for cls, stack in ((t, t_stack), (o, o_stack)):
                    try:
                        results.append(getattr(cls, helper)(stack, f"{helper}-{values.index(value)}", value))
                    except Exception as e:  # noqa: BLE001
                        results.append(f"error: {e}")
                if isinstance(results[0], str) or isinstance(results[1], str):
                    if isinstance(results[0], str) != isinstance(results[1], str):
                        out.append(f"{label}.{helper}({value!r}): aws-cdk-lib={results[0]} purecdk={results[1]}")
                    continue
                subjects.append((results[0], results[1], f"{helper}({value!r})"))
        for t_obj, o_obj, what in subjects:
            t_res = _resolved_refs(t_stack, t_obj, ref_name)
            o_res = _resolved_refs(o_stack, o_obj, ref_name)
            if arn_for:
                t_res[arn_for] = t_stack.resolve(getattr(t, arn_for)(t_obj))
                o_res[arn_for] = o_stack.resolve(getattr(o, arn_for)(o_obj))
            t_res["env"] = t_stack.resolve([t_obj.env.account, t_obj.env.region])
            o_res["env"] = o_stack.resolve([o_obj.env.account, o_obj.env.region])
            if t_res != o_res:
                out.append(f"{label}: {what}.{ref_name} resolves differently\n    aws-cdk-lib: {t_res}"
                           f"\n    purecdk:     {o_res}")
    return out


def main(argv: list[str]) -> int:
    _ensure_core()
    services = argv or SERVICES
    total = 0
    for service in services:
        diffs = compare_service(service) + compare_references(service)
        for d in diffs:
            print(d)
        print(f"== {service}: {len(diffs)} difference(s)")
        total += len(diffs)
    print(f"== total: {total}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
