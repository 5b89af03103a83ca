"""Generate purecdk's L1 (``Cfn*``) classes from the CloudFormation registry resource schemas.

Usage::

    python tools/gen_l1.py            # (re)write the generated modules
    python tools/gen_l1.py --check    # exit 1 if a checked-in module differs from a fresh generation

Source: the registry schemas shipped by cfn-lint (a development-time tool, pinned in the ``dev``
extra of pyproject.toml). For each resource type the schema of ``us_east_1`` is used, or, for types
not offered there, that of the first region (in name order) that has it.

Outputs, per service package ``src/purecdk/aws_<service>/``:

``_generated.py``
    One ``Cfn<Type>`` class per resource type (a subclass of ``CfnResource`` through
    ``purecdk.core.l1_support.L1Resource``), its nested ``<Name>Property`` structs, and one
    ``Cfn<Type>Props`` struct, exactly as aws-cdk-lib's Python bindings name them. Each class carries
    a compact spec table (bound at the end of the module) that the shared runtime in
    ``purecdk.core.l1_support`` uses to validate, store and render values.

``../interfaces/<package>.py`` (``purecdk.interfaces.aws_<service>``)
    The reference API, as aws-cdk-lib 2.275 has it, from ``tools/l1_references.json`` (extracted from
    aws-cdk-lib by ``tools/gen_l1_references.py``): per resource type an ``I<Type>Ref`` protocol and the
    ``<Type>Reference`` struct its ``<type>_ref`` property returns. The ``Cfn<Type>`` classes get that
    property and, where aws-cdk-lib has them, ``arn_for_<type>`` and ``from_<type>_arn`` /
    ``from_<type>_name`` helpers (runtime: ``purecdk.core.l1_references``).

``_constraints.py``
    ``SCHEMAS: dict[str, dict]`` mapping each CloudFormation type name to a JSON-Schema subset of
    its *writable* properties, for template validation at synthesis. Each entry is an object schema
    with ``properties`` (CloudFormation property names), optional ``required`` (list of names),
    ``additionalProperties`` (false when the schema says so) and ``definitions``; property schemas
    keep only the keywords ``type`` (a string or a list of strings), ``enum``, ``const``,
    ``minimum``, ``maximum``, ``exclusiveMinimum``, ``exclusiveMaximum``, ``minLength``,
    ``maxLength``, ``pattern``, ``minItems``, ``maxItems``, ``uniqueItems``, ``minProperties``,
    ``maxProperties``, ``required``, ``properties``, ``additionalProperties``,
    ``patternProperties``, ``items``, ``oneOf``, ``anyOf``, ``allOf`` and ``$ref`` (always of the
    form ``#/definitions/<Name>``, resolved against the entry's ``definitions``). The data is stored
    as a JSON string and parsed on first import of the module, which only the validator does.

Where the schema and aws-cdk-lib 2.275's Python API disagree, aws-cdk-lib wins: the tables
``LEGACY_TAGGABLE``, ``RENAMES``, ``TYPE_OVERRIDES``, ``SCHEMA_PATCHES``, ``EXTRA_ATTRIBUTES``,
``EXTRA_STRUCTS`` and ``SKIP_TYPES`` below hold every adjustment; the properties that also accept a reference
object (an L1 or L2 implementing ``I<Type>Ref``, e.g. ``role``) come with the reference API from
``tools/l1_references.json``.
``tools/compare_l1_api.py`` (run with the oracle's Python) lists what remains different.
"""

from __future__ import annotations

import argparse
import glob
import importlib
import json
import os
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from l1_naming import jsii_name, python_name  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src" / "purecdk"

#: Python package name -> CloudFormation service namespace.
SERVICES: dict[str, str] = {
    "aws_ecr": "ECR",
    "aws_events": "Events",
    "aws_iam": "IAM",
    "aws_kms": "KMS",
    "aws_lambda": "Lambda",
    "aws_sns": "SNS",
    "aws_sqs": "SQS",
}

# ---------------------------------------------------------------------------------------------
# Adjustments: where aws-cdk-lib 2.275's API differs from what the schema alone would give.
# ---------------------------------------------------------------------------------------------

#: Resource types whose tags are exposed the "v1" way (``tags`` is the TagManager, the raw value is
#: ``tags_raw``). Other taggable types use the "v2" way (``cdk_tag_manager`` + plain ``tags``).
LEGACY_TAGGABLE: frozenset[str] = frozenset({
    "AWS::ECR::PublicRepository",
    "AWS::ECR::Repository",
    "AWS::IAM::OIDCProvider",
    "AWS::IAM::Role",
    "AWS::IAM::SAMLProvider",
    "AWS::IAM::ServerCertificate",
    "AWS::IAM::User",
    "AWS::IAM::VirtualMFADevice",
    "AWS::KMS::Key",
    "AWS::KMS::ReplicaKey",
    "AWS::Lambda::Function",
    "AWS::SNS::Topic",
    "AWS::SQS::Queue",
})

#: (type name, dotted CloudFormation path of a property) -> jsii name aws-cdk-lib uses instead.
RENAMES: dict[tuple[str, str], str] = {}

#: (type name, dotted path) -> type spec replacing the one derived from the schema. Type specs are
#: "string", "number", "boolean", "json", "json-or-string", "tag", ("list", t), ("map", t), ("struct", Name).
#: "json+struct" means: typed as any JSON, but the struct of the schema is still generated.
TYPE_OVERRIDES: dict[tuple[str, str], Any] = {
    ("AWS::ECR::PublicRepository", "RepositoryCatalogData"): "json+struct",
    # any JSON where aws-cdk-lib validates "a string or an object" (elsewhere its Json wants an object)
    ("AWS::Events::EventBus", "Policy"): "json-or-string",
    ("AWS::SNS::Subscription", "ReplayPolicy"): "json-or-string",
    ("AWS::Lambda::Function", "Environment.Variables"): ("map", "string"),
}

