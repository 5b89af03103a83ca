"""Finding the L1 resource related to a construct in the construct tree (aws-cdk-lib's ``ConstructReflection``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from purecdk.core.cfn_resource import CfnResource


def find_related_cfn_resource(
    construct: Any, cfn_resource_type: str, matches: Callable[[CfnResource], bool]
) -> CfnResource | None:
    """The closest ``CfnResource`` of ``cfn_resource_type`` for which ``matches`` holds.

    Searches the children of ``construct`` first (depth-first, distance 1 for its children), then, for each
    ancestor in turn (distance 1 for its parent), the descendants of the ancestor's children; a nearer match
    wins, the first found among equally near ones.
    """
    best: list[Any] = [None, float("inf")]
    visited: set[int] = set()

    def search_children(parent: Any, distance: int) -> None:
        if distance >= best[1]:
            return
        for child in parent.node.children:
            if id(child) in visited:
                continue
            visited.add(id(child))
            if (
                isinstance(child, CfnResource)
                and child.cfn_resource_type == cfn_resource_type
                and matches(child)
                and distance < best[1]
            ):
                best[0], best[1] = child, distance
            search_children(child, distance + 1)

    search_children(construct, 1)
    ancestor = construct.node.scope
    distance = 1
    while ancestor is not None and distance < best[1]:
        for sibling in ancestor.node.children:
            search_children(sibling, distance)
        ancestor = ancestor.node.scope
        distance += 1
    return best[0]  # type: ignore[no-any-return]
