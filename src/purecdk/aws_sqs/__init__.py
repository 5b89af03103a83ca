"""aws_sqs: the ``AWS::SQS`` construct library (L1 classes from ``_generated``, Queue, QueuePolicy)."""

from typing import TYPE_CHECKING, Any

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

if TYPE_CHECKING:
    from .queue_grants import QueueGrants

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
    "QueueGrants",
]


def __getattr__(name: str) -> Any:
    """Load ``QueueGrants`` (which imports IAM) on first use."""
    if name == "QueueGrants":
        from .queue_grants import QueueGrants

        globals()[name] = QueueGrants
        return QueueGrants
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
