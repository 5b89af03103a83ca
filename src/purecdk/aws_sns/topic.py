"""``Topic``: an SNS topic (``AWS::SNS::Topic``), and importing existing topics."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from typing import Any

from purecdk.aws_sns._generated import CfnTopic
from purecdk.aws_sns.topic_base import ITopic, TopicBase
from purecdk.constructs import Construct
from purecdk.core.analytics_metadata import add_construct_metadata, add_method_metadata
from purecdk.core.arn import ArnFormat
from purecdk.core.names import Names
from purecdk.core.stack import Stack
from purecdk.core.struct_class import Struct
from purecdk.core.structs import get_field, reference_attribute
from purecdk.core.tokens.js import js_number
from purecdk.core.tokens.lazy import Lazy
from purecdk.core.tokens.token import unresolved


class FifoThroughputScope(enum.Enum):
    """Throughput scope of a FIFO topic."""

    TOPIC = "Topic"
    MESSAGE_GROUP = "MessageGroup"


class LoggingProtocol(enum.Enum):
    """The protocols delivery status logging is available for."""

    HTTP = "http/s"
    SQS = "sqs"
    LAMBDA = "lambda"
    FIREHOSE = "firehose"
    APPLICATION = "application"


class TracingConfig(enum.Enum):
    """X-Ray tracing mode of a topic."""

    PASS_THROUGH = "PassThrough"
    ACTIVE = "Active"


class LoggingConfig(Struct):
    """Delivery status logging for one protocol."""

    protocol: LoggingProtocol
    failure_feedback_role: Any = None
    success_feedback_role: Any = None
    success_feedback_sample_rate: float | None = None


class TopicAttributes(Struct):
    """What is needed to import an existing topic."""

    topic_arn: str
    content_based_deduplication: bool | None = None
    key_arn: str | None = None


def _role_arn(role: Any) -> str | None:
    return None if role is None else reference_attribute(role, "role_ref", "role_arn")


class Topic(TopicBase):
    """An SNS topic."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        content_based_deduplication: bool | None = None,
        display_name: str | None = None,
        enforce_ssl: bool | None = None,
        fifo: bool | None = None,
        fifo_throughput_scope: FifoThroughputScope | None = None,
        logging_configs: Sequence[LoggingConfig] | None = None,
        master_key: Any = None,
        message_retention_period_in_days: float | None = None,
        signature_version: str | None = None,
        topic_name: str | None = None,
        tracing_config: TracingConfig | None = None,
    ) -> None:
        super().__init__(scope, id, physical_name=topic_name)
        add_construct_metadata(self, locals())
        self._auto_create_policy = True
        self.enforce_ssl = enforce_ssl
        where = f"(at {self.node.path})"
        if content_based_deduplication and not fifo:
            raise ValueError(f"Content based deduplication can only be enabled for FIFO SNS topics. {where}")
        if message_retention_period_in_days and not fifo:
            raise ValueError(f"`messageRetentionPeriodInDays` is only valid for FIFO SNS topics. {where}")
        if fifo_throughput_scope and not fifo:
            raise ValueError(f"`fifoThroughputScope` can only be set for FIFO SNS topics. {where}")
        days = message_retention_period_in_days
        if days is not None and not unresolved(days) and not (float(days).is_integer() and 1 <= days <= 365):
            raise ValueError(f"`messageRetentionPeriodInDays` must be an integer between 1 and 365 {where}")
        self._logging_configs: list[Any] = []
        for config in logging_configs or []:
            self.add_logging_config(config)
        if fifo and topic_name and not topic_name.endswith(".fifo"):
            cfn_topic_name: str | None = self.physical_name + ".fifo"
        elif fifo and not topic_name:
            cfn_topic_name = f"{Names.unique_resource_name(self, max_length=251, separator='-')}.fifo"
        else:
            cfn_topic_name = self.physical_name
        if signature_version and not unresolved(signature_version) and signature_version not in ("1", "2"):
            raise ValueError(f'signatureVersion must be "1" or "2", received: "{signature_version}" {where}')
        if display_name and not unresolved(display_name) and len(display_name) > 100:
            raise ValueError(
                f"displayName must be less than or equal to 100 characters, got {len(display_name)} {where}"
            )
        self._resource = CfnTopic(
            self,
            "Resource",
            archive_policy={"MessageRetentionPeriod": days} if days else None,
            display_name=display_name,
            topic_name=cfn_topic_name,
            kms_master_key_id=master_key.key_arn if master_key is not None else None,
            content_based_deduplication=content_based_deduplication,
            fifo_topic=fifo,
            signature_version=signature_version,
            delivery_status_logging=Lazy.uncached_any(lambda *_: self._render_logging_configs() or None),
            tracing_config=tracing_config.value if tracing_config is not None else None,
            fifo_throughput_scope=fifo_throughput_scope.value if fifo_throughput_scope is not None else None,
        )
        self.master_key = master_key
        self.fifo = bool(fifo)
        self.content_based_deduplication = bool(content_based_deduplication)
        self.topic_arn = self.get_resource_arn_attribute(
            self._resource.ref, {"service": "sns", "resource": self.physical_name}
        )
        self.topic_name = self.get_resource_name_attribute(self._resource.attr_topic_name)
        if enforce_ssl:
            self._add_ssl_policy()

    def add_logging_config(
        self,
        config: LoggingConfig | None = None,
        *,
        protocol: LoggingProtocol | None = None,
        failure_feedback_role: Any = None,
        success_feedback_role: Any = None,
        success_feedback_sample_rate: float | None = None,
    ) -> None:
        """Add delivery status logging for a protocol (a ``LoggingConfig``, or its fields as keyword arguments
        as in aws-cdk-lib's Python API)."""
        if config is None:
            if protocol is None:
                raise TypeError("add_logging_config needs a LoggingConfig or its 'protocol'")
            config = LoggingConfig(
                protocol=protocol,
                failure_feedback_role=failure_feedback_role,
                success_feedback_role=success_feedback_role,
                success_feedback_sample_rate=success_feedback_sample_rate,
            )
        add_method_metadata(self, "addLoggingConfig", [config])
        self._logging_configs.append(config)

    def _render_logging_configs(self) -> list[dict[str, Any]]:
        rendered = []
        for spec in self._logging_configs:
            rate = get_field(spec, "success_feedback_sample_rate")
            if rate is not None and (not float(rate).is_integer() or rate < 0 or rate > 100):
                raise ValueError(
                    f"Success feedback sample rate must be an integer between 0 and 100 (at {self.node.path})"
                )
            protocol = get_field(spec, "protocol")
            entry = {
                "protocol": protocol.value if isinstance(protocol, LoggingProtocol) else protocol,
                "failureFeedbackRoleArn": _role_arn(get_field(spec, "failure_feedback_role")),
                "successFeedbackRoleArn": _role_arn(get_field(spec, "success_feedback_role")),
                "successFeedbackSampleRate": js_number(rate) if rate is not None else None,
            }
            rendered.append({k: v for k, v in entry.items() if v is not None})
        return rendered

    @staticmethod
    def from_topic_arn(scope: Construct, id: str, topic_arn: str) -> ITopic:
        """Import an existing topic by ARN."""
        return Topic.from_topic_attributes(scope, id, topic_arn=topic_arn)

    @staticmethod
    def from_topic_attributes(
        scope: Construct,
        id: str,
        attrs: TopicAttributes | None = None,
        *,
        topic_arn: str | None = None,
        content_based_deduplication: bool | None = None,
        key_arn: str | None = None,
    ) -> ITopic:
        """Import an existing topic from its ARN (and optionally its key and de-duplication setting)."""
        arn = topic_arn if topic_arn is not None else get_field(attrs, "topic_arn")
        if arn is None:
            raise ValueError(f"Topic.from_topic_attributes needs topic_arn (importing '{id}')")
        if content_based_deduplication is None:
            content_based_deduplication = get_field(attrs, "content_based_deduplication")
        if key_arn is None:
            key_arn = get_field(attrs, "key_arn")
        return _ImportedTopic(scope, id, TopicAttributes(arn, content_based_deduplication, key_arn))


class _ImportedTopic(TopicBase):
    def __init__(self, scope: Construct, id: str, attrs: TopicAttributes) -> None:
        name = Stack.of(scope).split_arn(attrs.topic_arn, ArnFormat.NO_RESOURCE_NAME).resource
        fifo = name.endswith(".fifo")
        if attrs.content_based_deduplication and not fifo:
            raise ValueError(
                "Cannot import topic; contentBasedDeduplication is only available for FIFO SNS topics. "
                f"(importing '{id}' under {scope.node.path or '<root>'})"
            )
        super().__init__(scope, id, environment_from_arn=attrs.topic_arn)
        self._auto_create_policy = False
        self.topic_arn = attrs.topic_arn
        self.topic_name = name
        self.master_key = None
        if attrs.key_arn:
            from purecdk.aws_kms import Key

            self.master_key = Key.from_key_arn(self, "Key", attrs.key_arn)
        self.fifo = fifo
        self.content_based_deduplication = bool(attrs.content_based_deduplication)
