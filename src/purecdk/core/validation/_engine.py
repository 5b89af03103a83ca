"""Template checks reproducing the schema rules of the ``@aws/cloudformation-validate`` engine.

``check_template`` returns engine-style diagnostics (rule id, engine severity, message, logical id,
property path), sorted as the engine sorts them: by severity (FATAL, ERROR, WARN), rule id,
template position of the offending value (document order), then message.
"""

from __future__ import annotations

import base64
import json
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any

from purecdk.core.struct_class import Struct, field

from . import (
    _data,
    _lint,
    _lint_conditions,
    _lint_events,
    _lint_iam,
    _lint_parameters,
    _lint_secrets,
    _lint_sns,
    _lint_sqs,
    _lint_tags,
)
from ._regex import matches
from ._values import fmt_const, fmt_number, fmt_value, json_equal, to_string

RULE_INFO: dict[str, tuple[str, str]] = {
    # rule id: (engine severity, category)
    "F0001": ("FATAL", "Structure"),
    "F1020": ("FATAL", "Intrinsic Function"),
    "F3002": ("FATAL", "Schema"),
    "F3003": ("FATAL", "Schema"),
    "F3006": ("FATAL", "Schema"),
    "F3012": ("FATAL", "Schema"),
    "F3014": ("FATAL", "Schema"),
    "F3017": ("FATAL", "Schema"),
    "F3018": ("FATAL", "Schema"),
    "F3020": ("FATAL", "Schema"),
    "F3021": ("FATAL", "Schema"),
    "F3030": ("FATAL", "Schema"),
    "F3031": ("FATAL", "Schema"),
    "F3032": ("FATAL", "Schema"),
    "F3033": ("FATAL", "Schema"),
    "F3034": ("FATAL", "Schema"),
    "F3037": ("FATAL", "Schema"),
    "F3058": ("FATAL", "Schema"),
    "F0018": ("FATAL", "Structure"),
    "F6101": ("FATAL", "Structure"),
    "F3016": ("FATAL", "Structure"),
    "E1156": ("ERROR", "Intrinsic Function"),
    "E2533": ("ERROR", "Deprecation"),
    "E2504": ("ERROR", "Resource"),
    "E3001": ("ERROR", "Resource"),
    "E3003": ("ERROR", "Resource"),
    "E3024": ("ERROR", "Resource"),
    "E3027": ("ERROR", "Resource"),
    "E3501": ("ERROR", "Resource"),
    "E3510": ("ERROR", "Resource"),
    "E3512": ("ERROR", "Resource"),
    "E3513": ("ERROR", "Resource"),
    "E3530": ("ERROR", "Resource"),
    "E3717": ("ERROR", "Resource"),
    "E9004": ("ERROR", "Intrinsic Function"),
    "W1011": ("WARN", "Security"),
    "W2501": ("WARN", "Security"),
    "W2509": ("WARN", "Security"),
    "W2001": ("WARN", "Best Practice"),
    "W2512": ("WARN", "Security"),
    "W2531": ("WARN", "Deprecation"),
    "W3010": ("WARN", "Best Practice"),
    "W3011": ("WARN", "Best Practice"),
    "W3030": ("WARN", "Schema"),
    "W3037": ("WARN", "Security"),
    "W3694": ("WARN", "Best Practice"),
    "W7001": ("WARN", "Best Practice"),
    "W8001": ("WARN", "Best Practice"),
    "W8003": ("WARN", "Best Practice"),
    "W9003": ("WARN", "Best Practice"),
    "W9009": ("WARN", "Deprecation"),
}

_SEVERITY_RANK = {"FATAL": 0, "ERROR": 1, "WARN": 2}

PSEUDO_PARAMETERS = (
    "AWS::AccountId",
    "AWS::NoValue",
    "AWS::NotificationARNs",
    "AWS::Partition",
    "AWS::Region",
    "AWS::StackId",
    "AWS::StackName",
    "AWS::URLSuffix",
)
DEFAULT_REGION = "us-east-1"
DEFAULT_ACCOUNT = "123456789012"
STACK_NAME = "teststack"
STACK_ID = (
    "arn:aws:cloudformation:us-east-1:123456789012:stack/teststack/51af3dc0-da77-11e4-872e-1234567db123"
)

