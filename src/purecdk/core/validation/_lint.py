"""Lint rules of the validation engine beyond the resource schemas (the ones this project's programs meet).

Each function takes the ``TemplateChecker`` and emits diagnostics through it. Conditions, messages and
property paths were observed on the engine bundled with aws-cdk-lib 2.275 (``tests/validation/FINDINGS.md``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from . import _data
from ._values import fmt_number, fmt_value

if TYPE_CHECKING:
    from ._engine import TemplateChecker

RESOURCE_ATTRIBUTES = (
    "Type",
    "Properties",
    "DependsOn",
    "Condition",
    "Metadata",
    "DeletionPolicy",
    "UpdateReplacePolicy",
    "UpdatePolicy",
    "CreationPolicy",
    "Fn::Transform",
    "Version",
)

#: Types that also accept ``Snapshot`` as DeletionPolicy / UpdateReplacePolicy.
SNAPSHOT_TYPES = frozenset(
    {
        "AWS::DocDB::DBCluster",
        "AWS::EC2::Volume",
        "AWS::ElastiCache::CacheCluster",
        "AWS::ElastiCache::ReplicationGroup",
        "AWS::Neptune::DBCluster",
        "AWS::RDS::DBCluster",
        "AWS::RDS::DBInstance",
        "AWS::Redshift::Cluster",
    }
)

#: W3010: where an availability zone must not be a literal (``*``: every list item).
AVAILABILITY_ZONE_PATHS: dict[str, tuple[str, ...]] = {
    "AWS::AutoScaling::AutoScalingGroup": ("AvailabilityZones.*",),
    "AWS::DAX::Cluster": ("AvailabilityZones.*",),
    "AWS::DMS::ReplicationInstance": ("AvailabilityZone",),
    "AWS::EC2::Host": ("AvailabilityZone",),
    "AWS::EC2::Instance": ("AvailabilityZone",),
    "AWS::EC2::LaunchTemplate": ("LaunchTemplateData.Placement.AvailabilityZone",),
    "AWS::EC2::SpotFleet": (
        "SpotFleetRequestConfigData.LaunchSpecifications.*.Placement.AvailabilityZone",
        "SpotFleetRequestConfigData.LaunchTemplateConfigs.*.Overrides.*.AvailabilityZone",
    ),
    "AWS::EC2::Subnet": ("AvailabilityZone",),
    "AWS::EC2::Volume": ("AvailabilityZone",),
    "AWS::ElasticLoadBalancing::LoadBalancer": ("AvailabilityZones.*",),
    "AWS::ElasticLoadBalancingV2::TargetGroup": ("Targets.*.AvailabilityZone",),
    "AWS::EMR::Cluster": ("Instances.Placement.AvailabilityZone",),
    "AWS::Glue::Connection": ("ConnectionInput.PhysicalConnectionRequirements.AvailabilityZone",),
    "AWS::OpsWorks::Instance": ("AvailabilityZone",),
    "AWS::RDS::DBCluster": ("AvailabilityZones.*",),
    "AWS::RDS::DBInstance": ("AvailabilityZone",),
}

#: W2512: the policy documents checked for ``Allow`` statements with ``NotAction`` (``*``: every list item).
POLICY_DOCUMENT_PATHS: dict[str, tuple[str, ...]] = {
    "AWS::IAM::Group": ("Policies.*.PolicyDocument",),
    "AWS::IAM::ManagedPolicy": ("PolicyDocument",),
    "AWS::IAM::Policy": ("PolicyDocument",),
    "AWS::IAM::Role": ("Policies.*.PolicyDocument",),
    "AWS::IAM::User": ("Policies.*.PolicyDocument",),
    "AWS::S3::BucketPolicy": ("PolicyDocument",),
    "AWS::SNS::TopicPolicy": ("PolicyDocument",),
    "AWS::SQS::QueuePolicy": ("PolicyDocument",),
}

_NO_VALUE = {"Ref": "AWS::NoValue"}


def _branches(value: Any) -> Iterator[Any]:
    """``value``, or each branch of an ``Fn::If`` (recursively), ``AWS::NoValue`` left out."""
    if isinstance(value, dict) and len(value) == 1 and "Fn::If" in value:
        arg = value["Fn::If"]
        if isinstance(arg, list) and len(arg) == 3:
            for branch in arg[1:]:
                yield from _branches(branch)
        return
    if value != _NO_VALUE:
        yield value


def _walk(value: Any, parts: list[str]) -> Iterator[Any]:
    """The values at a dotted path (``*``: every item of a list), through ``Fn::If`` branches."""
    for v in _branches(value):
        if not parts:
            yield v
        elif parts[0] == "*":
            if isinstance(v, list):
                for item in v:
                    yield from _walk(item, parts[1:])
        elif isinstance(v, dict) and parts[0] in v:
            yield from _walk(v[parts[0]], parts[1:])


def check_resource_attributes(
    checker: TemplateChecker, logical_id: str, resource: dict[str, Any], pos: tuple[int, ...]
) -> None:
    """E3001: unknown resource attributes, ``Version`` outside custom resources, a missing ``Type``."""
    type_name = resource.get("Type")
    custom = isinstance(type_name, str) and (
        type_name.startswith("Custom::") or type_name == "AWS::CloudFormation::CustomResource"
    )
    for key in resource:
        key_pos = pos + (checker._index_of(resource, key),)
        if key not in RESOURCE_ATTRIBUTES:
            checker._emit(
                None,
                "E3001",
                f"Resource '{logical_id}' has invalid property '{key}'. Valid resource attributes: "
                + ", ".join(RESOURCE_ATTRIBUTES),
                (),
                key_pos,
            )
        elif key == "Version" and not custom:
            checker._emit(
                None, "E3001", f"Resource '{logical_id}' property 'Version' is only valid for custom resources",
                (), key_pos,
            )
    if "Type" not in resource:
        checker._emit(None, "E3001", f"Resource '{logical_id}' is missing required property 'Type'", (), pos)


def check_policies(checker: TemplateChecker, resource: dict[str, Any], pos: tuple[int, ...]) -> None:
    """F3016 / F0018: DeletionPolicy and UpdateReplacePolicy values; W3011: only one of them protects."""
    type_name = resource.get("Type")
    snapshot = ["Snapshot"] if type_name in SNAPSHOT_TYPES else []
    allowed = {
        "DeletionPolicy": ("F3016", ["Delete", "Retain", "RetainExceptOnCreate"] + snapshot),
        "UpdateReplacePolicy": ("F0018", ["Delete", "Retain"] + snapshot),
    }
    for attribute, (rule, values) in allowed.items():
        if attribute not in resource:
            continue
        for candidate in checker._resolve(resource[attribute]):
            if isinstance(candidate, str):
                got = fmt_value(candidate)
            elif isinstance(candidate, (int, float)) and not isinstance(candidate, bool):
                got = "a number"
            else:
                continue
            if candidate not in values:
                checker._emit(
                    None,
                    rule,
                    f"{attribute} must be one of {', '.join(values)}, got {got}",
                    (attribute,),
                    pos + (checker._index_of(resource, attribute),),
                )
    deletion, replace = resource.get("DeletionPolicy"), resource.get("UpdateReplacePolicy")
    if (deletion is None) != (replace is None) and (deletion if deletion is not None else replace) != "Delete":
        checker._emit(
            None,
            "W3011",
            "Both 'UpdateReplacePolicy' and 'DeletionPolicy' are needed to protect resource from deletion",
            (),
            pos,
        )


def _literal_locations(
    value: Any, parts: list[str], path: tuple[Any, ...]
) -> Iterator[tuple[tuple[Any, ...], Any]]:
    """(path, value) of the literal (non-intrinsic) values at a dotted path; ``Fn::If`` is not entered."""
    if not parts:
        yield path, value
        return
    head, rest = parts[0], parts[1:]
    if head == "*":
        if isinstance(value, list):
            for i, item in enumerate(value):
                yield from _literal_locations(item, rest, path + (i,))
    elif isinstance(value, dict) and head in value:
        yield from _literal_locations(value[head], rest, path + (head,))


def check_properties(checker: TemplateChecker, type_name: str, props: Any, props_pos: tuple[int, ...]) -> None:
    """W3010 (hard-coded availability zones), E3717 (a Lambda timeout over 900 s without a capacity provider),
    W2531 / E2533 (deprecated Lambda runtimes)."""
    if not isinstance(props, dict):
        return
    for dotted in AVAILABILITY_ZONE_PATHS.get(type_name, ()):
        for path, zone in _literal_locations(props, dotted.split("."), ()):
            if isinstance(zone, str) and zone != "all":
                checker._emit(
                    None,
                    "W3010",
                    f"Avoid hardcoding availability zones {fmt_value(zone)}",
                    ("Properties",) + path,
                    props_pos + _positions(checker, props, path),
                )
    timeout = props.get("Timeout") if type_name == "AWS::Lambda::Function" else None
    if isinstance(timeout, str) and re.fullmatch(r"[+-]?\d+(\.\d+)?", timeout):
        timeout = float(timeout)
    if (
        isinstance(timeout, (int, float))
        and not isinstance(timeout, bool)
        and timeout > 900
        and "CapacityProviderConfig" not in props
    ):
        checker._emit(
            None,
            "E3717",
            f"{fmt_number(timeout)} exceeds maximum 900 for a function without CapacityProviderConfig",
            ("Properties", "Timeout"),
            props_pos + (checker._index_of(props, "Timeout"),),
        )
    if type_name == "AWS::Lambda::Function" and isinstance(props.get("Runtime"), str):
        runtime = props["Runtime"]
        runtimes = _data.index().get("lambda_runtimes", {})
        for status, rule, tense in (("deprecated", "W2531", "will be"), ("eol", "E2533", "was")):
            life = runtimes.get(status, {}).get(runtime)
            if life is None:
                continue
            were = "will be" if tense == "will be" else "were"
            checker._emit(
                None,
                rule,
                f"Runtime '{runtime}' was deprecated on '{life['deprecated']}'. Creation {tense} disabled on "
                f"'{life['create_block']}', and updates {were} disabled on '{life['update_block']}'. "
                f"Please consider updating to '{life['successor']}'",
                ("Properties", "Runtime"),
                props_pos + (checker._index_of(props, "Runtime"),),
            )


def _positions(checker: TemplateChecker, value: Any, path: tuple[Any, ...]) -> tuple[int, ...]:
    out = []
    for key in path:
        out.append(checker._index_of(value, key))
        value = value[key]
    return tuple(out)


def check_not_action(checker: TemplateChecker, type_name: str, props: Any, pos: tuple[int, ...]) -> None:
    """W2512: an ``Allow`` statement with ``NotAction`` in one of the resource's policy documents (once)."""
    for dotted in POLICY_DOCUMENT_PATHS.get(type_name, ()):
        for document in _walk(props, dotted.split(".")):
            for statements in _walk(document, ["Statement"]):
                items = statements if isinstance(statements, list) else [statements]
                for item in items:
                    for statement in _branches(item):
                        if not isinstance(statement, dict) or "NotAction" not in statement:
                            continue
                        if "Allow" in checker._resolve(statement.get("Effect")):
                            checker._emit(
                                None,
                                "W2512",
                                "IAM policy uses NotAction which grants all actions except those listed - "
                                "consider using Action instead",
                                (),
                                pos,
                            )
                            return


