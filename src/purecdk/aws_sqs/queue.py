"""``Queue``: an SQS queue (``AWS::SQS::Queue``), and importing existing queues."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from typing import Any

from purecdk.aws_sqs._generated import CfnQueue
from purecdk.aws_sqs.queue_base import IQueue, QueueBase, QueueEncryption
from purecdk.constructs import Construct
from purecdk.core.analytics_metadata import add_construct_metadata
from purecdk.core.annotations import Annotations
from purecdk.core.arn import ArnFormat
from purecdk.core.duration import Duration
from purecdk.core.removal_policy import RemovalPolicy
from purecdk.core.stack import Stack
from purecdk.core.struct_class import Struct
from purecdk.core.structs import get_field
from purecdk.core.tokens.token import unresolved

_MAX_SAFE_INTEGER = 2**53 - 1


class DeduplicationScope(enum.Enum):
    """Where FIFO de-duplication applies."""

    MESSAGE_GROUP = "messageGroup"
    QUEUE = "queue"


class FifoThroughputLimit(enum.Enum):
    """Whether the FIFO throughput quota applies to the queue or to each message group."""

    PER_QUEUE = "perQueue"
    PER_MESSAGE_GROUP_ID = "perMessageGroupId"


class RedrivePermission(enum.Enum):
    """Which source queues may use a queue as their dead-letter queue."""

    ALLOW_ALL = "allowAll"
    DENY_ALL = "denyAll"
    BY_QUEUE = "byQueue"


class DeadLetterQueue(Struct):
    """Where messages go after ``max_receive_count`` failed receives."""

    max_receive_count: float
    queue: IQueue


class RedriveAllowPolicy(Struct):
    """Which queues may use this queue as their dead-letter queue."""

    redrive_permission: RedrivePermission | None = None
    source_queues: Sequence[IQueue] | None = None


class QueueAttributes(Struct):
    """What is needed to import an existing queue."""

    queue_arn: str
    fifo: bool | None = None
    key_arn: str | None = None
    queue_name: str | None = None
    queue_url: str | None = None


def _seconds(duration: Duration | None) -> float | None:
    return duration.to_seconds() if duration is not None else None


def _out_of_range(value: float | None, low: float, high: float) -> bool:
    return value is not None and not unresolved(value) and (value < low or value > high)


def _validate(
    construct: Construct, rules: list[tuple[bool, str]], class_name: str = "Queue"
) -> None:
    errors = [message for failed, message in rules if failed]
    if errors:
        details = "\n".join(f"- {e}" for e in errors)
        raise ValueError(
            f"{class_name} initialization failed due to the following validation error(s):\n{details}\n"
            f"(at {construct.node.path})"
        )


class Queue(QueueBase):
    """An SQS queue; removed with its stack unless ``removal_policy`` says otherwise."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        content_based_deduplication: bool | None = None,
        data_key_reuse: Duration | None = None,
        dead_letter_queue: DeadLetterQueue | dict[str, Any] | None = None,
        deduplication_scope: DeduplicationScope | None = None,
        delivery_delay: Duration | None = None,
        encryption: QueueEncryption | None = None,
        encryption_master_key: Any = None,
        enforce_ssl: bool | None = None,
        fifo: bool | None = None,
        fifo_throughput_limit: FifoThroughputLimit | None = None,
        max_message_size_bytes: float | None = None,
        queue_name: str | None = None,
        receive_message_wait_time: Duration | None = None,
        redrive_allow_policy: RedriveAllowPolicy | dict[str, Any] | None = None,
        removal_policy: RemovalPolicy | None = None,
        retention_period: Duration | None = None,
        visibility_timeout: Duration | None = None,
    ) -> None:
        super().__init__(scope, id, physical_name=queue_name)
        add_construct_metadata(self, locals())
        self._auto_create_policy = True
        dlq_count = get_field(dead_letter_queue, "max_receive_count")
        _validate(
            self,
            [
                (
                    _out_of_range(_seconds(delivery_delay), 0, 900),
                    "delivery delay must be between 0 and 900 seconds, "
                    f"but {_seconds(delivery_delay)} was provided",
                ),
                (
                    _out_of_range(max_message_size_bytes, 1024, 1048576),
                    "maximum message size must be between 1,024 and 1,048,576 bytes, "
                    f"but {max_message_size_bytes} was provided",
                ),
                (
                    _out_of_range(_seconds(retention_period), 60, 1209600),
                    "message retention period must be between 60 and 1,209,600 seconds, "
                    f"but {_seconds(retention_period)} was provided",
                ),
                (
                    _out_of_range(_seconds(receive_message_wait_time), 0, 20),
                    "receive wait time must be between 0 and 20 seconds, "
                    f"but {_seconds(receive_message_wait_time)} was provided",
                ),
                (
                    _out_of_range(_seconds(visibility_timeout), 0, 43200),
                    "visibility timeout must be between 0 and 43,200 seconds, "
                    f"but {_seconds(visibility_timeout)} was provided",
                ),
                (
                    _out_of_range(dlq_count, 1, _MAX_SAFE_INTEGER),
                    "dead letter target maximum receive count must be 1 or more, "
                    f"but {dlq_count} was provided",
                ),
            ],
        )
        redrive_allow = None
        if redrive_allow_policy is not None:
            permission = get_field(redrive_allow_policy, "redrive_permission")
            sources = get_field(redrive_allow_policy, "source_queues")
            _validate(
                self,
                [
                    (
                        permission is RedrivePermission.BY_QUEUE and not sources,
                        "At least one source queue must be specified when RedrivePermission is set to "
                        "'byQueue'",
                    ),
                    (
                        permission is RedrivePermission.BY_QUEUE and bool(sources) and len(sources) > 10,
                        "Up to 10 sourceQueues can be specified. Set RedrivePermission to 'allowAll' to "
                        "specify more",
                    ),
                    (
                        permission in (RedrivePermission.ALLOW_ALL, RedrivePermission.DENY_ALL)
                        and sources is not None,
                        "sourceQueues cannot be configured when RedrivePermission is set to 'allowAll' or "
                        "'denyAll'",
                    ),
                ],
            )
            if permission is None:
                permission = RedrivePermission.BY_QUEUE if sources else RedrivePermission.ALLOW_ALL
            redrive_allow = {
                "redrivePermission": permission.value,
                "sourceQueueArns": [q.queue_arn for q in sources] if sources is not None else None,
            }
            redrive_allow = {k: v for k, v in redrive_allow.items() if v is not None}
        redrive_policy = None
        if dead_letter_queue is not None:
            redrive_policy = {
                "deadLetterTargetArn": get_field(dead_letter_queue, "queue").queue_arn,
                "maxReceiveCount": dlq_count,
            }
        key, encryption_props, encryption_type = self._encryption_props(
            encryption, encryption_master_key, data_key_reuse
        )
        fifo_props = self._fifo_props(
            fifo, queue_name, content_based_deduplication, deduplication_scope, fifo_throughput_limit
        )
        self.fifo = bool(fifo_props["fifo_queue"])
        self._resource = CfnQueue(
            self,
            "Resource",
            queue_name=self.physical_name,
            **fifo_props,
            **encryption_props,
            redrive_policy=redrive_policy,
            redrive_allow_policy=redrive_allow,
            delay_seconds=_seconds(delivery_delay),
            maximum_message_size=max_message_size_bytes,
            message_retention_period=_seconds(retention_period),
            receive_message_wait_time_seconds=_seconds(receive_message_wait_time),
            visibility_timeout=_seconds(visibility_timeout),
        )
        self._resource.apply_removal_policy(removal_policy or RemovalPolicy.DESTROY)
        self.encryption_master_key = key
        self.queue_url: str = self._resource.ref
        self.dead_letter_queue = dead_letter_queue
        self.encryption_type = encryption_type
        self.queue_arn = self.get_resource_arn_attribute(
            self._resource.attr_arn, {"service": "sqs", "resource": self.physical_name}
        )
        self.queue_name = self.get_resource_name_attribute(self._resource.attr_queue_name)
        if enforce_ssl:
            self._enforce_ssl_statement()

    def _encryption_props(
        self, encryption: QueueEncryption | None, master_key: Any, data_key_reuse: Duration | None
    ) -> tuple[Any, dict[str, Any], QueueEncryption | None]:
        if encryption is QueueEncryption.SQS_MANAGED and master_key is not None:
            raise ValueError(
                "'encryptionMasterKey' is not supported if encryption type 'SQS_MANAGED' is used "
                f"(at {self.node.path}); use QueueEncryption.KMS with a key"
            )
        if encryption is not QueueEncryption.KMS and master_key is not None:
            if encryption is not None:
                Annotations.of(self).add_warning_v2(
                    "@aws-cdk/aws-sqs:queueEncryptionChangedToKMS",
                    "encryption: Automatically changed to QueueEncryption.KMS, "
                    f"was: QueueEncryption.{encryption.name}"
                    "\nWhen encryptionMasterKey is provided, always set `encryption: QueueEncryption.KMS`",
                )
            encryption = QueueEncryption.KMS
        if encryption is None:
            return None, {}, None
        if encryption is QueueEncryption.UNENCRYPTED:
            return None, {"sqs_managed_sse_enabled": False}, encryption
        reuse = _seconds(data_key_reuse)
        if encryption is QueueEncryption.KMS_MANAGED:
            props = {"kms_master_key_id": "alias/aws/sqs", "kms_data_key_reuse_period_seconds": reuse}
            return None, props, encryption
        if encryption is QueueEncryption.KMS:
            if master_key is None:
                from purecdk.aws_kms import Key

                master_key = Key(self, "Key", description=f"Created by {self.node.path}")
            props = {"kms_master_key_id": master_key.key_arn, "kms_data_key_reuse_period_seconds": reuse}
            return master_key, props, encryption
        if encryption is QueueEncryption.SQS_MANAGED:
            return None, {"sqs_managed_sse_enabled": True}, encryption
        raise ValueError(f"Unexpected 'encryptionType': {encryption} (at {self.node.path})")

    def _fifo_props(
        self,
        fifo: bool | None,
        queue_name: str | None,
        content_based_deduplication: bool | None,
        deduplication_scope: DeduplicationScope | None,
        fifo_throughput_limit: FifoThroughputLimit | None,
    ) -> dict[str, Any]:
        if fifo is None and queue_name and not unresolved(queue_name) and queue_name.endswith(".fifo"):
            fifo = True
        if fifo is None and (content_based_deduplication or deduplication_scope or fifo_throughput_limit):
            fifo = True
        if isinstance(queue_name, str):
            if fifo and not queue_name.endswith(".fifo"):
                raise ValueError(f"FIFO queue names must end in '.fifo' (at {self.node.path})")
            if not fifo and queue_name.endswith(".fifo"):
                raise ValueError(f"Non-FIFO queue name may not end in '.fifo' (at {self.node.path})")
        where = f"(at {self.node.path})"
        if content_based_deduplication and not fifo:
            raise ValueError(f"Content-based deduplication can only be defined for FIFO queues {where}")
        if deduplication_scope and not fifo:
            raise ValueError(f"Deduplication scope can only be defined for FIFO queues {where}")
        if fifo_throughput_limit and not fifo:
            raise ValueError(f"FIFO throughput limit can only be defined for FIFO queues {where}")
        return {
            "content_based_deduplication": content_based_deduplication,
            "deduplication_scope": deduplication_scope.value if deduplication_scope else None,
            "fifo_throughput_limit": fifo_throughput_limit.value if fifo_throughput_limit else None,
            "fifo_queue": True if fifo else None,
        }

    def _enforce_ssl_statement(self) -> None:
        from purecdk.aws_iam import AnyPrincipal, Effect, PolicyStatement

        self.add_to_resource_policy(
            PolicyStatement(
                actions=["sqs:*"],
                conditions={"Bool": {"aws:SecureTransport": "false"}},
                effect=Effect.DENY,
                resources=[self.queue_arn],
                principals=[AnyPrincipal()],
            )
        )

    @staticmethod
    def from_queue_arn(scope: Construct, id: str, queue_arn: str) -> IQueue:
        """Import an existing queue by ARN."""
        return Queue.from_queue_attributes(scope, id, queue_arn=queue_arn)

    @staticmethod
    def from_queue_attributes(
        scope: Construct,
        id: str,
        attrs: QueueAttributes | None = None,
        *,
        queue_arn: str | None = None,
        fifo: bool | None = None,
        key_arn: str | None = None,
        queue_name: str | None = None,
        queue_url: str | None = None,
    ) -> IQueue:
        """Import an existing queue from its ARN (and optionally name, URL, key and FIFO-ness)."""
        given = {"queue_arn": queue_arn, "fifo": fifo, "key_arn": key_arn, "queue_name": queue_name,
                 "queue_url": queue_url}
        values: dict[str, Any] = {k: v if v is not None else get_field(attrs, k) for k, v in given.items()}
        if values["queue_arn"] is None:
            raise ValueError(f"Queue.from_queue_attributes needs queue_arn (importing '{id}')")
        return _ImportedQueue(scope, id, QueueAttributes(**values))