# Built-in ``format`` checks of the engine (only enforced inside anyOf/oneOf branches).
FORMATS: dict[str, str] = {
    "AWS::EC2::VPC.Id": r"^vpc-[a-f0-9]{8,17}$",
    "AWS::EC2::Subnet.Id": r"^subnet-[a-f0-9]{8,17}$",
    "AWS::EC2::SecurityGroup.Id": r"^sg-[a-f0-9]{8,17}$",
    "AWS::EC2::Image.Id": r"^ami-([0-9a-z]{8}|[0-9a-z]{17})$",
    "AWS::IAM::Role.Arn": r"^arn:aws[a-zA-Z-]*:iam::\d{12}:role/.+$",
    "AWS::Logs::LogGroup.Name": r"^[\.\-_/#A-Za-z0-9]{1,512}$",
    "AWS::EC2::SecurityGroup.Name": r"^[a-zA-Z0-9 \._\-:/()#,@\[\]+=&;\{\}!\$\*]+$",
    "AWS::EC2::KeyPair.KeyName": r"^[\x20-\x7E]{1,255}$",
    "AWS::EC2::AvailabilityZone.Name": r"^[a-z]{2}(-gov|-iso[a-z]*)?-[a-z]+-\d[a-z]$",
    "AWS::Route53::HostedZone.Id": r"^Z[A-Z0-9]{1,32}$",
    "AWS::EC2::Volume.Id": r"^vol-[a-f0-9]{8,17}$",
    "AWS::EC2::NetworkInterface.Id": r"^eni-[a-f0-9]{8,17}$",
    "AWS::SSM::Parameter.Name": r"^[a-zA-Z0-9_./-]{1,2048}$",
    "AWS::KMS::Key.Arn": r"^arn:aws[a-zA-Z-]*:kms:[a-z0-9-]+:\d{12}:"
    r"(key/(mrk-[a-f0-9]{32}|[a-f0-9]{8}-[a-f0-9]{4}-"
    r"[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12})|alias/[a-zA-Z0-9:/_-]{1,250})$",
    "AWS::KMS::Key.Id": r"^(mrk-[a-f0-9]{32}|[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}|"
    r"alias/[a-zA-Z0-9:/_-]{1,250})$",
    "AWS::KMS::Alias.AliasName": r"^alias/[a-zA-Z0-9:/_-]{1,250}$",
    "ipv4-network": r"^(\d{1,3}\.){3}\d{1,3}/\d{1,2}$",
    "ipv6-network": r"^[0-9a-fA-F:]+/\d{1,3}$",
    "date-time": r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2})?(\.\d+)?(Z|[+-]\d{2}:?\d{2})?$",
}

# Formats the engine also checks outside anyOf/oneOf, each under its own lint rule.
# Only E1156 is reproduced: E1150-E1155 apply to some properties carrying their format but not to others.
FORMAT_RULES: dict[str, str] = {
    "AWS::IAM::Role.Arn": "E1156",
}

_INT_RE = re.compile(r"^[+-]?\d+$")
_NUM_RE = re.compile(r"^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$")
_BOOL_STRINGS = {"true", "false", "yes", "no", "on", "off", "y", "n", "1", "0"}
_MAX_CANDIDATES = 16

Path = tuple[Any, ...]


class Diagnostic(Struct):
    """One engine finding."""

    rule_id: str
    message: str
    logical_id: str | None = None
    property_path: str | None = None
    suggested_fix: str | None = None
    position: tuple[int, ...] = ()

    @property
    def severity(self) -> str:
        """Engine severity: FATAL, ERROR or WARN."""
        return RULE_INFO[self.rule_id][0]

    @property
    def category(self) -> str:
        """Rule category (``ruleMetadata.category``)."""
        return RULE_INFO[self.rule_id][1]


INTRINSIC_FUNCTIONS = frozenset(
    {
        "Ref",
        "Fn::Base64",
        "Fn::Cidr",
        "Fn::FindInMap",
        "Fn::ForEach",
        "Fn::GetAtt",
        "Fn::GetAZs",
        "Fn::GetStackOutput",
        "Fn::If",
        "Fn::ImportValue",
        "Fn::Join",
        "Fn::Length",
        "Fn::Select",
        "Fn::Split",
        "Fn::Sub",
        "Fn::ToJsonString",
        "Fn::Transform",
        "Fn::And",
        "Fn::Equals",
        "Fn::Not",
        "Fn::Or",
    }
)

# Properties that may hold a local path for ``aws cloudformation package``: a string is accepted there.
_PACKAGE_PATHS: dict[str, tuple[str, ...]] = {
    "AWS::Lambda::Function": ("Properties.Environment.Variables", "Properties.Code"),
    "AWS::Lambda::LayerVersion": ("Properties.Content",),
    "AWS::ApiGateway::RestApi": ("Properties.BodyS3Location",),
}

# (type, property) whose anyOf the engine does not enforce (observed; the schema is the same as SQS's).
_ANY_OF_EXEMPT = frozenset({("AWS::SNS::Topic", "KmsMasterKeyId")})


def is_intrinsic(value: Any) -> bool:
    """A ``{"Ref": ..}`` / ``{"Fn::X": ..}`` object (known functions only)."""
    if isinstance(value, dict) and len(value) == 1:
        return next(iter(value)) in INTRINSIC_FUNCTIONS
    return False


def _partition(region: str) -> tuple[str, str]:
    if region.startswith("cn-"):
        return "aws-cn", "amazonaws.com.cn"
    if region.startswith("us-gov-"):
        return "aws-us-gov", "amazonaws.com"
    if region.startswith("us-isob-"):
        return "aws-iso-b", "sc2s.sgov.gov"
    if region.startswith("us-iso-"):
        return "aws-iso", "c2s.ic.gov"
    if region.startswith("eu-isoe-"):
        return "aws-iso-e", "cloud.adc-e.uk"
    return "aws", "amazonaws.com"


class _Mode(Struct, frozen=False):
    """How a value reached the check: literally, resolved from an intrinsic, or via a Fn::If branch."""

    resolved: bool = False
    if_condition: str | None = None
    in_branch: bool = False


class _Sink(Struct, frozen=False):
    items: list[Diagnostic] = field(default_factory=list)