#: Schema additions for what aws-cdk-lib 2.275 knows and cfn-lint's schemas do not yet:
#: type name -> ((JSON pointer, value), ...). Applied before generation (and to the constraints).
SCHEMA_PATCHES: dict[str, tuple[tuple[str, Any], ...]] = {
    "AWS::SNS::Topic": (
        ("/properties/MaximumMessageSize", {"type": "integer"}),
    ),
    "AWS::Lambda::CapacityProvider": (
        ("/properties/PropagateTags", {"$ref": "#/definitions/PropagateTagsConfig"}),
        ("/properties/TelemetryConfig", {"$ref": "#/definitions/CapacityProviderTelemetryConfig"}),
        ("/definitions/PropagateTagsConfig", {
            "type": "object", "additionalProperties": False,
            "properties": {
                "ExplicitTags": {"type": "array", "items": {"$ref": "#/definitions/Tag"}},
                "Mode": {"type": "string"},
            },
        }),
        ("/definitions/CapacityProviderTelemetryConfig", {
            "type": "object", "additionalProperties": False,
            "properties": {"LoggingConfig": {"$ref": "#/definitions/CapacityProviderLoggingConfig"}},
        }),
        ("/definitions/CapacityProviderLoggingConfig", {
            "type": "object", "additionalProperties": False,
            "properties": {"LogGroup": {"type": "string"}, "SystemLogLevel": {"type": "string"}},
        }),
    ),
    "AWS::Lambda::EventSourceMapping": (
        ("/definitions/SelfManagedKafkaEventSourceConfig/properties/ConsumptionMode", {"type": "string"}),
    ),
    "AWS::Lambda::Function": (
        ("/definitions/DurableConfig/properties/KMSKeyArn", {"type": "string"}),
        ("/definitions/FileSystemConfig/properties/S3FilesConfig", {"$ref": "#/definitions/S3FilesConfig"}),
        ("/definitions/S3FilesConfig", {
            "type": "object", "additionalProperties": False,
            "properties": {"DirectS3Read": {"type": "string"}},
        }),
    ),
    "AWS::Lambda::NetworkConnector": (
        ("/definitions/VpcEgressConfiguration/required",
         ["AssociatedComputeResourceTypes", "NetworkProtocol", "SecurityGroupIds", "SubnetIds"]),
    ),
    "AWS::Lambda::LayerVersion": (
        ("/definitions/Content/properties/S3ObjectStorageMode", {"type": "string"}),
    ),
}

#: ``Fn::GetAtt`` attributes aws-cdk-lib offers that the schema does not list as read-only:
#: type name -> ((attribute name, "string" | "number" | "list" | "any"), ...).
EXTRA_ATTRIBUTES: dict[str, tuple[tuple[str, str], ...]] = {
    "AWS::Events::EventBus": (("Name", "string"), ("Policy", "string")),
    "AWS::Events::Rule": (("RuleName", "string"),),
    "AWS::Lambda::NetworkConnector": (("LatestVersion", "number"), ("LatestVersionArn", "string")),
    "AWS::SNS::Topic": (("TopicName", "string"),),
    "AWS::SQS::Queue": (("QueueName", "string"),),
}

#: Definitions aws-cdk-lib generates a struct for although no property uses them as a struct:
#: type name -> definition names.
EXTRA_STRUCTS: dict[str, tuple[str, ...]] = {
    "AWS::Events::Rule": ("Tag",),
    "AWS::Lambda::WebFunctionEndpoint": ("RegionalEndpoint",),
}

#: Resource types present in the schemas but not in aws-cdk-lib.
SKIP_TYPES: frozenset[str] = frozenset()

# ---------------------------------------------------------------------------------------------
# Schema loading
# ---------------------------------------------------------------------------------------------


def _schema_dir() -> Path:
    import cfnlint

    return Path(os.path.dirname(cfnlint.__file__)) / "data" / "schemas"


#: The schemas of aws-cdk-lib's validation engine (``tools/gen_validation_data.py``): the first fallback.
VALIDATION_SCHEMAS = SRC / "core" / "validation" / "data" / "schemas"
#: Schemas extracted from aws-cdk-lib's API (``tools/gen_l1_cdk_schemas.py``): the last fallback.
CDK_SCHEMAS = ROOT / "tools" / "l1_cdk_schemas.json"
#: The reference API of aws-cdk-lib's L1 classes (``tools/gen_l1_references.py``): ``role_ref`` and friends.
REFERENCES = ROOT / "tools" / "l1_references.json"
#: Key the loader adds to each schema to say where it came from (ignored by everything else).
_ORIGIN = "x-purecdk-source"


def source_description() -> str:
    """What the schemas come from (goes into the generated files' first line)."""
    from importlib.metadata import version

    return f"cfn-lint {version('cfn-lint')}"


def fallback_note(schemas: dict[str, dict[str, Any]]) -> list[str]:
    """Comment lines naming the types whose schema is not cfn-lint's (empty when there are none)."""
    origins: dict[str, list[str]] = {}
    for type_name, schema in schemas.items():
        origin = schema.get(_ORIGIN, "cfn-lint")
        if origin != "cfn-lint":
            origins.setdefault(origin, []).append(type_name.split("::")[2])
    lines = []
    for origin, names in sorted(origins.items()):
        words = f"# {', '.join(names)}: from {origin} (cfn-lint has no schema for them).".split(" ")
        line = ""
        for word in words:
            if line and len(line) + len(word) + 1 > 110:
                lines.append(line)
                line = "#"
            line = f"{line} {word}" if line else word
        lines.append(line)
    return lines


def _cfn_lint_schemas(namespace: str) -> dict[str, dict[str, Any]]:
    """cfn-lint's registry schemas ``AWS::<namespace>::*``: us-east-1's, else the first region's."""
    base = _schema_dir()
    regions = sorted(
        os.path.basename(p)[:-3]
        for p in glob.glob(str(base / "providers" / "*.py"))
        if not p.endswith("__init__.py")
    )
    regions.remove("us_east_1")
    regions.insert(0, "us_east_1")
    prefix = f"AWS::{namespace}::"
    found: dict[str, str] = {}
    for region in regions:
        mod = importlib.import_module(f"cfnlint.data.schemas.providers.{region}")
        for type_name, digest in mod.types.items():
            if type_name.startswith(prefix) and type_name not in found:
                found[type_name] = digest
    out = {}
    for type_name in sorted(found):
        with open(base / "resources" / f"{found[type_name]}.json", encoding="utf-8") as f:
            out[type_name] = {**json.load(f), _ORIGIN: "cfn-lint"}
    return out


