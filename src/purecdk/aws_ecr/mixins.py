"""Mixins for ECR constructs (``aws_ecr.mixins``), applied with ``construct.with_(...)``."""

from __future__ import annotations

from typing import Any

from purecdk.aws_ecr._generated import CfnRepository
from purecdk.core.mixins import Mixin

__all__ = ["RepositoryAutoDeleteImages"]


class RepositoryAutoDeleteImages(Mixin):
    """Delete a repository's images when it is deleted (``EmptyOnDelete``); pair with ``RemovalPolicy.DESTROY``."""

    def supports(self, construct: Any) -> bool:
        """Only ``CfnRepository`` resources."""
        return isinstance(construct, CfnRepository)

    def apply_to(self, construct: Any) -> None:
        """Set ``empty_on_delete`` on the repository."""
        if self.supports(construct):
            construct.empty_on_delete = True
