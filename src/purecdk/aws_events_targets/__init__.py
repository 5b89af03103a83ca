"""aws_events_targets: EventBridge rule targets (SQS queues, SNS topics, Lambda functions, event buses)."""

from ._util import TargetBaseProps
from .event_bus import EventBus, EventBusProps
from .lambda_function import LambdaFunction
from .sns import SnsTopic
from .sqs import SqsQueue

__all__ = ["EventBus", "EventBusProps", "LambdaFunction", "SnsTopic", "SqsQueue", "TargetBaseProps"]