_COMPILED_KEYWORDS = {
    "ref_name": "$ref",
    "min_length": "minLength",
    "max_length": "maxLength",
    "min_items": "minItems",
    "max_items": "maxItems",
    "unique_items": "uniqueItems",
    "min_properties": "minProperties",
    "max_properties": "maxProperties",
    "additional_properties": "additionalProperties",
    "pattern_properties": "patternProperties",
    "exclusive_minimum": "exclusiveMinimum",
    "exclusive_maximum": "exclusiveMaximum",
    "multiple_of": "multipleOf",
    "any_of": "anyOf",
    "one_of": "oneOf",
    "all_of": "allOf",
}


def registry_schema(compiled: Any) -> Any:
    """A schema of the validation engine's compiled form in the registry's JSON-Schema spelling.

    ``ref_name: X`` becomes ``$ref: #/definitions/X``, snake_case keywords become camelCase, integral
    float bounds (the engine stores ``1.0``) become integers; keywords the generator does not read are kept.
    """
    if isinstance(compiled, list):
        return [registry_schema(x) for x in compiled]
    if not isinstance(compiled, dict):
        return compiled
    out: dict[str, Any] = {}
    for key, value in compiled.items():
        name = _COMPILED_KEYWORDS.get(key, key)
        if key == "ref_name":
            out[name] = f"#/definitions/{value}"
        elif key in ("properties", "pattern_properties", "definitions"):
            out[name] = {k: registry_schema(v) for k, v in value.items()}
        elif isinstance(value, float) and value.is_integer():
            out[name] = int(value)
        else:
            out[name] = registry_schema(value)
    return out


def _validation_schemas(namespace: str) -> dict[str, dict[str, Any]]:
    """The validation engine's schemas ``AWS::<namespace>::*`` in registry form.

    The engine keeps no read-only list: its ``Fn::GetAtt`` attributes that are also properties are
    taken as the read-only properties.
    """
    path = VALIDATION_SCHEMAS / f"AWS_{namespace}.json"
    if not path.exists():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    out = {}
    for type_name in sorted(data):
        entry = data[type_name]
        schema = registry_schema(entry["schema"])
        schema["readOnlyProperties"] = [
            f"/properties/{a.replace('.', '/')}"
            for a in entry.get("getatt", [])
            if a.split(".")[0] in schema.get("properties", {})
        ]
        out[type_name] = {"typeName": type_name, **schema, _ORIGIN: "aws-cdk-lib's validation engine"}
    return out


def _cdk_schemas(namespace: str) -> dict[str, dict[str, Any]]:
    """Schemas extracted from aws-cdk-lib's API for ``AWS::<namespace>::*`` (``tools/l1_cdk_schemas.json``)."""
    if not CDK_SCHEMAS.exists():
        return {}
    data = json.loads(CDK_SCHEMAS.read_text(encoding="utf-8"))["schemas"]
    prefix = f"AWS::{namespace}::"
    origin = "aws-cdk-lib's API (tools/l1_cdk_schemas.json)"
    return {t: {**s, _ORIGIN: origin} for t, s in sorted(data.items()) if t.startswith(prefix)}


def load_references() -> dict[str, dict[str, Any]]:
    """CloudFormation type name -> its reference API (format: see ``tools/gen_l1_references.py``)."""
    return json.loads(REFERENCES.read_text(encoding="utf-8"))["references"]  # type: ignore[no-any-return]


_REF_PROPERTIES: dict[tuple[str, str], tuple[tuple[str, str], ...]] = {}


def ref_properties() -> dict[tuple[str, str], tuple[tuple[str, str], ...]]:
    """Properties that also accept a reference object: (type name, jsii property name) -> the (reference
    property, field) pairs aws-cdk-lib tries in order, e.g. ``role.roleRef.roleArn``. List properties apply it
    to each element."""
    if not _REF_PROPERTIES:
        for type_name, ref in load_references().items():
            for prop, pairs in ref.get("refProperties", {}).items():
                _REF_PROPERTIES[(type_name, prop)] = tuple((a, f) for a, f in pairs)
    return _REF_PROPERTIES


def load_schemas(namespace: str, *, include_cdk_schemas: bool = True) -> dict[str, dict[str, Any]]:
    """All registry schemas ``AWS::<namespace>::*``, keyed by type name, in name order.

    cfn-lint's schemas first; for types cfn-lint does not know, the validation engine's schemas
    bundled with aws-cdk-lib (checked in under ``src/purecdk/core/validation/data``); for types neither
    knows, the schemas extracted from aws-cdk-lib's API (``tools/l1_cdk_schemas.json``). All sources are
    checked-in or pinned files, so generation needs no oracle and is deterministic.
    """
    found = _cfn_lint_schemas(namespace)
    for type_name, schema in _validation_schemas(namespace).items():
        found.setdefault(type_name, schema)
    if include_cdk_schemas:
        for type_name, schema in _cdk_schemas(namespace).items():
            found.setdefault(type_name, schema)
    return {
        t: _patch(found[t], SCHEMA_PATCHES.get(t, ()))
        for t in sorted(found)
        if t not in SKIP_TYPES
    }


def _patch(schema: dict[str, Any], patches: tuple[tuple[str, Any], ...]) -> dict[str, Any]:
    for pointer, value in patches:
        *parents, last = pointer.strip("/").split("/")
        node = schema
        for part in parents:
            node = node.setdefault(part, {})
        node[last] = value
    return schema


# ---------------------------------------------------------------------------------------------
# Model
# ---------------------------------------------------------------------------------------------

TypeSpec = Any  # see TYPE_OVERRIDES


@dataclass
class Prop:
    cfn: str
    jsii: str
    py: str
    type: TypeSpec
    required: bool


