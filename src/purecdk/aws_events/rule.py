"""``Rule``: an EventBridge rule (``AWS::Events::Rule``) with its event pattern, schedule and targets."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, Protocol, runtime_checkable

from purecdk.aws_events._generated import CfnEventBusPolicy, CfnRule
from purecdk.aws_events.event_pattern import (
    EventPattern,
    event_pattern_to_dict,
    merge_event_pattern,
    render_event_pattern,
)
from purecdk.aws_events.input import RuleTargetInputProperties
from purecdk.aws_events.schedule import Schedule
from purecdk.aws_events.target import IRuleTarget
from purecdk.constructs import Construct
from purecdk.core.analytics_metadata import JsObject, add_construct_metadata, add_method_metadata, passing_props
from purecdk.core.annotations import Annotations
from purecdk.core.arn import ArnFormat
from purecdk.core.names import Names
from purecdk.core.resource import Resource
from purecdk.core.stack import Stack
from purecdk.core.struct_class import Struct
from purecdk.core.structs import get_field, reference_attribute, to_jsii_value
from purecdk.core.tokens.lazy import Lazy
from purecdk.core.tokens.token import Token, unresolved
from purecdk.interfaces.aws_events import RuleReference

_RULE_NAME = r"^[.\-_A-Za-z0-9]+$"


@runtime_checkable
class IRule(Protocol):
    """An EventBridge rule."""

    @property
    def rule_arn(self) -> str: ...

    @property
    def rule_name(self) -> str: ...


class EventCommonOptions(Struct):
    """Options shared by ``Rule`` and the ``on_*`` event methods of other constructs."""

    cross_stack_scope: Construct | None = None
    description: str | None = None
    event_pattern: EventPattern | dict[str, Any] | None = None
    rule_name: str | None = None


class OnEventOptions(EventCommonOptions):
    """Options of the ``on_*`` event methods (``repository.on_image_scan_completed(...)``)."""

    target: IRuleTarget | None = None


class RuleProps(EventCommonOptions):
    """The properties of a ``Rule``."""

    enabled: bool | None = None
    event_bus: Any = None
    role: Any = None
    schedule: Schedule | None = None
    targets: Sequence[IRuleTarget] | None = None


def _same_env_dimension(scope: Construct, dim1: str, dim2: str) -> bool:
    comparison = Token.compare_strings(dim1, dim2)
    if comparison == "ONE_UNRESOLVED":
        Annotations.of(scope).add_warning_v2(
            "@aws-cdk/aws-events:ruleUnresolvedEnvironment",
            "Either the Event Rule or target has an unresolved environment. \n           If they are being "
            "used in a cross-environment setup you need to specify the environment for both.",
        )
        return True
    return comparison in ("BOTH_UNRESOLVED", "SAME")


def _determine_rule_scope(scope: Construct, cross_stack_scope: Construct | None) -> Construct:
    if cross_stack_scope is None:
        return scope
    scope_stack = Stack.of(scope)
    target_stack = Stack.of(cross_stack_scope)
    if scope_stack is target_stack:
        return scope
    region = Token.compare_strings(scope_stack.region, target_stack.region)
    account = Token.compare_strings(scope_stack.account, target_stack.account)
    if region in ("SAME", "BOTH_UNRESOLVED") and account in ("SAME", "BOTH_UNRESOLVED"):
        return cross_stack_scope
    return scope


def _role_arn(role: Any) -> str | None:
    return None if role is None else reference_attribute(role, "role_ref", "role_arn")


class Rule(Resource):
    """An EventBridge rule: matches events (or runs on a schedule) and sends them to its targets."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        enabled: bool | None = None,
        event_bus: Any = None,
        role: Any = None,
        schedule: Schedule | None = None,
        targets: Sequence[IRuleTarget] | None = None,
        cross_stack_scope: Construct | None = None,
        description: str | None = None,
        event_pattern: EventPattern | dict[str, Any] | None = None,
        rule_name: str | None = None,
    ) -> None:
        super().__init__(_determine_rule_scope(scope, cross_stack_scope), id, physical_name=rule_name)
        add_construct_metadata(self, locals())
        if event_bus is not None and schedule is not None:
            raise ValueError(
                f"Cannot associate rule with 'eventBus' when using 'schedule' (at {self.node.path}); "
                "scheduled rules always run on the default event bus"
            )
        self._description = description
        self._schedule_expression = schedule.expression_string if schedule is not None else None
        if schedule is not None:
            schedule._bind(self)
        self._targets: list[dict[str, Any]] = []
        self._event_pattern: dict[str, Any] = {}
        self._x_env_targets_added: set[str] = set()
        event_bus_name = None
        if event_bus is not None:
            ref = getattr(event_bus, "event_bus_ref", None)
            event_bus_name = get_field(ref, "event_bus_name") if ref is not None else event_bus.event_bus_name
        self._resource = CfnRule(
            self,
            "Resource",
            name=self.physical_name,
            description=description,
            state="ENABLED" if enabled is None or enabled else "DISABLED",
            schedule_expression=self._schedule_expression,
            event_pattern=Lazy.uncached_any(lambda *_: self._render_event_pattern()),
            targets=Lazy.uncached_any(lambda *_: list(self._targets) if self._targets else None),
            event_bus_name=event_bus_name,
            role_arn=_role_arn(role),
        )
        self._rule_arn = self.get_resource_arn_attribute(
            self._resource.attr_arn,
            {"service": "events", "resource": "rule", "resource_name": self.physical_name},
        )
        self._rule_name = self.get_resource_name_attribute(self._resource.ref)
        add_method_metadata(self, "addEventPattern", [event_pattern])
        if event_pattern is not None:
            self._add_event_pattern(event_pattern)
        for target in targets or []:
            self.add_target(target)
        self.node.add_validation(_RuleValidation(self))

    @staticmethod
    def from_event_rule_arn(scope: Construct, id: str, event_rule_arn: str) -> IRule:
        """Import an existing rule by ARN."""
        parts = Stack.of(scope).split_arn(event_rule_arn, ArnFormat.SLASH_RESOURCE_NAME)
        return _ImportedRule(scope, id, event_rule_arn, parts.resource_name or "")

    @property
    def rule_arn(self) -> str:
        """The ARN of the rule."""
        return self._rule_arn

    @property
    def rule_name(self) -> str:
        """The name of the rule."""
        return self._rule_name

    @property
    def rule_ref(self) -> RuleReference:
        """A reference to this rule (its ARN)."""
        return RuleReference(rule_arn=self.rule_arn)

    # -- event pattern --------------------------------------------------------------------------------

    def add_event_pattern(
        self,
        *,
        account: Sequence[str] | None = None,
        detail: dict[str, Any] | None = None,
        detail_type: Sequence[str] | None = None,
        id: Sequence[str] | None = None,
        region: Sequence[str] | None = None,
        resources: Sequence[str] | None = None,
        source: Sequence[str] | None = None,
        time: Sequence[str] | None = None,
        version: Sequence[str] | None = None,
    ) -> None:
        """Merge a pattern into the rule's: lists are joined without duplicates, objects merged deeply."""
        self._record_add_event_pattern(
            EventPattern(
                account=account,
                detail=detail,
                detail_type=detail_type,
                id=id,
                region=region,
                resources=resources,
                source=source,
                time=time,
                version=version,
            )
        )

    def _record_add_event_pattern(self, event_pattern: EventPattern | dict[str, Any]) -> None:
        """``add_event_pattern`` as upstream calls it (recorded in the analytics metadata)."""
        add_method_metadata(self, "addEventPattern", [event_pattern])
        self._add_event_pattern(event_pattern)

    def _add_event_pattern(self, event_pattern: EventPattern | dict[str, Any]) -> None:
        try:
            merge_event_pattern(self._event_pattern, event_pattern_to_dict(event_pattern))
        except ValueError as error:
            raise ValueError(f"{error} (at {self.node.path})") from None

    def _render_event_pattern(self) -> Any:
        return render_event_pattern(self._event_pattern)

    # -- targets --------------------------------------------------------------------------------------

    def add_target(self, target: IRuleTarget | None = None) -> None:
        """Add a target (ids ``Target0``, ``Target1``, ... in order); ``None`` is ignored."""
        add_method_metadata(self, "addTarget", [target])
        if target is None:
            return
        auto_id = f"Target{len(self._targets)}"
        config = target.bind(self, auto_id)
        input_config = get_field(config, "input")
        input_props: RuleTargetInputProperties | None = input_config.bind(self) if input_config else None
        role = get_field(config, "role")
        role_arn = role.role_arn if role is not None else None
        target_id = get_field(config, "id") or auto_id
        target_resource = get_field(config, "target_resource")
        if target_resource is not None and self._add_cross_environment_target(
            target, target_resource, target_id
        ):
            return
        entry: dict[str, Any] = {
            "id": target_id,
            "arn": get_field(config, "arn"),
            "roleArn": role_arn,
            "ecsParameters": get_field(config, "ecs_parameters"),
            "httpParameters": get_field(config, "http_parameters"),
            "kinesisParameters": get_field(config, "kinesis_parameters"),
            "runCommandParameters": get_field(config, "run_command_parameters"),
            "batchParameters": get_field(config, "batch_parameters"),
            "deadLetterConfig": get_field(config, "dead_letter_config"),
            "retryPolicy": get_field(config, "retry_policy"),
            "sqsParameters": get_field(config, "sqs_parameters"),
            "redshiftDataParameters": get_field(config, "redshift_data_parameters"),
            "appSyncParameters": get_field(config, "app_sync_parameters"),
            "input": get_field(input_props, "input"),
            "inputPath": get_field(input_props, "input_path"),
        }
        template = get_field(input_props, "input_template")
        if template is not None:
            entry["inputTransformer"] = {
                "inputTemplate": template,
                "inputPathsMap": get_field(input_props, "input_paths_map"),
            }
        self._targets.append({k: to_jsii_value(v) for k, v in entry.items() if v is not None})

    def _add_cross_environment_target(
        self, target: IRuleTarget, target_resource: Any, target_id: str
    ) -> bool:
        """Handle a target in another account or region (returns False for same-environment targets)."""
        target_stack = Stack.of(target_resource)
        target_env = getattr(target_resource, "env", None)
        target_account = get_field(target_env, "account") or target_stack.account
        target_region = get_field(target_env, "region") or target_stack.region
        source_stack = Stack.of(self)
        if _same_env_dimension(self, source_stack.account, target_account) and _same_env_dimension(
            self, source_stack.region, target_region
        ):
            return False
        if not target_account or unresolved(target_account):
            raise ValueError(
                "You need to provide a concrete account for the target stack when using cross-account or "
                f"cross-region events (at {self.node.path})"
            )
        if not target_region or unresolved(target_region):
            raise ValueError(
                "You need to provide a concrete region for the target stack when using cross-account or "
                f"cross-region events (at {self.node.path})"
            )
        if unresolved(source_stack.account):
            raise ValueError(
                "You need to provide a concrete account for the source stack when using cross-account or "
                f"cross-region events (at {self.node.path})"
            )
        from purecdk.core.app import App

        source_app = self.node.root
        if not isinstance(source_app, App):
            raise ValueError(
                "Event stack which uses cross-account or cross-region targets must be part of a CDK app "
                f"(at {self.node.path})"
            )
        target_app = target_resource.node.root
        if not isinstance(target_app, App):
            raise ValueError(
                "Target stack which uses cross-account or cross-region event targets must be part of a CDK "
                f"app (at {self.node.path})"
            )
        if source_app is not target_app:
            raise ValueError(
                f"Event stack and target stack must belong to the same CDK app (at {self.node.path})"
            )
        self._ensure_x_env_target_event_bus(target_stack, target_account, target_region, target_id)
        if not (
            _same_env_dimension(self, target_stack.account, target_account)
            and _same_env_dimension(self, target_stack.region, target_region)
        ):
            raise ValueError(
                "Cannot create a cross-account or cross-region rule for an imported resource (create a stack "
                f"with the right environment for the imported resource) (at {self.node.path})"
            )
        _MirrorRule(
            target_stack,
            f"{Names.unique_id(self)}-{target_id}",
            source=self,
            targets=[target],
            event_pattern=dict(self._event_pattern),
            schedule=Schedule.expression(self._schedule_expression) if self._schedule_expression else None,
            description=self._description,
        )
        return True

    def _ensure_x_env_target_event_bus(
        self, target_stack: Stack, target_account: str, target_region: str, target_id: str
    ) -> None:
        key = f"{target_account}:{target_region}"
        if key in self._x_env_targets_added:
            return
        self._x_env_targets_added.add(key)
        event_bus_arn = target_stack.format_arn(
            service="events",
            resource="event-bus",
            resource_name="default",
            region=target_region,
            account=target_account,
        )
        role_arn = None
        if not _same_env_dimension(self, target_region, Stack.of(self).region):
            role_arn = self._cross_region_put_events_role(event_bus_arn).role_arn
        bus_target = {"id": target_id, "arn": event_bus_arn, "roleArn": role_arn}
        self._targets.append({k: v for k, v in bus_target.items() if v is not None})
        source_account = Stack.of(self).account
        if _same_env_dimension(self, source_account, target_account):
            return
        app = self.node.root
        stack_id = f"EventBusPolicy-{source_account}-{target_region}-{target_account}"
        policy_stack = app.node.try_find_child(stack_id)
        if policy_stack is None:
            policy_stack = Stack(
                app,
                stack_id,
                env={"account": target_account, "region": target_region},
                stack_name=f"{target_stack.stack_name}-EventBusPolicy-support-{target_region}-{source_account}",
            )
            prefix = f"Allow-account-{source_account}-"
            CfnEventBusPolicy(
                policy_stack,
                "GivePermToOtherAccount",
                action="events:PutEvents",
                statement_id=prefix + Names.unique_resource_name(self, max_length=64 - len(prefix)),
                principal=source_account,
            )
            _acknowledge(
                policy_stack,
                "CloudFormation-Validate::W9009",
                "action is deprecated, but still in use for historical reasons",
            )
        Stack.of(self).add_dependency(policy_stack)  # type: ignore[arg-type]

    def _cross_region_put_events_role(self, event_bus_arn: str) -> Any:
        from purecdk.aws_iam import PolicyStatement, Role, ServicePrincipal
        from purecdk.core.resource import PhysicalName

        role: Any = self.node.try_find_child("EventsRole")
        if role is None:
            principal = ServicePrincipal("events.amazonaws.com")
            with passing_props(JsObject(roleName=PhysicalName.GENERATE_IF_NEEDED, assumedBy=principal)):
                role = Role(self, "EventsRole", role_name=PhysicalName.GENERATE_IF_NEEDED, assumed_by=principal)
        role.add_to_principal_policy(PolicyStatement(actions=["events:PutEvents"], resources=[event_bus_arn]))
        return role

    # -- validation -----------------------------------------------------------------------------------

    def _validate_rule(self) -> list[str]:
        errors: list[str] = []
        name = self._given_physical_name
        if name is not None and not unresolved(name):
            if len(name) < 1 or len(name) > 64:
                errors.append(f"Event rule name must be between 1 and 64 characters. Received: {name}")
            if not re.match(_RULE_NAME, name):
                errors.append(
                    f"Event rule name {name} can contain only letters, numbers, periods, hyphens, or "
                    "underscores with no spaces."
                )
        if not self._event_pattern and not self._schedule_expression:
            errors.append("Either 'eventPattern' or 'schedule' must be defined")
        if len(self._targets) > 5:
            errors.append("Event rule cannot have more than 5 targets.")
        return errors