def _find_all(value: Any, key: str) -> Iterator[Any]:
    """The argument of every ``{key: ...}`` object anywhere inside ``value``."""
    if isinstance(value, dict):
        for k, v in value.items():
            if k == key:
                yield v
            yield from _find_all(v, key)
    elif isinstance(value, list):
        for item in value:
            yield from _find_all(item, key)


def check_unused(checker: TemplateChecker) -> None:
    """W7001 (mappings no ``Fn::FindInMap`` names) and W8001 (conditions nothing uses)."""
    template = checker.template
    mappings = template.get("Mappings")
    if isinstance(mappings, dict) and mappings:
        names = [arg[0] for arg in _find_all(template, "Fn::FindInMap") if isinstance(arg, list) and arg]
        if all(isinstance(n, str) for n in names):
            section = checker._index_of(template, "Mappings")
            for name in mappings:
                if name not in names:
                    checker._emit(
                        None,
                        "W7001",
                        f"Mapping '{name}' is not referenced by any Fn::FindInMap",
                        (f"Mappings/{name}",),
                        (section, checker._index_of(mappings, name)),
                    )
    conditions = template.get("Conditions")
    if isinstance(conditions, dict) and conditions:
        used = {arg[0] for arg in _find_all(template, "Fn::If") if isinstance(arg, list) and arg}
        used.update(v for v in _find_all(conditions, "Condition") if isinstance(v, str))
        for section_name in ("Resources", "Outputs"):
            section_value = template.get(section_name)
            if isinstance(section_value, dict):
                used.update(
                    entry["Condition"]
                    for entry in section_value.values()
                    if isinstance(entry, dict) and isinstance(entry.get("Condition"), str)
                )
        section = checker._index_of(template, "Conditions")
        for name in conditions:
            if name not in used:
                checker._emit(
                    None,
                    "W8001",
                    f"Condition '{name}' is not used by any resource or Fn::If",
                    (f"Conditions/{name}",),
                    (section, checker._index_of(conditions, name)),
                )