@dataclass
class Struct:
    name: str  # definition name; the Python class is f"{name}Property"
    cfn_path: str
    props: list[Prop] = field(default_factory=list)


@dataclass
class Attr:
    cfn: str  # GetAtt name, e.g. "Arn" or "A.B"
    py: str
    kind: str  # "string" | "number" | "list" | "any"


@dataclass
class Resource:
    type_name: str
    class_name: str
    props: list[Prop]
    attrs: list[Attr]
    structs: list[Struct]
    tagging: str | None  # None | "v1" | "v2"
    tag_format: str  # "STANDARD" | "MAP" | ...
    reference: dict[str, Any] | None = None  # see tools/gen_l1_references.py


class _Builder:
    """Turns one registry schema into a ``Resource``."""

    def __init__(self, type_name: str, schema: dict[str, Any]):
        self.type_name = type_name
        self.schema = schema
        self.defs: dict[str, Any] = schema.get("definitions", {})
        self.structs: dict[str, Struct] = {}
        self.read_only = {
            p[len("/properties/"):].replace("/", ".")
            for p in schema.get("readOnlyProperties", [])
            if p.startswith("/properties/")
        }

    def deref(self, s: dict[str, Any]) -> tuple[str | None, dict[str, Any]]:
        name = None
        seen = 0
        while "$ref" in s and seen < 20:
            ref = s["$ref"]
            if not ref.startswith("#/definitions/"):
                break
            name = ref[len("#/definitions/"):]
            s = {**self.defs[name], **{k: v for k, v in s.items() if k != "$ref"}}
            seen += 1
        return name, s

    def type_of(self, s: dict[str, Any], path: str, default_name: str) -> TypeSpec:
        override = TYPE_OVERRIDES.get((self.type_name, path))
        if override == "json+struct":
            self.type_of(s, path + "@", default_name)
            return "json"
        if override is not None:
            return override
        name, s = self.deref(s)
        t = s.get("type")
        if isinstance(t, list):
            if len(t) == 1:
                t = t[0]
            else:
                return "json"
        if t is None:
            if "properties" in s:
                t = "object"
            elif "items" in s:
                t = "array"
            else:
                return "json"
        if t == "string":
            return "string"
        if t in ("integer", "number"):
            return "number"
        if t == "boolean":
            return "boolean"
        if t == "array":
            items = s.get("items")
            if not isinstance(items, dict):
                return ("list", "json")
            return ("list", self.type_of(items, path, default_name))
        if t == "object":
            if s.get("properties"):
                if set(s["properties"]) == {"Key", "Value"} and (name is None or "Tag" in name):
                    return "tag"
                struct_name = name or default_name
                return ("struct", self.struct(struct_name, s, path))
            pattern = s.get("patternProperties")
            if isinstance(pattern, dict) and len(pattern) == 1:
                return ("map", self.type_of(next(iter(pattern.values())), path, default_name))
            extra = s.get("additionalProperties")
            if isinstance(extra, dict) and extra:
                return ("map", self.type_of(extra, path, default_name))
            return "json"
        return "json"

    def struct(self, name: str, s: dict[str, Any], path: str) -> str:
        if name in self.structs:
            return name
        st = Struct(name, path)
        self.structs[name] = st  # registered first: recursive definitions
        required = set(s.get("required", []))
        for cfn_name, ps in s["properties"].items():
            sub = f"{path}.{cfn_name}"
            st.props.append(self.prop(cfn_name, ps, sub, cfn_name in required))
        st.props.sort(key=_prop_order)
        return name

    def prop(self, cfn_name: str, ps: dict[str, Any], path: str, required: bool) -> Prop:
        jsii = RENAMES.get((self.type_name, path)) or jsii_name(cfn_name)
        ptype = self.type_of(ps, path, cfn_name)
        refs = ref_properties().get((self.type_name, jsii)) if "." not in path else None
        if refs:
            pairs = tuple((python_name(a), python_name(f)) for a, f in refs)
            if isinstance(ptype, tuple) and ptype[0] == "list":
                ptype = ("list", ("ref", ptype[1], pairs))
            else:
                ptype = ("ref", ptype, pairs)
        return Prop(cfn_name, jsii, python_name(jsii), ptype, required)

    def attr_kind(self, path: str) -> str:
        s: dict[str, Any] = {"properties": self.schema.get("properties", {})}
        for part in path.split("."):
            _, s = self.deref(s)
            s = s.get("properties", {}).get(part, {})
        _, s = self.deref(s)
        t = s.get("type")
        if t == "string":
            return "string"
        if t in ("integer", "number"):
            return "number"
        if t == "array":
            _, items = self.deref(s.get("items") or {})
            if items.get("type") == "string":
                return "list"
        return "any"

    def build(self) -> Resource:
        schema = self.schema
        properties = dict(schema.get("properties", {}))
        required = set(schema.get("required", []))
        tagging_info = schema.get("tagging") or {}
        tag_path = tagging_info.get("tagProperty", "/properties/Tags")[len("/properties/"):]
        taggable = tagging_info.get("taggable", True) and tag_path in properties
        tag_format = "STANDARD"
        props = []
        for cfn_name, ps in properties.items():
            if cfn_name in self.read_only:
                continue
            if taggable and cfn_name == tag_path:
                _, ts = self.deref(ps)
                if ts.get("type") == "array":
                    ptype: TypeSpec = ("list", "tag")
                else:
                    ptype, tag_format = ("map", "string"), "MAP"
                jsii = jsii_name(cfn_name)
                props.append(Prop(cfn_name, jsii, python_name(jsii), ptype, cfn_name in required))
                continue
            props.append(self.prop(cfn_name, ps, cfn_name, cfn_name in required))
        props.sort(key=_prop_order)
        for cfn_name in sorted(self.read_only):
            if cfn_name in properties:  # structs only read-only properties use are generated too
                self.type_of(properties[cfn_name], cfn_name + "@", cfn_name)
        for def_name in EXTRA_STRUCTS.get(self.type_name, ()):
            self.struct(def_name, self.defs[def_name], def_name)
        found = [(path, self.attr_kind(path)) for path in self.read_only]
        found += list(EXTRA_ATTRIBUTES.get(self.type_name, ()))
        attrs = []
        for path, kind in sorted(found, key=lambda a: a[0].replace(".", "")):
            flat = path.replace(".", "")
            attrs.append(Attr(path, "attr_" + python_name(jsii_name(flat)), kind))
        tagging = None
        if taggable:
            tagging = "v1" if self.type_name in LEGACY_TAGGABLE else "v2"
        class_name = "Cfn" + self.type_name.split("::")[2]
        structs = sorted(self.structs.values(), key=lambda s: s.name)
        return Resource(self.type_name, class_name, props, attrs, structs, tagging, tag_format)


