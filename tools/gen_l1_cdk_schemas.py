"""Extract registry-style schemas of the L1 types no published schema source knows, from aws-cdk-lib.

aws-cdk-lib 2.275 ships L1 classes for a few resource types that are in neither cfn-lint's registry
schemas nor the schemas of the validation engine bundled with aws-cdk-lib (``AWS::Lambda::WebFunction``
and friends). For those types this tool reads aws-cdk-lib's own description of its API -- the jsii
assembly (property names, types, optionality, structs, ``attr*`` attributes, tagging interfaces) and
the generated JavaScript (the CloudFormation spelling of every property, from its
``convert...ToCloudFormation`` functions) -- and writes a minimal CloudFormation registry schema per
type (types only, no value constraints) to ``tools/l1_cdk_schemas.json``, which ``tools/gen_l1.py``
reads as its last fallback. The checked-in file makes the generator independent of the oracle.

Usage (development time, needs the oracle's aws-cdk-lib in ``.oracle/venv``)::

    python tools/gen_l1_cdk_schemas.py            # rewrite tools/l1_cdk_schemas.json
    python tools/gen_l1_cdk_schemas.py --check    # exit 1 if the checked-in file is stale
"""

from __future__ import annotations

import argparse
import glob
import gzip
import json
import os
import re
import sys
import tarfile
from pathlib import Path
from typing import Any

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import gen_l1  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tools" / "l1_cdk_schemas.json"
TGZ_GLOB = str(ROOT / ".oracle" / "venv" / "lib" / "python3*" / "site-packages" / "aws_cdk" / "_jsii"
               / "aws-cdk-lib@*.jsii.tgz")

_PAIR = re.compile(r"[{,]([A-Za-z0-9_]+):(?:[^{}]*?)\(properties\.([A-Za-z0-9_]+)\)")


def _read_bundle(tgz: str) -> tuple[dict[str, Any], dict[str, str]]:
    """The jsii assembly and the generated L1 JavaScript of each of our services' modules."""
    sources: dict[str, str] = {}
    with tarfile.open(tgz) as tar:
        member = tar.extractfile("package/.jsii.gz")
        assert member is not None
        assembly = json.loads(gzip.decompress(member.read()))
        for package in gen_l1.SERVICES:
            module = package.replace("_", "-")
            name = f"package/{module}/lib/{module[4:]}.generated.js"
            js = tar.extractfile(name)
            assert js is not None, name
            sources[package] = js.read().decode("utf-8")
    return assembly, sources


def _cfn_names(js: str, function: str) -> dict[str, str]:
    """jsii property name -> CloudFormation name, from a ``convert...ToCloudFormation`` function."""
    start = js.find(f"function {function}(properties)")
    if start < 0:
        raise SystemExit(f"{function} not found in aws-cdk-lib's generated JavaScript")
    body_start = js.index("assertSuccess(),{", start) + len("assertSuccess(),")
    body_end = js.index("}):properties}", body_start)
    body = js[body_start : body_end + 1]
    return {jsii: cfn for cfn, jsii in _PAIR.findall(body)}