class _ImportedQueue(QueueBase):
    def __init__(self, scope: Construct, id: str, attrs: QueueAttributes) -> None:
        stack = Stack.of(scope)
        parsed = stack.split_arn(attrs.queue_arn, ArnFormat.NO_RESOURCE_NAME)
        name = attrs.queue_name or parsed.resource
        url = attrs.queue_url or f"https://sqs.{parsed.region}.{stack.url_suffix}/{parsed.account}/{name}"
        super().__init__(scope, id, environment_from_arn=attrs.queue_arn)
        self._auto_create_policy = False
        self.queue_arn = attrs.queue_arn
        self.queue_url = url
        self.queue_name = name
        self.encryption_master_key = None
        if attrs.key_arn:
            from purecdk.aws_kms import Key

            self.encryption_master_key = Key.from_key_arn(self, "Key", attrs.key_arn)
        self.fifo = self._determine_fifo(attrs)
        self.encryption_type = QueueEncryption.KMS if attrs.key_arn else None

    def _determine_fifo(self, attrs: QueueAttributes) -> bool:
        if unresolved(self.queue_arn):
            return bool(attrs.fifo)
        if attrs.fifo is not None:
            if attrs.fifo and not self.queue_name.endswith(".fifo"):
                raise ValueError(f"FIFO queue names must end in '.fifo' (at {self.node.path})")
            if not attrs.fifo and self.queue_name.endswith(".fifo"):
                raise ValueError(f"Non-FIFO queue name may not end in '.fifo' (at {self.node.path})")
        return self.queue_name.endswith(".fifo")