def _prop_order(p: Prop) -> tuple[bool, str, str]:
    return (not p.required, p.jsii.lower(), p.jsii)


def build_resources(namespace: str) -> list[Resource]:
    return [_Builder(t, s).build() for t, s in load_schemas(namespace).items()]


# ---------------------------------------------------------------------------------------------
# Code emission
# ---------------------------------------------------------------------------------------------

_PRIMITIVE_HINT = {
    "string": "str",
    "number": "float",
    "boolean": "bool | IResolvable",
    "json": "Any",
    "json-or-string": "Any",
    "tag": "CfnTag",
}
_PRIMITIVE_SPEC = {
    "string": "_S", "number": "_N", "boolean": "_B", "json": "_J", "json-or-string": "_A", "tag": "_T"
}


def _hint(t: TypeSpec, owner: str, *, arg: bool) -> str:
    """Python type hint of a value of type spec ``t`` (``arg``: as accepted, with dicts for structs)."""
    if isinstance(t, str):
        return _PRIMITIVE_HINT[t]
    kind = t[0]
    if kind == "struct":
        name = f"{owner}.{t[1]}Property"
        return f"IResolvable | {name} | Mapping[str, Any]" if arg else f"IResolvable | {name}"
    if kind == "list":
        inner = _hint(t[1], owner, arg=arg)
        if t[1] == "string":
            return "Sequence[str]" if arg else "list[str]"
        if t[1] == "tag":
            return "Sequence[CfnTag | Mapping[str, Any]]" if arg else "list[CfnTag]"
        return f"IResolvable | Sequence[{inner}]" if arg else f"IResolvable | list[{inner}]"
    if kind == "map":
        inner = _hint(t[1], owner, arg=arg)
        return f"IResolvable | Mapping[str, {inner}]"
    if kind == "union":
        return " | ".join(dict.fromkeys(_hint(x, owner, arg=arg) for x in t[1:]))
    if kind == "ref":  # an I<Name>Ref object is accepted, and stored as the string it refers to
        return _hint(t[1], owner, arg=arg) + (" | Any" if arg else "")
    raise ValueError(t)


def _optional(hint: str) -> str:
    return hint if hint == "Any" or hint.endswith("| Any") else hint + " | None"


def _fit(head: str, hint: str, tail: str, indent: str) -> list[str]:
    """``{indent}{head}{hint}{tail}`` as one line, or with the hint in parentheses if too long."""
    bracket = head.endswith("[")
    one = f"{indent}{head}{hint}{']' if bracket else ''}{tail}"
    if len(one) <= 110:
        return [one]
    open_, close = ("[", "]") if bracket else ("(", ")")
    if bracket:
        head = head[:-1]
    inner = indent + "    "
    parts = hint.split(" | ")
    lines = [f"{indent}{head}{open_}"]
    line = inner
    for i, part in enumerate(parts):
        piece = part + ("" if i == len(parts) - 1 else " |")
        if len(line) + len(piece) + 1 > 110 and line.strip():
            lines.append(line.rstrip())
            line = inner
        line += piece + " "
    lines.append(line.rstrip())
    lines.append(f"{indent}{close}{tail}")
    return lines


class _Tup(tuple):
    """A tuple of code atoms (strings) and nested ``_Tup``s, printed by ``_code``."""


def _spec_tree(t: TypeSpec, owner: str) -> Any:
    """Runtime spec of type spec ``t`` (see purecdk.core.l1_support), as a ``_Tup`` tree."""
    if isinstance(t, str):
        return _PRIMITIVE_SPEC[t]
    kind = t[0]
    if kind == "struct":
        return f"{owner}.{t[1]}Property"
    if kind == "list":
        return _Tup(("_L", _spec_tree(t[1], owner)))
    if kind == "map":
        return _Tup(("_M", _spec_tree(t[1], owner)))
    if kind == "union":
        return _Tup(("_U", *(_spec_tree(x, owner) for x in t[1:])))
    if kind == "ref":
        pairs = _Tup(_Tup((f'"{a}"', f'"{f}"')) for a, f in t[2])
        return _Tup(("_R", _spec_tree(t[1], owner), pairs))
    raise ValueError(t)


def _flat(x: Any) -> str:
    if isinstance(x, _Tup):
        inner = ", ".join(_flat(e) for e in x)
        return f"({inner},)" if len(x) == 1 else f"({inner})"
    return str(x)


def _code(x: Any, indent: str, tail: str = ",") -> list[str]:
    """Lines printing ``x`` at ``indent``, broken one element a line where too long."""
    one = indent + _flat(x) + tail
    if len(one) <= 110 or not isinstance(x, _Tup):
        return [one]
    lines = [indent + "("]
    for e in x:
        lines.extend(_code(e, indent + "    "))
    lines.append(indent + ")" + tail)
    return lines


def _signature_lines(props: list[Prop], owner: str, indent: str) -> list[str]:
    lines = []
    for p in props:
        hint = _hint(p.type, owner, arg=True)
        if p.required:
            lines.extend(_fit(f"{p.py}: ", hint, ",", indent))
        else:
            lines.extend(_fit(f"{p.py}: ", _optional(hint), " = None,", indent))
    return lines


def _wrap_call(head: str, args: list[str], indent: str, tail: str = ")") -> list[str]:
    one = f"{indent}{head}{', '.join(args)}{tail}"
    if len(one) <= 110:
        return [one]
    out = [f"{indent}{head}"]
    line = indent + "    "
    for a in args:
        piece = a + ","
        if len(line) + len(piece) + 1 > 110 and line.strip():
            out.append(line.rstrip())
            line = indent + "    "
        line += piece + " "
    out.append(line.rstrip())
    out.append(f"{indent}{tail}")
    return out


