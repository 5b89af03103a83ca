"""The lifecycle policy text of a repository: rule ordering, priority assignment and the JSON ECR reads."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any

from purecdk.aws_ecr.lifecycle import LifecycleRule, TagStatus
from purecdk.core.tokens.js import js_json_dumps

__all__ = ["lifecycle_policy_document", "ordered_lifecycle_rules", "render_lifecycle_policy"]


class LifecyclePolicyError(ValueError):
    """The lifecycle rules of a repository cannot be ordered into a valid policy."""


def ordered_lifecycle_rules(rules: Sequence[LifecycleRule], where: str = "") -> list[LifecycleRule]:
    """The rules in evaluation order, each with its ``rule_priority`` set.

    Rules that have a priority come first (in the order they were added), then the rules without one (given
    increasing priorities above the highest explicit one), then the ``TagStatus.ANY`` rule, which must end up
    with the highest priority. Rules without a ``tag_status`` count as ``ANY`` unless they have a prefix or
    pattern list (as ``Repository.add_lifecycle_rule`` would fill it in).
    """
    suffix = f" (at {where})" if where else ""
    normalized = [_with_default_tag_status(rule) for rule in rules]
    if not normalized:
        return []
    prioritized = [r for r in normalized if r.rule_priority is not None and r.tag_status is not TagStatus.ANY]
    automatic = [r for r in normalized if r.rule_priority is None and r.tag_status is not TagStatus.ANY]
    any_rules = [r for r in normalized if r.tag_status is TagStatus.ANY]
    if any_rules and any_rules[0].rule_priority is not None and automatic:
        raise LifecyclePolicyError(
            "Cannot combine prioritized TagStatus.Any rule with unprioritized rules. "
            f"Remove rulePriority from the 'Any' rule.{suffix}"
        )
    priorities = [r.rule_priority for r in prioritized if r.rule_priority is not None]
    next_priority = (max(priorities) if priorities else 0) + 1
    ordered: list[LifecycleRule] = []
    for rule in [*prioritized, *automatic, *any_rules]:
        if rule.rule_priority is None:
            rule = dataclasses.replace(rule, rule_priority=next_priority)
            next_priority += 1
        ordered.append(rule)
    _validate_any_rule_last(ordered, suffix)
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
            f"TagStatus.Any rule must have highest priority, has {_js(any_rules[0].rule_priority)} which is smaller "
            f"than {_js(highest)}{suffix}"
        )


def _js(value: Any) -> str:
    from purecdk.core.tokens.js import js_number

    return js_number(value) if isinstance(value, (int, float)) else str(value)


def _render_rule(rule: LifecycleRule) -> dict[str, Any]:
    age = rule.max_image_age
    selection: dict[str, Any] = {
        "tagStatus": (rule.tag_status or TagStatus.ANY).value,
        "tagPrefixList": list(rule.tag_prefix_list) if rule.tag_prefix_list is not None else None,
        "tagPatternList": list(rule.tag_pattern_list) if rule.tag_pattern_list is not None else None,
        "countType": "sinceImagePushed" if age is not None else "imageCountMoreThan",
        "countNumber": age.to_days() if age is not None else rule.max_image_count,
        "countUnit": "days" if age is not None else None,
    }
    rendered = {
        "rulePriority": rule.rule_priority,
        "description": rule.description,
        "selection": {k: v for k, v in selection.items() if v is not None},
        "action": {"type": "expire"},
    }
    return {k: v for k, v in rendered.items() if v is not None}


def lifecycle_policy_document(rules: Sequence[LifecycleRule], where: str = "") -> dict[str, Any]:
    """The lifecycle policy of ``rules`` as a JSON-ready document (``{"rules": [...]}``), unresolved."""
    return {"rules": [_render_rule(rule) for rule in ordered_lifecycle_rules(rules, where)]}


def render_lifecycle_policy(rules: Sequence[LifecycleRule], stack: Any, where: str = "") -> str:
    """The ``LifecyclePolicyText`` of ``rules``: compact JSON, byte-identical to aws-cdk-lib's."""
    return js_json_dumps(stack.resolve(lifecycle_policy_document(rules, where)))
