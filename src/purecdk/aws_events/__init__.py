"""aws_events: the ``AWS::Events`` construct library (L1 classes from ``_generated``)."""

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

__all__ = [
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
]
