"""ECR lifecycle rules: ``TagStatus`` and the ``LifecycleRule`` struct."""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Mapping, Sequence
from typing import Any

from purecdk.core.duration import Duration
from purecdk.core.structs import snake_to_camel

__all__ = ["LifecycleRule", "TagStatus"]


class TagStatus(enum.Enum):
    """Which images a lifecycle rule selects, by their tags."""

    ANY = "any"
    """Rule applies to all images."""
    TAGGED = "tagged"
    """Rule applies to tagged images."""
    UNTAGGED = "untagged"
    """Rule applies to untagged images."""


def _tuple_or_none(value: Sequence[str] | None) -> tuple[str, ...] | None:
    if value is None:
        return None
    if isinstance(value, str):
        raise TypeError(f"expected a list of strings, got the string {value!r}")
    return tuple(value)


@dataclasses.dataclass(frozen=True, kw_only=True)
class LifecycleRule:
    """An ECR lifecycle rule: which images it selects and when they expire.

    Give exactly one of ``max_image_count`` and ``max_image_age``. Lists are stored as tuples (the rule is
    immutable). Wherever a rule is expected, a plain dict with camelCase keys is accepted too, as jsii does.
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

    def __post_init__(self) -> None:
        object.__setattr__(self, "tag_prefix_list", _tuple_or_none(self.tag_prefix_list))
        object.__setattr__(self, "tag_pattern_list", _tuple_or_none(self.tag_pattern_list))
        if self.tag_status is not None and not isinstance(self.tag_status, TagStatus):
            object.__setattr__(self, "tag_status", TagStatus(self.tag_status))
        if self.max_image_age is not None and not isinstance(self.max_image_age, Duration):
            raise TypeError(f"max_image_age must be a Duration, got {self.max_image_age!r}")

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
