"""``TagManager``: the tags of one taggable resource, with priorities and CloudFormation formatting."""

from __future__ import annotations

import enum
import unicodedata
from collections.abc import Mapping
from typing import Any

from purecdk.core.struct_class import Struct
from purecdk.core.structs import get_field
from purecdk.core.tokens.resolvable import is_resolvable

_EXTERNAL_TAG_PRIORITY = 50


class TagType(enum.Enum):
    """The shape a resource type's tags take in CloudFormation."""

    STANDARD = "StandardTag"
    AUTOSCALING_GROUP = "AutoScalingGroupTag"
    MAP = "StringToStringMap"
    KEY_VALUE = "KeyValue"
    NOT_TAGGABLE = "NotTaggable"


class _Tag(Struct, frozen=False):
    key: str
    value: str
    priority: int
    apply_to_launched_instances: bool = True


def locale_sort_key(s: str) -> tuple[Any, ...]:
    """An approximation of JavaScript's ``localeCompare`` order (ICU root collation)."""
    primary = []
    for ch in s:
        base = unicodedata.normalize("NFD", ch)[0].lower()
        if base.isalpha():
            group = 3
        elif base.isdigit():
            group = 2
        elif base.isspace():
            group = 0
        else:
            group = 1
        primary.append((group, base))
    tertiary = tuple(0 if ch.islower() or not ch.isalpha() else 1 for ch in s)
    return (tuple(primary), tertiary)


def _parse_tags(tag_type: TagType, initial: Any, priority: int) -> tuple[list[_Tag], Any]:
    if initial is None:
        return [], None
    if is_resolvable(initial):
        return [], initial
    tags: list[_Tag] = []
    dynamic: Any = None
    if tag_type is TagType.MAP:
        if not isinstance(initial, Mapping):
            raise TypeError(f"Invalid tag input expected map of {{key: value}} have {initial!r}")
        for key, value in initial.items():
            tags.append(_Tag(str(key), str(value), priority))
        return tags, dynamic
    if tag_type is TagType.KEY_VALUE and isinstance(initial, Mapping):
        for key, value in initial.items():
            tags.append(_Tag(str(key), str(value), priority))
        return tags, dynamic
    if not isinstance(initial, (list, tuple)):
        raise TypeError(f"Invalid tag input expected array of {{key, value}} have {initial!r}")
    dynamic_items: list[Any] = []
    for tag in initial:
        if is_resolvable(tag):
            dynamic_items.append(tag)
            continue
        if tag_type is TagType.KEY_VALUE:
            key = get_field(tag, "key") if get_field(tag, "Key") is None else get_field(tag, "Key")
            value = get_field(tag, "value") if get_field(tag, "Value") is None else get_field(tag, "Value")
        else:
            key, value = get_field(tag, "key"), get_field(tag, "value")
        if not isinstance(key, str) or not isinstance(value, str):
            raise TypeError(f"Invalid tag input expected {{key, value}} have {tag!r}")
        propagate = get_field(tag, "propagate_at_launch")
        tags.append(_Tag(key, value, priority, propagate is not False))
    return tags, (dynamic_items or None)


class TagManager:
    """The tags of one resource: set and removed by priority, rendered in the resource type's format."""

    def __init__(
        self,
        tag_type: TagType,
        resource_type_name: str,
        initial_tags: Any = None,
        options: Any = None,
        *,
        tag_property_name: str | None = None,
    ) -> None:
        self.tag_type = tag_type
        self.resource_type_name = resource_type_name
        self.tag_property_name: str = tag_property_name or get_field(options, "tag_property_name") or "tags"
        self._tags: dict[str, _Tag] = {}
        self._priorities: dict[str, int] = {}
        self._did_have_initial_tags = initial_tags is not None
        tags, self._dynamic_tags = _parse_tags(tag_type, initial_tags, _EXTERNAL_TAG_PRIORITY)
        for tag in tags:
            self._set(tag)

    @staticmethod
    def is_taggable(construct: Any) -> bool:
        """Whether ``construct`` has a ``tags`` tag manager."""
        return isinstance(getattr(construct, "tags", None), TagManager)

    @staticmethod
    def of(construct: Any) -> TagManager | None:
        """The tag manager of ``construct``, if it is taggable."""
        tags = getattr(construct, "tags", None)
        if isinstance(tags, TagManager):
            return tags
        tags = getattr(construct, "cdk_tag_manager", None)
        return tags if isinstance(tags, TagManager) else None

    def _set(self, tag: _Tag) -> None:
        if tag.priority >= self._priorities.get(tag.key, 0):
            self._tags[tag.key] = tag
            self._priorities[tag.key] = tag.priority

    def set_tag(self, key: str, value: str, priority: int = 0, apply_to_launched_instances: bool = True) -> None:
        """Set a tag unless a higher-priority operation already decided this key."""
        self._set(_Tag(key, value, priority, apply_to_launched_instances))

    def remove_tag(self, key: str, priority: int) -> None:
        """Remove a tag unless a higher-priority operation already decided this key."""
        if priority >= self._priorities.get(key, 0):
            self._tags.pop(key, None)
            self._priorities[key] = priority

    def has_tags(self) -> bool:
        """Whether any tag is set."""
        return bool(self._tags)

    def tag_values(self) -> dict[str, str]:
        """The tags as a key -> value mapping."""
        return {t.key: t.value for t in self._sorted()}

    def apply_tag_aspect_here(
        self, include: list[str] | None = None, exclude: list[str] | None = None
    ) -> bool:
        """Whether a tag aspect with these include/exclude lists applies to this resource type."""
        if exclude and self.resource_type_name in exclude:
            return False
        if include and self.resource_type_name not in include:
            return False
        return True

    def _sorted(self) -> list[_Tag]:
        return sorted(self._tags.values(), key=lambda t: locale_sort_key(t.key))

    def render_tags(self, combine_with_tags: Any = None) -> Any:
        """The tags in CloudFormation's shape for this resource type (``None`` when there are none)."""
        if combine_with_tags is not None and self._dynamic_tags is not None:
            raise ValueError(
                "Specify external tags either during the creation of TagManager, or as a parameter to "
                "renderTags(), but not both"
            )
        if combine_with_tags is not None:
            tags, _ = _parse_tags(self.tag_type, combine_with_tags, _EXTERNAL_TAG_PRIORITY)
            for tag in tags:
                self._set(tag)
        formatted = self._format(self._sorted())
        dynamic = self._dynamic_tags
        if isinstance(formatted, list) or isinstance(dynamic, list):
            items = list(formatted or []) + list(dynamic or [])
            return items or None
        if is_resolvable(dynamic):
            return dynamic
        merged = dict(formatted or {})
        if isinstance(dynamic, Mapping):
            merged.update(dynamic)
        return merged or None

    def _format(self, tags: list[_Tag]) -> Any:
        tt = self.tag_type
        if tt is TagType.STANDARD:
            return [{"key": t.key, "value": t.value} for t in tags] or None
        if tt is TagType.AUTOSCALING_GROUP:
            return [
                {"key": t.key, "value": t.value, "propagateAtLaunch": t.apply_to_launched_instances} for t in tags
            ] or None
        if tt is TagType.MAP:
            return {t.key: t.value for t in tags} or None
        if tt is TagType.KEY_VALUE:
            return [{"Key": t.key, "Value": t.value} for t in tags] or None
        return None

    @property
    def rendered_tags(self) -> Any:
        """A token that renders the tags at synthesis time."""
        from purecdk.core.tokens.lazy import Lazy

        return Lazy.any(lambda _ctx: self.render_tags())
