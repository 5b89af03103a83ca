"""The lifecycle policy text of a repository: rule ordering, priority assignment and the JSON ECR reads."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any

from purecdk.aws_ecr.lifecycle import LifecycleRule, StorageClass, TagStatus
from purecdk.aws_ecr.lifecycle_archive import age_count, rule_storage_class
from purecdk.core.tokens.js import js_json_dumps

__all__ = ["lifecycle_policy_document", "ordered_lifecycle_rules", "render_lifecycle_policy"]


class LifecyclePolicyError(ValueError):
    """The lifecycle rules of a repository cannot be ordered into a valid policy."""


def ordered_lifecycle_rules(rules: Sequence[LifecycleRule], where: str = "") -> list[LifecycleRule]:
    """The rules in evaluation order, each with its ``rule_priority`` set.

    Rules that have a priority come first (in the order they were added), then the rules without one (given
    increasing priorities above the highest explicit one), then the ``TagStatus.ANY`` rule, which must end up
    with the highest priority among the rules of its storage class (a policy with archive rules may have one
    ANY rule per storage class). Rules without a ``tag_status`` count as ``ANY`` unless they have a prefix or
    pattern list (as ``Repository.add_lifecycle_rule`` would fill it in).
    """
    suffix = f" (at {where})" if where else ""
    normalized = [_with_default_tag_status(rule) for rule in rules]
    if not normalized:
        return []
    prioritized = [r for r in normalized if r.rule_priority is not None and r.tag_status is not TagStatus.ANY]
    automatic = [r for r in normalized if r.rule_priority is None and r.tag_status is not TagStatus.ANY]
    any_rules = [r for r in normalized if r.tag_status is TagStatus.ANY]
    for storage_class in StorageClass:  # ECR applies the ANY-rule constraints per storage class
        in_class = [r for r in any_rules if rule_storage_class(r) is storage_class]
        if in_class and in_class[0].rule_priority is not None:
            if any(rule_storage_class(r) is storage_class for r in automatic):
                raise LifecyclePolicyError(
                    f"Cannot combine prioritized TagStatus.Any rule{_class_scope(storage_class)} with "
                    f"unprioritized rules. Remove rulePriority from the 'Any' rule.{suffix}"
                )
    # explicit priorities of ANY rules count too: with one ANY rule per storage class, automatic rules of the
    # other class must not take them (upstream has a single ANY rule, so this changes nothing there)
    priorities = [r.rule_priority for r in [*prioritized, *any_rules] if r.rule_priority is not None]
    next_priority = (max(priorities) if priorities else 0) + 1
    ordered: list[LifecycleRule] = []
    for rule in [*prioritized, *automatic, *any_rules]:
        if rule.rule_priority is None:
            rule = dataclasses.replace(rule, rule_priority=next_priority)
            next_priority += 1
        ordered.append(rule)
    for storage_class in StorageClass:
        _validate_any_rule_last([r for r in ordered if rule_storage_class(r) is storage_class], suffix)
    return ordered


def _with_default_tag_status(rule: LifecycleRule) -> LifecycleRule:
    if rule.tag_status is not None:
        return rule
    has_lists = rule.tag_prefix_list is not None or rule.tag_pattern_list is not None
    return dataclasses.replace(rule, tag_status=TagStatus.TAGGED if has_lists else TagStatus.ANY)


def _validate_any_rule_last(rules: Sequence[LifecycleRule], suffix: str) -> None:
    any_rules = [r for r in rules if r.tag_status is TagStatus.ANY]
    if len(any_rules) != 1:
        return
    highest = max(r.rule_priority for r in rules if r.rule_priority is not None)
    if any_rules[0].rule_priority != highest:
        raise LifecyclePolicyError(
            f"TagStatus.Any rule{_class_scope(rule_storage_class(any_rules[0]))} must have highest priority, "
            f"has {_js(any_rules[0].rule_priority)} which is smaller than {_js(highest)}{suffix}"
        )


def _class_scope(storage_class: StorageClass) -> str:
    """How messages about archive-class rules say so (empty for standard rules: upstream's messages)."""
    return " selecting StorageClass.ARCHIVE" if storage_class is StorageClass.ARCHIVE else ""


def _js(value: Any) -> str:
    from purecdk.core.tokens.js import js_number

    return js_number(value) if isinstance(value, (int, float)) else str(value)


def _render_rule(rule: LifecycleRule) -> dict[str, Any]:
    count_type, age = age_count(rule)
    selection: dict[str, Any] = {
        "tagStatus": (rule.tag_status or TagStatus.ANY).value,
        "tagPrefixList": list(rule.tag_prefix_list) if rule.tag_prefix_list is not None else None,
        "tagPatternList": list(rule.tag_pattern_list) if rule.tag_pattern_list is not None else None,
        "storageClass": rule.storage_class.value if rule.storage_class is not None else None,
        "countType": count_type,
        "countNumber": age.to_days() if age is not None else rule.max_image_count,
        "countUnit": "days" if age is not None else None,
    }
    action: dict[str, Any] = {"type": "expire"}
    if rule.transition_to_archive:
        action = {"type": "transition", "targetStorageClass": StorageClass.ARCHIVE.value}
    rendered = {
        "rulePriority": rule.rule_priority,
        "description": rule.description,
        "selection": {k: v for k, v in selection.items() if v is not None},
        "action": action,
    }
    return {k: v for k, v in rendered.items() if v is not None}


def lifecycle_policy_document(rules: Sequence[LifecycleRule], where: str = "") -> dict[str, Any]:
    """The lifecycle policy of ``rules`` as a JSON-ready document (``{"rules": [...]}``), unresolved."""
    return {"rules": [_render_rule(rule) for rule in ordered_lifecycle_rules(rules, where)]}


def render_lifecycle_policy(rules: Sequence[LifecycleRule], stack: Any, where: str = "") -> str:
    """The ``LifecyclePolicyText`` of ``rules``: compact JSON, byte-identical to aws-cdk-lib's."""
    return js_json_dumps(stack.resolve(lifecycle_policy_document(rules, where)))
