"""What the rule targets share: retry and dead-letter settings, the events role, Lambda permissions."""

from __future__ import annotations

from typing import Any

from purecdk.constructs import Construct
from purecdk.core.annotations import Annotations
from purecdk.core.duration import Duration
from purecdk.core.names import Names
from purecdk.core.struct_class import Struct
from purecdk.core.tokens.token import Token

_EVENTS_SERVICE = "events.amazonaws.com"


class TargetBaseProps(Struct):
    """Retry and dead-letter settings every target accepts."""

    dead_letter_queue: Any = None
    max_event_age: Duration | None = None
    retry_attempts: float | None = None


def rule_arn(rule: Any) -> str:
    """The ARN of a rule (``CfnRule.arnForRule``)."""
    ref = getattr(rule, "rule_ref", None)
    return ref.rule_arn if ref is not None else rule.rule_arn  # type: ignore[no-any-return]


def bind_base_target_config(
    dead_letter_queue: Any, retry_attempts: float | None, max_event_age: Duration | None
) -> dict[str, Any]:
    """The ``dead_letter_config`` and ``retry_policy`` of a target."""
    dead_letter = {"arn": dead_letter_queue.queue_arn} if dead_letter_queue is not None else None
    retry = None
    if (retry_attempts is not None and retry_attempts >= 0) or max_event_age is not None:
        retry = {
            "maximumRetryAttempts": retry_attempts,
            "maximumEventAgeInSeconds": max_event_age.to_seconds(integral=True) if max_event_age else None,
        }
        retry = {k: v for k, v in retry.items() if v is not None}
    return {"dead_letter_config": dead_letter, "retry_policy": retry}


def singleton_event_role(scope: Construct) -> Any:
    """The role (one per rule) EventBridge assumes to reach targets that need one."""
    existing = scope.node.try_find_child("EventsRole")
    if existing is not None:
        return existing
    from purecdk.aws_iam import Role, ServicePrincipal
    from purecdk.core.analytics_metadata import JsObject, passing_props
    from purecdk.core.resource import PhysicalName

    principal = ServicePrincipal(_EVENTS_SERVICE)
    with passing_props(JsObject(roleName=PhysicalName.GENERATE_IF_NEEDED, assumedBy=principal)):
        return Role(scope, "EventsRole", role_name=PhysicalName.GENERATE_IF_NEEDED, assumed_by=principal)


def add_lambda_permission(rule: Any, handler: Any) -> None:
    """Allow the rule to invoke the function (one permission per rule and function)."""
    from purecdk.aws_iam import ServicePrincipal

    scope = None
    node = handler.permissions_node
    permission_id = f"AllowEventRule{Names.node_unique_id(rule.node)}"
    if isinstance(rule, Construct):
        scope = rule
        node = rule.node
        permission_id = f"AllowEventRule{Names.node_unique_id(handler.node)}"
    if node.try_find_child(permission_id) is None:
        handler.add_permission(
            permission_id,
            scope=scope,
            action="lambda:InvokeFunction",
            principal=ServicePrincipal(_EVENTS_SERVICE),
            source_arn=rule_arn(rule),
        )


def _same_env_dimension(dim1: str, dim2: str) -> bool:
    return Token.compare_strings(dim1, dim2) in ("SAME", "ONE_UNRESOLVED", "BOTH_UNRESOLVED")


def add_to_dead_letter_queue_resource_policy(rule: Any, queue: Any) -> None:
    """Allow the rule to send failed events to its dead-letter queue (same account only)."""
    from purecdk.aws_iam import Effect, PolicyStatement, ServicePrincipal

    if not _same_env_dimension(rule.env.region, queue.env.region):
        raise ValueError(
            f"Cannot assign Dead Letter Queue in region {queue.env.region} to the rule "
            f"{Names.node_unique_id(rule.node)} in region {rule.env.region}. "
            "Both the queue and the rule must be in the same region."
        )
    if _same_env_dimension(rule.env.account, queue.env.account):
        queue.add_to_resource_policy(
            PolicyStatement(
                sid=f"AllowEventRule{Names.node_unique_id(rule.node)}",
                principals=[ServicePrincipal(_EVENTS_SERVICE)],
                effect=Effect.ALLOW,
                actions=["sqs:SendMessage"],
                resources=[queue.queue_arn],
                conditions={"ArnEquals": {"aws:SourceArn": rule_arn(rule)}},
            )
        )
        return
    Annotations.of(rule).add_warning_v2(
        "@aws-cdk/aws-events-targets:manuallyAddDLQResourcePolicy",
        f"Cannot add a resource policy to your dead letter queue associated with rule {rule_arn(rule)} because "
        "the queue is in a different account. You must add the resource policy manually to the dead letter "
        f"queue in account {queue.env.account}.",
    )
