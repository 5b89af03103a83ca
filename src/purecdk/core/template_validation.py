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
            logical_id = str(stack.resolve(construct.logical_id))
            found[logical_id] = (construct.node.path, construct_fqn(construct)[0], _created_in_library(construct))
        todo.extend(reversed(construct.node.children))
    return found


def _created_in_library(resource: Any) -> bool:
    """Whether an L1 was created by purecdk code (an L2 or a provider), not by user code."""
    return bool(getattr(resource, "_created_in_library", False))


def validate_session(root: Any, session: Any, display_outdir: str | None = None) -> None:
    """Validate every template synthesized in ``session`` the way aws-cdk-lib 2.275 does at ``app.synth()``."""
    if os.environ.get("CDK_VALIDATION") == "false" or not session.templates:
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
    )


def _unresolved(value: Any) -> bool:
    from purecdk.core.tokens.token import unresolved

    return unresolved(value)