def _prop_table(props: list[Prop], owner: str, indent: str) -> list[str]:
    lines = []
    for p in props:
        row = _Tup((f'"{p.py}"', f'"{p.jsii}"', f'"{p.cfn}"', _spec_tree(p.type, owner), str(p.required)))
        lines.extend(_code(row, indent))
    return lines


def _struct_class(st: Struct, owner: str, type_name: str, indent: str, *, doc: str) -> list[str]:
    i1 = indent + "    "
    i2 = i1 + "    "
    slots = ", ".join(f'"{p.py}"' for p in st.props)
    lines = [
        f"{indent}class {st.name}Property(_L1Struct):",
        f'{i1}"""{doc}"""',
        "",
        f"{i1}__slots__ = ({slots}{',' if len(st.props) == 1 else ''})",
        "",
    ]
    if len(lines[3]) > 110:
        lines[3:4] = _wrap_call("__slots__ = (", [f'"{p.py}"' for p in st.props], i1)
    for p in st.props:
        hint = _hint(p.type, owner, arg=False)
        lines.extend(_fit(f"{p.py}: ", hint if p.required else _optional(hint), "", i1))
    if st.props:
        lines.append("")
        lines.append(f"{i1}def __init__(")
        lines.append(f"{i2}self,")
        lines.append(f"{i2}*,")
        lines.extend(_signature_lines(st.props, owner, i2))
        lines.append(f"{i1}) -> None:")
        lines.extend(_wrap_call("self._l1_init((", [p.py for p in st.props], i2, tail="))")
                     if len(st.props) > 1 else [f"{i2}self._l1_init(({st.props[0].py},))"])
    else:
        lines.append(f"{i1}def __init__(self) -> None:")
        lines.append(f"{i2}self._l1_init(())")
    return lines


def _str_tuple(pairs: Any) -> str:
    """Python source of a tuple of string pairs."""
    items = [f'("{a}", "{b}")' for a, b in pairs]
    return "(" + ", ".join(items) + ("," if len(items) == 1 else "") + ")"


def _reference_members(r: Resource) -> list[str]:
    """The reference API of an L1 class: ``<type>_ref``, ``arn_for_<type>`` and the ``from_*`` helpers."""
    ref = r.reference
    if ref is None:
        return []
    prop = python_name(ref["property"])
    struct = f"_ifaces.{ref['struct']}"
    iface = f"_ifaces.{ref['interface']}"
    values = []
    for name, _doc, source in ref["fields"]:
        if source[0] == "ref":
            expr = "self.ref"
        elif source[0] == "attr":
            expr = "self." + python_name(source[1])
        elif source[0] == "split":
            expr = f"_ref_part(self, {source[1]})"
        else:
            expr = "self." + python_name(source[1])
        values.append(f"{python_name(name)}={expr}")
    out = ["    @property", f"    def {prop}(self) -> {struct}:", f'        """{ref["propertyDoc"]}"""']
    out.extend(_wrap_call(f"return {struct}(", values, "        "))
    out.append("")
    arn_for = ref.get("arnFor")
    if arn_for:
        out.append("    @classmethod")
        out.append(f"    def {python_name(arn_for['name'])}(cls, resource: {iface}) -> str:")
        out.append(f'        """{arn_for["doc"] or "The ARN of ``resource``."}"""')
        if "field" in arn_for:
            out.append(f"        return resource.{prop}.{python_name(arn_for['field'])}")
        else:
            standard = {"Partition": "partition", "Region": "region", "Account": "account"}
            fields = {k: v for k, v in arn_for["variables"].items() if k not in standard}
            assert all(arn_for["variables"].get(k) == v for k, v in standard.items()), arn_for
            assert all(v.startswith("field:") for v in fields.values()), arn_for
            variables = _str_tuple((k, python_name(v[len("field:"):])) for k, v in fields.items())
            out.extend(_wrap_call("return _arn_from_template(", [
                "resource", f'"{prop}"', f'"{arn_for["template"]}"', variables], "        "))
        out.append("")
    for helper in ref["helpers"]:
        param = python_name(helper["parameter"])
        out.append("    @classmethod")
        out.extend(_wrap_call(f"def {python_name(helper['name'])}(", [
            "cls", "scope: Construct", "id: str", f"{param}: str"], "    ", tail=f") -> {iface}:"))
        out.append(f'        """{helper["doc"]}"""')
        template = f'"{helper["template"]}"' if helper["template"] else "None"
        variable = f'"{helper["variable"]}"' if helper.get("variable") else "None"
        fields = _str_tuple((python_name(f), v) for f, v in helper["fields"].items())
        out.extend(_wrap_call("return _import_reference(", [
            "scope", "id", param, f'kind="{helper["kind"]}"', f"template={template}", f"variable={variable}",
            f'ref_name="{prop}"', f"struct={struct}", f"fields={fields}"], "        "))
        out.append("")
    return out


