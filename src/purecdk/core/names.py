"""``Names``: unique names derived from construct paths."""

from __future__ import annotations

from typing import Any

from purecdk.core.structs import get_field
from purecdk.core.unique_id import make_unique_id, make_unique_resource_name


class Names:
    """Names that are unique within an app, for physical names and ids."""

    @staticmethod
    def unique_id(construct: Any) -> str:
        """A logical-id-like unique id of a construct's path (below its stack's root)."""
        components = [c.node.id for c in construct.node.scopes[1:]]
        return make_unique_id(components) if components else ""

    @staticmethod
    def node_unique_id(node: Any) -> str:
        """Same as ``unique_id`` for a node."""
        components = [c.node.id for c in node.scopes[1:]]
        return make_unique_id(components) if components else ""

    @staticmethod
    def unique_resource_name(construct: Any, options: Any = None, **kwargs: Any) -> str:
        """A physical resource name unique to this construct's path."""
        max_length = kwargs.get("max_length", get_field(options, "max_length")) or 256
        separator = kwargs.get("separator", get_field(options, "separator")) or ""
        allowed = kwargs.get("allowed_special_characters", get_field(options, "allowed_special_characters")) or ""
        components = [c.node.id for c in construct.node.scopes[1:]]
        return make_unique_resource_name(
            components, max_length=max_length, separator=separator, allowed_special_characters=allowed
        )
