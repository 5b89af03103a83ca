"""``SubscriptionProps``: the options every subscriber of ``aws_sns_subscriptions`` accepts."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from purecdk.core.struct_class import Struct


class SubscriptionProps(Struct, kw_only=True):
    """Options of a subscriber: a dead-letter queue and a filter policy (on attributes or on the message body)."""

    dead_letter_queue: Any = None
    filter_policy: Mapping[str, Any] | None = None
    filter_policy_with_message_body: Mapping[str, Any] | None = None
