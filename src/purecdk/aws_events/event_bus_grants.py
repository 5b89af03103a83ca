"""``EventBusGrants``: granting principals the use of an event bus (L2, imported, or a ``CfnEventBus``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from purecdk.aws_events._generated import CfnEventBus
from purecdk.aws_iam import Grant

if TYPE_CHECKING:
    from purecdk.aws_iam.protocols import IGrantable


class EventBusGrants:
    """The grant methods of an event bus: statements in the grantee's identity policy."""

    def __init__(self, *, resource: Any) -> None:
        self.resource = resource

    @staticmethod
    def from_event_bus(resource: Any) -> EventBusGrants:
        """The grants of ``resource`` (an event bus, a ``CfnEventBus`` or an event bus reference)."""
        return EventBusGrants(resource=resource)

    def actions(
        self, grantee: IGrantable, actions: Sequence[str], *, resource_arns: Sequence[str] | None = None
    ) -> Grant:
        """Allow ``grantee`` the ``actions`` on the bus (or on ``resource_arns``)."""
        arns = list(resource_arns) if resource_arns is not None else [CfnEventBus.arn_for_event_bus(self.resource)]
        return Grant.add_to_principal(grantee=grantee, actions=list(actions), resource_arns=arns)

    def all_put_events(self, grantee: IGrantable) -> Grant:
        """Allow ``grantee`` to put events on any bus (``events:PutEvents`` on ``*``)."""
        return self.actions(grantee, ["events:PutEvents"], resource_arns=["*"])
