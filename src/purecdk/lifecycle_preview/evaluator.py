"""ECR's lifecycle policy evaluation, as the Amazon ECR User Guide documents it.

1. Every rule is evaluated on its own, at the same time, regardless of priority: it *selects* the
   images of its storage class whose tags meet its tag requirements, and *marks* those its count
   criterion picks (beyond the newest N; or older than N days since push, last pull or archiving).
   A rule counts every image it selects, even one that a higher-priority rule expires.
2. The rules are then applied in priority order (lowest ``rulePriority`` first). An image is acted on
   by exactly one or zero rules: the highest-priority rule that selects it decides. If that rule
   marks it, it is expired (or transitioned to the archive); otherwise it is kept, and no
   lower-priority rule may act on it.
3. Reference artifacts (``subjectManifestDigest``) follow their subject image: expired with it, or
   archived with it.

Time is measured in days of 24 hours; an image is older than N days when more than N days have
passed. Count rules order by push time (the last restore from the archive when there was one), newest
first; equal times are ordered by digest so that the result is deterministic.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from purecdk.lifecycle_preview.images import Image
from purecdk.lifecycle_preview.policy import (
    ActionType,
    CountType,
    LifecyclePolicy,
    PolicyRule,
    StorageClass,
    TagStatus,
)
from purecdk.lifecycle_preview.result import ImageAction, ImageResult, PreviewResult, RuleSummary
from purecdk.lifecycle_preview.tag_matching import matches_pattern_list, matches_prefix_list
from purecdk.lifecycle_preview.timestamps import format_timestamp

SECONDS_PER_DAY = 86400


def rule_selects(rule: PolicyRule, image: Image) -> bool:
    """Whether the image meets the rule's tagging requirements and is of the rule's storage class."""
    selection = rule.selection
    if image.storage_class is not selection.storage_class:
        return False
    if selection.tag_status is TagStatus.ANY:
        return True
    if selection.tag_status is TagStatus.UNTAGGED:
        return not image.tagged
    if not image.tagged:
        return False
    if selection.tag_pattern_list is not None:
        return matches_pattern_list(image.tags, selection.tag_pattern_list)
    return matches_prefix_list(image.tags, selection.tag_prefix_list or ())


@dataclass(frozen=True)
class _RuleVerdict:
    """What one rule, evaluated on its own, says about each image it selects."""

    rule: PolicyRule
    selected: tuple[Image, ...]
    selected_digests: frozenset[str]
    marked: dict[str, str]
    """digest -> why the rule acts on it"""
    spared: dict[str, str]
    """digest -> why the rule leaves it alone"""


def _days(seconds: float) -> str:
    return f"{seconds / SECONDS_PER_DAY:.1f} days"


def _date(value: datetime) -> str:
    return format_timestamp(value)


def _evaluate_rule(rule: PolicyRule, images: Sequence[Image], now: datetime) -> _RuleVerdict:
    selected = tuple(image for image in images if rule_selects(rule, image))
    selection = rule.selection
    limit = selection.count_number
    marked: dict[str, str] = {}
    spared: dict[str, str] = {}
    if selection.count_type is CountType.IMAGE_COUNT_MORE_THAN:
        newest_first = sorted(selected, key=lambda i: (i.ordering_time, i.digest), reverse=True)
        total = len(newest_first)
        for position, image in enumerate(newest_first, start=1):
            place = f"the newest {limit} of the {total} images it selects; this is number {position}"
            if position > limit:
                marked[image.digest] = f"{rule.label} keeps only {place}"
            else:
                spared[image.digest] = f"{rule.label} keeps {place}"
        return _RuleVerdict(rule, selected, frozenset(i.digest for i in selected), marked, spared)
    for image in selected:
        if selection.count_type is CountType.SINCE_IMAGE_PUSHED:
            reference: datetime | None = image.pushed_at
            what = "pushed"
        elif selection.count_type is CountType.SINCE_IMAGE_PULLED:
            reference, what = image.last_pull_reference
        else:
            reference, what = image.last_archived_at, "archived"
        if reference is None:
            spared[image.digest] = (
                f"{rule.label} measures the time since archiving, but the image has no lastArchivedAt"
            )
            continue
        age = (now - reference).total_seconds()
        when = f"{what} {_days(age)} ago ({_date(reference)})"
        limit_text = f"{limit} day{'' if limit == 1 else 's'}"
        if age > limit * SECONDS_PER_DAY:
            marked[image.digest] = f"{rule.label}: {when}, more than {limit_text}"
        else:
            spared[image.digest] = f"{rule.label} selects it: {when}, not more than {limit_text}"
    return _RuleVerdict(rule, selected, frozenset(i.digest for i in selected), marked, spared)


_STRENGTH = {ImageAction.KEEP: 0, ImageAction.TRANSITION: 1, ImageAction.EXPIRE: 2}


def _action_of(rule: PolicyRule) -> ImageAction:
    return ImageAction.TRANSITION if rule.action is ActionType.TRANSITION else ImageAction.EXPIRE


def evaluate(policy: LifecyclePolicy, images: Sequence[Image], now: datetime) -> PreviewResult:
    """Apply ``policy`` to ``images`` at time ``now`` (timezone-aware) and return every image's fate."""
    verdicts = [_evaluate_rule(rule, images, now) for rule in policy.rules]
    results: dict[str, ImageResult] = {}
    for image in images:
        deciding = next((v for v in verdicts if image.digest in v.selected_digests), None)
        if deciding is None:
            if image.storage_class is None:
                reason = "the image is being restored from the archive (ACTIVATING); no rule selects it"
            else:
                reason = "no rule selects it"
            results[image.digest] = ImageResult(image, ImageAction.KEEP, None, reason)
            continue
        rule = deciding.rule
        if image.digest in deciding.marked:
            results[image.digest] = ImageResult(
                image,
                _action_of(rule),
                rule.rule_priority,
                deciding.marked[image.digest],
                selected_by=rule.rule_priority,
            )
            continue
        reason = deciding.spared[image.digest]
        lower = [v for v in verdicts if v.rule.rule_priority > rule.rule_priority]
        blocked = tuple(v.rule.rule_priority for v in lower if image.digest in v.marked)
        if blocked:
            would = ", ".join(f"rule {p} would {_verb(policy.rule(p))} it" for p in blocked)
            reason += (
                f"; {would}, but may not: the image matches the selection of the higher-priority "
                f"rule {rule.rule_priority}"
            )
        results[image.digest] = ImageResult(
            image, ImageAction.KEEP, None, reason, selected_by=rule.rule_priority, blocked_rules=blocked
        )
    _follow_subjects(results)
    ordered = tuple(results[image.digest] for image in images)
    return PreviewResult(policy=policy, now=now, images=ordered, rules=_summaries(verdicts, ordered))


