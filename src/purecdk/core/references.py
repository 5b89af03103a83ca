"""References across stacks: exports in the producing stack, ``Fn::ImportValue`` in the consumer."""

from __future__ import annotations

import json
from typing import Any

from purecdk.constructs import Construct
from purecdk.core.fn import Fn
from purecdk.core.reference import CfnReference, Reference
from purecdk.core.tokens.resolve import RememberingTokenResolver, resolve
from purecdk.core.tokens.token import Token, Tokenization, unresolved
from purecdk.core.unique_id import make_unique_id

_EXPORTS_ID = "Exports"


def _exports_scope(stack: Any) -> Construct:
    existing = stack.node.try_find_child(_EXPORTS_ID)
    if existing is not None:
        return existing  # type: ignore[no-any-return]
    return Construct(stack, _EXPORTS_ID)


def _export_name(stack: Any, exports_scope: Construct, id: str) -> str:
    components = [c.node.id for c in exports_scope.node.scopes[len(stack.node.scopes) :]] + [id]
    prefix = f"{stack.stack_name}:" if stack.stack_name else ""
    local = make_unique_id(components)
    max_length = 255
    return prefix + local[max(0, len(local) - max_length + len(prefix)) :]


def _exportable(reference: Reference) -> Reference:
    from purecdk.core.cfn_element import CfnElement

    if isinstance(reference.target, CfnElement):
        reference.target._lock_logical_id()
    return reference


def export_value(stack: Any, exported_value: Any, *, name: str | None = None, description: str | None = None) -> str:
    """Create (once) the export of ``exported_value`` in ``stack``; return its import expression."""
    from purecdk.core.cfn_output import CfnOutput

    if name:
        CfnOutput(stack, f"Export{name}", value=exported_value, export_name=name, description=description)
        return Fn.import_value(name)
    resolvable = Tokenization.reverse(exported_value)
    if resolvable is None or not isinstance(resolvable, Reference):
        raise ValueError(
            "exportValue: either supply 'name' or make sure to export a resource attribute (like 'bucket.bucketName')"
        )
    exportable = _exportable(resolvable)
    scope = _exports_scope(stack)
    resolved = stack.resolve(exportable)
    id = "Output" + json.dumps(resolved, separators=(",", ":"), ensure_ascii=False)
    export_name = _export_name(stack, scope, id)
    if unresolved(export_name):
        raise ValueError(f"unresolved token in generated export name: {stack.resolve(export_name)}")
    if scope.node.try_find_child(id) is None:
        CfnOutput(scope, id, value=Token.as_string(exportable), export_name=export_name, description=description)
    return Fn.import_value(export_name)


def export_string_list_value(
    stack: Any, exported_value: Any, *, name: str | None = None, description: str | None = None
) -> list[str]:
    """Export a string list (joined with ``||``) and return the imported list."""
    from purecdk.core.cfn_output import CfnOutput

    delimiter = "||"
    if name:
        CfnOutput(
            stack, f"Export{name}", value=Fn.join(delimiter, exported_value), export_name=name, description=description
        )
        return Fn.split(delimiter, Fn.import_value(name))
    resolvable = Tokenization.reverse(exported_value)
    if resolvable is None or not isinstance(resolvable, Reference):
        raise ValueError(
            "exportValue: either supply 'name' or make sure to export a resource attribute (like 'bucket.bucketName')"
        )
    exportable = _exportable(resolvable)
    scope = _exports_scope(stack)
    resolved = stack.resolve(exportable)
    id = "Output" + json.dumps(resolved, separators=(",", ":"), ensure_ascii=False)
    export_name = _export_name(stack, scope, id)
    if scope.node.try_find_child(id) is None:
        CfnOutput(
            scope,
            id,
            value=Fn.join(delimiter, Token.as_list(exportable)),
            export_name=export_name,
            description=description,
        )
    return Fn.split(delimiter, Fn.import_value(export_name))


def _find_references(root: Any) -> list[tuple[Any, CfnReference]]:
    from purecdk.core.cfn_element import CfnElement

    edges: list[tuple[Any, CfnReference]] = []
    for consumer in root.node.find_all():
        if not isinstance(consumer, CfnElement):
            continue
        resolver = RememberingTokenResolver()
        resolve(consumer._to_cloud_formation(), scope=consumer, resolver=resolver, preparing=True)
        for token in resolver.tokens:
            if isinstance(token, CfnReference):
                edges.append((consumer, token))
    return edges


def resolve_references(root: Any) -> None:
    """Replace every cross-stack reference with an import, creating exports and stack dependencies."""
    from purecdk.core.stack import Stack

    for source, reference in _find_references(root):
        consumer = Stack.of(source)
        if not reference.has_value_for_stack(consumer):
            reference.assign_value_for_stack(consumer, _resolve_value(consumer, reference))


def _resolve_value(consumer: Any, reference: CfnReference) -> Any:
    from purecdk.core.stack import Stack

    producer = Stack.of(reference.target)
    if producer.node.root is not consumer.node.root:
        raise ValueError(
            "Cannot reference across apps. Consuming and producing stacks must be defined within the same CDK app."
        )
    if producer.account != consumer.account and not (unresolved(producer.account) and unresolved(consumer.account)):
        raise ValueError(
            f"Stack \"{consumer.node.path}\" cannot reference {_describe(reference)} in stack "
            f"\"{producer.node.path}\". Cross stack references are only supported for stacks deployed to the same "
            "account or between nested stacks and their parent stack"
        )
    if producer.region != consumer.region and not (unresolved(producer.region) and unresolved(consumer.region)):
        raise ValueError(
            f"Stack \"{consumer.node.path}\" cannot reference {_describe(reference)} in stack "
            f"\"{producer.node.path}\". Cross stack references are only supported for stacks deployed to the same "
            "environment or between nested stacks and their parent stack. Set crossRegionReferences=true to enable "
            "cross region references"
        )
    consumer._add_assembly_dependency(
        producer, f"{consumer.node.path} -> {reference.target.node.path}.{reference.display_name}"
    )
    import_expr = export_value(producer, Token.as_string(reference))
    token = Tokenization.reverse(import_expr)
    return token


def _describe(reference: CfnReference) -> str:
    return f"{reference.target.node.path}.{reference.display_name}"
