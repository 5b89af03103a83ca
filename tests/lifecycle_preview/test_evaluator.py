"""ECR's documented evaluation semantics, one rule at a time."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import pytest

from purecdk.lifecycle_preview import (
    Image,
    ImageAction,
    ImageStatus,
    LifecyclePreviewError,
    parse_policy,
    preview,
)

from ._support import NOW, actions, days_ago, image, names_with, policy, rule


def test_rules_apply_in_priority_order_whatever_their_order_in_the_text() -> None:
    rules = [rule(2, "tagged", prefixes=["beta"]), rule(1, "tagged", prefixes=["prod"])]
    images = [
        image("A", ["beta-1", "prod-1"], 10),
        image("B", ["beta-2", "prod-2"], 9),
        image("C", ["beta-3"], 8),
    ]
    forwards = preview(policy(*rules), images, now=NOW)
    backwards = preview(policy(*reversed(rules)), images, now=NOW)
    assert (
        actions(forwards)
        == actions(backwards)
        == {
            "A": ("expire", 1),
            "B": ("keep", None),
            "C": ("keep", None),
        }
    )


def test_an_image_marked_by_several_rules_is_acted_on_by_the_highest_priority_one() -> None:
    text = policy(
        rule(1, "tagged", "sinceImagePushed", 5, prefixes=["v"]), rule(2, "any", "sinceImagePushed", 3)
    )
    result = preview(text, [image("old", ["v1"], 30)], now=NOW)
    assert actions(result) == {"old": ("expire", 1)}


def test_a_higher_priority_rule_that_matches_the_tags_protects_an_image_it_does_not_mark() -> None:
    text = policy(rule(1, "tagged", count_number=10, prefixes=["release"]), rule(2, "any", count_number=1))
    images = [image(f"r{i}", [f"release-{i}"], 10 + i) for i in range(3)] + [
        image("dev1", ["dev"], 2),
        image("dev2", ["dev"], 1),
    ]
    result = preview(text, images, now=NOW)
    assert names_with(result, "keep") == {"r0", "r1", "r2", "dev2"}
    assert names_with(result, "expire") == {"dev1"}
    protected = result.for_digest("sha256:r0")
    assert protected.selected_by == 1 and protected.blocked_rules == (2,)
    assert "rule 2 would expire it, but may not" in protected.reason


def test_lower_priority_rules_count_images_that_higher_priority_rules_expire() -> None:
    """'Rules can never mark images that are marked by higher priority rules, but can still identify them
    as if they haven't been expired.'"""
    text = policy(rule(1, "tagged", "sinceImagePushed", 1, prefixes=["tmp"]), rule(2, "any", count_number=2))
    images = [
        image("X", ["tmp-1"], 5),
        image("Y", ["v1"], 4),
        image("Z", ["v2"], 3),
        image("W", ["tmp-2"], 0.5),
    ]
    result = preview(text, images, now=NOW)
    assert actions(result) == {
        "X": ("expire", 1),
        "Y": ("expire", 2),
        "Z": ("keep", None),
        "W": ("keep", None),
    }
    assert result.rules[1].selected == 4


def test_image_count_keeps_the_newest_by_push_time_whatever_the_input_order() -> None:
    text = policy(rule(1, "any", count_number=2))
    images = [
        image("mid", ["m"], 5),
        image("newest", [], 1),
        image("oldest", ["o"], 9),
        image("new", ["n"], 2),
    ]
    result = preview(text, images, now=NOW)
    assert names_with(result, "keep") == {"newest", "new"}
    assert names_with(result, "expire") == {"mid", "oldest"}
    assert (
        "keeps only the newest 2 of the 4 images it selects; this is number 4"
        in result.for_digest("sha256:oldest").reason
    )


def test_image_count_orders_a_restored_image_by_its_restore_time() -> None:
    """'If an image was archived and then restored at any point in the past, the image's last_activated_at
    is used instead of pushed_at_time.'"""
    text = policy(rule(1, "any", count_number=1))
    images = [image("restored", ["old"], 300, activated=1), image("recent", ["new"], 5)]
    assert names_with(preview(text, images, now=NOW), "keep") == {"restored"}


def test_equal_push_times_are_ordered_deterministically() -> None:
    text = policy(rule(1, "any", count_number=1))
    images = [image("b", ["x"], 2), image("a", ["y"], 2), image("c", ["z"], 2)]
    first = preview(text, images, now=NOW)
    second = preview(text, list(reversed(images)), now=NOW)
    assert actions(first) == actions(second)
    assert len(first.kept) == 1


def test_since_image_pushed_expires_images_older_than_the_number_of_days() -> None:
    text = policy(rule(1, "any", "sinceImagePushed", 7))
    images = [
        image("exactly", [], 7),
        image("just-older", ["a"], 7 + 1 / 86400),
        image("younger", ["b"], 6.9),
        image("future", ["c"], -1),
    ]
    result = preview(text, images, now=NOW)
    assert names_with(result, "expire") == {"just-older"}
    assert "not more than 7 days" in result.for_digest("sha256:exactly").reason