def _acknowledge(scope: Construct, id: str, reason: str) -> None:
    from purecdk.core.validations import Acknowledgment, Validations

    Validations.of(scope).acknowledge(Acknowledgment(id=id, reason=reason))


class _RuleValidation:
    def __init__(self, rule: Rule) -> None:
        self._rule = rule

    def validate(self) -> list[str]:
        return self._rule._validate_rule()


class _MirrorRule(Rule):
    """The copy of a rule in a target's environment (for cross-account and cross-region targets)."""

    def __init__(self, scope: Construct, id: str, *, source: Rule, **props: Any) -> None:
        self._source = source
        # upstream: ``new MirrorRule(scope, id, {targets, eventPattern, schedule, description}, source)``, whose
        # class reports as Rule: its props are recorded twice (by Rule's constructor, then by its own)
        given = JsObject(
            targets=props.get("targets"),
            eventPattern=props.get("event_pattern"),
            schedule=props.get("schedule"),
            description=props.get("description"),
        )
        with passing_props(given):
            super().__init__(scope, id, **props)
        add_construct_metadata(self, given)

    def _render_event_pattern(self) -> Any:
        return self._source._render_event_pattern()

    def _validate_rule(self) -> list[str]:
        return []


class _ImportedRule(Resource):
    def __init__(self, scope: Construct, id: str, rule_arn: str, rule_name: str) -> None:
        super().__init__(scope, id, environment_from_arn=rule_arn)
        self.rule_arn = rule_arn
        self.rule_name = rule_name

    @property
    def rule_ref(self) -> RuleReference:
        """A reference to this rule (its ARN)."""
        return RuleReference(rule_arn=self.rule_arn)
