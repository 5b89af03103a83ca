"""Reading ``aws ecr describe-images`` output, and the timestamps the AWS CLI prints."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest

from purecdk.lifecycle_preview import Image, ImageStatus, InvalidImagesError, StorageClass, parse_images
from purecdk.lifecycle_preview.timestamps import format_timestamp, parse_timestamp

UTC = timezone.utc

DESCRIBE_IMAGES = {
    "imageDetails": [
        {
            "registryId": "123456789012",
            "repositoryName": "my-app",
            "imageDigest": "sha256:4f70ef7a4d29e8c0c302b13e25962d8f7a0bd304a8b2a7a6d4c9b0c6c4e6f001",
            "imageTags": ["v1.2.0", "latest"],
            "imageSizeInBytes": 52428800,
            "imagePushedAt": "2024-05-01T10:15:30.123000+02:00",
            "imageManifestMediaType": "application/vnd.docker.distribution.manifest.v2+json",
            "lastRecordedPullTime": "2024-05-20T08:00:00+00:00",
            "imageScanStatus": {"status": "COMPLETE"},
        },
        {
            "registryId": "123456789012",
            "repositoryName": "my-app",
            "imageDigest": "sha256:0001",
            "imageSizeInBytes": 1000,
            "imagePushedAt": 1714557600.0,
            "imageStatus": "ARCHIVED",
            "lastArchivedAt": 1717236000,
            "lastActivatedAt": "2024-05-02T00:00:00Z",
            "subjectManifestDigest": "sha256:4f70",
        },
    ],
    "nextToken": None,
}


def test_describe_images_output() -> None:
    first, second = parse_images(DESCRIBE_IMAGES)
    assert first.digest.startswith("sha256:4f70ef")
    assert first.tags == ("v1.2.0", "latest")
    assert first.size_in_bytes == 52428800
    assert first.pushed_at == datetime(2024, 5, 1, 8, 15, 30, 123000, tzinfo=UTC)
    assert first.last_pulled_at == datetime(2024, 5, 20, 8, tzinfo=UTC)
    assert first.status is ImageStatus.ACTIVE and first.storage_class is StorageClass.STANDARD
    assert first.tagged
    assert second.tags == () and not second.tagged
    assert second.pushed_at == datetime(2024, 5, 1, 10, tzinfo=UTC)
    assert second.status is ImageStatus.ARCHIVED and second.storage_class is StorageClass.ARCHIVE
    assert second.last_archived_at == datetime(2024, 6, 1, 10, tzinfo=UTC)
    assert second.last_activated_at == datetime(2024, 5, 2, tzinfo=UTC)
    assert second.subject_digest == "sha256:4f70"
    assert second.ordering_time == second.last_activated_at


def test_text_and_lists_are_accepted() -> None:
    from_text = parse_images(json.dumps(DESCRIBE_IMAGES))
    from_list = parse_images(DESCRIBE_IMAGES["imageDetails"])
    assert from_text == from_list == parse_images(DESCRIBE_IMAGES)
    assert parse_images(list(from_text)) == from_text


def test_an_image_round_trips_through_its_json() -> None:
    images = parse_images(DESCRIBE_IMAGES)
    assert parse_images([image.to_json() for image in images]) == images


def test_storage_class_field() -> None:
    (archived,) = parse_images([{"imageDigest": "d", "imagePushedAt": 0, "storageClass": "ARCHIVE"}])
    assert archived.status is ImageStatus.ARCHIVED
    (restoring,) = parse_images(
        [{"imageDigest": "d", "imagePushedAt": 0, "storageClass": "archive", "imageStatus": "ACTIVATING"}]
    )
    assert restoring.status is ImageStatus.ACTIVATING and restoring.storage_class is None
    with pytest.raises(InvalidImagesError, match="contradicts"):
        parse_images(
            [{"imageDigest": "d", "imagePushedAt": 0, "storageClass": "STANDARD", "imageStatus": "ARCHIVED"}]
        )
    with pytest.raises(InvalidImagesError, match="storageClass must be STANDARD or ARCHIVE"):
        parse_images([{"imageDigest": "d", "imagePushedAt": 0, "storageClass": "COLD"}])


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ({"imagePushedAt": 0}, r"imageDetails\[1\]: imageDigest is missing"),
        ({"imageDigest": "sha256:x"}, r"imageDetails\[1\] \(sha256:x\): imagePushedAt is missing"),
        (
            {"imageDigest": "sha256:x", "imagePushedAt": "last week"},
            r"\(sha256:x\): imagePushedAt: 'last week'",
        ),
        ({"imageDigest": "sha256:x", "imagePushedAt": 0, "imageTags": "v1"}, "imageTags must be a list"),
        ({"imageDigest": "sha256:x", "imagePushedAt": 0, "imageTags": [""]}, "every tag must be a non-empty"),
        ({"imageDigest": "sha256:x", "imagePushedAt": 0, "imageSizeInBytes": -1}, "size_in_bytes must be"),
        (
            {"imageDigest": "sha256:x", "imagePushedAt": 0, "imageStatus": "GONE"},
            r"\(sha256:x\): status must be",
        ),
        (
            {"imageDigest": "sha256:x", "imagePushedAt": 0, "lastRecordedPullTime": "x"},
            "lastRecordedPullTime",
        ),
        ("sha256:x", r"imageDetails\[1\]: an image must be a JSON object"),
    ],
)
def test_malformed_images_are_named(entry: Any, message: str) -> None:
    good = {"imageDigest": "sha256:good", "imagePushedAt": 0}
    with pytest.raises(InvalidImagesError, match=message):
        parse_images({"imageDetails": [good, entry]})


def test_malformed_files() -> None:
    with pytest.raises(InvalidImagesError, match="not valid JSON"):
        parse_images("{")
    with pytest.raises(InvalidImagesError, match='"imageDetails"'):
        parse_images({"images": []})
    with pytest.raises(InvalidImagesError, match="imageDetails must be a list"):
        parse_images({"imageDetails": 3})
    with pytest.raises(
        InvalidImagesError, match=r"images\[1\] \(d\): the digest is listed twice \(also at images\[0\]\)"
    ):
        parse_images([{"imageDigest": "d", "imagePushedAt": 0}, {"imageDigest": "d", "imagePushedAt": 1}])


def test_images_built_in_python_are_normalized() -> None:
    image = Image(digest="d", pushed_at="2024-01-01T00:00:00", tags=["a"], status="archived")  # type: ignore[arg-type]
    assert image.pushed_at == datetime(2024, 1, 1, tzinfo=UTC)
    assert image.tags == ("a",) and image.status is ImageStatus.ARCHIVED
    with pytest.raises(InvalidImagesError, match="needs a digest"):
        Image(digest="", pushed_at=datetime(2024, 1, 1))
    with pytest.raises(InvalidImagesError, match="tags must be a list"):
        Image(digest="d", pushed_at=datetime(2024, 1, 1), tags="v1")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-05-01T10:15:30Z", datetime(2024, 5, 1, 10, 15, 30, tzinfo=UTC)),
        ("2024-05-01T10:15:30.5+00:00", datetime(2024, 5, 1, 10, 15, 30, 500000, tzinfo=UTC)),
        ("2024-05-01T10:15:30.123456789-07:00", datetime(2024, 5, 1, 17, 15, 30, 123456, tzinfo=UTC)),
        ("2024-05-01T10:15:30+0530", datetime(2024, 5, 1, 4, 45, 30, tzinfo=UTC)),
        ("2024-05-01 10:15", datetime(2024, 5, 1, 10, 15, tzinfo=UTC)),
        ("2024-05-01", datetime(2024, 5, 1, tzinfo=UTC)),
        ("1714558530", datetime(2024, 5, 1, 10, 15, 30, tzinfo=UTC)),
        (1714558530.25, datetime(2024, 5, 1, 10, 15, 30, 250000, tzinfo=UTC)),
        (datetime(2024, 5, 1, 12, tzinfo=timezone(timedelta(hours=2))), datetime(2024, 5, 1, 10, tzinfo=UTC)),
        (datetime(2024, 5, 1, 12), datetime(2024, 5, 1, 12, tzinfo=UTC)),
    ],
)
def test_timestamps(value: Any, expected: datetime) -> None:
    assert parse_timestamp(value) == expected
    assert parse_timestamp(value).tzinfo == UTC


@pytest.mark.parametrize(
    "value", ["", "tomorrow", "2024-13-01", "2024-02-30T00:00:00Z", True, None, float("nan"), [1]]
)
def test_bad_timestamps(value: Any) -> None:
    with pytest.raises(ValueError):
        parse_timestamp(value)


def test_format_timestamp() -> None:
    assert (
        format_timestamp(datetime(2024, 5, 1, 12, tzinfo=timezone(timedelta(hours=2))))
        == "2024-05-01T10:00:00Z"
    )
    assert format_timestamp(datetime(2024, 5, 1, 10, 0, 0, 5, tzinfo=UTC)) == "2024-05-01T10:00:00.000005Z"