def emit_interfaces(package: str, namespace: str, resources: list[Resource], source: str) -> str:
    """The ``purecdk.interfaces.<package>`` module: ``I<Type>Ref`` protocols and ``<Type>Reference`` structs."""
    out: list[str] = [
        f"# Generated by tools/gen_l1.py from the CloudFormation resource schemas of {source}. Do not edit.",
        f'"""Reference interfaces of the ``AWS::{namespace}::*`` resources (generated).',
        "",
        "Each ``I<Type>Ref`` is implemented by the L1 class (``Cfn<Type>``), by the L2 constructs of that type",
        "and by what the L1 ``from_*`` helpers return; ``<Type>Reference`` is the struct of identifying",
        'attributes its ``<type>_ref`` property returns.',
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "from typing import Protocol",
        "",
        "from purecdk.constructs import IConstruct",
        "from purecdk.core.l1_support import _S",
        "from purecdk.core.l1_support import L1Struct as _L1Struct",
        "from purecdk.interfaces import IEnvironmentAware",
        "",
    ]
    refs = [r.reference for r in resources if r.reference]
    names = sorted([ref["interface"] for ref in refs] + [ref["struct"] for ref in refs])
    out.append("__all__ = [")
    out.extend(f'    "{n}",' for n in names)
    out.append("]")
    for ref in sorted(refs, key=lambda x: x["struct"]):
        fields = sorted(ref["fields"], key=lambda f: f[0])  # jsii orders struct fields by name
        py = [python_name(f[0]) for f in fields]
        out.extend(["", ""])
        out.append(f"class {ref['struct']}(_L1Struct):")
        out.append(f'    """{ref["structDoc"]}"""')
        out.append("")
        out.append(f"    __slots__ = ({', '.join(repr(n).replace(chr(39), chr(34)) for n in py)}"
                   f"{',' if len(py) == 1 else ''})")
        rows = [f'("{p}", "{f[0]}", "{f[0]}", _S, True)' for p, f in zip(py, fields, strict=True)]
        out.append(f"    _l1_rows = ({', '.join(rows)}{',' if len(rows) == 1 else ''})")
        if len(out[-1]) > 110:
            out[-1:] = _wrap_call("_l1_rows = (", rows, "    ")
        out.append("")
        for p, f in zip(py, fields, strict=True):
            out.append(f"    {p}: str")
            out.append(f'    """{f[1]}"""')
        out.append("")
        out.extend(_wrap_call("def __init__(", ["self", "*", *(f"{p}: str" for p in py)], "    ",
                              tail=") -> None:"))
        args = ", ".join(py)
        out.append(f"        self._l1_init(({args}{',' if len(py) == 1 else ''}))")
    for ref in sorted(refs, key=lambda x: x["interface"]):
        out.extend(["", ""])
        out.append(f"class {ref['interface']}(IConstruct, IEnvironmentAware, Protocol):")
        out.append(f'    """{ref["interfaceDoc"]}"""')
        out.append("")
        out.append("    @property")
        out.append(f"    def {python_name(ref['property'])}(self) -> {ref['struct']}:")
        out.append(f'        """{ref["propertyDoc"]}"""')
        out.append("        ...")
    return "\n".join(out) + "\n"


def emit_module(
    package: str, namespace: str, resources: list[Resource], source: str, note: Sequence[str] = ()
) -> str:
    out: list[str] = [
        f"# Generated by tools/gen_l1.py from the CloudFormation resource schemas of {source}. Do not edit.",
        *note,
        f'"""L1 CloudFormation resources ``AWS::{namespace}::*`` (generated)."""',
        "",
        "from __future__ import annotations",
        "",
        "from collections.abc import Mapping, Sequence",
        "from typing import TYPE_CHECKING, Any",
        "",
        "from purecdk.core.l1_references import arn_from_template as _arn_from_template",
        "from purecdk.core.l1_references import import_reference as _import_reference",
        "from purecdk.core.l1_references import ref_part as _ref_part",
        "from purecdk.core.l1_support import _A, _B, _J, _L, _M, _N, _R, _S, _T, _U",
        "from purecdk.core.l1_support import Att as _Att",
        "from purecdk.core.l1_support import L1Prop as _P",
        "from purecdk.core.l1_support import L1Resource as _L1Resource",
        "from purecdk.core.l1_support import L1Struct as _L1Struct",
        "from purecdk.core.l1_support import bind as _bind",
        "from purecdk.core.l1_support import is_cfn_type as _is_cfn_type",
        f"from purecdk.interfaces import {package} as _ifaces",
        "",
        "if TYPE_CHECKING:",
        "    from purecdk.constructs import Construct",
        "    from purecdk.core.cfn_tag import CfnTag",
        "    from purecdk.core.tag_manager import TagManager",
        "    from purecdk.core.tokens import IResolvable",
        "",
    ]
    names = []
    for r in resources:
        names.append(r.class_name)
        names.append(r.class_name + "Props")
    out.append("__all__ = [")
    for n in sorted(names):
        out.append(f'    "{n}",')
    out.append("]")
    binds: list[str] = []
    for r in resources:
        out.extend(["", ""])
        out.append(f"class {r.class_name}(_L1Resource):")
        out.append(f'    """A CloudFormation ``{r.type_name}``.')
        out.append("")
        out.append(f"    :cloudformationResource: {r.type_name}")
        out.append('    """')
        out.append("")
        out.append(f'    CFN_RESOURCE_TYPE_NAME = "{r.type_name}"')
        out.append("")
        out.append("    def __init__(")
        out.append("        self,")
        out.append("        scope: Construct,")
        out.append("        id: str,")
        if r.props:
            out.append("        *,")
        out.extend(_signature_lines(r.props, r.class_name, "        "))
        out.append("    ) -> None:")
        args = [p.py for p in r.props]
        if len(args) == 1:
            out.append(f"        super().__init__(scope, id, ({args[0]},))")
        else:
            out.extend(_wrap_call("super().__init__(scope, id, (", args, "        ", tail="))"))
        out.append("")
        out.append("    @classmethod")
        is_name = "is_" + python_name(r.class_name[0].lower() + r.class_name[1:])
        out.append(f"    def {is_name}(cls, x: Any) -> bool:")
        out.append(f'        """Whether ``x`` is a CloudFormation resource of type ``{r.type_name}``."""')
        out.append(f'        return _is_cfn_type(x, "{r.type_name}")')
        out.append("")
        out.extend(_reference_members(r))
        for idx, p in enumerate(r.props):
            hint = _hint(p.type, r.class_name, arg=False)
            if not p.required:
                hint = _optional(hint)
            name = p.py
            if r.tagging == "v1" and p.cfn == "Tags":
                name = "tags_raw"
            out.extend(_fit(f"{name}: _P[", hint, f" = _P({idx})", "    "))
        if r.tagging == "v1":
            out.append("    tags: TagManager")
        elif r.tagging == "v2":
            out.append("    cdk_tag_manager: TagManager")
        for a in r.attrs:
            hint = {"string": "str", "number": "float", "list": "list[str]", "any": "IResolvable"}[a.kind]
            line = f'    {a.py}: _Att[{hint}] = _Att("{a.cfn}", "{a.kind}")'
            if len(line) > 110:
                head = f"    {a.py}: _Att[{hint}] = _Att("
                if len(head) > 110:
                    head += "  # noqa: E501"
                out.extend([head, f'        "{a.cfn}",', f'        "{a.kind}",', "    )"])
            else:
                out.append(line)
        out.append("")
        for st in r.structs:
            out.extend(_struct_class(st, r.class_name, r.type_name, "    ",
                                     doc=f"``{r.type_name}.{st.name}``."))
            out.append("")
        out.pop()
        # Props struct (module level)
        props_struct = Struct(r.class_name + "Props@", "", r.props)
        lines = _struct_class(props_struct, r.class_name, r.type_name, "",
                              doc=f"Properties of a ``{r.class_name}`` (``{r.type_name}``).")
        lines[0] = f"class {r.class_name}Props(_L1Struct):"
        out.extend(["", ""])
        out.extend(lines)
        # binding
        binds.append("")
        tag_arg = "None"
        if r.tagging:
            tag_arg = f'("{r.tagging}", "{r.tag_format}", {[p.cfn for p in r.props].index("Tags")})'
        binds.append(f"_bind({r.class_name}, {r.class_name}Props, {tag_arg}, (")
        binds.extend(_prop_table(r.props, r.class_name, "    "))
        binds.append("), {")
        for st in r.structs:
            binds.append(f"    {r.class_name}.{st.name}Property: (")
            binds.extend(_prop_table(st.props, r.class_name, "        "))
            binds.append("    ),")
        binds.append("})")
    out.extend(["", "", "# Spec tables: (python name, jsii name, CloudFormation name, type, required)."])
    out.extend(binds[1:] if binds and binds[0] == "" else binds)
    text = "\n".join(out) + "\n"
    bind_text = "\n".join(binds)
    atoms = ("_A", "_B", "_J", "_L", "_M", "_N", "_R", "_S", "_T", "_U")
    used = [n for n in atoms if re.search(rf"\b{n}\b", bind_text)]
    for helper in ("arn_from_template", "import_reference", "ref_part"):
        if f"_{helper}(" not in text:
            text = text.replace(f"from purecdk.core.l1_references import {helper} as _{helper}\n", "")
    return text.replace("from purecdk.core.l1_support import _A, _B, _J, _L, _M, _N, _R, _S, _T, _U",
                        "from purecdk.core.l1_support import " + ", ".join(used))


