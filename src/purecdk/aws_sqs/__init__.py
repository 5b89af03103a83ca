"""aws_sqs: the ``AWS::SQS`` construct library (L1 classes from ``_generated``, Queue, QueuePolicy)."""

from ._generated import (
    CfnQueue,
    CfnQueueInlinePolicy,
    CfnQueueInlinePolicyProps,
    CfnQueuePolicy,
    CfnQueuePolicyProps,
    CfnQueueProps,
)
from .policy import QueuePolicy
from .queue import (
    DeadLetterQueue,
    DeduplicationScope,
    FifoThroughputLimit,
    Queue,
    QueueAttributes,
    RedriveAllowPolicy,
    RedrivePermission,
)
from .queue_base import IQueue, QueueBase, QueueEncryption, QueueReference

__all__ = [
    "CfnQueue",
    "CfnQueueInlinePolicy",
    "CfnQueueInlinePolicyProps",
    "CfnQueuePolicy",
    "CfnQueuePolicyProps",
    "CfnQueueProps",
    "DeadLetterQueue",
    "DeduplicationScope",
    "FifoThroughputLimit",
    "IQueue",
    "Queue",
    "QueueAttributes",
    "QueueBase",
    "QueueEncryption",
    "QueuePolicy",
    "QueueReference",
    "RedriveAllowPolicy",
    "RedrivePermission",
]
