"""``EventBus``: a custom event bus, or an existing one imported by ARN or name."""

from __future__ import annotations

import re
from typing import Any, Protocol, runtime_checkable

from purecdk.aws_events._generated import CfnEventBus, CfnEventBusPolicy
from purecdk.constructs import Construct
from purecdk.core.analytics_metadata import add_construct_metadata, add_method_metadata
from purecdk.core.annotations import Annotations
from purecdk.core.arn import ArnFormat
from purecdk.core.feature_flags import FeatureFlags
from purecdk.core.names import Names
from purecdk.core.resource import Resource
from purecdk.core.stack import Stack
from purecdk.core.struct_class import Struct
from purecdk.core.structs import get_field
from purecdk.core.tokens.lazy import Lazy
from purecdk.core.tokens.token import unresolved
from purecdk.interfaces.aws_events import EventBusReference

_POLICY_SID_REQUIRED = "@aws-cdk/aws-events:requireEventBusPolicySid"
_EVENT_BUS_NAME = r"^[/.\-_A-Za-z0-9]{1,256}$"
_EVENT_SOURCE_NAME = r"^aws\.partner(/[.\-_A-Za-z0-9]+){2,}$"


class EventBusAttributes(Struct):
    """What is needed to import an existing event bus."""

    event_bus_arn: str
    event_bus_name: str
    event_bus_policy: str
    event_source_name: str | None = None


@runtime_checkable
class IEventBus(Protocol):
    """An event bus."""

    @property
    def event_bus_arn(self) -> str: ...

    @property
    def event_bus_name(self) -> str: ...


class EventBusBase(Resource):
    """What owned and imported event buses have in common."""

    _FQN = "aws-cdk-lib.Resource"  # aws-cdk-lib does not export EventBusBase: imported buses report Resource

    event_bus_arn: str
    event_bus_name: str

    @property
    def event_bus_ref(self) -> EventBusReference:
        """The ARN and name of this event bus."""
        return EventBusReference(event_bus_arn=self.event_bus_arn, event_bus_name=self.event_bus_name)

    @property
    def grants(self) -> Any:
        """The grant methods of this event bus (``EventBusGrants``)."""
        from purecdk.aws_events.event_bus_grants import EventBusGrants

        grants = self.__dict__.get("_grants")
        if grants is None:
            grants = self.__dict__["_grants"] = EventBusGrants.from_event_bus(self)
        return grants

    def add_to_resource_policy(self, statement: Any) -> Any:
        """Add a statement (it needs a ``sid``) to the bus's resource policy."""
        raise NotImplementedError

    def archive(
        self,
        id: str,
        *,
        event_pattern: Any,
        archive_name: str | None = None,
        description: str | None = None,
        kms_key: Any = None,
        retention: Any = None,
    ) -> Any:
        """An ``Archive`` of this bus's events matching ``event_pattern`` (as aws-cdk-lib 2.275.0 does, a
        ``kms_key`` given here is not passed on: create an ``Archive`` to encrypt with a key)."""
        from purecdk.aws_events.archive import Archive
        from purecdk.core.analytics_metadata import JsObject, passing_props

        description = description or f"Event Archive for {self.event_bus_name} Event Bus"
        given = JsObject(
            sourceEventBus=self,
            description=description,
            eventPattern=event_pattern,
            retention=retention,
            archiveName=archive_name,
        )
        with passing_props(given):
            return Archive(
                self,
                id,
                source_event_bus=self,
                description=description,
                event_pattern=event_pattern,
                retention=retention,
                archive_name=archive_name,
            )

    def grant_put_events_to(self, grantee: Any, sid: str | None = None) -> Any:
        """Allow ``grantee`` to put events on this bus (service principals need ``sid`` and the flag)."""
        from purecdk.aws_iam import Grant, PolicyStatement

        actions = ["events:PutEvents"]
        arns = [self.event_bus_arn]
        result = Grant.add_to_principal(grantee=grantee, actions=actions, resource_arns=arns)
        if result.success:
            return result
        if FeatureFlags.of(self).is_enabled(_POLICY_SID_REQUIRED):
            statement = PolicyStatement(
                actions=actions, resources=arns, principals=[grantee.grant_principal], sid=sid
            )
            return Grant.add_statement_to_resource_policy(
                statement=statement, resource=self, grantee=grantee, actions=actions, resource_arns=arns
            )
        Annotations.of(self).add_warning_v2(
            "@aws-cdk/aws-events:eventBusServicePrincipalGrant",
            "Unable to grant PutEvents to service principal: Statement ID is required for EventBus resource "
            "policies. Either provide a 'sid' parameter or enable the '@aws-cdk/aws-events:requireEventBusPolicySid' "
            "feature flag.",
        )
        return Grant.drop(grantee, "")


