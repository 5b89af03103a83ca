"""The images a preview runs over, read from ``aws ecr describe-images`` output or built in Python."""

from __future__ import annotations

import enum
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from purecdk.lifecycle_preview.errors import InvalidImagesError
from purecdk.lifecycle_preview.policy import StorageClass
from purecdk.lifecycle_preview.timestamps import format_timestamp, parse_timestamp


class ImageStatus(str, enum.Enum):
    """``imageStatus`` of ``describe-images``: where the image is stored now."""

    ACTIVE = "ACTIVE"
    ARCHIVED = "ARCHIVED"
    ACTIVATING = "ACTIVATING"


@dataclass(frozen=True)
class Image:
    """One image of a repository (a row of ``describe-images``' ``imageDetails``).

    Timestamps may be given as ``datetime`` objects, ISO 8601 text or epoch seconds; they are kept as
    timezone-aware UTC datetimes.
    """

    digest: str
    pushed_at: datetime
    tags: tuple[str, ...] = ()
    size_in_bytes: int | None = None
    last_pulled_at: datetime | None = None
    status: ImageStatus = ImageStatus.ACTIVE
    last_archived_at: datetime | None = None
    last_activated_at: datetime | None = None
    subject_digest: str | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.digest, str) or not self.digest:
            raise InvalidImagesError(f"an image needs a digest (a non-empty string), got {self.digest!r}")
        where = f"image {self.digest}"
        if isinstance(self.tags, str) or not isinstance(self.tags, Iterable):
            raise InvalidImagesError(f"{where}: tags must be a list of strings, got {self.tags!r}")
        tags = tuple(self.tags)
        for tag in tags:
            if not isinstance(tag, str) or not tag:
                raise InvalidImagesError(f"{where}: every tag must be a non-empty string, got {tag!r}")
        object.__setattr__(self, "tags", tags)
        object.__setattr__(self, "pushed_at", _time(self.pushed_at, where, "pushed_at"))
        for name in ("last_pulled_at", "last_archived_at", "last_activated_at"):
            value = getattr(self, name)
            if value is not None:
                object.__setattr__(self, name, _time(value, where, name))
        size = self.size_in_bytes
        if size is not None and (isinstance(size, bool) or not isinstance(size, int) or size < 0):
            raise InvalidImagesError(f"{where}: size_in_bytes must be a whole number of bytes, got {size!r}")
        if not isinstance(self.status, ImageStatus):
            try:
                object.__setattr__(self, "status", ImageStatus(str(self.status).upper()))
            except ValueError as e:
                raise InvalidImagesError(
                    f"{where}: status must be ACTIVE, ARCHIVED or ACTIVATING, got {self.status!r}"
                ) from e

    @property
    def tagged(self) -> bool:
        """Whether the image has at least one tag."""
        return bool(self.tags)

    @property
    def storage_class(self) -> StorageClass | None:
        """``standard`` for active images, ``archive`` for archived ones, None while being restored."""
        if self.status is ImageStatus.ACTIVE:
            return StorageClass.STANDARD
        if self.status is ImageStatus.ARCHIVED:
            return StorageClass.ARCHIVE
        return None

    @property
    def ordering_time(self) -> datetime:
        """The time count rules order by: the push time, or the last restore from the archive if any."""
        return self.last_activated_at if self.last_activated_at is not None else self.pushed_at

    @property
    def last_pull_reference(self) -> tuple[datetime, str]:
        """The time ``sinceImagePulled`` measures from, and what that time is.

        The last recorded pull; the push time if the image was never pulled; the last restore from the
        archive if the image was restored and not pulled since.
        """
        pulled, activated = self.last_pulled_at, self.last_activated_at
        if activated is not None and (pulled is None or pulled < activated):
            return activated, "restored from the archive"
        if pulled is None:
            return self.pushed_at, "never pulled; pushed"
        return pulled, "last pulled"

    def to_json(self) -> dict[str, Any]:
        """The image in ``describe-images`` form (only the fields the preview uses)."""
        out: dict[str, Any] = {"imageDigest": self.digest, "imagePushedAt": format_timestamp(self.pushed_at)}
        if self.tags:
            out["imageTags"] = list(self.tags)
        if self.size_in_bytes is not None:
            out["imageSizeInBytes"] = self.size_in_bytes
        if self.last_pulled_at is not None:
            out["lastRecordedPullTime"] = format_timestamp(self.last_pulled_at)
        out["imageStatus"] = self.status.value
        if self.last_archived_at is not None:
            out["lastArchivedAt"] = format_timestamp(self.last_archived_at)
        if self.last_activated_at is not None:
            out["lastActivatedAt"] = format_timestamp(self.last_activated_at)
        if self.subject_digest is not None:
            out["subjectManifestDigest"] = self.subject_digest
        return out


