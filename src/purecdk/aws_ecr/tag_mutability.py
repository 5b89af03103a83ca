"""Image tag mutability: ``TagMutability`` and ``ImageTagMutabilityExclusionFilter``."""

from __future__ import annotations

import enum
import re

__all__ = ["ImageTagMutabilityExclusionFilter", "TagMutability"]

_FILTER_PATTERN = r"^[0-9a-zA-Z._*-]+$"


class TagMutability(enum.Enum):
    """Whether image tags of a repository can be overwritten."""

    MUTABLE = "MUTABLE"
    """Tags can be overwritten."""
    IMMUTABLE = "IMMUTABLE"
    """Tags cannot be overwritten."""
    IMMUTABLE_WITH_EXCLUSION = "IMMUTABLE_WITH_EXCLUSION"
    """Tags are immutable, except those matching the exclusion filters."""
    MUTABLE_WITH_EXCLUSION = "MUTABLE_WITH_EXCLUSION"
    """Tags are mutable, except those matching the exclusion filters."""


class ImageTagMutabilityExclusionFilter:
    """A filter selecting the image tags that are exempt from the repository's tag mutability setting."""

    __slots__ = ("_filter_type", "_filter_value")

    def __init__(self, filter_type: str, filter_value: str) -> None:
        if not filter_value:
            raise ValueError("Pattern cannot be empty")
        if len(filter_value) > 128:
            raise ValueError(f"Pattern cannot exceed 128 characters, got: {len(filter_value)} characters.")
        if not re.match(_FILTER_PATTERN, filter_value):
            raise ValueError(
                f"Pattern '{filter_value}' contains invalid characters. Only alphanumeric characters, dots, "
                "underscores, asterisks, and hyphens are allowed."
            )
        self._filter_type = filter_type
        self._filter_value = filter_value

    @staticmethod
    def wildcard(pattern: str) -> ImageTagMutabilityExclusionFilter:
        """A filter matching tags against a wildcard pattern (``*`` matches any characters), e.g. ``dev-*``."""
        return ImageTagMutabilityExclusionFilter("WILDCARD", pattern)

    @property
    def filter_type(self) -> str:
        """The filter type (``WILDCARD``)."""
        return self._filter_type

    @property
    def filter_value(self) -> str:
        """The pattern."""
        return self._filter_value

    def _render(self) -> dict[str, str]:
        """The filter as the ``ImageTagMutabilityExclusionFilters`` item of the CloudFormation resource."""
        return {
            "imageTagMutabilityExclusionFilterType": self._filter_type,
            "imageTagMutabilityExclusionFilterValue": self._filter_value,
        }

    def __repr__(self) -> str:
        return f"ImageTagMutabilityExclusionFilter({self._filter_type!r}, {self._filter_value!r})"
