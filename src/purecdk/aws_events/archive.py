"""``Archive``: keep (a filtered part of) an event bus's events for replay (``AWS::Events::Archive``)."""

from __future__ import annotations

from typing import Any

from purecdk.aws_events._generated import CfnArchive
from purecdk.aws_events.event_pattern import EventPattern, event_pattern_to_dict, render_event_pattern
from purecdk.constructs import Construct
from purecdk.core.analytics_metadata import add_construct_metadata
from purecdk.core.duration import Duration
from purecdk.core.resource import Resource
from purecdk.core.struct_class import Struct
from purecdk.core.structs import reference_attribute

_EVENTS_SERVICE = "events.amazonaws.com"


class BaseArchiveProps(Struct):
    """What an archive keeps, and for how long (``EventBus.archive`` takes these)."""

    event_pattern: EventPattern | dict[str, Any]
    archive_name: str | None = None
    description: str | None = None
    kms_key: Any = None
    retention: Duration | None = None


class ArchiveProps(BaseArchiveProps):
    """The properties of an ``Archive``: the bus it archives, and ``BaseArchiveProps``."""

    source_event_bus: Any = None


class Archive(Resource):
    """An event archive of a bus: events matching ``event_pattern`` are kept ``retention`` long (for ever when
    not given), encrypted with ``kms_key`` when given (whose key policy then lets EventBridge use it)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        source_event_bus: Any,
        event_pattern: EventPattern | dict[str, Any],
        archive_name: str | None = None,
        description: str | None = None,
        kms_key: Any = None,
        retention: Duration | None = None,
    ) -> None:
        super().__init__(scope, id, physical_name=archive_name)
        add_construct_metadata(self, locals())
        bus_arn = reference_attribute(source_event_bus, "event_bus_ref", "event_bus_arn")
        if kms_key is not None:
            _allow_events_to_use_key(kms_key, bus_arn)
        self._resource = CfnArchive(
            self,
            "Archive",
            source_arn=bus_arn,
            description=description,
            event_pattern=render_event_pattern(event_pattern_to_dict(event_pattern)),
            retention_days=(retention.to_days(integral=True) if retention is not None else 0) or 0,
            archive_name=self.physical_name,
            kms_key_identifier=(kms_key.key_arn if kms_key is not None else None) or "",
        )
        self.archive_arn: str = self._resource.attr_arn
        self.archive_name: str = self._resource.ref
        self.node.default_child = self._resource


def _allow_events_to_use_key(key: Any, bus_arn: str) -> None:
    from purecdk.aws_iam import Effect, PolicyStatement, ServicePrincipal

    key.add_to_resource_policy(
        PolicyStatement(
            resources=["*"],
            actions=["kms:Decrypt", "kms:GenerateDataKey", "kms:ReEncrypt*"],
            principals=[ServicePrincipal(_EVENTS_SERVICE)],
            sid="Allow EventBridge to use kms operations",
            effect=Effect.ALLOW,
            conditions={"StringEquals": {"kms:EncryptionContext:aws:events:event-bus:arn": bus_arn}},
        )
    )
    key.add_to_resource_policy(
        PolicyStatement(
            resources=["*"],
            actions=["kms:DescribeKey"],
            principals=[ServicePrincipal(_EVENTS_SERVICE)],
            sid="Allow EventBridge to call kms:DescribeKey",
            effect=Effect.ALLOW,
        )
    )
