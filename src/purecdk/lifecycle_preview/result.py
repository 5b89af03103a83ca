"""What a preview returns: one result per image and one summary per rule."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from purecdk.lifecycle_preview.images import Image
from purecdk.lifecycle_preview.policy import LifecyclePolicy, PolicyRule
from purecdk.lifecycle_preview.timestamps import format_timestamp


class ImageAction(str, enum.Enum):
    """What the policy does to an image."""

    KEEP = "keep"
    EXPIRE = "expire"
    TRANSITION = "transition"


@dataclass(frozen=True)
class ImageResult:
    """The fate of one image: kept, expired or transitioned to the archive, by which rule, and why."""

    image: Image
    action: ImageAction
    rule_priority: int | None
    reason: str
    selected_by: int | None = None
    """The highest-priority rule whose tag and storage-class selection matches the image (it decides)."""
    blocked_rules: tuple[int, ...] = ()
    """Lower-priority rules that would have acted on the image but may not, because ``selected_by`` did."""

    def to_json(self) -> dict[str, Any]:
        """The JSON object ``--json`` prints for this image."""
        image = self.image
        return {
            "imageDigest": image.digest,
            "imageTags": list(image.tags),
            "action": self.action.value,
            "rulePriority": self.rule_priority,
            "reason": self.reason,
            "imagePushedAt": format_timestamp(image.pushed_at),
            "imageSizeInBytes": image.size_in_bytes,
            "storageClass": image.storage_class.value if image.storage_class is not None else None,
            "selectedByRule": self.selected_by,
            "blockedRules": list(self.blocked_rules),
        }


@dataclass(frozen=True)
class RuleSummary:
    """How many images a rule selects, and how many images (and bytes) it expires or transitions."""

    rule: PolicyRule
    selected: int
    acted_on: int
    bytes: int
    images_without_size: int = 0


@dataclass(frozen=True)
class PreviewResult:
    """The outcome of a lifecycle policy over a set of images at one evaluation time."""

    policy: LifecyclePolicy
    now: datetime
    images: tuple[ImageResult, ...]
    rules: tuple[RuleSummary, ...]

    def for_digest(self, digest: str) -> ImageResult:
        """The result for the image with this digest."""
        for result in self.images:
            if result.image.digest == digest:
                return result
        raise KeyError(f"no image with digest {digest} in this preview")

    def with_action(self, action: ImageAction) -> tuple[ImageResult, ...]:
        """The results with the given action, in input order."""
        return tuple(r for r in self.images if r.action is action)

    @property
    def expired(self) -> tuple[ImageResult, ...]:
        """The images the policy expires (deletes)."""
        return self.with_action(ImageAction.EXPIRE)

    @property
    def transitioned(self) -> tuple[ImageResult, ...]:
        """The images the policy moves to the archive storage class."""
        return self.with_action(ImageAction.TRANSITION)

    @property
    def kept(self) -> tuple[ImageResult, ...]:
        """The images the policy leaves alone."""
        return self.with_action(ImageAction.KEEP)

    def to_json(self) -> list[dict[str, Any]]:
        """One JSON object per image, in input order."""
        return [result.to_json() for result in self.images]
