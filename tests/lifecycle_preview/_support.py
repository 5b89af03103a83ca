"""Builders shared by the lifecycle preview tests."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from typing import Any

from purecdk.lifecycle_preview import Image, ImageStatus, PreviewResult

NOW = datetime(2024, 6, 1, 12, 0, 0, tzinfo=timezone.utc)


def days_ago(days: float) -> datetime:
    """The instant ``days`` days (of 24 hours) before ``NOW``."""
    return NOW - timedelta(days=days)


def image(
    name: str,
    tags: list[str] | tuple[str, ...] = (),
    pushed: float = 1.0,
    *,
    size: int | None = None,
    pulled: float | None = None,
    status: ImageStatus = ImageStatus.ACTIVE,
    archived: float | None = None,
    activated: float | None = None,
    subject: str | None = None,
) -> Image:
    """An image named ``name`` (its digest is ``sha256:<name>``) pushed ``pushed`` days before ``NOW``."""
    return Image(
        digest=digest(name),
        tags=tuple(tags),
        pushed_at=days_ago(pushed),
        size_in_bytes=size,
        last_pulled_at=None if pulled is None else days_ago(pulled),
        status=status,
        last_archived_at=None if archived is None else days_ago(archived),
        last_activated_at=None if activated is None else days_ago(activated),
        subject_digest=None if subject is None else digest(subject),
    )


def digest(name: str) -> str:
    """The digest ``image(name)`` gets."""
    return f"sha256:{name}"


def rule(
    priority: int,
    tag_status: str,
    count_type: str = "imageCountMoreThan",
    count_number: int = 1,
    *,
    prefixes: list[str] | None = None,
    patterns: list[str] | None = None,
    storage_class: str | None = None,
    action: str = "expire",
    description: str | None = None,
) -> dict[str, Any]:
    """One rule in ECR's JSON form."""
    selection: dict[str, Any] = {"tagStatus": tag_status}
    if prefixes is not None:
        selection["tagPrefixList"] = prefixes
    if patterns is not None:
        selection["tagPatternList"] = patterns
    if storage_class is not None:
        selection["storageClass"] = storage_class
    selection["countType"] = count_type
    if count_type != "imageCountMoreThan":
        selection["countUnit"] = "days"
    selection["countNumber"] = count_number
    out: dict[str, Any] = {"rulePriority": priority}
    if description is not None:
        out["description"] = description
    out["selection"] = selection
    out["action"] = (
        {"type": action, "targetStorageClass": "archive"} if action == "transition" else {"type": action}
    )
    return out


def policy(*rules: dict[str, Any]) -> str:
    """Indented policy text holding ``rules``."""
    return json.dumps({"rules": list(rules)}, indent=2)


def actions(result: PreviewResult) -> dict[str, tuple[str, int | None]]:
    """``{image name: (action, rulePriority)}`` for every image of the result."""
    return {r.image.digest.removeprefix("sha256:"): (r.action.value, r.rule_priority) for r in result.images}


def names_with(result: PreviewResult, action: str) -> set[str]:
    """The names of the images with the given action."""
    return {name for name, (act, _) in actions(result).items() if act == action}