class EventBus(EventBusBase):
    """A custom event bus (``AWS::Events::EventBus``)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        event_bus_name: str | None = None,
        event_source_name: str | None = None,
        description: str | None = None,
        dead_letter_queue: Any = None,
        kms_key: Any = None,
    ) -> None:
        name, source_name = _event_bus_props(
            Lazy.string(lambda *_: Names.unique_id(self)), event_bus_name, event_source_name
        )
        super().__init__(scope, id, physical_name=name)
        add_construct_metadata(self, locals())
        if description is not None and not unresolved(description) and len(description) > 512:
            raise ValueError(
                f"description must be less than or equal to 512 characters, got {len(description)} "
                f"(at {self.node.path})"
            )
        self._resource = CfnEventBus(
            self,
            "Resource",
            name=self.physical_name,
            event_source_name=source_name,
            dead_letter_config=(
                CfnEventBus.DeadLetterConfigProperty(arn=dead_letter_queue.queue_arn)
                if dead_letter_queue is not None
                else None
            ),
            description=description,
            kms_key_identifier=kms_key.key_arn if kms_key is not None else None,
        )
        self.event_bus_name = self.get_resource_name_attribute(self._resource.ref)
        self.event_bus_arn = self.get_resource_arn_attribute(
            self._resource.attr_arn,
            {"service": "events", "resource": "event-bus", "resource_name": self._resource.name},
        )
        self.event_bus_policy: str = self._resource.attr_policy
        self.event_source_name: str | None = source_name
        if kms_key is not None:
            self._allow_events_to_use_key(kms_key, name)

    def _allow_events_to_use_key(self, key: Any, name: str) -> None:
        from purecdk.aws_iam import PolicyStatement, ServicePrincipal

        stack = Stack.of(self)
        bus_arn = stack.format_arn(service="events", resource="event-bus", resource_name=name)
        key.add_to_resource_policy(
            PolicyStatement(
                resources=["*"],
                actions=["kms:Decrypt", "kms:GenerateDataKey", "kms:DescribeKey"],
                principals=[ServicePrincipal("events.amazonaws.com")],
                conditions={
                    "StringEquals": {
                        "aws:SourceAccount": self.stack.account,
                        "aws:SourceArn": bus_arn,
                        "kms:EncryptionContext:aws:events:event-bus:arn": bus_arn,
                    }
                },
            )
        )

    def add_to_resource_policy(self, statement: Any) -> Any:
        """Add a statement (it needs a ``sid``) as an ``AWS::Events::EventBusPolicy`` of this bus."""
        add_method_metadata(self, "addToResourcePolicy", [statement])
        from purecdk.aws_iam import AddToResourcePolicyResult

        if statement.sid is None:
            raise ValueError(f"Event Bus policy statements must have a sid (at {self.node.path})")
        statement_id = f"cdk-{statement.sid}"[:64]
        statement.sid = statement_id
        policy = EventBusPolicy(self, statement_id, event_bus=self, statement=statement.to_json(),
                                statement_id=statement_id)
        return AddToResourcePolicyResult(statement_added=True, policy_dependable=policy)

    @staticmethod
    def grant_all_put_events(grantee: Any) -> Any:
        """Allow ``grantee`` to put events on all event buses."""
        from purecdk.aws_events.event_bus_grants import EventBusGrants

        return EventBusGrants(resource=None).all_put_events(grantee)

    @staticmethod
    def grant_put_events(grantee: Any) -> Any:
        """Allow ``grantee`` to put events on all event buses (deprecated: use ``grant_all_put_events``)."""
        return EventBus.grant_all_put_events(grantee)

    @staticmethod
    def from_event_bus_arn(scope: Construct, id: str, event_bus_arn: str) -> IEventBus:
        """Import an existing event bus by ARN."""
        parts = Stack.of(scope).split_arn(event_bus_arn, ArnFormat.SLASH_RESOURCE_NAME)
        return _ImportedEventBus(
            scope,
            id,
            EventBusAttributes(
                event_bus_arn=event_bus_arn, event_bus_name=parts.resource_name or "", event_bus_policy=""
            ),
        )

    @staticmethod
    def from_event_bus_name(scope: Construct, id: str, event_bus_name: str) -> IEventBus:
        """Import an existing event bus of this account and region by name."""
        arn = Stack.of(scope).format_arn(resource="event-bus", service="events", resource_name=event_bus_name)
        return EventBus.from_event_bus_attributes(
            scope, id, event_bus_name=event_bus_name, event_bus_arn=arn, event_bus_policy=""
        )

    @staticmethod
    def from_event_bus_attributes(
        scope: Construct,
        id: str,
        attrs: EventBusAttributes | None = None,
        *,
        event_bus_arn: str | None = None,
        event_bus_name: str | None = None,
        event_bus_policy: str | None = None,
        event_source_name: str | None = None,
    ) -> IEventBus:
        """Import an existing event bus from its attributes."""
        given = {
            "event_bus_arn": event_bus_arn,
            "event_bus_name": event_bus_name,
            "event_bus_policy": event_bus_policy,
            "event_source_name": event_source_name,
        }
        values = {k: v if v is not None else get_field(attrs, k) for k, v in given.items()}
        attributes = EventBusAttributes(**values)
        return _ImportedEventBus(scope, id, attributes)


class EventBusPolicy(Resource):
    """One statement of an event bus's resource policy (``AWS::Events::EventBusPolicy``)."""

    def __init__(self, scope: Construct, id: str, *, event_bus: Any, statement: Any, statement_id: str) -> None:
        super().__init__(scope, id)
        add_construct_metadata(self, locals())
        CfnEventBusPolicy(
            self, "Resource", statement_id=statement_id, statement=statement, event_bus_name=event_bus.event_bus_name
        )