class TemplateChecker:
    """Checks one template; see ``check_template``."""

    def __init__(self, template: Mapping[str, Any], region: str | None, account: str | None) -> None:
        self.template = template
        self.region_override = region
        self.region = region or DEFAULT_REGION
        self.account = account or DEFAULT_ACCOUNT
        self.diagnostics: list[Diagnostic] = []
        resources = template.get("Resources")
        self.resources: Mapping[str, Any] = resources if isinstance(resources, dict) else {}
        params = template.get("Parameters")
        self.parameters: Mapping[str, Any] = params if isinstance(params, dict) else {}
        mappings = template.get("Mappings")
        self.mappings: Mapping[str, Any] = mappings if isinstance(mappings, dict) else {}
        self._key_index: dict[int, tuple[Any, dict[str, int]]] = {}
        # Per-resource state while checking.
        self._logical_id: str | None = None
        self._defs: Mapping[str, Any] = {}
        self._type_name = ""
        # W2501 messages already reported for parameters (once per template).
        self._password_parameters: set[str] = set()

    # ---------------------------------------------------------------- positions
    def _index_of(self, container: Any, key: Any) -> int:
        if isinstance(container, dict):
            cached = self._key_index.get(id(container))
            if cached is None or cached[0] is not container:
                cached = (container, {k: i for i, k in enumerate(container)})
                self._key_index[id(container)] = cached
            return cached[1].get(key, 0)
        return int(key)

    # ---------------------------------------------------------------- emit
    def _emit(
        self,
        sink: _Sink | None,
        rule: str,
        message: str,
        path: Path,
        pos: tuple[int, ...],
        fix: str | None = None,
    ) -> None:
        diag = Diagnostic(
            rule_id=rule,
            message=message,
            logical_id=self._logical_id,
            property_path=".".join(str(p) for p in path) if path else None,
            suggested_fix=fix,
            position=pos,
        )
        (sink.items if sink is not None else self.diagnostics).append(diag)

    # ---------------------------------------------------------------- template
    def run(self) -> list[Diagnostic]:
        """Check the whole template and return sorted diagnostics."""
        resources = self.template.get("Resources")
        if not isinstance(resources, dict) or not resources:
            self._emit(None, "F0001", "Resources section must exist and be non-empty", (), ())
            return self.diagnostics
        res_pos = self._index_of(self.template, "Resources")
        for logical_id, resource in resources.items():
            if not isinstance(resource, dict):
                continue
            self._logical_id = logical_id
            pos = (res_pos, self._index_of(resources, logical_id))
            _lint.check_resource_attributes(self, logical_id, resource, pos)
            _lint.check_policies(self, resource, pos)
            _lint_tags.check_tags(self, resource, pos)
            self._check_resource(resource, pos)
        self._logical_id = None
        _lint.check_unused(self)
        _lint_secrets.check_parameters(self)
        _lint_parameters.check_unused_parameters(self)
        _lint_conditions.check_conditions(self)
        _lint.check_outputs(self)
        self.diagnostics.sort(key=lambda d: (_SEVERITY_RANK[d.severity], d.rule_id, d.position, d.message))
        return self.diagnostics

    def _check_resource(self, resource: dict[str, Any], pos: tuple[int, ...]) -> None:
        type_name = resource.get("Type")
        if not isinstance(type_name, str):
            return
        props = resource.get("Properties")
        if type_name.startswith("Custom::") or type_name == "AWS::CloudFormation::CustomResource":
            self._check_references(props, ("Properties",), pos + (self._index_of(resource, "Properties"),))
            return
        info = _data.type_info(type_name)
        if info is None:
            if type_name.startswith("AWS::") or type_name.startswith("Alexa::"):
                self._emit(None, "F3006", f"Unknown resource type '{type_name}'", (), pos)
            return
        if self.region_override is not None:
            available = _data.available_in_region(info, self.region_override)
            if available is False:
                self._emit(
                    None,
                    "F3006",
                    f"Resource type '{type_name}' does not exist in '{self.region_override}'",
                    ("Type",),
                    pos + (self._index_of(resource, "Type"),),
                )
                return
        if type_name in _data.index()["deprecated_resource_types"]:
            self._emit(
                None,
                "W9009",
                f"Resource type '{type_name}' is deprecated - consider using a newer alternative",
                (),
                pos,
                fix=f"Replace {type_name} with a supported alternative",
            )
        schema = info["schema"]
        self._defs = schema.get("definitions", {})
        self._type_name = type_name
        if "Properties" not in resource:
            self._check_object_keywords({}, schema, ("Properties",), pos, _Mode(), None, top=True)
            return
        props_pos = pos + (self._index_of(resource, "Properties"),)
        if isinstance(props, dict):
            for name in schema.get("deprecated_properties", ()):
                for found_path, found_pos in self._find_path(props, name.split("."), (), props_pos):
                    self._emit(
                        None,
                        "W9009",
                        f"Property '{name}' is deprecated",
                        ("Properties",) + found_path,
                        found_pos,
                    )
        self._check_references(props, ("Properties",), props_pos)
        self._check_value(props, schema, ("Properties",), props_pos, _Mode(), None, top=True)
        _lint.check_properties(self, type_name, props, props_pos)
        _lint.check_not_action(self, type_name, props, pos)
        if isinstance(props, dict) and (
            type_name in _lint_iam.STATEMENT_REQUIRED or type_name in _lint_iam.IDENTITY_POLICY_PATHS
        ):
            _lint_iam.check_policy_documents(self, type_name, props, props_pos)
        if isinstance(props, dict):
            _lint_secrets.check_passwords(self, type_name, props, props_pos, self._password_parameters)
        if type_name == "AWS::Events::Rule" and isinstance(props, dict):
            _lint_events.check_schedule(self, props, props_pos)
        if type_name == "AWS::SQS::Queue" and isinstance(props, dict):
            _lint_sqs.check_fifo_name(self, props, props_pos)
        if type_name == "AWS::SNS::Subscription" and isinstance(props, dict):
            _lint_sns.check_subscription_endpoint(self, props, props_pos)

    def _find_path(
        self, value: Any, parts: list[str], path: Path, pos: tuple[int, ...]
    ) -> Iterator[tuple[Path, tuple[int, ...]]]:
        """Locations of a dotted property name (``*`` matches every list item) inside ``value``."""
        if not parts:
            yield path, pos
            return
        head, rest = parts[0], parts[1:]
        if head == "*" and isinstance(value, list):
            for i, item in enumerate(value):
                yield from self._find_path(item, rest, path + (i,), pos + (i,))
        elif isinstance(value, dict) and head in value and not is_intrinsic(value):
            yield from self._find_path(
                value[head], rest, path + (head,), pos + (self._index_of(value, head),)
            )

    # ---------------------------------------------------------------- references
    def _check_references(self, value: Any, path: Path, pos: tuple[int, ...]) -> None:
        """F1020 / E9004: Ref and Fn::GetAtt targets and attributes."""
        if isinstance(value, list):
            for i, item in enumerate(value):
                self._check_references(item, path + (i,), pos + (i,))
            return
        if not isinstance(value, dict):
            return
        if len(value) == 1 and "Ref" in value:
            target = value["Ref"]
            if isinstance(target, str) and not self._ref_exists(target):
                names = sorted({*PSEUDO_PARAMETERS, *self.parameters, *self.resources})
                self._emit(
                    None,
                    "F1020",
                    f"{fmt_value(target)} is not one of {fmt_value(names)}",
                    path,
                    pos,
                    fix="Check that the Ref target exists as a resource, parameter, or pseudo-parameter",
                )
            return
        if len(value) == 1 and "Fn::GetAtt" in value:
            self._check_getatt(value["Fn::GetAtt"], path, pos)
            return
        for index, (key, item) in enumerate(value.items()):  # a key's position is its index
            self._check_references(item, path + (key,), pos + (index,))

    def _ref_exists(self, target: str) -> bool:
        return target in PSEUDO_PARAMETERS or target in self.parameters or target in self.resources

    def _check_getatt(self, args: Any, path: Path, pos: tuple[int, ...]) -> None:
        if isinstance(args, str):
            args = args.split(".", 1)
        if not isinstance(args, list) or len(args) != 2 or not isinstance(args[0], str):
            return
        target, attribute = args
        if target not in self.resources:
            self._emit(
                None,
                "F1020",
                f"Fn::GetAtt references non-existent resource '{target}'",
                (),
                pos[:2],
                fix="Check that the GetAtt target resource exists in the template",
            )
            return
        if not isinstance(attribute, str):
            return
        target_res = self.resources[target]
        target_type = target_res.get("Type") if isinstance(target_res, dict) else None
        if not isinstance(target_type, str):
            return
        info = _data.type_info(target_type)
        if info is None or "getatt" not in info:
            return
        allowed: list[str] = info["getatt"]
        if attribute not in allowed and not any(attribute.startswith(a + ".") for a in allowed):
            self._emit(
                None,
                "E9004",
                f"{fmt_value(attribute)} is not one of {fmt_value(allowed)}",
                path,
                pos,
                fix="Check the resource type documentation for valid GetAtt attributes",
            )

    # ---------------------------------------------------------------- intrinsic resolution
    def _resolve(self, value: Any, depth: int = 0) -> list[Any]:
        """Candidate literal values of an intrinsic (empty when it cannot be resolved)."""
        if depth > 10:
            return []
        if not is_intrinsic(value):
            if isinstance(value, (dict, list)) and _contains_intrinsic(value):
                return []
            return [value]
        key, arg = next(iter(value.items()))
        if key == "Ref":
            return self._resolve_ref(arg)
        if key == "Fn::If":
            if not isinstance(arg, list) or len(arg) != 3:
                return []
            out: list[Any] = []
            static = self._condition_value(arg[0]) if isinstance(arg[0], str) else None
            for branch in arg[1:] if static is None else [arg[1] if static else arg[2]]:
                if branch == {"Ref": "AWS::NoValue"}:
                    continue
                out.extend(self._resolve(branch, depth + 1))
            return out[:_MAX_CANDIDATES]
        if key == "Fn::Join":
            if not isinstance(arg, list) or len(arg) != 2 or not isinstance(arg[0], str):
                return []
            items = self._resolve_list(arg[1], depth)
            if items is None:
                return []
            parts: list[list[str]] = []
            for item in items:
                cands = self._resolve(item, depth + 1)
                if not cands or not all(isinstance(c, (str, int, float)) for c in cands):
                    return []
                parts.append([to_string(c) for c in cands])
            results = [""]
            for i, cands in enumerate(parts):
                sep = arg[0] if i else ""
                results = [r + sep + c for r in results for c in cands][:_MAX_CANDIDATES]
            return results
        if key == "Fn::Sub":
            return self._resolve_sub(arg, depth)
        if key == "Fn::Select":
            if not isinstance(arg, list) or len(arg) != 2:
                return []
            index = arg[0]
            if not isinstance(index, int) or isinstance(index, bool):
                return []
            items = self._resolve_list(arg[1], depth)
            if items is None or not 0 <= index < len(items):
                return []
            return self._resolve(items[index], depth + 1)
        if key == "Fn::Split":
            if not isinstance(arg, list) or len(arg) != 2 or not isinstance(arg[0], str) or not arg[0]:
                return []
            sources = self._resolve(arg[1], depth + 1)
            return [s.split(arg[0]) for s in sources if isinstance(s, str)]
        if key == "Fn::GetAZs":
            region = self.region
            if arg not in ("", None) and not (isinstance(arg, dict) and arg == {"Ref": "AWS::Region"}):
                if not isinstance(arg, str):
                    return []
                region = arg
            return [[region + suffix for suffix in "abc"]]
        if key == "Fn::Base64":
            sources = self._resolve(arg, depth + 1)
            return [base64.b64encode(s.encode()).decode() for s in sources if isinstance(s, str)]
        if key == "Fn::FindInMap":
            return self._resolve_find_in_map(arg, depth)
        return []

    def _resolve_list(self, value: Any, depth: int) -> list[Any] | None:
        if isinstance(value, list):
            return value
        cands = self._resolve(value, depth + 1)
        if len(cands) == 1 and isinstance(cands[0], list):
            return cands[0]
        return None

    def _resolve_ref(self, target: Any) -> list[Any]:
        if not isinstance(target, str):
            return []
        partition, suffix = _partition(self.region)
        pseudo = {
            "AWS::Region": self.region,
            "AWS::AccountId": self.account,
            "AWS::Partition": partition,
            "AWS::URLSuffix": suffix,
            "AWS::StackName": STACK_NAME,
            "AWS::StackId": STACK_ID,
        }
        if target in pseudo:
            return [pseudo[target]]
        param = self.parameters.get(target)
        if isinstance(param, dict) and isinstance(param.get("AllowedValues"), list):
            return list(param["AllowedValues"])
        if isinstance(param, dict) and "Default" in param:
            default = param["Default"]
            ptype = param.get("Type", "")
            if isinstance(ptype, str) and ("CommaDelimitedList" in ptype or ptype.startswith("List<")):
                if isinstance(default, str):
                    return [[item.strip() for item in default.split(",")]]
            return [default]
        return []

    def _resolve_sub(self, arg: Any, depth: int) -> list[Any]:
        if isinstance(arg, str):
            text, variables = arg, {}
        elif isinstance(arg, list) and len(arg) == 2 and isinstance(arg[0], str) and isinstance(arg[1], dict):
            text, variables = arg[0], arg[1]
        else:
            return []
        out = []
        pos = 0
        for m in re.finditer(r"\$\{([^}]*)\}", text):
            out.append(text[pos : m.start()])
            name = m.group(1)
            pos = m.end()
            if name.startswith("!"):
                out.append("${" + name[1:] + "}")
                continue
            if name in variables:
                cands = self._resolve(variables[name], depth + 1)
            elif "." in name and name.split(".", 1)[0] in self.resources:
                return []
            else:
                cands = self._resolve_ref(name)
            if len(cands) != 1 or not isinstance(cands[0], (str, int, float)):
                return []
            out.append(to_string(cands[0]))
        out.append(text[pos:])
        return ["".join(out)]

    def _resolve_find_in_map(self, arg: Any, depth: int) -> list[Any]:
        if not isinstance(arg, list) or len(arg) != 3:
            return []
        keys = []
        for part in arg:
            cands = self._resolve(part, depth + 1)
            if len(cands) != 1 or not isinstance(cands[0], str):
                return []
            keys.append(cands[0])
        level: Any = self.mappings
        for key in keys:
            if not isinstance(level, dict) or key not in level:
                return []
            level = level[key]
        return [level]

    def _condition_value(self, name: str, depth: int = 0) -> bool | None:
        """A condition's value when it is fixed (Fn::Equals of literals and the like), else None."""
        conditions = self.template.get("Conditions")
        if not isinstance(conditions, dict) or depth > 20:
            return None
        return self._condition_expr(conditions.get(name), depth + 1)

    def _condition_expr(self, expr: Any, depth: int) -> bool | None:
        if not isinstance(expr, dict) or len(expr) != 1:
            return None
        key, arg = next(iter(expr.items()))
        if key == "Condition" and isinstance(arg, str):
            return self._condition_value(arg, depth)
        if not isinstance(arg, list):
            return None
        if key == "Fn::Equals" and len(arg) == 2:
            if any(isinstance(a, (dict, list)) for a in arg):
                return None
            return to_string(arg[0]) == to_string(arg[1])
        values = [self._condition_expr(a, depth) for a in arg]
        if key == "Fn::Not" and len(values) == 1:
            return None if values[0] is None else not values[0]
        if key == "Fn::And":
            if False in values:
                return False
            return None if None in values else True
        if key == "Fn::Or":
            if True in values:
                return True
            return None if None in values else False
        return None

    # ---------------------------------------------------------------- schema checks
    def _deref(self, node: Any) -> dict[str, Any]:
        seen = 0
        while isinstance(node, dict) and "ref_name" in node and seen < 20:
            node = self._defs.get(node["ref_name"], {})
            seen += 1
        return node if isinstance(node, dict) else {}

    def _check_value(
        self,
        value: Any,
        node: Any,
        path: Path,
        pos: tuple[int, ...],
        mode: _Mode,
        sink: _Sink | None,
        top: bool = False,
    ) -> None:
        node = self._deref(node)
        if value is None:
            return
        if is_intrinsic(value):
            key, arg = next(iter(value.items()))
            if key == "Ref" and arg == "AWS::NoValue":
                return
            if key == "Fn::If":
                if not isinstance(arg, list) or len(arg) != 3 or not isinstance(arg[0], str):
                    return
                static = self._condition_value(arg[0])
                branches = arg[1:] if static is None else [arg[1] if static else arg[2]]
                for branch in branches:
                    branch_mode = _Mode(mode.resolved, arg[0], mode.in_branch)
                    self._check_value(branch, node, path, pos, branch_mode, sink, top)
                return
            for candidate in self._resolve(value):
                self._check_value(candidate, node, path, pos, _Mode(True, None, mode.in_branch), sink, top)
            return
        self._check_node(value, node, path, pos, mode, sink, top)

    def _check_node(
        self,
        value: Any,
        node: dict[str, Any],
        path: Path,
        pos: tuple[int, ...],
        mode: _Mode,
        sink: _Sink | None,
        top: bool = False,
    ) -> None:
        suffix = f" (from Fn::If on condition '{mode.if_condition}')" if mode.if_condition else ""
        shown = _LazyText(lambda: fmt_value(value) + suffix)  # only messages need it
        checked = value  # the value other keywords see, after coercion
        string_view: str | None = value if isinstance(value, str) else None
        number_view: float | None = (
            value if isinstance(value, (int, float)) and not isinstance(value, bool) else None
        )

        types = node.get("type")
        if not isinstance(value, dict) and self._type_name in _PACKAGE_PATHS:
            dotted = ".".join(str(p) for p in path)
            for exempt in _PACKAGE_PATHS[self._type_name]:
                # A string (a local path) is accepted at the property; anything at a parent of it.
                if (exempt == dotted and isinstance(value, str)) or exempt.startswith(dotted + "."):
                    types = None
        if types is not None and not top:
            type_list = types if isinstance(types, list) else [types]
            if not any(_is_type(value, t) for t in type_list):
                first = type_list[0]
                coerced, how = _coerce(value, first)
                if how is not None:
                    checked = coerced
                    if not mode.resolved:
                        self._emit(
                            sink,
                            "W9003",
                            f"{shown} is not of type '{first}' - automatically coerced ({how})",
                            path,
                            pos,
                        )
                    if first == "string":
                        string_view = to_string(value)
                    elif first in ("integer", "number"):
                        number_view = coerced
                elif mode.in_branch:
                    actual = _type_name_of(value)
                    self._emit(
                        sink, "F3012", f"{shown} has type '{actual}', expected type '{first}'", path, pos
                    )
                elif not mode.resolved:
                    self._emit(sink, "F3012", f"{shown} is not of type '{first}'", path, pos)

        if top:
            pass
        elif "const" in node and not json_equal(checked, node["const"]):
            self._emit(sink, "F3030", f"{fmt_const(node['const'])} was expected", path, pos)
        if "enum" in node and not top and not any(json_equal(checked, e) for e in node["enum"]):
            self._emit(sink, "W3030", f"{shown} is not one of {fmt_value(node['enum'])}", path, pos)
        if "enum_case_insensitive" in node and not top:
            allowed = node["enum_case_insensitive"]
            lowered = checked.lower() if isinstance(checked, str) else checked
            if not any(json_equal(lowered, e) for e in allowed):
                self._emit(
                    sink, "W3030", f"{shown} is not one of {fmt_value(allowed)} (case-insensitive)", path, pos
                )

        if string_view is not None and not mode.resolved:
            self._check_string(value, string_view, node, path, pos, sink)
        if number_view is not None:
            self._check_number(number_view, node, path, pos, sink)
        format_view = to_string(value) if isinstance(value, (str, int, float)) else None
        if (
            not mode.in_branch
            and not mode.resolved
            and string_view is not None
            and node.get("format") in FORMAT_RULES
            and matches(FORMATS[node["format"]], string_view) is False
        ):
            rule = FORMAT_RULES[node["format"]]
            self._emit(sink, rule, f"{shown} does not match format '{node['format']}'", path, pos)
        if mode.in_branch and format_view is not None and "format" in node:
            if node["format"] == "json" and not _is_json(format_view):
                self._emit(sink, "F3031", f"{shown} does not match format 'json'", path, pos)
            fmt = FORMATS.get(node["format"])
            if fmt is not None and matches(fmt, format_view) is False:
                self._emit(sink, "F3031", f"{shown} does not match format '{node['format']}'", path, pos)

        if isinstance(value, dict) and not mode.resolved:
            self._check_object_keywords(value, node, path, pos, mode, sink, top)
        elif isinstance(value, list) and not mode.resolved:
            self._check_array(value, node, path, pos, mode, sink)

        for sub in node.get("all_of", ()):
            self._check_value(value, sub, path, pos, mode, sink, top)
        if "any_of" in node and not (len(path) == 2 and (self._type_name, path[1]) in _ANY_OF_EXEMPT):
            self._check_composition(value, node["any_of"], "anyOf", path, pos, mode, sink, top)
        if "one_of" in node:
            self._check_composition(value, node["one_of"], "oneOf", path, pos, mode, sink, top)

    def _check_string(
        self,
        value: Any,
        text: str,
        node: dict[str, Any],
        path: Path,
        pos: tuple[int, ...],
        sink: _Sink | None,
    ) -> None:
        pattern = node.get("pattern")
        if isinstance(pattern, str) and matches(pattern, text) is False:
            self._emit(sink, "F3031", f"{fmt_value(value)} does not match pattern '{pattern}'", path, pos)
        length = len(text)
        if "min_length" in node and length < node["min_length"]:
            self._emit(
                sink, "F3033", f"length {length} is below minimum {fmt_number(node['min_length'])}", path, pos
            )
        if "max_length" in node and length > node["max_length"]:
            self._emit(
                sink, "F3033", f"length {length} exceeds maximum {fmt_number(node['max_length'])}", path, pos
            )

    def _check_number(
        self, number: float, node: dict[str, Any], path: Path, pos: tuple[int, ...], sink: _Sink | None
    ) -> None:
        shown = fmt_number(number)
        if "minimum" in node and number < node["minimum"]:
            self._emit(
                sink, "F3034", f"{shown} is less than the minimum of {fmt_number(node['minimum'])}", path, pos
            )
        if "maximum" in node and number > node["maximum"]:
            self._emit(
                sink,
                "F3034",
                f"{shown} is greater than the maximum of {fmt_number(node['maximum'])}",
                path,
                pos,
            )
        if "exclusive_minimum" in node and number <= node["exclusive_minimum"]:
            limit = fmt_number(node["exclusive_minimum"])
            self._emit(sink, "F3034", f"{shown} is <= exclusive minimum {limit}", path, pos)
        if "exclusive_maximum" in node and number >= node["exclusive_maximum"]:
            limit = fmt_number(node["exclusive_maximum"])
            self._emit(sink, "F3034", f"{shown} is >= exclusive maximum {limit}", path, pos)
        if "multiple_of" in node and node["multiple_of"]:
            quotient = number / node["multiple_of"]
            if not float(quotient).is_integer():
                limit = fmt_number(node["multiple_of"])
                self._emit(sink, "F3034", f"{shown} is not a multiple of {limit}", path, pos)

    def _check_array(
        self,
        value: list[Any],
        node: dict[str, Any],
        path: Path,
        pos: tuple[int, ...],
        mode: _Mode,
        sink: _Sink | None,
    ) -> None:
        count = sum(1 for item in value if item is not None)
        if "min_items" in node and count < node["min_items"]:
            limit = fmt_number(node["min_items"])
            self._emit(sink, "F3032", f"expected minimum item count: {limit}, found: {count}", path, pos)
        if "max_items" in node and count > node["max_items"]:
            limit = fmt_number(node["max_items"])
            self._emit(sink, "F3032", f"expected maximum item count: {limit}, found: {count}", path, pos)
        if node.get("unique_items") and _has_duplicates(value):
            self._emit(sink, "F3037", "Array items are not unique", path, pos)
        items = node.get("items")
        if isinstance(items, dict):
            pin = mode.if_condition is not None
            for i, item in enumerate(value):
                if item is None:
                    continue
                if pin:
                    item_pos = pos
                elif isinstance(item, (int, float, bool)) or item is None:
                    item_pos = pos  # the engine locates non-string scalars in arrays at the array
                else:
                    item_pos = pos + (i,)
                self._check_value(item, items, path + (i,), item_pos, mode, sink)

    def _check_object_keywords(
        self,
        value: dict[str, Any],
        node: dict[str, Any],
        path: Path,
        pos: tuple[int, ...],
        mode: _Mode,
        sink: _Sink | None,
        top: bool = False,
    ) -> None:
        props: dict[str, Any] = node.get("properties", {})
        pattern_props: dict[str, Any] = node.get("pattern_properties", {})
        pin = mode.if_condition is not None
        for index, (key, item) in enumerate(value.items()):  # a key's position is its index
            key_pos = pos if pin else pos + (index,)
            if key in props:
                self._check_value(item, props[key], path + (key,), key_pos, mode, sink)
                continue
            # The engine only uses patternProperties to accept keys; it does not check their values.
            matched = any(matches(pat, key) for pat in pattern_props)
            if not matched and node.get("additional_properties") is False and (props or pattern_props or top):
                suggestion = did_you_mean(key, props)
                hint = f". Did you mean '{suggestion}'?" if suggestion else ""
                self._emit(
                    sink,
                    "F3002",
                    f"Additional properties are not allowed ('{key}' was unexpected{hint})",
                    path + (key,),
                    key_pos,
                )
        # A null property is missing at the top level but present in nested objects.
        present = {k for k, v in value.items() if not (top and v is None)}
        for name in node.get("required", ()):
            if name not in present:
                self._emit(
                    sink,
                    "F3003",
                    f"'{name}' is a required property",
                    path,
                    pos,
                    fix=f"Add the required property '{name}'",
                )
        for key, deps in node.get("dependent_required", {}).items():
            if key in present:
                for dep in deps:
                    if dep not in present:
                        self._emit(
                            sink,
                            "F3021",
                            f"'{dep}' is a dependency of '{key}'",
                            path,
                            pos,
                            fix=f"Add '{dep}' when '{key}' is specified",
                        )
        for key, excluded in node.get("dependent_excluded", {}).items():
            if key in present:
                for other in excluded:
                    if other in present:
                        other_pos = pos if pin else pos + (self._index_of(value, other),)
                        self._emit(
                            sink,
                            "F3020",
                            f"'{other}' should not be included with '{key}'",
                            path + (other,),
                            other_pos,
                        )
        if "required_xor" in node:
            names = node["required_xor"]
            if sum(1 for n in names if n in present) != 1:
                self._emit(sink, "F3014", f"Exactly one of {fmt_value(names)} must be specified", path, pos)
        if "required_or" in node:
            names = node["required_or"]
            if not any(n in present for n in names):
                self._emit(sink, "F3058", f"One of {fmt_value(names)} is a required property", path, pos)

    def _check_composition(
        self,
        value: Any,
        branches: list[Any],
        kind: str,
        path: Path,
        pos: tuple[int, ...],
        mode: _Mode,
        sink: _Sink | None,
        top: bool,
    ) -> None:
        if kind == "oneOf" and any(branch == {} for branch in branches):
            return  # the engine does not enforce a oneOf with an unconstrained branch
        failures: list[list[str]] = []
        for branch in branches:
            branch_sink = _Sink()
            branch_mode = _Mode(mode.resolved, mode.if_condition, True)
            self._check_value(value, branch, path, pos, branch_mode, branch_sink, top)
            here = ".".join(str(p) for p in path)
            reasons = [
                d.message if d.property_path == here else f"at '{d.property_path}': {d.message}"
                for d in branch_sink.items
                if d.rule_id != "W9003"
            ]
            failures.append(sorted(reasons))
        matched = [i + 1 for i, errs in enumerate(failures) if not errs]
        count = len(branches)
        combos = _required_combinations(branches)
        where = f" for {self._type_name}" if isinstance(value, dict) else ""
        combo_text = ""
        if combos is not None:
            combo_text = " Required property combinations: " + " or ".join(fmt_value(c) for c in combos) + "."
        details = "; ".join(f"branch {i + 1}: " + ", ".join(errs) for i, errs in enumerate(failures))
        if kind == "anyOf" and not matched:
            message = (
                f"Value is not valid under any of the {count} anyOf schemas{where} (0 branches matched; "
                f"at least one is required).{combo_text} Branch failures: {details}."
            )
            self._emit(sink, "F3017", message, path, pos)
        elif kind == "oneOf" and not matched:
            message = (
                f"Value is not valid under any of the {count} oneOf schemas{where} (0 branches matched; "
                f"exactly one is required).{combo_text} Branch failures: {details}."
            )
            self._emit(sink, "F3018", message, path, pos)
        elif kind == "oneOf" and len(matched) > 1:
            branches_text = ", ".join(map(str, matched))
            message = (
                f"Value is valid under more than one of the {count} oneOf schemas{where} ({len(matched)} "
                f"branches matched; exactly one is required). Matching branches: {branches_text}.{combo_text}"
            )
            self._emit(sink, "F3018", message, path, pos)


