"""``DeliveryPolicy``: retries, throttling and content type of deliveries to HTTP/S subscriptions."""

from __future__ import annotations

import enum

from purecdk.core.duration import Duration
from purecdk.core.struct_class import Struct


class BackoffFunction(enum.Enum):
    """How SNS spaces the retries of the backoff phase."""

    ARITHMETIC = "ARITHMETIC"
    EXPONENTIAL = "EXPONENTIAL"
    GEOMETRIC = "GEOMETRIC"
    LINEAR = "LINEAR"


class HealthyRetryPolicy(Struct, kw_only=True):
    """Retries of deliveries to a healthy HTTP/S endpoint."""

    backoff_function: BackoffFunction | None = None
    max_delay_target: Duration | None = None
    min_delay_target: Duration | None = None
    num_max_delay_retries: float | None = None
    num_min_delay_retries: float | None = None
    num_no_delay_retries: float | None = None
    num_retries: float | None = None


class ThrottlePolicy(Struct, kw_only=True):
    """Throttling of deliveries to an HTTP/S endpoint."""

    max_receives_per_second: float | None = None


class RequestPolicy(Struct, kw_only=True):
    """The requests SNS sends to an HTTP/S endpoint."""

    header_content_type: str | None = None


class DeliveryPolicy(Struct, kw_only=True):
    """How messages are delivered to an HTTP/S subscription."""

    healthy_retry_policy: HealthyRetryPolicy | None = None
    request_policy: RequestPolicy | None = None
    throttle_policy: ThrottlePolicy | None = None