class _Extractor:
    """Builds the schema of one ``Cfn*`` class."""

    def __init__(self, assembly: dict[str, Any], js: str, class_fqn: str) -> None:
        self.types: dict[str, Any] = assembly["types"]
        self.js = js
        self.class_fqn = class_fqn
        self.class_name = class_fqn.rsplit(".", 1)[1]
        self.definitions: dict[str, Any] = {}

    def _type(self, t: dict[str, Any]) -> dict[str, Any]:
        if "union" in t:
            alternatives = [x for x in t["union"]["types"] if x.get("fqn") != "aws-cdk-lib.IResolvable"]
            if len(alternatives) != 1:
                raise SystemExit(f"{self.class_fqn}: unions are not supported: {t}")
            return self._type(alternatives[0])
        if "primitive" in t:
            primitive = t["primitive"]
            if primitive in ("string", "number", "boolean"):
                return {"type": primitive}
            return {}
        if "collection" in t:
            element = self._type(t["collection"]["elementtype"])
            if t["collection"]["kind"] == "array":
                return {"type": "array", "items": element}
            return {"type": "object", "additionalProperties": element}
        fqn = t["fqn"]
        if fqn == "aws-cdk-lib.CfnTag":
            self.definitions["Tag"] = {
                "type": "object",
                "additionalProperties": False,
                "properties": {"Key": {"type": "string"}, "Value": {"type": "string"}},
                "required": ["Key", "Value"],
            }
            return {"$ref": "#/definitions/Tag"}
        if fqn == "aws-cdk-lib.IResolvable":
            return {}
        return {"$ref": f"#/definitions/{self.struct(fqn)}"}

    def _object(self, fqn: str, converter: str) -> dict[str, Any]:
        names = _cfn_names(self.js, converter)
        properties: dict[str, Any] = {}
        required: list[str] = []
        for prop in self.types[fqn].get("properties", []):
            cfn = names[prop["name"]]
            properties[cfn] = self._type(prop["type"])
            if not prop.get("optional"):
                required.append(cfn)
        out: dict[str, Any] = {"type": "object", "additionalProperties": False, "properties": properties}
        if required:
            out["required"] = required
        return out

    def struct(self, fqn: str) -> str:
        """Definition name of a nested ``<Name>Property`` struct (added to the definitions once)."""
        name = fqn.rsplit(".", 1)[1].removesuffix("Property")
        if name not in self.definitions:
            self.definitions[name] = {}  # placeholder: recursive structs
            self.definitions[name] = self._object(fqn, f"convert{self.class_name}{name}PropertyToCloudFormation")
        return name

    def schema(self) -> dict[str, Any]:
        cls = self.types[self.class_fqn]
        type_name = cls["docs"]["custom"]["cloudformationResource"]
        out = self._object(f"{self.class_fqn}Props", f"convert{self.class_name}PropsToCloudFormation")
        read_only = []
        for prop in cls.get("properties", []):
            attribute = (prop.get("docs", {}).get("custom") or {}).get("cloudformationAttribute")
            if not attribute:
                continue
            read_only.append(f"/properties/{attribute.replace('.', '/')}")
            if "." in attribute:
                raise SystemExit(f"{type_name}: nested attribute {attribute} is not supported")
            if attribute not in out["properties"]:
                out["properties"][attribute] = self._type(prop["type"])
        interfaces = cls.get("interfaces", [])
        taggable = any(i in ("aws-cdk-lib.ITaggable", "aws-cdk-lib.ITaggableV2") for i in interfaces)
        # every struct of the class, also those only a read-only attribute uses
        prefix = self.class_fqn + "."
        for fqn in sorted(self.types):
            if fqn.startswith(prefix) and fqn.endswith("Property") and "." not in fqn[len(prefix) :]:
                self.struct(fqn)
        schema: dict[str, Any] = {"typeName": type_name, **out}
        schema["readOnlyProperties"] = read_only
        schema["tagging"] = {"taggable": taggable, "tagProperty": "/properties/Tags"}
        if self.definitions:
            schema["definitions"] = dict(sorted(self.definitions.items()))
        return schema


def extract(tgz: str) -> dict[str, Any]:
    """Schemas of every aws-cdk-lib L1 type of our services that the other schema sources lack."""
    assembly, sources = _read_bundle(tgz)
    out: dict[str, Any] = {}
    for package, namespace in gen_l1.SERVICES.items():
        known = set(gen_l1.load_schemas(namespace, include_cdk_schemas=False))
        for fqn, t in sorted(assembly["types"].items()):
            if not fqn.startswith(f"aws-cdk-lib.{package}.Cfn") or t["kind"] != "class":
                continue
            type_name = (t.get("docs", {}).get("custom") or {}).get("cloudformationResource")
            if type_name and type_name not in known:
                out[type_name] = _Extractor(assembly, sources[package], fqn).schema()
    return dict(sorted(out.items()))


def render(schemas: dict[str, Any], tgz: str) -> str:
    """The file content (stable JSON)."""
    version = re.search(r"aws-cdk-lib@([^/]+)\.jsii\.tgz$", tgz)
    document = {
        "_generated": "by tools/gen_l1_cdk_schemas.py from the jsii assembly and generated JavaScript of "
        f"aws-cdk-lib {version.group(1) if version else '?'}; do not edit",
        "schemas": schemas,
    }
    return json.dumps(document, indent=1, sort_keys=False) + "\n"


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
