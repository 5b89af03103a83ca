"""aws_events_targets: EventBridge rule targets (SQS queues, SNS topics, Lambda functions, event buses, API
destinations)."""

from ._util import TargetBaseProps
from .api_destination import ApiDestination, ApiDestinationProps
from .event_bus import EventBus, EventBusProps
from .lambda_function import LambdaFunction
from .sns import SnsTopic
from .sqs import SqsQueue

__all__ = [
    "ApiDestination",
    "ApiDestinationProps",
    "EventBus",
    "EventBusProps",
    "LambdaFunction",
    "SnsTopic",
    "SqsQueue",
    "TargetBaseProps",
]
