"""aws_sqs: the ``AWS::SQS`` construct library (L1 classes from ``_generated``)."""

from ._generated import (
    CfnQueue,
    CfnQueueInlinePolicy,
    CfnQueueInlinePolicyProps,
    CfnQueuePolicy,
    CfnQueuePolicyProps,
    CfnQueueProps,
)

__all__ = [
    "CfnQueue",
    "CfnQueueInlinePolicy",
    "CfnQueueInlinePolicyProps",
    "CfnQueuePolicy",
    "CfnQueuePolicyProps",
    "CfnQueueProps",
]
