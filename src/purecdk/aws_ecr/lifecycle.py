"""ECR lifecycle rules: ``TagStatus``, ``StorageClass`` and the ``LifecycleRule`` struct."""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Mapping, Sequence
from typing import Any

from purecdk.core.duration import Duration
from purecdk.core.structs import snake_to_camel

__all__ = ["LifecycleRule", "StorageClass", "TagStatus"]


class TagStatus(enum.Enum):
    """Which images a lifecycle rule selects, by their tags."""

    ANY = "any"
    """Rule applies to all images."""
    TAGGED = "tagged"
    """Rule applies to tagged images."""
    UNTAGGED = "untagged"
    """Rule applies to untagged images."""


class StorageClass(enum.Enum):
    """The storage class of the images a lifecycle rule selects (purecdk extension, not in aws-cdk-lib).

    ECR keeps images in standard storage until a ``transition`` rule moves them to the archive.
    """

    STANDARD = "standard"
    """Images in standard storage (ECR's default when a rule names no storage class)."""
    ARCHIVE = "archive"
    """Archived images; only rules counting with ``max_image_age_in_archive`` may select them."""


def _tuple_or_none(value: Sequence[str] | None) -> tuple[str, ...] | None:
    if value is None:
        return None
    if isinstance(value, str):
        raise TypeError(f"expected a list of strings, got the string {value!r}")
    return tuple(value)


@dataclasses.dataclass(frozen=True, kw_only=True)
class LifecycleRule:
    """An ECR lifecycle rule: which images it selects and when they expire.

    Give exactly one of ``max_image_count``, ``max_image_age``, ``max_image_age_since_pull`` and
    ``max_image_age_in_archive``. Lists are stored as tuples (the rule is immutable). Wherever a rule is
    expected, a plain dict with camelCase keys is accepted too, as jsii does.

    ``storage_class``, ``max_image_age_since_pull``, ``max_image_age_in_archive`` and
    ``transition_to_archive`` are a purecdk extension beyond aws-cdk-lib (ECR's archive storage class); each is
    written to the policy only when set, so rules without them render exactly as aws-cdk-lib renders them.
    """

    rule_priority: int | None = None
    """Order in which rules are evaluated (low to high); assigned automatically when omitted."""
    description: str | None = None
    """The purpose of the rule."""
    tag_status: TagStatus | None = None
    """Select images by tag status (default: TAGGED with a prefix/pattern list, ANY otherwise)."""
    tag_prefix_list: Sequence[str] | None = None
    """Select images that have ALL the given prefixes in their tag (TAGGED rules only)."""
    tag_pattern_list: Sequence[str] | None = None
    """Select images that have ALL the given wildcard patterns in their tag (TAGGED rules only)."""
    max_image_count: int | None = None
    """The maximum number of images to retain."""
    max_image_age: Duration | None = None
    """The maximum age of images to retain (a whole number of days)."""
    max_image_age_since_pull: Duration | None = None
    """Act on images not pulled for this long (a whole number of days; ``sinceImagePulled``).

    Never-pulled images count from their push. ECR allows this count only with ``transition_to_archive``.
    (purecdk extension)
    """
    max_image_age_in_archive: Duration | None = None
    """Expire archived images after this long in the archive (whole days, at least 90;
    ``sinceImageTransitioned``). Requires ``storage_class=StorageClass.ARCHIVE``. (purecdk extension)"""
    storage_class: StorageClass | None = None
    """Select only images of this storage class (``selection.storageClass``); ECR's default is standard.
    ``ARCHIVE`` goes with ``max_image_age_in_archive`` only. (purecdk extension)"""
    transition_to_archive: bool | None = None
    """Move the images the rule acts on to the archive instead of expiring them (``transition`` action).
    (purecdk extension)"""

    def __post_init__(self) -> None:
        object.__setattr__(self, "tag_prefix_list", _tuple_or_none(self.tag_prefix_list))
        object.__setattr__(self, "tag_pattern_list", _tuple_or_none(self.tag_pattern_list))
        if self.tag_status is not None and not isinstance(self.tag_status, TagStatus):
            object.__setattr__(self, "tag_status", TagStatus(self.tag_status))
        if self.storage_class is not None and not isinstance(self.storage_class, StorageClass):
            object.__setattr__(self, "storage_class", StorageClass(self.storage_class))
        for name in ("max_image_age", "max_image_age_since_pull", "max_image_age_in_archive"):
            value = getattr(self, name)
            if value is not None and not isinstance(value, Duration):
                raise TypeError(f"{name} must be a Duration, got {value!r}")
        if self.transition_to_archive is not None and not isinstance(self.transition_to_archive, bool):
            raise TypeError(f"transition_to_archive must be True or False, got {self.transition_to_archive!r}")

    @classmethod
    def of(cls, value: LifecycleRule | Mapping[str, Any]) -> LifecycleRule:
        """``value`` as a ``LifecycleRule``: a rule, or a dict with jsii's camelCase keys (others are ignored)."""
        if isinstance(value, LifecycleRule):
            return value
        if not isinstance(value, Mapping):
            raise TypeError(f"expected a LifecycleRule or a dict, got {type(value).__name__}")
        return cls(**{f.name: value.get(snake_to_camel(f.name)) for f in dataclasses.fields(cls)})

    def with_(self, **changes: Any) -> LifecycleRule:
        """A copy of this rule with some fields replaced."""
        return dataclasses.replace(self, **changes)
