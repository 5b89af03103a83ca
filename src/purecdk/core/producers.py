"""The producer interfaces of ``Lazy``: objects with a ``produce(context)`` method."""

from __future__ import annotations

from typing import Any, Protocol, runtime_checkable


@runtime_checkable
class IStableStringProducer(Protocol):
    """Produces a string once (``Lazy.string``)."""

    def produce(self) -> str | None: ...


@runtime_checkable
class IStringProducer(Protocol):
    """Produces a string every time it is resolved (``Lazy.uncached_string``)."""

    def produce(self, context: Any) -> str | None: ...


@runtime_checkable
class IStableNumberProducer(Protocol):
    """Produces a number once (``Lazy.number``)."""

    def produce(self) -> float | None: ...


@runtime_checkable
class INumberProducer(Protocol):
    """Produces a number every time it is resolved."""

    def produce(self, context: Any) -> float | None: ...


@runtime_checkable
class IStableListProducer(Protocol):
    """Produces a list of strings once (``Lazy.list``)."""

    def produce(self) -> list[str] | None: ...


@runtime_checkable
class IListProducer(Protocol):
    """Produces a list of strings every time it is resolved."""

    def produce(self, context: Any) -> list[str] | None: ...


@runtime_checkable
class IStableAnyProducer(Protocol):
    """Produces any value once (``Lazy.any``)."""

    def produce(self) -> Any: ...


@runtime_checkable
class IAnyProducer(Protocol):
    """Produces any value every time it is resolved."""

    def produce(self, context: Any) -> Any: ...
