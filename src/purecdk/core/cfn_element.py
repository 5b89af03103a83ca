"""``CfnElement``: anything that renders into a CloudFormation template section, with a logical id."""

from __future__ import annotations

from typing import Any

from purecdk.constructs import Construct
from purecdk.core.reference import CfnReference
from purecdk.core.tokens.encoding import has_string_token
from purecdk.core.tokens.lazy import Lazy
from purecdk.core.tokens.token import Token

LOGICAL_ID_METADATA = "aws:cdk:logicalId"


class CfnElement(Construct):
    """An element of a CloudFormation template (resource, output, parameter, condition, ...)."""

    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        from purecdk.core.stack import Stack

        self.stack: Stack = Stack.of(self)
        self._logical_id_override: str | None = None
        self._logical_id_locked = False
        path = self.node.path
        hint = path if len(path) <= 100 else path[:47] + "..." + path[-47:]
        self.logical_id: str = Lazy.uncached_string(lambda _ctx: self._synthesize_logical_id(),
                                                    display_hint=f"{hint}.LogicalID")
        self._own_logical_id_token = self.logical_id
        if not self.node.try_get_context("@aws-cdk/core:disableLogicalIdMetadata"):
            self.node.add_metadata(LOGICAL_ID_METADATA, self.logical_id)

    @staticmethod
    def is_cfn_element(x: Any) -> bool:
        """Whether ``x`` is a ``CfnElement``."""
        return isinstance(x, CfnElement)

    @property
    def creation_stack(self) -> list[str]:
        """Where this element was created (not recorded by purecdk)."""
        return []

    def override_logical_id(self, new_logical_id: str) -> None:
        """Use ``new_logical_id`` instead of the computed logical id."""
        if self._logical_id_locked:
            raise RuntimeError(
                f"The logicalId for resource at path {self.node.path} has been locked and cannot be overridden\n"
                'Make sure you are calling "overrideLogicalId" before Stack.exportValue'
            )
        self._logical_id_override = new_logical_id

    def _lock_logical_id(self) -> None:
        self._logical_id_locked = True

    def _synthesize_logical_id(self) -> str:
        if self._logical_id_override is not None:
            return self._logical_id_override
        return self.stack.get_logical_id(self)

    def _to_cloud_formation(self) -> dict[str, Any]:
        """The template fragment of this element (unresolved)."""
        raise NotImplementedError

    def _resolved_logical_id(self) -> str:
        """``logical_id`` resolved in this element's stack (tree.json and template validation ask for every
        resource's), without a trip through the resolver while it is still this element's own token."""
        if self.logical_id is self._own_logical_id_token:
            logical_id = self._own_logical_id_token_value()
            if logical_id is not None:
                return logical_id
        return str(self.stack.resolve(self.logical_id))

    def _logical_id_key(self) -> str:
        """The logical id to key this element's template section with: the plain id when resolving
        ``logical_id`` needs no resolver, else the token itself (the resolver resolves the key)."""
        if self.logical_id is self._own_logical_id_token:
            logical_id = self._own_logical_id_token_value()
            if logical_id is not None:
                return logical_id
        return self.logical_id

    def _own_logical_id_token_value(self) -> str | None:
        """What this element's own logical-id token resolves to, when its producer's answer holds no token
        (nothing left to resolve); else None."""
        logical_id = self._synthesize_logical_id()
        if type(logical_id) is str and not has_string_token(logical_id):
            return logical_id
        return None


class CfnRefElement(CfnElement):
    """A ``CfnElement`` that can be referenced with ``Ref``."""

    @property
    def ref(self) -> str:
        """``{"Ref": logicalId}`` as a string token."""
        return Token.as_string(CfnReference.for_(self, "Ref"))
