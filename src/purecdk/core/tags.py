"""``Tags`` and the ``Tag``/``RemoveTag`` aspects."""

from __future__ import annotations

from typing import Any

from purecdk.core.aspects import AspectPriority, Aspects
from purecdk.core.structs import get_field
from purecdk.core.tag_manager import TagManager


class _TagBase:
    default_priority = 100

    def __init__(self, key: str, props: Any = None, **kwargs: Any) -> None:
        self.key = key
        self.priority: int | None = kwargs.get("priority", get_field(props, "priority"))
        self.include_resource_types = kwargs.get(
            "include_resource_types", get_field(props, "include_resource_types")
        )
        self.exclude_resource_types = kwargs.get(
            "exclude_resource_types", get_field(props, "exclude_resource_types")
        )
        self.apply_to_launched_instances = kwargs.get(
            "apply_to_launched_instances", get_field(props, "apply_to_launched_instances")
        )

    def visit(self, construct: Any) -> None:
        """Apply to ``construct`` if it is taggable."""
        mgr = TagManager.of(construct)
        if mgr is not None and mgr.apply_tag_aspect_here(self.include_resource_types, self.exclude_resource_types):
            self._apply(mgr)

    def _apply(self, mgr: TagManager) -> None:
        raise NotImplementedError


class Tag(_TagBase):
    """An aspect that sets a tag on every taggable resource below a scope."""

    def __init__(self, key: str, value: str, props: Any = None, **kwargs: Any) -> None:
        super().__init__(key, props, **kwargs)
        if value is None:
            raise ValueError("Tag must have a value")
        self.value = value

    @staticmethod
    def add(scope: Any, key: str, value: str, props: Any = None, **kwargs: Any) -> None:
        """Deprecated: use ``Tags.of(scope).add``."""
        Tags.of(scope).add(key, value, props, **kwargs)

    @staticmethod
    def remove(scope: Any, key: str, props: Any = None, **kwargs: Any) -> None:
        """Deprecated: use ``Tags.of(scope).remove``."""
        Tags.of(scope).remove(key, props, **kwargs)

    def _apply(self, mgr: TagManager) -> None:
        priority = self.priority if self.priority is not None else 100
        mgr.set_tag(self.key, self.value, priority, self.apply_to_launched_instances is not False)


class RemoveTag(_TagBase):
    """An aspect that removes a tag from every taggable resource below a scope."""

    def _apply(self, mgr: TagManager) -> None:
        priority = self.priority if self.priority is not None else 200
        mgr.remove_tag(self.key, priority)


class Tags:
    """Add or remove tags on everything below a scope."""

    def __init__(self, scope: Any) -> None:
        self._scope = scope

    @staticmethod
    def of(scope: Any) -> Tags:
        """The tag operations for ``scope``."""
        return Tags(scope)

    def _priority(self) -> int | None:
        from purecdk.core.feature_flags import FeatureFlags

        if FeatureFlags.of(self._scope).is_enabled("@aws-cdk/core:aspectPrioritiesMutating"):
            return AspectPriority.MUTATING
        return None

    def add(self, key: str, value: str, props: Any = None, **kwargs: Any) -> None:
        """Tag every taggable resource below the scope."""
        from purecdk.core.feature_flags import FeatureFlags

        tag = Tag(key, value, props, **kwargs)
        if FeatureFlags.of(self._scope).is_enabled("@aws-cdk/core:explicitStackTags"):
            if "aws:cdk:stack" not in (tag.include_resource_types or []):
                tag.exclude_resource_types = [*(tag.exclude_resource_types or []), "aws:cdk:stack"]
        Aspects.of(self._scope).add(tag, priority=self._priority())

    def remove(self, key: str, props: Any = None, **kwargs: Any) -> None:
        """Remove a tag from every taggable resource below the scope."""
        Aspects.of(self._scope).add(RemoveTag(key, props, **kwargs), priority=self._priority())
