"""The glue between synthesis and template validation (``purecdk.core.validation``)."""

from __future__ import annotations

import os
from typing import Any


def _resources_of(stack: Any) -> dict[str, Any]:
    from purecdk.core.cfn_resource import CfnResource
    from purecdk.core.stack import Stack
    from purecdk.core.tree_metadata import construct_fqn

    found: dict[str, Any] = {}
    todo = list(reversed(stack.node.children))
    while todo:
        construct = todo.pop()
        if isinstance(construct, Stack):
            continue
        if isinstance(construct, CfnResource):
            logical_id = construct._resolved_logical_id()
            found[logical_id] = (construct.node.path, construct_fqn(construct)[0], _created_in_library(construct))
        todo.extend(reversed(construct.node.children))
    return found


def _created_in_library(resource: Any) -> bool:
    """Whether an L1 was created by purecdk code (an L2 or a provider), not by user code."""
    return bool(getattr(resource, "_created_in_library", False))


def _annotation_entries(root: Any) -> list[Any]:
    """Every warning and error annotation under ``root`` (depth-first pre-order, metadata order)."""
    from purecdk.core.annotations import ERROR, WARNING
    from purecdk.core.cfn_resource import CfnResource
    from purecdk.core.stack import Stack
    from purecdk.core.tree_metadata import construct_fqn
    from purecdk.core.validation import ConstructInfo
    from purecdk.core.validation._annotations import AnnotationEntry

    entries = []
    todo = [root]
    while todo:
        construct = todo.pop()
        for entry in construct.node.metadata:
            if entry.get("type") not in (WARNING, ERROR):
                continue
            resource = isinstance(construct, CfnResource)
            stack = _stack_of(construct)
            info = ConstructInfo(construct.node.path, construct_fqn(construct)[0], _created_in_library(construct))
            entries.append(
                AnnotationEntry(
                    construct=info,
                    level="error" if entry["type"] == ERROR else "warning",
                    message=str(entry.get("data")),
                    logical_id=str(stack.resolve(construct.logical_id)) if resource and stack else None,
                    template_path=stack.template_file if resource and stack else None,
                    traced=resource or isinstance(construct, Stack),
                )
            )
        todo.extend(reversed(construct.node.children))
    return entries


def _stack_of(construct: Any) -> Any:
    from purecdk.core.stack import Stack

    scope = construct
    while scope is not None and not isinstance(scope, Stack):
        scope = scope.node.scope
    return scope


def validate_session(root: Any, session: Any, display_outdir: str | None = None) -> None:
    """Validate every template synthesized in ``session`` the way aws-cdk-lib 2.275 does at ``app.synth()``."""
    from purecdk.core.feature_flags import FeatureFlags
    from purecdk.core.validation._annotations import ANNOTATIONS_IN_VALIDATION_REPORT, annotation_violations

    annotations = None
    if session.templates and FeatureFlags.of(root).is_enabled(ANNOTATIONS_IN_VALIDATION_REPORT):
        disable_traces = root.node.try_get_context("aws:cdk:disable-stack-trace")
        annotations = annotation_violations(
            _annotation_entries(root), stack_traces=disable_traces in (None, False, "false")
        )
    if (os.environ.get("CDK_VALIDATION") == "false" and annotations is None) or not session.templates:
        return
    from purecdk.core.tree_metadata import construct_fqn
    from purecdk.core.validation import StackTemplateInfo, run_validation

    infos = []
    for stack, template in session.templates:
        infos.append(
            StackTemplateInfo(
                construct_path=stack.node.path,
                fqn=construct_fqn(stack)[0],
                template_file=stack.template_file,
                template=template,
                resources=_resources_of(stack),
                artifact_id=stack.artifact_id,
                dependencies=[d.artifact_id for d in stack.dependencies],
                account=None if _unresolved(stack.account) else stack.account,
                region=None if _unresolved(stack.region) else stack.region,
            )
        )
    from purecdk.core.validations import collect_acknowledgements

    acknowledgements, library = collect_acknowledgements(root)
    context = root.node.get_all_context()
    run_validation(
        context,
        os.environ,
        infos,
        session.outdir,
        display_outdir=display_outdir,
        acknowledgements=acknowledgements,
        library_acknowledgements=library,
        annotations=annotations,
    )


def _unresolved(value: Any) -> bool:
    from purecdk.core.tokens.token import unresolved

    return unresolved(value)
