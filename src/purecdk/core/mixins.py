"""``Mixin``: reusable changes applied to constructs with ``construct.with_(mixin)``."""

from __future__ import annotations

from typing import Any, Protocol, runtime_checkable

__all__ = ["IMixin", "Mixin"]


@runtime_checkable
class IMixin(Protocol):
    """Something ``Construct.with_`` can apply: it says which constructs it supports and changes them."""

    def supports(self, construct: Any) -> bool:
        """Whether this mixin applies to ``construct``."""
        ...

    def apply_to(self, construct: Any) -> None:
        """Change ``construct``."""
        ...


class Mixin:
    """The base of mixins: supports every construct unless a subclass says otherwise."""

    @staticmethod
    def is_mixin(x: Any) -> bool:
        """Whether ``x`` is a ``Mixin``."""
        return isinstance(x, Mixin)

    def supports(self, construct: Any) -> bool:
        """Whether this mixin applies to ``construct`` (all constructs by default)."""
        return True

    def apply_to(self, construct: Any) -> None:
        """Change ``construct``; subclasses implement this."""
        raise NotImplementedError(f"{type(self).__name__} must implement apply_to")
