"""The provider of ``Custom::ECRAutoDeleteImages``: empties a tagged repository before CloudFormation deletes it."""

from __future__ import annotations

import os
from typing import Any

from purecdk.constructs import Construct
from purecdk.core.custom_resource_provider import CustomResourceProviderBase
from purecdk.core.stack import Stack

__all__ = ["AUTO_DELETE_IMAGES_HANDLER_DIRECTORY", "AutoDeleteImagesProvider", "HANDLER_RUNTIME"]

AUTO_DELETE_IMAGES_HANDLER_DIRECTORY = os.path.join(os.path.dirname(__file__), "auto_delete_images_handler")
"""The handler's code directory (``index.py``), shipped as package data."""

HANDLER_RUNTIME = "python3.13"
"""The Lambda runtime of purecdk's handler (aws-cdk-lib uses the latest Node.js runtime for its own)."""


class AutoDeleteImagesProvider(CustomResourceProviderBase):
    """The Lambda function (one per stack) that deletes the images of repositories tagged for auto-deletion."""

    _FQN = "aws-cdk-lib.CustomResourceProviderBase"

    def __init__(self, scope: Construct, id: str, **props: Any) -> None:
        super().__init__(
            scope,
            id,
            code_directory=AUTO_DELETE_IMAGES_HANDLER_DIRECTORY,
            runtime_name=HANDLER_RUNTIME,
            **props,
        )
        self.node.add_metadata("aws:cdk:is-custom-resource-handler-customResourceProvider", True)

    @classmethod
    def get_or_create_provider(cls, scope: Construct, uniqueid: str, **props: Any) -> AutoDeleteImagesProvider:
        """The stack's provider (a child ``<uniqueid>CustomResourceProvider`` of the stack), created on first use."""
        id = f"{uniqueid}CustomResourceProvider"
        stack = Stack.of(scope)
        existing = stack.node.try_find_child(id)
        if existing is not None:
            return existing  # type: ignore[return-value]
        return cls(stack, id, use_cfn_response_wrapper=False, **props)
