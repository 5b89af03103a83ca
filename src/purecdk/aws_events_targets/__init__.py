"""aws_events_targets: EventBridge rule targets (SQS queues, SNS topics, Lambda functions)."""

from ._util import TargetBaseProps
from .lambda_function import LambdaFunction
from .sns import SnsTopic
from .sqs import SqsQueue

__all__ = ["LambdaFunction", "SnsTopic", "SqsQueue", "TargetBaseProps"]
