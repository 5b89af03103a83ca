"""aws_events: the ``AWS::Events`` construct library (L1 classes, rules, event buses, target inputs)."""

from typing import TYPE_CHECKING, Any

from ._generated import (
    CfnApiDestination,
    CfnApiDestinationProps,
    CfnArchive,
    CfnArchiveProps,
    CfnConnection,
    CfnConnectionProps,
    CfnEndpoint,
    CfnEndpointProps,
    CfnEventBus,
    CfnEventBusPolicy,
    CfnEventBusPolicyProps,
    CfnEventBusProps,
    CfnRule,
    CfnRuleProps,
)
from .api_destination import ApiDestination, ApiDestinationAttributes, ApiDestinationProps, IApiDestination
from .archive import Archive, ArchiveProps, BaseArchiveProps
from .authorization import Authorization, AuthorizationBindResult, HttpParameter, OAuthAuthorizationProps
from .connection import Connection, ConnectionAttributes, ConnectionProps, IConnection
from .event_bus import EventBus, EventBusAttributes, EventBusBase, EventBusPolicy, EventBusReference, IEventBus
from .event_pattern import EventPattern
from .http_method import HttpMethod
from .input import EventField, RuleTargetInput, RuleTargetInputProperties
from .match import Match
from .rule import EventCommonOptions, IRule, OnEventOptions, Rule, RuleProps, RuleReference
from .schedule import CronOptions, Schedule
from .target import IRuleTarget, RuleTargetConfig

if TYPE_CHECKING:
    from .event_bus_grants import EventBusGrants

__all__ = [
    "ApiDestination",
    "ApiDestinationAttributes",
    "ApiDestinationProps",
    "Archive",
    "ArchiveProps",
    "Authorization",
    "AuthorizationBindResult",
    "BaseArchiveProps",
    "CfnApiDestination",
    "CfnApiDestinationProps",
    "CfnArchive",
    "CfnArchiveProps",
    "CfnConnection",
    "CfnConnectionProps",
    "CfnEndpoint",
    "CfnEndpointProps",
    "CfnEventBus",
    "CfnEventBusPolicy",
    "CfnEventBusPolicyProps",
    "CfnEventBusProps",
    "CfnRule",
    "CfnRuleProps",
    "Connection",
    "ConnectionAttributes",
    "ConnectionProps",
    "CronOptions",
    "EventBus",
    "EventBusAttributes",
    "EventBusBase",
    "EventBusPolicy",
    "EventBusReference",
    "EventCommonOptions",
    "EventField",
    "EventPattern",
    "HttpMethod",
    "HttpParameter",
    "IApiDestination",
    "IConnection",
    "IEventBus",
    "IRule",
    "IRuleTarget",
    "Match",
    "OAuthAuthorizationProps",
    "OnEventOptions",
    "Rule",
    "RuleProps",
    "RuleReference",
    "RuleTargetConfig",
    "RuleTargetInput",
    "RuleTargetInputProperties",
    "Schedule",
    "EventBusGrants",
]


def __getattr__(name: str) -> Any:
    """Load ``EventBusGrants`` (which imports IAM) on first use."""
    if name == "EventBusGrants":
        from .event_bus_grants import EventBusGrants

        globals()[name] = EventBusGrants
        return EventBusGrants
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
