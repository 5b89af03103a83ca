"""``FilterOrPolicy``: one node of a message-body filter policy (a filter, or a nested policy of further nodes)."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import Any

from purecdk.aws_sns.subscription_filter import SubscriptionFilter


class FilterOrPolicyType(enum.Enum):
    """What a ``FilterOrPolicy`` node holds."""

    FILTER = 0
    POLICY = 1


class FilterOrPolicy:
    """A node of a message-body filter policy: ``FilterOrPolicy.filter(...)`` or ``FilterOrPolicy.policy({...})``."""

    type: FilterOrPolicyType

    @staticmethod
    def filter(filter: SubscriptionFilter) -> Filter:
        """A leaf: the conditions for the value at this key."""
        return Filter(filter)

    @staticmethod
    def policy(policy: Mapping[str, FilterOrPolicy]) -> Policy:
        """A nested object: further keys of the message body."""
        return Policy(policy)

    def is_filter(self) -> bool:
        """Whether this node is a ``Filter``."""
        return self.type is FilterOrPolicyType.FILTER

    def is_policy(self) -> bool:
        """Whether this node is a ``Policy``."""
        return self.type is FilterOrPolicyType.POLICY


class Filter(FilterOrPolicy):
    """A leaf of a message-body filter policy."""

    type = FilterOrPolicyType.FILTER

    def __init__(self, filter_doc: SubscriptionFilter) -> None:
        self.filter_doc = filter_doc

    def _js_own_properties(self) -> dict[str, Any]:
        return {"filterDoc": self.filter_doc, "type": self.type.value}


class Policy(FilterOrPolicy):
    """A nested object of a message-body filter policy."""

    type = FilterOrPolicyType.POLICY

    def __init__(self, policy_doc: Mapping[str, FilterOrPolicy]) -> None:
        self.policy_doc = dict(policy_doc)

    def _js_own_properties(self) -> dict[str, Any]:
        return {"policyDoc": self.policy_doc, "type": self.type.value}
