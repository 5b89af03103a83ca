"""Dependencies between constructs: ``DependsOn`` inside a stack, stack dependencies across stacks."""

from __future__ import annotations

from typing import Any


def add_dependency(source: Any, target: Any, reason: str | None = None) -> None:
    """Make ``source`` depend on ``target`` (resources or stacks) at the right level."""
    from purecdk.core.cfn_resource import CfnResource
    from purecdk.core.stack import Stack

    if source is target:
        return
    source_stack = source if isinstance(source, Stack) else Stack.of(source)
    target_stack = target if isinstance(target, Stack) else Stack.of(target)
    if source_stack.node.root is not target_stack.node.root:
        raise ValueError(
            f"You cannot add a dependency from '{source.node.path}' (in {source_stack.node.path}) to "
            f"'{target.node.path}' (in {target_stack.node.path}) because they are in different apps"
        )
    if source_stack is not target_stack:
        source_stack._add_assembly_dependency(target_stack, reason, source.node.path, target.node.path)
        return
    if isinstance(source, CfnResource) and isinstance(target, CfnResource):
        source._add_resource_dependency(target)
        return
    raise ValueError(f"Unsupported dependency from {source.node.path} to {target.node.path}")