def test_since_image_pulled_measures_from_the_last_pull_push_or_restore() -> None:
    text = policy(rule(1, "any", "sinceImagePulled", 30, action="transition"))
    images = [
        image("pulled-recently", ["a"], 100, pulled=5),
        image("pulled-long-ago", ["b"], 100, pulled=40),
        image("never-pulled-old", ["c"], 40),
        image("never-pulled-new", ["d"], 20),
        image("restored-not-pulled-since", ["e"], 400, pulled=300, activated=10),
        image("restored-long-ago", ["f"], 400, pulled=350, activated=60),
        image("restored-then-pulled", ["g"], 400, pulled=2, activated=60),
    ]
    result = preview(text, images, now=NOW)
    assert names_with(result, "transition") == {"pulled-long-ago", "never-pulled-old", "restored-long-ago"}
    assert "never pulled; pushed 40.0 days ago" in result.for_digest("sha256:never-pulled-old").reason
    assert (
        "restored from the archive 10.0 days ago"
        in result.for_digest("sha256:restored-not-pulled-since").reason
    )


def test_since_image_transitioned_measures_from_archiving_and_selects_only_archived_images() -> None:
    text = policy(rule(1, "any", "sinceImageTransitioned", 90, storage_class="archive"))
    images = [
        image("archived-long-ago", ["a"], 1, status=ImageStatus.ARCHIVED, archived=100),
        image("archived-recently", ["b"], 500, status=ImageStatus.ARCHIVED, archived=80),
        image("never-archived", ["c"], 500),
        image("archive-time-unknown", ["d"], 500, status=ImageStatus.ARCHIVED),
    ]
    result = preview(text, images, now=NOW)
    assert names_with(result, "expire") == {"archived-long-ago"}
    assert result.for_digest("sha256:never-archived").selected_by is None
    assert "no lastArchivedAt" in result.for_digest("sha256:archive-time-unknown").reason


def test_rules_select_only_images_of_their_storage_class() -> None:
    text = policy(
        rule(1, "any", count_number=1),
        rule(2, "any", "sinceImageTransitioned", 90, storage_class="archive"),
    )
    images = [
        image("active-new", ["a"], 1),
        image("active-old", ["b"], 50),
        image("archived", ["c"], 60, status=ImageStatus.ARCHIVED, archived=95),
        image("restoring", ["d"], 70, status=ImageStatus.ACTIVATING, archived=200),
    ]
    result = preview(text, images, now=NOW)
    assert actions(result) == {
        "active-new": ("keep", None),
        "active-old": ("expire", 1),
        "archived": ("expire", 2),
        "restoring": ("keep", None),
    }
    assert result.rules[0].selected == 2 and result.rules[1].selected == 1
    assert "being restored" in result.for_digest("sha256:restoring").reason


def test_a_transition_is_reported_as_a_transition_not_an_expiry() -> None:
    text = policy(rule(1, "tagged", "sinceImagePushed", 30, patterns=["v*"], action="transition"))
    result = preview(text, [image("old", ["v1"], 31, size=10)], now=NOW)
    (only,) = result.images
    assert only.action is ImageAction.TRANSITION and only.rule_priority == 1
    assert result.transitioned == (only,) and result.expired == ()
    assert only.to_json()["action"] == "transition"


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        ("tagged", {"tagged-old"}),
        ("untagged", {"untagged-old"}),
        ("any", {"tagged-old", "untagged-old"}),
    ],
)
def test_tag_status(status: str, expected: set[str]) -> None:
    selection = {"prefixes": ["v"]} if status == "tagged" else {}
    text = policy(rule(1, status, "sinceImagePushed", 10, **selection))  # type: ignore[arg-type]
    images = [image("tagged-old", ["v1"], 20), image("untagged-old", [], 20), image("tagged-new", ["v2"], 1)]
    assert names_with(preview(text, images, now=NOW), "expire") == expected


def test_an_image_that_no_rule_selects_is_kept() -> None:
    text = policy(rule(1, "tagged", "sinceImagePushed", 1, patterns=["prod-*"]))
    result = preview(text, [image("dev", ["dev-1"], 100)], now=NOW)
    assert result.images[0].action is ImageAction.KEEP
    assert result.images[0].reason == "no rule selects it"
    assert result.images[0].rule_priority is None


