"""``IResolvable`` and friends: the protocol of values that are only known at synthesis time."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol, runtime_checkable

from purecdk.constructs import Construct


@runtime_checkable
class IResolvable(Protocol):
    """A value that resolves to a CloudFormation fragment at synthesis time."""

    def resolve(self, context: IResolveContext) -> Any: ...


@runtime_checkable
class IPostProcessor(Protocol):
    """Post-processes a resolved value (``post_process(input, context)``)."""

    def post_process(self, input: Any, context: IResolveContext) -> Any: ...


class IResolveContext(Protocol):
    """What a token sees while it is being resolved."""

    @property
    def scope(self) -> Any: ...

    @property
    def preparing(self) -> bool: ...

    @property
    def document_path(self) -> list[str]: ...

    def resolve(self, x: Any) -> Any: ...

    def register_post_processor(self, post_processor: IPostProcessor) -> None: ...


_NEVER_RESOLVABLE = (str, int, float, bool, list, dict, tuple, type)


def is_resolvable(x: object) -> bool:
    """Whether ``x`` is an object token (has a callable ``resolve``)."""
    if x is None or isinstance(x, _NEVER_RESOLVABLE):
        return False
    if isinstance(x, Construct):
        return bool(getattr(type(x), "_RESOLVABLE_CONSTRUCT", False))
    return callable(getattr(x, "resolve", None))


ProduceFn = Callable[..., Any]
