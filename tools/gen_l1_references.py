"""Extract the reference API of aws-cdk-lib's L1 classes (``CfnRole.role_ref`` and friends) for the L1 generator.

aws-cdk-lib 2.275's generated L1 classes implement reference interfaces (``IRoleRef`` in
``aws_cdk.interfaces.aws_iam``): a ``role_ref`` property returning a ``RoleReference`` struct built from the
resource's ``Ref`` and ``Fn::GetAtt`` attributes, static ``arn_for_role(resource)`` helpers, and for some types
``from_<x>_arn`` / ``from_<x>_name`` helpers that import an existing resource from an ARN or a name. This
tool reads those facts -- names, docs and field types from the jsii assembly; where each reference field
comes from and the ARN templates from the generated JavaScript -- and writes them to
``tools/l1_references.json``, which ``tools/gen_l1.py`` reads. The checked-in file makes the generator
independent of the oracle.

Format: ``references`` maps a CloudFormation type name to::

    {"interface": "IRoleRef", "interfaceDoc": ..., "property": "roleRef", "propertyDoc": ...,
     "struct": "RoleReference", "structDoc": ...,
     "fields": [[jsii name, doc, source], ...],      # in the order aws-cdk-lib evaluates them
     "arnFor": {"name": method name, "field": reference field} or null (see _arn_for for the other form),
     "helpers": [{"name": "fromRoleArn", "kind": "arn" | "name", "parameter": "arn", "template": ... or null,
                  "fields": {jsii name: value}}, ...],
     "refProperties": {jsii property name: [[reference property, field], ...]}}

A field ``source`` is ``["ref"]`` (the resource's ``Ref``), ``["attr", "attrArn"]`` (an ``attr*`` property),
``["split", i]`` (part ``i`` of the ``Ref`` split at ``|``) or ``["prop", "functionName"]`` (a property's
value). ``refProperties`` maps each property that also accepts a reference object (an L1 or L2 implementing
``I<Type>Ref``) to the ``[reference property, field]`` pairs aws-cdk-lib tries in order (``role.roleRef.roleArn``).
A helper of kind ``arn`` takes the ARN (and parses it with ``template`` when given); one of kind
``name`` takes the value of the template variable ``variable`` and builds the ARN with the stack's partition,
region and account. A helper field value is ``"arn"``, ``"parameter"`` or ``"var:<Name>"`` (a variable parsed
out of the ARN).

Usage (development time, needs the oracle's aws-cdk-lib in ``.oracle/venv``)::

    python tools/gen_l1_references.py            # rewrite tools/l1_references.json
    python tools/gen_l1_references.py --check    # exit 1 if the checked-in file is stale
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import re
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import gen_l1  # noqa: E402
from gen_l1_cdk_schemas import TGZ_GLOB, _read_bundle  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tools" / "l1_references.json"

_CLASS = re.compile(r"class (Cfn\w+) extends cdk\(\)\.CfnResource\{")
_TYPE_NAME = re.compile(r'static CFN_RESOURCE_TYPE_NAME="([^"]+)"')
_REF_GETTER = re.compile(r"get (\w+Ref)\(\)\{return\{(.*?)\}\}")
_SPLIT = re.compile(r'^cdk\(\)\.Fn\.select\((\d+),cdk\(\)\.Fn\.split\("\|",this\.ref\)\)$')
_ARN_FOR = re.compile(r"static (arnFor\w+)\(resource\)\{.*?\}return (.*?)\}(?=[a-z_;]|get |static )")
_ARN_FOR_TEMPLATE = re.compile(r'new\(cfn_parse\(\)\)\.TemplateString\("([^"]+)"\)\.interpolate\(\{(.*)\}\)$')
_ARN_FOR_VARIABLES = {
    "cdk().Stack.of(resource).partition": "partition",
    "resource.env.region": "region",
    "resource.env.account": "account",
}
_FROM = re.compile(r"static (from\w+)\(scope,id,(\w+)\)\{class Import extends cdk\(\)\.Resource\{\w+;"
                   r"constructor\(scope2,id2,(\w+)\)\{(.*?)\}\}return new Import")
_TEMPLATE = re.compile(r'TemplateString\("([^"]+)"\)\.(parse|interpolate)')
_ASSIGN = re.compile(r"this\.\w+Ref=\{(.*?)\}")
_PROP_ASSIGN = re.compile(
    r"this\._(\w+)=(cdk\(\)\.(?:getRefProperty|mapArrayInPlace)\(.*?)(?=,this\._\w+=|,this\.\w+=new|\}get |;)"
)
_REF_READ = re.compile(r'getRefProperty\((?:props\.\w+|item)\?\.(\w+),"(\w+)"\)')


def _pairs(body: str) -> list[tuple[str, str]]:
    """``name:expr`` pairs of a JavaScript object literal body whose values hold no top-level comma."""
    out, depth, start = [], 0, 0
    parts = []
    for i, c in enumerate(body):
        if c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
        elif c == "," and depth == 0:
            parts.append(body[start:i])
            start = i + 1
    parts.append(body[start:])
    for part in parts:
        name, _, expr = part.partition(":")
        out.append((name, expr))
    return out


def _source(expr: str, where: str) -> list[Any]:
    if expr == "this.ref":
        return ["ref"]
    split = _SPLIT.match(expr)
    if split:
        return ["split", int(split.group(1))]
    if expr.startswith("this.attr"):
        return ["attr", expr[len("this."):]]
    if re.fullmatch(r"this\.\w+", expr):
        return ["prop", expr[len("this."):]]
    raise SystemExit(f"{where}: reference field built from an unknown expression {expr!r}")


def _helper(match: re.Match[str], where: str) -> dict[str, Any]:
    name, parameter, local, body = match.groups()
    template = _TEMPLATE.search(body)
    assign = _ASSIGN.search(body)
    if assign is None:
        raise SystemExit(f"{where}.{name}: no reference assignment")
    kind = "arn" if f"environmentFromArn:{local}" in body else "name"
    fields: dict[str, str] = {}
    for field, expr in _pairs(assign.group(1)):
        if expr == local:
            fields[field] = "arn" if kind == "arn" else "parameter"
        elif expr == "arn":
            fields[field] = "arn"
        elif expr.startswith("variables."):
            fields[field] = "var:" + expr[len("variables."):]
        else:
            raise SystemExit(f"{where}.{name}: unknown reference value {expr!r}")
    helper: dict[str, Any] = {"name": name, "kind": kind, "parameter": parameter,
                              "template": template.group(1) if template else None, "fields": fields}
    if kind == "name":
        variable = re.search(rf"(\w+):{local}\}}", body)
        if variable is None or template is None or template.group(2) != "interpolate":
            raise SystemExit(f"{where}.{name}: cannot read the interpolation")
        helper["variable"] = variable.group(1)
    return helper


def _arn_for(match: re.Match[str], property_name: str, where: str) -> dict[str, Any]:
    """``{"name", "field"}`` (the ARN is a reference field) or ``{"name", "template", "variables"}`` (the ARN is
    the template with each variable taken from ``partition``/``region``/``account`` or ``field:<name>``)."""
    name, expr = match.groups()
    prefix = f"resource.{property_name}."
    if expr.startswith(prefix) and re.fullmatch(r"\w+", expr[len(prefix):]):
        return {"name": name, "field": expr[len(prefix):]}
    template = _ARN_FOR_TEMPLATE.match(expr)
    if template is None:
        raise SystemExit(f"{where}.{name}: unknown ARN expression {expr!r}")
    variables = {}
    for variable, value in _pairs(template.group(2)):
        if value in _ARN_FOR_VARIABLES:
            variables[variable] = _ARN_FOR_VARIABLES[value]
        elif value.startswith(prefix):
            variables[variable] = "field:" + value[len(prefix):]
        else:
            raise SystemExit(f"{where}.{name}: unknown ARN variable {value!r}")
    return {"name": name, "template": template.group(1), "variables": variables}


def _summary(t: dict[str, Any]) -> str:
    return str(t.get("docs", {}).get("summary", ""))


def extract(tgz: str) -> dict[str, Any]:
    """The reference API of every L1 type of our services."""
    assembly, sources = _read_bundle(tgz)
    types = assembly["types"]
    out: dict[str, Any] = {}
    for package in gen_l1.SERVICES:
        js = sources[package]
        starts = [(m.start(), m.group(1)) for m in _CLASS.finditer(js)]
        for index, (start, class_name) in enumerate(starts):
            end = starts[index + 1][0] if index + 1 < len(starts) else len(js)
            body = js[start:end]
            where = f"{package}.{class_name}"
            type_match = _TYPE_NAME.search(body)
            getter = _REF_GETTER.search(body)
            if type_match is None or getter is None:
                continue
            cls = types[f"aws-cdk-lib.{package}.{class_name}"]
            property_name = getter.group(1)
            iface_fqn = next(
                (i for i in cls.get("interfaces", [])
                 if i.startswith(f"aws-cdk-lib.interfaces.{package}.") and i.endswith("Ref")),
                None,
            )
            if iface_fqn is None:
                raise SystemExit(f"{where}: no reference interface")
            iface = types[iface_fqn]
            (prop,) = [p for p in iface["properties"] if p["name"] == property_name]
            struct_fqn = prop["type"]["fqn"]
            struct = types[struct_fqn]
            sources_of = dict(_pairs(getter.group(2)))
            struct_fields = {p["name"]: p for p in struct["properties"]}
            if list(struct_fields) != sorted(sources_of):
                raise SystemExit(f"{where}: the reference struct and its getter have other fields")
            fields = []
            for name, expr in sources_of.items():
                p = struct_fields[name]
                if p["type"] != {"primitive": "string"} or p.get("optional"):
                    raise SystemExit(f"{where}: reference field {name} is not a required string")
                fields.append([name, _summary(p), _source(expr, where)])
            arn_for = _ARN_FOR.search(body)
            method_docs = {m["name"]: _summary(m) for m in cls.get("methods", [])}
            helpers = [_helper(m, where) for m in _FROM.finditer(body)]
            for helper in helpers:
                helper["doc"] = method_docs[helper["name"]]
            arn_for_entry = _arn_for(arn_for, property_name, where) if arn_for else None
            if arn_for_entry:
                arn_for_entry["doc"] = method_docs[arn_for_entry["name"]]
            ref_properties = {}
            for prop_match in _PROP_ASSIGN.finditer(body):
                reads = _REF_READ.findall(prop_match.group(2))
                if reads:
                    ref_properties[prop_match.group(1)] = [list(r) for r in reads]
            out[type_match.group(1)] = {
                "interface": iface["name"],
                "interfaceDoc": _summary(iface),
                "property": property_name,
                "propertyDoc": _summary(prop),
                "struct": struct["name"],
                "structDoc": _summary(struct),
                "fields": fields,
                "arnFor": arn_for_entry,
                "helpers": helpers,
                "refProperties": dict(sorted(ref_properties.items())),
            }
    return dict(sorted(out.items()))


def render(references: dict[str, Any], tgz: str) -> str:
    """The file content (stable JSON)."""
    version = re.search(r"aws-cdk-lib@([^/]+)\.jsii\.tgz$", tgz)
    document = {
        "_generated": "by tools/gen_l1_references.py from the jsii assembly and generated JavaScript of "
        f"aws-cdk-lib {version.group(1) if version else '?'}; do not edit",
        "references": references,
    }
    return json.dumps(document, indent=1) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only compare with the checked-in file")
    parser.add_argument("--tgz", help="aws-cdk-lib jsii tarball (default: the oracle's)")
    args = parser.parse_args(argv)
    tgz = args.tgz or (sorted(glob.glob(TGZ_GLOB)) or [None])[-1]
    if tgz is None:
        raise SystemExit("aws-cdk-lib tarball not found; pass --tgz")
    text = render(extract(tgz), tgz)
    current = OUT.read_text(encoding="utf-8") if OUT.exists() else None
    if args.check:
        if current != text:
            print(f"stale: {OUT.relative_to(ROOT)}")
            return 1
        return 0
    if current != text:
        OUT.write_text(text, encoding="utf-8")
        print(f"wrote: {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
