"""Parsing lifecycle policy text into a ``LifecyclePolicy``, with the checks ECR makes on PutLifecyclePolicy.

The checks follow the Amazon ECR User Guide ("Lifecycle policy properties" and "Lifecycle policy
evaluation rules") and the PutLifecyclePolicy API reference (policy text of 100 to 30,720 characters).
Every error names the offending rule (its position in ``rules`` and its ``rulePriority``) and says
what to change.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from purecdk.lifecycle_preview.errors import InvalidPolicyError
from purecdk.lifecycle_preview.policy import (
    ActionType,
    CountType,
    LifecyclePolicy,
    PolicyRule,
    Selection,
    StorageClass,
    TagStatus,
)
from purecdk.lifecycle_preview.tag_matching import MAX_WILDCARDS

MIN_POLICY_LENGTH = 100
MAX_POLICY_LENGTH = 30720
MAX_INTEGER = 2**31 - 1
MIN_ARCHIVE_DAYS = 90

_POLICY_KEYS = {"rules"}
_RULE_KEYS = {"rulePriority", "description", "selection", "action"}
_SELECTION_KEYS = {
    "tagStatus",
    "tagPrefixList",
    "tagPatternList",
    "storageClass",
    "countType",
    "countUnit",
    "countNumber",
}
_ACTION_KEYS = {"type", "targetStorageClass"}
_TIME_COUNT_TYPES = (
    CountType.SINCE_IMAGE_PUSHED,
    CountType.SINCE_IMAGE_PULLED,
    CountType.SINCE_IMAGE_TRANSITIONED,
)


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


def parse_policy(text: str) -> LifecyclePolicy:
    """Parse and validate lifecycle policy text exactly as it would be given to ECR.

    Raises ``InvalidPolicyError`` naming the offending rule when ECR would refuse the policy.
    """
    if not isinstance(text, str):
        raise InvalidPolicyError(f"the lifecycle policy text must be a string, got {type(text).__name__}")
    if len(text) > MAX_POLICY_LENGTH:
        raise InvalidPolicyError(
            f"the lifecycle policy text is {len(text)} characters long; ECR accepts at most "
            f"{MAX_POLICY_LENGTH}. Remove rules or shorten their descriptions."
        )
    if len(text) < MIN_POLICY_LENGTH:
        raise InvalidPolicyError(
            f"the lifecycle policy text is {len(text)} characters long; ECR requires at least "
            f"{MIN_POLICY_LENGTH}. Give the policy a complete rule (rulePriority, selection, action)."
        )
    try:
        document = json.loads(text, parse_constant=_reject_constant)
    except ValueError as e:
        raise InvalidPolicyError(f"the lifecycle policy is not valid JSON: {e}") from e
    return _parse_document(document, text)


def parse_policy_document(document: Mapping[str, Any]) -> LifecyclePolicy:
    """Validate an already-parsed policy (``{"rules": [...]}``) and return the model.

    The policy text is the compact JSON rendering of ``document`` (what CDK sends to ECR).
    """
    text = json.dumps(document, separators=(",", ":"), ensure_ascii=False)
    return parse_policy(text)


def _parse_document(document: Any, text: str) -> LifecyclePolicy:
    if not isinstance(document, dict):
        raise InvalidPolicyError('the lifecycle policy must be a JSON object of the form {"rules": [...]}')
    _check_keys(document, _POLICY_KEYS, "the lifecycle policy")
    if "rules" not in document:
        raise InvalidPolicyError('the lifecycle policy has no "rules"; add a list with at least one rule')
    raw_rules = document["rules"]
    if not isinstance(raw_rules, list) or not raw_rules:
        raise InvalidPolicyError('"rules" must be a non-empty list of rules')
    rules = [_parse_rule(raw, index) for index, raw in enumerate(raw_rules)]
    _check_across_rules(rules, raw_rules)
    return LifecyclePolicy(rules=tuple(sorted(rules, key=lambda r: r.rule_priority)), text=text)


def _where(raw: Any, index: int) -> str:
    """``rules[1] (rulePriority 2, "Expire old")`` — how errors name a rule."""
    details = []
    if isinstance(raw, dict):
        priority = raw.get("rulePriority")
        if isinstance(priority, int) and not isinstance(priority, bool):
            details.append(f"rulePriority {priority}")
        description = raw.get("description")
        if isinstance(description, str) and description:
            details.append(json.dumps(description))
    return f"rules[{index}]" + (f" ({', '.join(details)})" if details else "")


def _check_keys(obj: Mapping[str, Any], allowed: set[str], where: str) -> None:
    unknown = sorted(set(obj) - allowed)
    if unknown:
        raise InvalidPolicyError(
            f"{where}: unknown propert{'y' if len(unknown) == 1 else 'ies'} {', '.join(map(repr, unknown))}; "
            f"the allowed properties are {', '.join(sorted(allowed))}"
        )


def _integer(value: Any, where: str, name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidPolicyError(f"{where}: {name} must be a whole number, got {json.dumps(value)}")
    if value < 1:
        raise InvalidPolicyError(f"{where}: {name} must be a positive whole number (1 or more), got {value}")
    if value > MAX_INTEGER:
        raise InvalidPolicyError(f"{where}: {name} must be at most {MAX_INTEGER}, got {value}")
    return value


def _enum(enum_type: Any, value: Any, where: str, name: str) -> Any:
    for member in enum_type:
        if member.value == value:
            return member
    allowed = ", ".join(json.dumps(m.value) for m in enum_type)
    raise InvalidPolicyError(f"{where}: {name} must be one of {allowed}, got {json.dumps(value)}")


def _string_list(value: Any, where: str, name: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not value:
        raise InvalidPolicyError(f"{where}: {name} must be a non-empty list of strings")
    for item in value:
        if not isinstance(item, str) or not item:
            raise InvalidPolicyError(
                f"{where}: every entry of {name} must be a non-empty string, got {item!r}"
            )
    return tuple(value)


def _parse_rule(raw: Any, index: int) -> PolicyRule:
    where = _where(raw, index)
    if not isinstance(raw, dict):
        raise InvalidPolicyError(f"{where}: a rule must be a JSON object")
    _check_keys(raw, _RULE_KEYS, where)
    for required in ("rulePriority", "selection", "action"):
        if required not in raw:
            raise InvalidPolicyError(f"{where}: the rule has no {required}; every rule needs one")
    priority = _integer(raw["rulePriority"], where, "rulePriority")
    description = raw.get("description")
    if "description" in raw and not isinstance(description, str):
        raise InvalidPolicyError(f"{where}: description must be a string (leave it out rather than null)")
    selection = _parse_selection(raw["selection"], where)
    action, target = _parse_action(raw["action"], where)
    _check_selection_against_action(selection, action, where)
    return PolicyRule(
        rule_priority=priority,
        selection=selection,
        action=action,
        target_storage_class=target,
        description=description,
    )


def _parse_selection(raw: Any, where: str) -> Selection:
    if not isinstance(raw, dict):
        raise InvalidPolicyError(f"{where}: selection must be a JSON object")
    _check_keys(raw, _SELECTION_KEYS, f"{where} selection")
    for required in ("tagStatus", "countType", "countNumber"):
        if required not in raw:
            raise InvalidPolicyError(f"{where}: selection.{required} is required")
    tag_status = _enum(TagStatus, raw["tagStatus"], where, "selection.tagStatus")
    prefix_list = pattern_list = None
    if "tagPrefixList" in raw:
        prefix_list = _string_list(raw["tagPrefixList"], where, "selection.tagPrefixList")
    if "tagPatternList" in raw:
        pattern_list = _string_list(raw["tagPatternList"], where, "selection.tagPatternList")
    if tag_status is TagStatus.TAGGED:
        if prefix_list is None and pattern_list is None:
            raise InvalidPolicyError(
                f'{where}: tagStatus "tagged" requires a tagPatternList or a tagPrefixList saying which tags '
                'the rule selects; use tagStatus "any" to select every image'
            )
        if prefix_list is not None and pattern_list is not None:
            raise InvalidPolicyError(
                f"{where}: a rule may have a tagPatternList or a tagPrefixList, not both; "
                "split it into two rules or keep one list"
            )
    elif prefix_list is not None or pattern_list is not None:
        raise InvalidPolicyError(
            f'{where}: tagPrefixList and tagPatternList may only be used with tagStatus "tagged" '
            f"(this rule has tagStatus {json.dumps(tag_status.value)})"
        )
    for pattern in pattern_list or ():
        if pattern.count("*") > MAX_WILDCARDS:
            raise InvalidPolicyError(
                f"{where}: the tag pattern {json.dumps(pattern)} has {pattern.count('*')} wildcards (*); "
                f"ECR allows at most {MAX_WILDCARDS} per pattern"
            )
    storage_class = StorageClass.STANDARD
    if "storageClass" in raw:
        storage_class = _enum(StorageClass, raw["storageClass"], where, "selection.storageClass")
    count_type = _enum(CountType, raw["countType"], where, "selection.countType")
    count_number = _integer(raw["countNumber"], where, "selection.countNumber")
    count_unit = raw.get("countUnit")
    if count_type in _TIME_COUNT_TYPES:
        if "countUnit" not in raw:
            raise InvalidPolicyError(
                f'{where}: countType {json.dumps(count_type.value)} requires countUnit "days"'
            )
        if count_unit != "days":
            raise InvalidPolicyError(
                f'{where}: countUnit must be "days" (the only unit ECR supports), '
                f"got {json.dumps(count_unit)}"
            )
    elif "countUnit" in raw:
        raise InvalidPolicyError(
            f"{where}: countUnit may only be given with countType sinceImagePushed, sinceImagePulled or "
            f"sinceImageTransitioned; remove it from this {count_type.value} rule"
        )
    if count_type is CountType.SINCE_IMAGE_TRANSITIONED:
        if storage_class is not StorageClass.ARCHIVE:
            raise InvalidPolicyError(
                f"{where}: countType sinceImageTransitioned selects archived images and requires "
                f'storageClass "archive"'
            )
    elif storage_class is not StorageClass.STANDARD:
        raise InvalidPolicyError(
            f'{where}: with countType {count_type.value} the only supported storageClass is "standard"; '
            "archived images can only be selected with countType sinceImageTransitioned"
        )
    return Selection(
        tag_status=tag_status,
        count_type=count_type,
        count_number=count_number,
        tag_prefix_list=prefix_list,
        tag_pattern_list=pattern_list,
        storage_class=storage_class,
        count_unit=count_unit if count_type in _TIME_COUNT_TYPES else None,
    )


def _parse_action(raw: Any, where: str) -> tuple[ActionType, StorageClass | None]:
    if not isinstance(raw, dict):
        raise InvalidPolicyError(f"{where}: action must be a JSON object")
    _check_keys(raw, _ACTION_KEYS, f"{where} action")
    if "type" not in raw:
        raise InvalidPolicyError(f'{where}: action.type is required ("expire" or "transition")')
    action = _enum(ActionType, raw["type"], where, "action.type")
    if action is ActionType.TRANSITION:
        if "targetStorageClass" not in raw:
            raise InvalidPolicyError(f'{where}: a "transition" action requires targetStorageClass "archive"')
        if raw["targetStorageClass"] != StorageClass.ARCHIVE.value:
            raise InvalidPolicyError(
                f'{where}: targetStorageClass must be "archive" (the only supported value), '
                f"got {json.dumps(raw['targetStorageClass'])}"
            )
        return action, StorageClass.ARCHIVE
    if "targetStorageClass" in raw:
        raise InvalidPolicyError(
            f'{where}: targetStorageClass is only used with action type "transition"; remove it from this '
            '"expire" action'
        )
    return action, None


def _check_selection_against_action(selection: Selection, action: ActionType, where: str) -> None:
    if selection.count_type is CountType.SINCE_IMAGE_PULLED and action is not ActionType.TRANSITION:
        raise InvalidPolicyError(
            f'{where}: countType sinceImagePulled can only be used with a "transition" action (to archive); '
            "to delete images by pull activity, archive them with sinceImagePulled and expire them with a "
            "sinceImageTransitioned rule"
        )
    if selection.count_type is CountType.SINCE_IMAGE_TRANSITIONED:
        if action is not ActionType.EXPIRE:
            raise InvalidPolicyError(
                f'{where}: countType sinceImageTransitioned can only be used with an "expire" action'
            )
        if selection.count_number < MIN_ARCHIVE_DAYS:
            raise InvalidPolicyError(
                f"{where}: archived images must stay in the archive at least {MIN_ARCHIVE_DAYS} days "
                f"before a lifecycle policy may expire them; raise countNumber from "
                f"{selection.count_number} to {MIN_ARCHIVE_DAYS} or more"
            )


def _check_across_rules(rules: list[PolicyRule], raw_rules: list[Any]) -> None:
    pairs = enumerate(zip(rules, raw_rules, strict=True))
    where = {id(rule): _where(raw, index) for index, (rule, raw) in pairs}
    seen_priority: dict[int, PolicyRule] = {}
    for rule in rules:
        other = seen_priority.get(rule.rule_priority)
        if other is not None:
            raise InvalidPolicyError(
                f"{where[id(rule)]}: rulePriority {rule.rule_priority} is already used by "
                f"{where[id(other)]}; every rule needs a unique rulePriority"
            )
        seen_priority[rule.rule_priority] = rule
    for storage_class in StorageClass:
        in_class = sorted(
            (r for r in rules if r.selection.storage_class is storage_class), key=lambda r: r.rule_priority
        )
        _check_storage_class_group(in_class, where, storage_class)


def _check_storage_class_group(
    rules: list[PolicyRule], where: dict[int, str], storage_class: StorageClass
) -> None:
    scope = f'selecting storageClass "{storage_class.value}"'
    any_rules = [r for r in rules if r.selection.tag_status is TagStatus.ANY]
    if any_rules:
        last = rules[-1]
        first_any = any_rules[0]
        if len(any_rules) > 1:
            raise InvalidPolicyError(
                f'{where[id(any_rules[1])]}: only one rule {scope} may have tagStatus "any" '
                f"({where[id(first_any)]} already has it)"
            )
        if first_any is not last:
            raise InvalidPolicyError(
                f'{where[id(first_any)]}: a rule with tagStatus "any" must have the highest rulePriority '
                f"of the rules {scope}, but {where[id(last)]} has rulePriority {last.rule_priority}; "
                f'give the "any" rule a rulePriority above {last.rule_priority}'
            )
    untagged = [r for r in rules if r.selection.tag_status is TagStatus.UNTAGGED]
    if len(untagged) > 1:
        raise InvalidPolicyError(
            f"{where[id(untagged[1])]}: only one rule {scope} may select untagged images "
            f'({where[id(untagged[0])]} already does); merge the two tagStatus "untagged" rules'
        )
    seen: dict[tuple[str, frozenset[str]], PolicyRule] = {}
    for rule in rules:
        sel = rule.selection
        if sel.tag_prefix_list is not None:
            key = ("tagPrefixList", frozenset(sel.tag_prefix_list))
        elif sel.tag_pattern_list is not None:
            key = ("tagPatternList", frozenset(sel.tag_pattern_list))
        else:
            continue
        other = seen.get(key)
        if other is not None:
            raise InvalidPolicyError(
                f"{where[id(rule)]}: its {key[0]} {json.dumps(sorted(key[1]))} is the same as that of "
                f"{where[id(other)]}; the rules {scope} must each select a unique set of tags. Only the "
                "first of them could ever act, so merge them"
            )
        seen[key] = rule
