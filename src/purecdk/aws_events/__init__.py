"""aws_events: the ``AWS::Events`` construct library (L1 classes, rules, event buses, target inputs)."""

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
from .archive import Archive, ArchiveProps, BaseArchiveProps
from .event_bus import EventBus, EventBusAttributes, EventBusBase, EventBusPolicy, EventBusReference, IEventBus
from .event_pattern import EventPattern
from .input import EventField, RuleTargetInput, RuleTargetInputProperties
from .match import Match
from .rule import EventCommonOptions, IRule, OnEventOptions, Rule, RuleProps, RuleReference
from .schedule import CronOptions, Schedule
from .target import IRuleTarget, RuleTargetConfig

__all__ = [
    "Archive",
    "ArchiveProps",
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
    "CronOptions",
    "EventBus",
    "EventBusAttributes",
    "EventBusBase",
    "EventBusPolicy",
    "EventBusReference",
    "EventCommonOptions",
    "EventField",
    "EventPattern",
    "IEventBus",
    "IRule",
    "IRuleTarget",
    "Match",
    "OnEventOptions",
    "Rule",
    "RuleProps",
    "RuleReference",
    "RuleTargetConfig",
    "RuleTargetInput",
    "RuleTargetInputProperties",
    "Schedule",
]
