"""Previewing ``Repository``s whose ``LifecycleRule``s use the archive options (a purecdk extension).

Images a rule moves to the archive are reported as transitioned, never as expired.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from purecdk import App, Duration, Stack
from purecdk import aws_ecr as ecr
from purecdk.lifecycle_preview import ActionType, ImageAction, ImageStatus, preview
from purecdk.lifecycle_preview import StorageClass as PreviewStorageClass
from purecdk.lifecycle_preview.cli import main

from ._support import NOW, actions, image

DAYS = Duration.days
ARCHIVE = ecr.StorageClass.ARCHIVE


def _repository(rules: list[Any], app: App | None = None) -> ecr.Repository:
    stack = Stack(app or App(auto_synth=False), "Registry")
    return ecr.Repository(stack, "Repo", lifecycle_rules=rules)


def test_archive_then_expire_repository() -> None:
    """The guide's "combining archive and expire rules", written with purecdk's LifecycleRule."""
    repository = _repository(
        [
            ecr.LifecycleRule(description="Archive after 30 days", max_image_age=DAYS(30), transition_to_archive=True),
            ecr.LifecycleRule(
                description="Expire after a year in the archive",
                storage_class=ARCHIVE,
                max_image_age_in_archive=DAYS(365),
            ),
        ]
    )
    images = [
        image("fresh", ["v9"], pushed=10, size=10),
        image("stale", ["v8"], pushed=45, size=20),
        image("untagged-stale", [], pushed=45, size=30),
        image("archived-recently", ["v2"], pushed=500, status=ImageStatus.ARCHIVED, archived=200),
        image("archived-long-ago", ["v1"], pushed=900, status=ImageStatus.ARCHIVED, archived=400),
    ]
    result = preview(repository, images, now=NOW)
    assert actions(result) == {
        "fresh": ("keep", None),
        "stale": ("transition", 1),
        "untagged-stale": ("transition", 1),
        "archived-recently": ("keep", None),
        "archived-long-ago": ("expire", 2),
    }
    assert [r.image.digest for r in result.transitioned] == ["sha256:stale", "sha256:untagged-stale"]
    assert [r.image.digest for r in result.expired] == ["sha256:archived-long-ago"]
    first, second = result.rules
    assert (first.rule.action, first.rule.target_storage_class) == (ActionType.TRANSITION, PreviewStorageClass.ARCHIVE)
    assert (first.acted_on, first.bytes) == (2, 50)
    assert second.rule.action is ActionType.EXPIRE and second.acted_on == 1


def test_pull_based_archiving() -> None:
    repository = _repository(
        [ecr.LifecycleRule(max_image_age_since_pull=DAYS(90), transition_to_archive=True)]
    )
    images = [
        image("pulled-long-ago", ["a"], pushed=300, pulled=120),
        image("pulled-recently", ["b"], pushed=300, pulled=10),
        image("never-pulled-old", [], pushed=100),
        image("never-pulled-new", [], pushed=20),
    ]
    result = preview(repository, images, now=NOW)
    assert {r.image.digest.removeprefix("sha256:") for r in result.transitioned} == {
        "pulled-long-ago",
        "never-pulled-old",
    }
    assert not result.expired
    assert {r.action for r in result.images} == {ImageAction.TRANSITION, ImageAction.KEEP}


def test_count_based_transition_of_tagged_images_and_an_untagged_expire_rule() -> None:
    rules = [
        ecr.LifecycleRule(tag_pattern_list=["release-*"], max_image_count=2, transition_to_archive=True),
        ecr.LifecycleRule(tag_status=ecr.TagStatus.UNTAGGED, max_image_age=DAYS(7)),
    ]
    images = [
        image("r3", ["release-3"], pushed=1),
        image("r2", ["release-2"], pushed=2),
        image("r1", ["release-1"], pushed=3),
        image("r0", ["release-0"], pushed=4),
        image("dangling", [], pushed=8),
    ]
    expected = {
        "r3": ("keep", None),
        "r2": ("keep", None),
        "r1": ("transition", 1),
        "r0": ("transition", 1),
        "dangling": ("expire", 2),
    }
    assert actions(preview(_repository(rules), images, now=NOW)) == expected
    # the same rules given as a list (rendered through a throw-away Repository) preview the same
    assert actions(preview(rules, images, now=NOW)) == expected


def test_json_reports_transition_actions() -> None:
    repository = _repository([ecr.LifecycleRule(max_image_age=DAYS(30), transition_to_archive=True)])
    result = preview(repository, [image("old", ["x"], pushed=31), image("new", ["y"], pushed=1)], now=NOW)
    by_digest = {entry["imageDigest"]: entry for entry in result.to_json()}
    assert (by_digest["sha256:old"]["action"], by_digest["sha256:old"]["rulePriority"]) == ("transition", 1)
    assert (by_digest["sha256:new"]["action"], by_digest["sha256:new"]["rulePriority"]) == ("keep", None)


def test_cli_previews_a_synthesized_repository_with_archive_rules(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    outdir = tmp_path / "cdk.out"
    app = App(outdir=str(outdir), auto_synth=False)
    _repository(
        [
            ecr.LifecycleRule(max_image_age_since_pull=DAYS(90), transition_to_archive=True),
            ecr.LifecycleRule(storage_class=ARCHIVE, max_image_age_in_archive=DAYS(180)),
        ],
        app,
    )
    app.synth()
    images = tmp_path / "images.json"
    images.write_text(
        json.dumps(
            {
                "imageDetails": [
                    {
                        "imageDigest": "sha256:" + "a" * 20,
                        "imageTags": ["idle"],
                        "imagePushedAt": "2023-01-01T00:00:00Z",
                        "lastRecordedPullTime": "2024-01-01T00:00:00Z",
                    },
                    {
                        "imageDigest": "sha256:" + "b" * 20,
                        "imageTags": ["busy"],
                        "imagePushedAt": "2023-01-01T00:00:00Z",
                        "lastRecordedPullTime": "2024-05-30T00:00:00Z",
                    },
                    {
                        "imageDigest": "sha256:" + "c" * 20,
                        "imageTags": ["gone"],
                        "imagePushedAt": "2022-01-01T00:00:00Z",
                        "imageStatus": "ARCHIVED",
                        "lastArchivedAt": "2023-06-01T00:00:00Z",
                    },
                ]
            }
        )
    )
    argv = ["--cdk-out", str(outdir), "--stack", "Registry", "--resource", "Registry/Repo"]
    code = main([*argv, "--images", str(images), "--now", "2024-06-01T12:00:00Z", "--json"])
    captured = capsys.readouterr()
    assert (code, captured.err) == (0, "")
    rows = {row["imageTags"][0]: (row["action"], row["rulePriority"]) for row in json.loads(captured.out)}
    assert rows == {"idle": ("transition", 1), "busy": ("keep", None), "gone": ("expire", 2)}