def _time(value: Any, where: str, name: str) -> datetime:
    try:
        return parse_timestamp(value)
    except ValueError as e:
        raise InvalidImagesError(f"{where}: {name}: {e}") from e


_STORAGE_CLASS_STATUS = {"STANDARD": ImageStatus.ACTIVE, "ARCHIVE": ImageStatus.ARCHIVED}


def image_from_detail(detail: Any, where: str) -> Image:
    """An ``Image`` from one entry of ``imageDetails``; errors name the entry as ``where``."""
    if not isinstance(detail, dict):
        raise InvalidImagesError(f"{where}: an image must be a JSON object, got {json.dumps(detail)[:60]}")
    digest = detail.get("imageDigest")
    if not isinstance(digest, str) or not digest:
        raise InvalidImagesError(f"{where}: imageDigest is missing; every image needs its digest")
    where = f"{where} ({digest})"
    if detail.get("imagePushedAt") is None:
        raise InvalidImagesError(
            f"{where}: imagePushedAt is missing; the preview needs every image's push time"
        )
    tags = detail.get("imageTags")
    if tags is None:
        tags = []
    if not isinstance(tags, list):
        raise InvalidImagesError(f"{where}: imageTags must be a list of strings")
    status: Any = detail.get("imageStatus")
    storage = detail.get("storageClass")
    if storage is not None:
        from_storage = _STORAGE_CLASS_STATUS.get(str(storage).upper())
        if from_storage is None:
            raise InvalidImagesError(f"{where}: storageClass must be STANDARD or ARCHIVE, got {storage!r}")
        if status is not None and str(status).upper() != from_storage.value:
            if not (from_storage is ImageStatus.ARCHIVED and str(status).upper() == "ACTIVATING"):
                raise InvalidImagesError(f"{where}: imageStatus {status} contradicts storageClass {storage}")
        status = status if status is not None else from_storage
    try:
        return Image(
            digest=digest,
            pushed_at=_time(detail["imagePushedAt"], where, "imagePushedAt"),
            tags=tuple(tags),
            size_in_bytes=detail.get("imageSizeInBytes"),
            last_pulled_at=_optional_time(detail, "lastRecordedPullTime", where),
            status=ImageStatus.ACTIVE if status is None else status,
            last_archived_at=_optional_time(detail, "lastArchivedAt", where),
            last_activated_at=_optional_time(detail, "lastActivatedAt", where),
            subject_digest=detail.get("subjectManifestDigest"),
        )
    except InvalidImagesError as e:
        message = str(e)
        prefix = f"image {digest}: "
        raise InvalidImagesError(f"{where}: {message.removeprefix(prefix)}") from None


def _optional_time(detail: Mapping[str, Any], key: str, where: str) -> datetime | None:
    value = detail.get(key)
    return None if value is None else _time(value, where, key)


def parse_images(data: Any) -> tuple[Image, ...]:
    """Images from ``describe-images`` output: JSON text, ``{"imageDetails": [...]}``, a list of entries,
    or a list of ``Image`` objects. Raises ``InvalidImagesError`` naming the malformed image.
    """
    if isinstance(data, (str, bytes)):
        try:
            data = json.loads(data)
        except ValueError as e:
            raise InvalidImagesError(f"the image list is not valid JSON: {e}") from e
    if isinstance(data, Mapping):
        if "imageDetails" not in data:
            raise InvalidImagesError(
                'the image list must be the output of "aws ecr describe-images" (an object with '
                '"imageDetails") or a list of images'
            )
        entries = data["imageDetails"]
        label = "imageDetails"
    else:
        entries = data
        label = "images"
    if isinstance(entries, (str, bytes)) or not isinstance(entries, Iterable):
        raise InvalidImagesError(f"{label} must be a list of images")
    images: list[Image] = []
    seen: dict[str, int] = {}
    for index, entry in enumerate(entries):
        image = entry if isinstance(entry, Image) else image_from_detail(entry, f"{label}[{index}]")
        if image.digest in seen:
            raise InvalidImagesError(
                f"{label}[{index}] ({image.digest}): the digest is listed twice "
                f"(also at {label}[{seen[image.digest]}]); "
                "describe-images lists each image once, so merge the two entries"
            )
        seen[image.digest] = index
        images.append(image)
    return tuple(images)