_KEEP = {
    "type", "enum", "const", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum",
    "minLength", "maxLength", "pattern", "minItems", "maxItems", "uniqueItems", "minProperties",
    "maxProperties", "required", "properties", "additionalProperties", "patternProperties", "items",
    "oneOf", "anyOf", "allOf", "$ref",
}


def _trim(s: Any) -> Any:
    if isinstance(s, list):
        return [_trim(x) for x in s]
    if not isinstance(s, dict):
        return s
    out: dict[str, Any] = {}
    for k, v in s.items():
        if k not in _KEEP:
            continue
        if k in ("properties", "patternProperties"):
            out[k] = {name: _trim(sub) for name, sub in v.items()}
        elif k == "additionalProperties":
            out[k] = _trim(v) if isinstance(v, dict) else v
        elif k in ("items", "oneOf", "anyOf", "allOf"):
            out[k] = _trim(v)
        else:
            out[k] = v
    return out


def constraints_of(type_name: str, schema: dict[str, Any]) -> dict[str, Any]:
    read_only = {p[len("/properties/"):] for p in schema.get("readOnlyProperties", [])}
    props = {k: _trim(v) for k, v in schema.get("properties", {}).items() if k not in read_only}
    out: dict[str, Any] = {"properties": props}
    required = [r for r in schema.get("required", []) if r in props]
    if required:
        out["required"] = required
    if schema.get("additionalProperties") is False:
        out["additionalProperties"] = False
    defs = schema.get("definitions")
    if defs:
        out["definitions"] = {k: _trim(v) for k, v in defs.items()}
    return out


def emit_constraints(namespace: str, schemas: dict[str, dict[str, Any]], source: str) -> str:
    data = {t: constraints_of(t, s) for t, s in schemas.items()}
    text = json.dumps(data, indent=1, sort_keys=True, ensure_ascii=True)
    assert "'''" not in text
    return "\n".join([
        f"# Generated by tools/gen_l1.py from the CloudFormation resource schemas of {source}. Do not edit.",
        f'"""Schema constraints of ``AWS::{namespace}::*`` properties, for template validation (generated).',
        "",
        "Format: see the docstring of tools/gen_l1.py.",
        '"""',
        "",
        "import json",
        "from typing import Any",
        "",
        "SCHEMAS: dict[str, dict[str, Any]] = json.loads(r'''",
        text,
        "''')",
        "",
    ])


def generate() -> dict[Path, str]:
    """Every generated file: path -> content."""
    files: dict[Path, str] = {}
    references = load_references()
    for package, namespace in SERVICES.items():
        schemas = load_schemas(namespace)
        source = source_description()
        resources = [_Builder(t, s).build() for t, s in schemas.items()]
        for resource in resources:
            resource.reference = references.get(resource.type_name)
        note = fallback_note(schemas)
        files[SRC / package / "_generated.py"] = emit_module(package, namespace, resources, source, note)
        files[SRC / package / "_constraints.py"] = emit_constraints(namespace, schemas, source)
        files[SRC / "interfaces" / f"{package}.py"] = emit_interfaces(package, namespace, resources, source)
    return files


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only compare with the checked-in files")
    args = parser.parse_args(argv)
    stale = []
    for path, text in generate().items():
        current = path.read_text(encoding="utf-8") if path.exists() else None
        if current == text:
            continue
        stale.append(path)
        if not args.check:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
    for path in stale:
        print(("stale: " if args.check else "wrote: ") + str(path.relative_to(ROOT)))
    return 1 if (args.check and stale) else 0


if __name__ == "__main__":
    raise SystemExit(main())
