"""``Repository.from_lookup``: finding an existing repository through the ``cdk`` CLI's context lookups."""

from __future__ import annotations

from typing import Any

from purecdk.core.context_provider import ContextProvider
from purecdk.core.stack import Stack
from purecdk.core.struct_class import Struct

__all__ = ["RepositoryLookupOptions", "lookup_repository_arn"]

CC_API_PROVIDER = "cc-api-provider"
"""The context provider that reads resources through the Cloud Control API."""


class RepositoryLookupOptions(Struct, kw_only=True):
    """What to look a repository up by: its name, its ARN, or both."""

    repository_name: str | None = None
    """The name of the repository."""
    repository_arn: str | None = None
    """The ARN of the repository."""


def lookup_repository_arn(scope: Any, identifier: str) -> str:
    """The ARN of the repository named ``identifier``, from the context (or a ``DUMMY_ARN`` placeholder)."""
    dummy_arn = Stack.of(scope).format_arn(
        service="ecr", region="us-east-1", account="123456789012", resource="repository", resource_name="DUMMY_ARN"
    )
    value = ContextProvider.get_value(
        scope,
        provider=CC_API_PROVIDER,
        props={"typeName": "AWS::ECR::Repository", "exactIdentifier": identifier, "propertiesToReturn": ["Arn"]},
        dummy_value=[{"Arn": dummy_arn}],
    )
    return str(value[0]["Arn"])
