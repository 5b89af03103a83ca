"""W3694: an SNS subscription whose ``Endpoint`` references a resource of the wrong type for its ``Protocol``.

Observed on the engine bundled with aws-cdk-lib 2.275 (``tests/validation/fixtures/lint_cases.json``): only
``AWS::SNS::Subscription`` (not a topic's inline ``Subscription`` list), only the ``lambda`` and ``sqs`` protocols
(exact spelling; a literal or a ``Ref`` to a parameter's default, not an ``Fn::If``), and only an endpoint that is
a ``Ref`` / ``Fn::GetAtt`` of a template resource, possibly picked by ``Fn::Select`` from a literal list.
Joins, ``Fn::Sub``, ``Fn::If`` and literal ARNs are not inspected.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._engine import TemplateChecker

#: protocol: (the resource type its endpoint must reference, how the message names it)
EXPECTED_TARGETS: dict[str, tuple[str, str]] = {
    "lambda": ("AWS::Lambda::Function", "a Lambda Function"),
    "sqs": ("AWS::SQS::Queue", "an SQS Queue"),
}


def _protocol(checker: TemplateChecker, value: Any) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, dict) and len(value) == 1 and "Ref" in value:
        candidates = checker._resolve_ref(value["Ref"])
        if len(candidates) == 1 and isinstance(candidates[0], str):
            return candidates[0]
    return None


def _referenced_resource(value: Any) -> str | None:
    """The logical id a ``Ref`` / ``Fn::GetAtt`` (possibly under literal ``Fn::Select``s) names."""
    for _ in range(10):
        if not isinstance(value, dict) or len(value) != 1:
            return None
        key, arg = next(iter(value.items()))
        if key == "Ref":
            return arg if isinstance(arg, str) else None
        if key == "Fn::GetAtt":
            if isinstance(arg, str):
                return arg.split(".", 1)[0]
            if isinstance(arg, list) and arg and isinstance(arg[0], str):
                return arg[0]
            return None
        if key != "Fn::Select" or not isinstance(arg, list) or len(arg) != 2:
            return None
        index, items = arg
        if not isinstance(index, int) or isinstance(index, bool) or not isinstance(items, list):
            return None
        if not 0 <= index < len(items):
            return None
        value = items[index]
    return None


def check_subscription_endpoint(checker: TemplateChecker, props: dict[str, Any], props_pos: tuple[int, ...]) -> None:
    """W3694 for one ``AWS::SNS::Subscription``'s properties."""
    if "Endpoint" not in props:
        return
    protocol = _protocol(checker, props.get("Protocol"))
    expected = EXPECTED_TARGETS.get(protocol) if protocol is not None else None
    if expected is None:
        return
    target = _referenced_resource(props["Endpoint"])
    resource = checker.resources.get(target) if target is not None else None
    if not isinstance(resource, dict):
        return
    type_name = resource.get("Type")
    if not isinstance(type_name, str) or type_name == expected[0]:
        return
    checker._emit(
        None,
        "W3694",
        f"Endpoint references '{target}' (type '{type_name}') but Protocol '{protocol}' expects {expected[1]}",
        ("Properties", "Endpoint"),
        props_pos + (checker._index_of(props, "Endpoint"),),
    )