def test_reference_artifacts_follow_their_subject() -> None:
    """Artifacts (signatures, SBOMs) are expired or archived along with the image they refer to."""
    text = policy(
        rule(1, "tagged", "sinceImagePushed", 30, prefixes=["old"], action="transition"),
        rule(2, "tagged", "sinceImagePushed", 10, prefixes=["tmp"]),
    )
    images = [
        image("archived-subject", ["old-1"], 40),
        image("expired-subject", ["tmp-1"], 20),
        image("kept-subject", ["tmp-2"], 1),
        image("signature-1", [], 1, subject="archived-subject"),
        image("signature-2", [], 1, subject="expired-subject"),
        image("signature-of-signature", [], 1, subject="signature-2"),
        image("signature-3", [], 1, subject="kept-subject"),
        image("orphan", [], 1, subject="not-listed"),
    ]
    result = preview(text, images, now=NOW)
    assert actions(result) == {
        "archived-subject": ("transition", 1),
        "expired-subject": ("expire", 2),
        "kept-subject": ("keep", None),
        "signature-1": ("transition", 1),
        "signature-2": ("expire", 2),
        "signature-of-signature": ("expire", 2),
        "signature-3": ("keep", None),
        "orphan": ("keep", None),
    }
    assert "reference artifact of sha256:expired-subject" in result.for_digest("sha256:signature-2").reason


def test_rule_summaries_count_images_and_bytes() -> None:
    text = policy(rule(1, "untagged", count_number=1), rule(2, "any", "sinceImagePushed", 5))
    images = [
        image("u1", [], 3, size=100),
        image("u2", [], 2, size=50),
        image("u3", [], 1, size=25),
        image("t1", ["v1"], 9, size=1000),
        image("t2", ["v2"], 8),
        image("t3", ["v3"], 1, size=7),
    ]
    result = preview(text, images, now=NOW)
    first, second = result.rules
    assert (first.rule.rule_priority, first.selected, first.acted_on, first.bytes) == (1, 3, 2, 150)
    assert (second.selected, second.acted_on, second.bytes, second.images_without_size) == (6, 2, 1000, 1)


def test_the_result_depends_only_on_the_inputs_and_the_evaluation_time() -> None:
    text = policy(rule(1, "any", "sinceImagePushed", 10))
    images = [image("a", ["x"], 10.5), image("b", ["y"], 3)]
    as_datetime = preview(text, images, now=NOW)
    as_text = preview(text, images, now="2024-06-01T14:00:00+02:00")
    as_epoch = preview(text, images, now=NOW.timestamp())
    assert as_datetime == as_text == as_epoch
    assert actions(preview(text, images, now=NOW - timedelta(days=1))) == {
        "a": ("keep", None),
        "b": ("keep", None),
    }


def test_the_evaluation_time_defaults_to_now() -> None:
    text = policy(rule(1, "any", "sinceImagePushed", 10))
    current = datetime.now(timezone.utc)
    images = [
        Image(digest="sha256:old", tags=("x",), pushed_at=current - timedelta(days=11)),
        Image(digest="sha256:new", tags=("y",), pushed_at=current - timedelta(days=9)),
    ]
    result = preview(text, images)
    assert names_with(result, "expire") == {"old"}
    assert abs((result.now - current).total_seconds()) < 60


def test_a_bad_evaluation_time_is_reported() -> None:
    with pytest.raises(LifecyclePreviewError, match="evaluation time"):
        preview(policy(rule(1, "any")), [], now="yesterday")


def test_policy_sources() -> None:
    rules = [rule(1, "untagged", count_number=1)]
    text = policy(*rules)
    images = [image("a", [], 2), image("b", [], 1)]
    expected = actions(preview(text, images, now=NOW))
    assert expected == {"a": ("expire", 1), "b": ("keep", None)}
    assert actions(preview(parse_policy(text), images, now=NOW)) == expected
    assert actions(preview(json.loads(text), images, now=NOW)) == expected
    assert actions(preview(rules, images, now=NOW)) == expected
    assert actions(preview(text.encode(), images, now=NOW)) == expected


def test_bad_policy_sources() -> None:
    with pytest.raises(LifecyclePreviewError, match="list of lifecycle rules is empty"):
        preview([], [], now=NOW)
    with pytest.raises(LifecyclePreviewError, match="whole lifecycle policy"):
        preview(rule(1, "any"), [], now=NOW)
    with pytest.raises(LifecyclePreviewError, match="cannot preview a policy given as int"):
        preview(42, [], now=NOW)
    with pytest.raises(LifecyclePreviewError, match="mixes rules"):
        preview([rule(1, "any"), {"maxImageCount": 3}], [], now=NOW)


def test_results_keep_the_input_order_and_serialize_to_json() -> None:
    text = policy(rule(1, "any", count_number=1))
    images = [image("z", ["v1"], 5, size=10), image("a", [], 1)]
    result = preview(text, images, now=NOW)
    assert [r.image.digest for r in result.images] == ["sha256:z", "sha256:a"]
    assert result.to_json()[0] == {
        "imageDigest": "sha256:z",
        "imageTags": ["v1"],
        "action": "expire",
        "rulePriority": 1,
        "reason": "rule 1 keeps only the newest 1 of the 2 images it selects; this is number 2",
        "imagePushedAt": "2024-05-27T12:00:00Z",
        "imageSizeInBytes": 10,
        "storageClass": "standard",
        "selectedByRule": 1,
        "blockedRules": [],
    }
    assert result.to_json()[1]["rulePriority"] is None
    assert days_ago(5).isoformat().startswith("2024-05-27")
