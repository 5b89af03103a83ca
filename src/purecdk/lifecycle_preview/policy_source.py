"""Getting the lifecycle policy to preview from what a user has at hand.

Policy text, a parsed policy document, rules in ECR's JSON form, purecdk ``aws_ecr.LifecycleRule``s
(rendered by a ``Repository`` exactly as synthesis renders them), or a construct: a ``Repository``,
or the ``CfnRepository`` / ``CfnRepositoryCreationTemplate`` itself.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

from purecdk.lifecycle_preview.errors import PolicySourceError
from purecdk.lifecycle_preview.policy import LifecyclePolicy
from purecdk.lifecycle_preview.policy_parser import parse_policy, parse_policy_document

_ECR_RULE_KEYS = {"selection", "action"}
_REPOSITORY = "AWS::ECR::Repository"
_CREATION_TEMPLATE = "AWS::ECR::RepositoryCreationTemplate"


def load_policy(policy: Any) -> LifecyclePolicy:
    """A validated ``LifecyclePolicy`` from any supported source (see the module docstring)."""
    if isinstance(policy, LifecyclePolicy):
        return policy
    if isinstance(policy, bytes):
        policy = policy.decode("utf-8")
    if isinstance(policy, str):
        return parse_policy(policy)
    if isinstance(policy, Mapping):
        if "rules" in policy:
            return parse_policy_document(policy)
        raise PolicySourceError(
            'a policy given as a dict must be a whole lifecycle policy ({"rules": [...]}); '
            "pass a single rule inside a list"
        )
    if hasattr(policy, "node"):
        return parse_policy(policy_text_from_construct(policy))
    if isinstance(policy, Iterable):
        return _from_rules(list(policy))
    raise PolicySourceError(
        f"cannot preview a policy given as {type(policy).__name__}: pass the policy text, a list of rules "
        "or a Repository"
    )


def _is_ecr_rule(rule: Any) -> bool:
    return isinstance(rule, Mapping) and bool(_ECR_RULE_KEYS & set(rule))


def _from_rules(rules: list[Any]) -> LifecyclePolicy:
    if not rules:
        raise PolicySourceError("the list of lifecycle rules is empty; a policy needs at least one rule")
    ecr_shaped = [_is_ecr_rule(rule) for rule in rules]
    if all(ecr_shaped):
        return parse_policy_document({"rules": rules})
    if any(ecr_shaped):
        raise PolicySourceError(
            "the list mixes rules in ECR's JSON form (with selection/action) and aws_ecr.LifecycleRule "
            "arguments; use one form for all rules"
        )
    return parse_policy(policy_text_from_lifecycle_rules(rules))


def policy_text_from_lifecycle_rules(rules: Iterable[Any]) -> str:
    """The policy text a purecdk ``aws_ecr.Repository`` renders for these ``LifecycleRule``s.

    The rules (``LifecycleRule`` objects or dicts of their arguments) go through a throw-away
    ``Repository``, so priorities are assigned and validated exactly as they are at synthesis.
    """
    try:
        from purecdk.aws_ecr import Repository  # type: ignore[attr-defined,unused-ignore]
    except ImportError as e:
        raise PolicySourceError(
            "previewing aws_ecr.LifecycleRule objects needs purecdk.aws_ecr.Repository, which this "
            "installation does not have; pass the policy text or rules in ECR's JSON form instead"
        ) from e
    from purecdk.core.app import App
    from purecdk.core.stack import Stack

    app = App(auto_synth=False)
    stack = Stack(app, "LifecyclePreview")
    try:
        repository = Repository(stack, "Repository", lifecycle_rules=list(rules))
    except (ValueError, TypeError) as e:
        raise PolicySourceError(f"the lifecycle rules are not valid: {e}") from e
    return policy_text_from_construct(repository)


def policy_text_from_construct(construct: Any) -> str:
    """The lifecycle policy text a ``Repository`` (or its ``CfnRepository``) puts in the template."""
    from purecdk.core.cfn_resource import CfnResource
    from purecdk.core.stack import Stack

    resource = construct if isinstance(construct, CfnResource) else construct.node.default_child
    path = construct.node.path
    if not isinstance(resource, CfnResource):
        raise PolicySourceError(
            f"{path}: not an ECR repository (it has no CloudFormation resource as its default child); "
            "pass a Repository or a CfnRepository"
        )
    if resource.cfn_resource_type not in (_REPOSITORY, _CREATION_TEMPLATE):
        raise PolicySourceError(
            f"{path}: is a {resource.cfn_resource_type}, not an ECR repository; pass a Repository"
        )
    try:
        rendered = Stack.of(resource).resolve(resource._to_cloud_formation())
    except (ValueError, TypeError) as e:
        raise PolicySourceError(f"{path}: its lifecycle rules are not valid: {e}") from e
    definition: Mapping[str, Any] = next(iter(rendered.get("Resources", {}).values()), {})
    return policy_text_from_resource(definition, path)


def policy_text_from_resource(definition: Mapping[str, Any], where: str) -> str:
    """The lifecycle policy text of a template's resource definition (``Type`` and ``Properties``)."""
    resource_type = definition.get("Type")
    properties = definition.get("Properties") or {}
    if resource_type == _REPOSITORY:
        lifecycle = properties.get("LifecyclePolicy")
        text = lifecycle.get("LifecyclePolicyText") if isinstance(lifecycle, Mapping) else None
    elif resource_type == _CREATION_TEMPLATE:
        text = properties.get("LifecyclePolicy")
    else:
        raise PolicySourceError(f"{where}: is a {resource_type}, not an ECR repository")
    if text is None:
        raise PolicySourceError(
            f"{where}: the repository has no lifecycle policy; give it lifecycle rules first "
            "(lifecycle_rules=[...] or add_lifecycle_rule())"
        )
    if not isinstance(text, str):
        raise PolicySourceError(
            f"{where}: the lifecycle policy text is a CloudFormation expression "
            f"({json.dumps(text)[:80]}), known only at deployment; use literal values in the lifecycle "
            "rules to preview them"
        )
    return text