class _LazyText:
    """Text computed when first formatted into a message (most checked values never are)."""

    __slots__ = ("_make", "_text")

    def __init__(self, make: Callable[[], str]) -> None:
        self._make = make
        self._text: str | None = None

    def __str__(self) -> str:
        if self._text is None:
            self._text = self._make()
        return self._text

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)


def _required_combinations(branches: list[Any]) -> list[list[str]] | None:
    combos = []
    for branch in branches:
        if not isinstance(branch, dict) or not branch.get("required"):
            return None
        combos.append(sorted(branch["required"]))
    return sorted(combos)


def _levenshtein(a: str, b: str) -> int:
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def did_you_mean(key: str, candidates: Iterable[str]) -> str | None:
    """The property the engine suggests for an unexpected key: the most similar one (normalized Levenshtein
    similarity of the lower-cased names) when more than 0.8 similar, else None."""
    best, best_score = None, 0.8
    lowered = key.lower()
    for candidate in candidates:
        other = candidate.lower()
        longest = max(len(lowered), len(other))
        score = 1 - _levenshtein(lowered, other) / longest if longest else 1.0
        if score > best_score:
            best, best_score = candidate, score
    return best


def _contains_intrinsic(value: Any) -> bool:
    if is_intrinsic(value):
        return True
    if isinstance(value, dict):
        return any(_contains_intrinsic(v) for v in value.values())
    if isinstance(value, list):
        return any(_contains_intrinsic(v) for v in value)
    return False