def _verb(rule: PolicyRule) -> str:
    return "transition" if rule.action is ActionType.TRANSITION else "expire"


def _follow_subjects(results: dict[str, ImageResult]) -> None:
    """Reference artifacts (signatures, SBOMs, ...) are expired or archived along with their subject."""
    for _ in range(len(results)):
        changed = False
        for digest, result in results.items():
            subject_digest = result.image.subject_digest
            subject = results.get(subject_digest) if subject_digest else None
            if subject is None or _STRENGTH[subject.action] <= _STRENGTH[result.action]:
                continue
            archived = result.image.storage_class is not StorageClass.STANDARD
            if subject.action is ImageAction.TRANSITION and archived:
                continue
            verb = "expires" if subject.action is ImageAction.EXPIRE else "transitions to the archive"
            results[digest] = ImageResult(
                result.image,
                subject.action,
                subject.rule_priority,
                f"reference artifact of {subject_digest}, which rule {subject.rule_priority} {verb}",
                selected_by=result.selected_by,
                blocked_rules=result.blocked_rules,
            )
            changed = True
        if not changed:
            return


def _summaries(verdicts: list[_RuleVerdict], results: tuple[ImageResult, ...]) -> tuple[RuleSummary, ...]:
    summaries = []
    for verdict in verdicts:
        priority = verdict.rule.rule_priority
        acted = [r for r in results if r.rule_priority == priority and r.action is not ImageAction.KEEP]
        sizes = [r.image.size_in_bytes for r in acted]
        summaries.append(
            RuleSummary(
                rule=verdict.rule,
                selected=len(verdict.selected),
                acted_on=len(acted),
                bytes=sum(s for s in sizes if s is not None),
                images_without_size=sum(1 for s in sizes if s is None),
            )
        )
    return tuple(summaries)