def _getatt_locations(value: Any, path: tuple[Any, ...]) -> Iterator[tuple[tuple[Any, ...], Any]]:
    """(path, argument) of every ``Fn::GetAtt`` inside ``value``."""
    if isinstance(value, dict):
        for key, item in value.items():
            if key == "Fn::GetAtt":
                yield path + (key,), item
            else:
                yield from _getatt_locations(item, path + (key,))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _getatt_locations(item, path + (i,))


def check_outputs(checker: TemplateChecker) -> None:
    """F6101: an output's ``Fn::GetAtt`` naming a resource that does not exist or an attribute it lacks."""
    outputs = checker.template.get("Outputs")
    if not isinstance(outputs, dict):
        return
    section = checker._index_of(checker.template, "Outputs")
    for name, output in outputs.items():
        if not isinstance(output, dict) or "Value" not in output:
            continue
        pos = (section, checker._index_of(outputs, name), checker._index_of(output, "Value"))
        for path, args in _getatt_locations(output["Value"], ()):
            if isinstance(args, str):
                args = args.split(".", 1)
            if not isinstance(args, list) or len(args) != 2 or not all(isinstance(a, str) for a in args):
                continue
            target, attribute = args
            where = f"Outputs/{name}/Value." + ".".join(str(p) for p in path)
            resource = checker.resources.get(target)
            if resource is None:
                checker._emit(
                    None,
                    "F6101",
                    f"GetAtt '{target}.{attribute}' references a resource that does not exist",
                    (where + ".0",),
                    pos,
                )
                continue
            info = _data.type_info(resource.get("Type", "")) if isinstance(resource, dict) else None
            allowed = (info or {}).get("getatt")
            if allowed is None or attribute in allowed or any(attribute.startswith(a + ".") for a in allowed):
                continue
            checker._emit(
                None, "F6101", f"{fmt_value(attribute)} is not one of {fmt_value(allowed)}", (where + ".1",), pos
            )