def _type_name_of(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "integer" if value.is_integer() else "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    if isinstance(value, dict):
        return "object"
    return "null"


def _is_json(value: Any) -> bool:
    if not isinstance(value, str):
        return True
    try:
        json.loads(value)
    except ValueError:
        return False
    return True


def _is_type(value: Any, type_name: str) -> bool:
    if type_name == "string":
        return isinstance(value, str)
    if type_name == "integer":
        if isinstance(value, bool):
            return False
        return isinstance(value, int) or (isinstance(value, float) and value.is_integer())
    if type_name == "number":
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if type_name == "boolean":
        return isinstance(value, bool)
    if type_name == "object":
        return isinstance(value, dict)
    if type_name == "array":
        return isinstance(value, list)
    if type_name == "null":
        return value is None
    return True


def _coerce(value: Any, type_name: str) -> tuple[Any, str | None]:
    """CloudFormation's implicit conversions: (converted value, "x to y") or (value, None)."""
    if type_name == "string":
        if isinstance(value, bool):
            return to_string(value), "boolean to string"
        if isinstance(value, (int, float)):
            return to_string(value), "number to string"
    elif type_name == "integer" and isinstance(value, str):
        if _INT_RE.match(value.strip()):
            return int(value), "string to integer"
    elif type_name == "number" and isinstance(value, str):
        if _NUM_RE.match(value.strip()):
            number = float(value)
            return (int(number) if number.is_integer() else number), "string to number"
    elif type_name == "boolean" and isinstance(value, str):
        if value.lower() in _BOOL_STRINGS:
            return value.lower() in ("true", "yes", "on", "y", "1"), "string to boolean"
    return value, None


def _has_duplicates(items: list[Any]) -> bool:
    for i, a in enumerate(items):
        for b in items[i + 1 :]:
            if json_equal(a, b):
                return True
    return False


def check_template(
    template: Mapping[str, Any], *, region: str | None = None, account: str | None = None
) -> list[Diagnostic]:
    """Engine-style diagnostics for one template (region/account: the stack's, when resolved)."""
    return TemplateChecker(template, region, account).run()


def iter_rule_ids() -> Iterator[str]:
    """The rule ids this module can report."""
    return iter(sorted(RULE_INFO))
