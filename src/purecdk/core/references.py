"""References across stacks: exports in the producing stack, ``Fn::ImportValue`` in the consumer."""

from __future__ import annotations

import json
from typing import Any

from purecdk.constructs import Construct
from purecdk.core.fn import Fn
from purecdk.core.reference import CfnReference, Reference
from purecdk.core.tokens.resolve import ReferenceFinder, RememberingTokenResolver, resolve
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


def _find_references(root: Any) -> tuple[list[tuple[Any, CfnReference]], dict[Any, dict[int, tuple[Any, Any]]]]:
    """The references every CloudFormation element meets when it is resolved, in tree order, and the elements'
    resolved fragments by stack.

    Each element is resolved exactly as its stack's template will resolve it, remembering the tokens met, so
    the template can reuse the result when no reference crosses stacks (one resolution per element instead
    of two). An element whose rendering fails is searched as aws-cdk-lib does (values discarded, in
    preparation mode); its error surfaces when the template is rendered, after the tree's validation.
    """
    from purecdk.core.cfn_element import CfnElement
    from purecdk.core.stack import Stack

    edges: list[tuple[Any, CfnReference]] = []
    rendered: dict[Any, dict[int, tuple[Any, Any]]] = {}
    for consumer in root.node.find_all():
        if not isinstance(consumer, CfnElement):
            continue
        stack = Stack.of(consumer)
        resolver: RememberingTokenResolver = RememberingTokenResolver()
        try:
            fragment = resolve(consumer._to_cloud_formation(), scope=stack, resolver=resolver)
        except Exception:
            resolver = ReferenceFinder()
            resolve(consumer._to_cloud_formation(), scope=consumer, resolver=resolver, preparing=True)
        else:
            rendered.setdefault(stack, {})[id(consumer)] = (consumer, fragment)
        for token in resolver.tokens:
            if isinstance(token, CfnReference):
                edges.append((consumer, token))
    return edges, rendered


def resolve_references(root: Any) -> None:
    """Replace every cross-stack reference with an import, creating exports and stack dependencies."""
    from purecdk.core.stack import Stack

    edges, rendered = _find_references(root)
    assigned = False
    for source, reference in edges:
        consumer = Stack.of(source)
        if not reference.has_value_for_stack(consumer):
            reference.assign_value_for_stack(consumer, _resolve_value(consumer, reference))
            assigned = True
    if not assigned:
        # nothing an element resolves to has changed: the templates reuse the fragments rendered above
        for stack, fragments in rendered.items():
            stack._use_prerendered(fragments)


_STRENGTH_FLAG = "@aws-cdk/core:defaultCrossStackReferences"
_STRENGTHS = ("strong", "weak", "both")
_WARNED = "_purecdk_weak_refs_warning_emitted"


def _configured_strength(scope: Any) -> str | None:
    value = scope.node.try_get_context(_STRENGTH_FLAG)
    if value is None:
        return None
    if value not in _STRENGTHS:
        raise ValueError(f'Invalid value for {_STRENGTH_FLAG}: "{value}". Must be "strong", "weak", or "both".')
    return str(value)


def _warn_about_strength(consumer: Any) -> None:
    from purecdk.core.annotations import Annotations

    root = consumer.node.root
    if getattr(root, _WARNED, False):
        return
    strength = _configured_strength(consumer)
    link = "(See: https://github.com/aws/aws-cdk/blob/main/packages/aws-cdk-lib/README.md#reference-strength)"
    if strength is None:
        setattr(root, _WARNED, True)
        Annotations.of(consumer).add_warning_v2(
            "@aws-cdk/core:crossStackReferencesDefaultStrong",
            'No cross-stack-reference strength configured, defaulting to "strong". We recommend you set feature '
            f'flag "{_STRENGTH_FLAG}" to "both", then deploy everywhere, then set it to "weak". Alternatively, set '
            f"it to \"strong\" explicitly to lock in the current producer-protecting behavior. {link}",
        )
    elif strength == "both":
        setattr(root, _WARNED, True)
        Annotations.of(consumer).add_warning_v2(
            "@aws-cdk/core:crossStackReferencesBothTransitional",
            f'Feature flag "{_STRENGTH_FLAG}" currently set to "both". This is a transitory state. After you have '
            f'finished deploying this application everywhere, set it to "weak". {link}',
        )


def _env(value: str, unknown: str) -> str:
    return unknown if unresolved(value) else value


def _resolve_value(consumer: Any, reference: CfnReference) -> Any:
    from purecdk.core.stack import Stack

    producer = Stack.of(reference.target)
    if producer is consumer:
        return reference
    if producer.node.root is not consumer.node.root:
        raise ValueError(
            "Cannot reference across apps. Consuming and producing stacks must be defined within the same CDK app."
        )
    strength = (
        getattr(reference.target, "_cross_stack_reference_strength_override", None)
        or _configured_strength(consumer)
        or "strong"
    )
    _warn_about_strength(consumer)
    producer_account = _env(producer.account, "unknown-account")
    consumer_account = _env(consumer.account, "unknown-account")
    producer_region = _env(producer.region, "unknown-region")
    consumer_region = _env(consumer.region, "unknown-region")
    where = f'Stack "{consumer.node.path}" cannot reference {_describe(reference)} in stack "{producer.node.path}".'
    if producer_account != consumer_account:
        raise ValueError(
            f"{where} Cross-account references (Fn::GetStackOutput with a cross-account role) are not supported "
            "by purecdk yet; pass the value explicitly (for example as a parameter)."
        )
    reason = f"{consumer.node.path} -> {reference.target.node.path}.{reference.display_name}"
    if producer_region != consumer_region:
        if "unknown-region" in (producer_region, consumer_region):
            raise ValueError(
                f"{where} Cross stack/region references are only supported for stacks with an explicit region "
                "defined. "
            )
        consumer._add_assembly_dependency(producer, reason)
        if strength != "weak":
            raise ValueError(
                f"{where} Strong cross-region references (a custom resource in each region) are not supported by "
                f'purecdk yet; set the feature flag "{_STRENGTH_FLAG}" to "weak".'
            )
        return _get_stack_output(reference)
    consumer._add_assembly_dependency(producer, reason)
    if strength == "strong":
        return Tokenization.reverse(export_value(producer, Token.as_string(reference)))
    if strength == "both":
        export_value(producer, Token.as_string(reference))
    return _get_stack_output(reference)


def _get_stack_output(reference: CfnReference) -> Any:
    from purecdk.core.cfn_output import CfnOutput
    from purecdk.core.resolution_type_hint import ResolutionTypeHint
    from purecdk.core.stack import Stack

    producer = Stack.of(reference.target)
    output_id = "Output" + json.dumps(producer.resolve(reference), separators=(",", ":"), ensure_ascii=False)
    scope = producer.node.try_find_child("Publish") or Construct(producer, "Publish")
    output: Any = scope.node.try_find_child(output_id)
    is_list = reference.type_hint is ResolutionTypeHint.STRING_LIST
    if output is None:
        value = Fn.join("||", Token.as_list(reference)) if is_list else Token.as_string(reference)
        output = CfnOutput(scope, output_id, value=value)
    value = Fn.get_stack_output(producer.stack_name, output.logical_id, producer.region)
    if is_list:
        return Tokenization.reverse_list(Fn.split("||", value))
    return Tokenization.reverse(value)


def _describe(reference: CfnReference) -> str:
    return f"{{{reference.target.node.path}[{reference.display_name}]}}"