class _ImportedEventBus(EventBusBase):
    def __init__(self, scope: Construct, id: str, attrs: EventBusAttributes) -> None:
        parts = Stack.of(scope).split_arn(attrs.event_bus_arn, ArnFormat.SLASH_RESOURCE_NAME)
        super().__init__(scope, id, account=parts.account, region=parts.region)
        add_construct_metadata(self, {"attrs": attrs})
        self.event_bus_arn = attrs.event_bus_arn
        self.event_bus_name = attrs.event_bus_name
        self.event_bus_policy = attrs.event_bus_policy
        self.event_source_name = attrs.event_source_name

    def add_to_resource_policy(self, statement: Any) -> Any:
        """Imported buses cannot get policy statements: only a warning is added."""
        add_method_metadata(self, "addToResourcePolicy", [statement])
        Annotations.of(self).add_warning_v2(
            "@aws-cdk/aws-events:eventBusAddToResourcePolicy",
            f"Unable to add necessary permissions to imported target event bus: {self.event_bus_arn}",
        )
        return {"statement_added": False}


def _event_bus_props(
    default_name: str, event_bus_name: str | None, event_source_name: str | None
) -> tuple[str, str | None]:
    if event_bus_name is not None and event_source_name is not None:
        raise ValueError("'eventBusName' and 'eventSourceName' cannot both be provided")
    if event_bus_name is not None:
        if not unresolved(event_bus_name):
            if event_bus_name == "default":
                raise ValueError("'eventBusName' must not be 'default'")
            if "/" in event_bus_name:
                raise ValueError("'eventBusName' must not contain '/'")
            if not re.match(_EVENT_BUS_NAME, event_bus_name):
                raise ValueError(f"'eventBusName' must satisfy: {_EVENT_BUS_NAME}")
        return event_bus_name, None
    if event_source_name is not None:
        if not unresolved(event_source_name):
            if not re.match(_EVENT_SOURCE_NAME, event_source_name):
                raise ValueError(f"'eventSourceName' must satisfy: {_EVENT_SOURCE_NAME}")
            if not re.match(_EVENT_BUS_NAME, event_source_name):
                raise ValueError(f"'eventSourceName' must satisfy: {_EVENT_BUS_NAME}")
        return event_source_name, event_source_name
    return default_name, None
