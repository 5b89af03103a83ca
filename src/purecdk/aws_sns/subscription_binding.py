"""``Topic.add_subscription``: bind a subscriber, then create its ``Subscription`` where the subscriber says."""

from __future__ import annotations

import re
from typing import Any

from purecdk.aws_sns.subscriber import TopicSubscriptionConfig
from purecdk.aws_sns.subscription import Subscription
from purecdk.aws_sns.subscription_options import SubscriptionOptions
from purecdk.core.analytics_metadata import JsObject, collecting, passing_props, struct_object
from purecdk.core.struct_class import struct_values
from purecdk.core.structs import get_field
from purecdk.core.tokens.token import Token

_TOKEN_ID = re.compile(r"TokenSubscription:(\d*)")
_OPTION_FIELDS = tuple(name for name, _ in SubscriptionOptions._struct_fields)


def subscribe(topic: Any, topic_subscription: Any) -> Subscription:
    """Create the subscription ``topic_subscription.bind(topic)`` describes (upstream ``TopicBase.addSubscription``)."""
    config = topic_subscription.bind(topic)
    scope = get_field(config, "subscriber_scope") or topic
    subscriber_id = get_field(config, "subscriber_id")
    if Token.is_unresolved(subscriber_id):
        subscriber_id = _next_token_id(scope)
    if scope.node.try_find_child(subscriber_id) is not None:
        raise ValueError(
            f'A subscription with id "{subscriber_id}" already exists under the scope {scope.node.path}'
        )
    options = {name: get_field(config, name) for name in _OPTION_FIELDS}
    props = _js_props(topic, topic_subscription, config) if collecting(scope) else None
    with passing_props(props):
        subscription = Subscription(scope, subscriber_id, topic=topic, **options)
    dependency = get_field(config, "subscription_dependency")
    if dependency:
        subscription.node.add_dependency(dependency)
    return subscription


def _next_token_id(scope: Any) -> str:
    """``TokenSubscription:<n>``, past the highest such id under ``scope``.

    Upstream scans with a global JavaScript regular expression, whose search resumes where its last match ended
    (and restarts from 0 after a miss); the same scan is reproduced here, so the numbers agree.
    """
    next_suffix = 1
    last_index = 0
    for construct in scope.node.find_all():
        text = construct.node.id
        match = _TOKEN_ID.search(text, last_index) if last_index <= len(text) else None
        if match is None:
            last_index = 0
            continue
        last_index = match.end()
        if match.group(1) and int(match.group(1)) >= next_suffix:
            next_suffix = int(match.group(1)) + 1
    return f"TokenSubscription:{next_suffix}"


def _js_props(topic: Any, binder: Any, config: Any) -> JsObject:
    """The properties upstream passes the subscription: ``{topic, ...config}``, as its JavaScript sees them."""
    literal_keys = getattr(binder, "_CONFIG_KEYS", None)
    if literal_keys is not None:  # aws-cdk-lib's own subscriber: an object literal, unset keys included
        values = struct_values(config) if isinstance(config, TopicSubscriptionConfig) else dict(config)
        entries: dict[str, Any] = {key: values.get(_snake(key)) for key in literal_keys}
    else:  # an app's subscriber: a struct from the Python side, only its set fields
        fields = struct_values(config) if isinstance(config, TopicSubscriptionConfig) else dict(config)
        entries = dict(struct_object("aws_sns.TopicSubscriptionConfig", fields))
    return JsObject({"topic": topic, **entries})


def _snake(camel: str) -> str:
    return re.sub(r"[A-Z]", lambda m: "_" + m.group(0).lower(), camel)
