"""Property-based tests of the evaluation invariants over random valid policies and repositories."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from purecdk.lifecycle_preview import (
    CountType,
    Image,
    ImageAction,
    ImageStatus,
    LifecyclePolicy,
    PreviewResult,
    parse_policy,
    preview,
    rule_selects,
)

from ._support import NOW

TAGS = ["prod-1", "prod-2", "prod", "beta-1", "beta-2", "dev", "v1.0", "v2.1", "latest", "release-x"]
TAG_LISTS: list[tuple[str, list[str]]] = [
    ("tagPrefixList", ["prod"]),
    ("tagPrefixList", ["beta"]),
    ("tagPrefixList", ["prod", "beta"]),
    ("tagPrefixList", ["v"]),
    ("tagPatternList", ["prod*"]),
    ("tagPatternList", ["*-1"]),
    ("tagPatternList", ["beta*", "prod*"]),
    ("tagPatternList", ["v*.*"]),
    ("tagPatternList", ["latest"]),
    ("tagPatternList", ["*"]),
]

SETTINGS = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@st.composite
def images(draw: Any) -> list[Image]:
    count = draw(st.integers(min_value=0, max_value=12))
    out = []
    for index in range(count):
        archived = draw(st.booleans()) and draw(st.booleans())
        pushed_hours = draw(st.integers(min_value=0, max_value=24 * 60))
        pulled = draw(st.one_of(st.none(), st.integers(min_value=0, max_value=24 * 60)))
        out.append(
            Image(
                digest=f"sha256:{index:04d}",
                tags=tuple(draw(st.lists(st.sampled_from(TAGS), max_size=3, unique=True))),
                pushed_at=NOW - timedelta(hours=pushed_hours),
                size_in_bytes=draw(st.one_of(st.none(), st.integers(min_value=0, max_value=10**9))),
                last_pulled_at=None if pulled is None else NOW - timedelta(hours=pulled),
                status=ImageStatus.ARCHIVED if archived else ImageStatus.ACTIVE,
                last_archived_at=(NOW - timedelta(days=draw(st.integers(0, 400)))) if archived else None,
            )
        )
    return out


@st.composite
def standard_criterion(draw: Any) -> tuple[dict[str, Any], dict[str, Any]]:
    count_type = draw(st.sampled_from(["imageCountMoreThan", "sinceImagePushed", "sinceImagePulled"]))
    number = draw(st.integers(min_value=1, max_value=8 if count_type == "imageCountMoreThan" else 60))
    selection: dict[str, Any] = {"countType": count_type, "countNumber": number}
    if count_type != "imageCountMoreThan":
        selection["countUnit"] = "days"
    transition = count_type == "sinceImagePulled" or draw(st.booleans())
    action = {"type": "transition", "targetStorageClass": "archive"} if transition else {"type": "expire"}
    return selection, action


@st.composite
def policies(draw: Any) -> str:
    """Valid policy text: unique tag sets, at most one untagged and one (last) any rule per storage class."""
    groups: list[list[tuple[dict[str, Any], dict[str, Any]]]] = []
    for storage_class in ("standard", "archive"):
        if storage_class == "archive" and not draw(st.booleans()):
            continue
        tag_lists = draw(st.lists(st.sampled_from(TAG_LISTS), max_size=4, unique_by=lambda t: json.dumps(t)))
        selections: list[dict[str, Any]] = [
            {"tagStatus": "tagged", kind: values} for kind, values in tag_lists
        ]
        if draw(st.booleans()):
            selections.append({"tagStatus": "untagged"})
        selections = draw(st.permutations(selections))
        if draw(st.booleans()) or not selections:
            selections.append({"tagStatus": "any"})
        group = []
        for selection in selections:
            if storage_class == "standard":
                criterion, action = draw(standard_criterion())
            else:
                criterion = {
                    "storageClass": "archive",
                    "countType": "sinceImageTransitioned",
                    "countUnit": "days",
                    "countNumber": draw(st.integers(min_value=90, max_value=300)),
                }
                action = {"type": "expire"}
            group.append(({**selection, **criterion}, action))
        groups.append(group)
    # priorities increase with gaps; the groups interleave, each group's rules keep their order (so
    # each group's "any" rule gets the highest priority of its group)
    slots = draw(st.permutations([g for g, group in enumerate(groups) for _ in group]))
    next_index = [0] * len(groups)
    rules = []
    priority = 0
    for g in slots:
        selection, action = groups[g][next_index[g]]
        next_index[g] += 1
        priority += draw(st.integers(min_value=1, max_value=3))
        rules.append({"rulePriority": priority, "selection": selection, "action": action})
    shuffled = draw(st.permutations(rules))
    return json.dumps({"rules": shuffled}, indent=1)


def _acting_rule(policy: LifecyclePolicy, priority: int | None) -> Any:
    return None if priority is None else policy.rule(priority)


@SETTINGS
@given(policies(), images())
def test_evaluation_invariants(text: str, repo: list[Image]) -> None:
    """Checked together on each generated case (to keep the suite fast)."""
    parsed = parse_policy(text)
    assert [r.rule_priority for r in parsed.rules] == sorted(r.rule_priority for r in parsed.rules)
    result = preview(parsed, repo, now=NOW)
    assert len(result.images) == len(repo)
    _check_at_most_one_rule_which_selects_the_image(result)
    _check_no_lower_priority_rule_acts_on_an_image_a_higher_one_selects(result)
    _check_count_rules_never_act_on_the_newest_n(result, repo)
    _check_age_rules_only_act_on_images_older_than_their_limit(result)


def _check_at_most_one_rule_which_selects_the_image(result: PreviewResult) -> None:
    for item in result.images:
        assert (item.action is ImageAction.KEEP) == (item.rule_priority is None)
        acting = _acting_rule(result.policy, item.rule_priority)
        if acting is not None:
            assert rule_selects(acting, item.image)
            assert item.selected_by == acting.rule_priority
    acted = [r for r in result.images if r.action is not ImageAction.KEEP]
    assert sum(s.acted_on for s in result.rules) == len(acted)


def _check_no_lower_priority_rule_acts_on_an_image_a_higher_one_selects(result: PreviewResult) -> None:
    for item in result.images:
        if item.rule_priority is None:
            continue
        for higher in result.policy.rules:
            if higher.rule_priority < item.rule_priority:
                assert not rule_selects(higher, item.image), (higher, item)
    for item in result.kept:
        assert all(p > (item.selected_by or 0) for p in item.blocked_rules)


def _check_count_rules_never_act_on_the_newest_n(result: PreviewResult, repo: list[Image]) -> None:
    for rule in result.policy.rules:
        if rule.selection.count_type is not CountType.IMAGE_COUNT_MORE_THAN:
            continue
        selected = [i for i in repo if rule_selects(rule, i)]
        acted = [r.image for r in result.images if r.rule_priority == rule.rule_priority]
        assert len(acted) <= max(0, len(selected) - rule.selection.count_number)
        for image in acted:
            newer_or_equal = [
                o for o in selected if o is not image and o.ordering_time >= image.ordering_time
            ]
            assert len(newer_or_equal) >= rule.selection.count_number


def _check_age_rules_only_act_on_images_older_than_their_limit(result: PreviewResult) -> None:
    for item in result.images:
        rule = _acting_rule(result.policy, item.rule_priority)
        if rule is None or rule.selection.count_type is CountType.IMAGE_COUNT_MORE_THAN:
            continue
        image = item.image
        reference = {
            CountType.SINCE_IMAGE_PUSHED: image.pushed_at,
            CountType.SINCE_IMAGE_PULLED: image.last_pull_reference[0],
            CountType.SINCE_IMAGE_TRANSITIONED: image.last_archived_at,
        }[rule.selection.count_type]
        assert reference is not None
        assert NOW - reference > timedelta(days=rule.selection.count_number)


def _by_digest(result: PreviewResult) -> dict[str, tuple[str, int | None]]:
    return {r.image.digest: (r.action.value, r.rule_priority) for r in result.images}


@SETTINGS
@given(policies(), images(), st.randoms(use_true_random=False))
def test_the_result_does_not_depend_on_the_order_of_images_or_rules(
    text: str, repo: list[Image], rng: Any
) -> None:
    shuffled_images = list(repo)
    rng.shuffle(shuffled_images)
    document = json.loads(text)
    rng.shuffle(document["rules"])
    first = preview(text, repo, now=NOW)
    second = preview(json.dumps(document), shuffled_images, now=NOW)
    assert _by_digest(first) == _by_digest(second)
    assert first.rules == second.rules
