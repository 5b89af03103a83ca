"""Resolved values that remember which kind of token produced them (used by ``to_json_string``)."""

from __future__ import annotations

from typing import Any

from purecdk.core.resolution_type_hint import ResolutionTypeHint


class HintedDict(dict):  # type: ignore[type-arg]
    """A resolved mapping tagged with the type hint of the token it came from."""

    type_hint: ResolutionTypeHint | None = None


class HintedList(list):  # type: ignore[type-arg]
    """A resolved list tagged with the type hint of the token it came from."""

    type_hint: ResolutionTypeHint | None = None


def tag_resolved_value(value: Any, hint: ResolutionTypeHint) -> Any:
    """Tag a resolved dict or list with ``hint``; other values are returned unchanged."""
    if type(value) is str or value is None:
        return value
    if isinstance(value, dict):
        tagged: Any = value if isinstance(value, HintedDict) else HintedDict(value)
    elif isinstance(value, list):
        tagged = value if isinstance(value, HintedList) else HintedList(value)
    else:
        return value
    tagged.type_hint = hint
    return tagged


def resolved_type_hint(value: Any) -> ResolutionTypeHint | None:
    """The hint a resolved value was tagged with, if any."""
    return getattr(value, "type_hint", None) if isinstance(value, (HintedDict, HintedList)) else None
