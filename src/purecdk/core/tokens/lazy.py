"""``Lazy``: values computed at synthesis time by a producer."""

from __future__ import annotations

import builtins
from typing import Any

from purecdk.core.resolution_type_hint import ResolutionTypeHint
from purecdk.core.tokens.token import Token


def _call_producer(producer: Any, context: Any) -> Any:
    produce = getattr(producer, "produce", None)
    if produce is not None:
        try:
            return produce(context)
        except TypeError:
            return produce()
    if callable(producer):
        try:
            return producer(context)
        except TypeError:
            return producer()
    raise TypeError(f"A Lazy producer must have a produce() method or be callable, got {producer!r}")


class LazyValue:
    """The token behind ``Lazy.*``: calls the producer (once, when cached) at resolution time."""

    def __init__(
        self,
        producer: Any,
        *,
        cache: bool,
        omit_empty: bool = False,
        omit_empty_array: bool = False,
        type_hint: ResolutionTypeHint = ResolutionTypeHint.STRING,
    ) -> None:
        self._producer = producer
        self._cache = cache
        self._cached: Any = None
        self._has_cached = False
        self._omit_empty = omit_empty or omit_empty_array
        self.type_hint = type_hint
        self.creation_stack: list[str] = []

    def resolve(self, context: Any) -> Any:
        """Produce the value."""
        if self._cache and self._has_cached:
            value = self._cached
        else:
            value = _call_producer(self._producer, context)
            if self._cache:
                self._cached, self._has_cached = value, True
        if self._omit_empty and isinstance(value, (list, tuple)) and len(value) == 0:
            return None
        return value

    def __str__(self) -> str:
        return Token.as_string(self)


def _opt(options: Any, name: str, camel: str) -> Any:
    if options is None:
        return None
    if isinstance(options, dict):
        return options.get(name, options.get(camel))
    return getattr(options, name, None)


class Lazy:
    """Values whose content is produced at synthesis time."""

    @staticmethod
    def string(producer: Any, options: Any = None, *, display_hint: str | None = None) -> str:
        """A string produced at synthesis time (produced once)."""
        hint = display_hint or _opt(options, "display_hint", "displayHint")
        return Token.as_string(LazyValue(producer, cache=True), display_hint=hint)

    @staticmethod
    def uncached_string(producer: Any, options: Any = None, *, display_hint: str | None = None) -> str:
        """A string produced every time it is resolved."""
        hint = display_hint or _opt(options, "display_hint", "displayHint")
        return Token.as_string(LazyValue(producer, cache=False), display_hint=hint)

    @staticmethod
    def number(producer: Any) -> float:
        """A number produced at synthesis time."""
        return Token.as_number(LazyValue(producer, cache=True, type_hint=ResolutionTypeHint.NUMBER))

    @staticmethod
    def uncached_number(producer: Any) -> float:
        """A number produced every time it is resolved."""
        return Token.as_number(LazyValue(producer, cache=False, type_hint=ResolutionTypeHint.NUMBER))

    @staticmethod
    def list(
        producer: Any, options: Any = None, *, display_hint: str | None = None, omit_empty: bool | None = None
    ) -> builtins.list[str]:
        """A list of strings produced at synthesis time."""
        hint = display_hint or _opt(options, "display_hint", "displayHint")
        omit = bool(omit_empty if omit_empty is not None else _opt(options, "omit_empty", "omitEmpty"))
        token = LazyValue(producer, cache=True, omit_empty=omit, type_hint=ResolutionTypeHint.STRING_LIST)
        return Token.as_list(token, display_hint=hint)

    @staticmethod
    def uncached_list(
        producer: Any, options: Any = None, *, display_hint: str | None = None, omit_empty: bool | None = None
    ) -> builtins.list[str]:
        """A list of strings produced every time it is resolved."""
        hint = display_hint or _opt(options, "display_hint", "displayHint")
        omit = bool(omit_empty if omit_empty is not None else _opt(options, "omit_empty", "omitEmpty"))
        token = LazyValue(producer, cache=False, omit_empty=omit, type_hint=ResolutionTypeHint.STRING_LIST)
        return Token.as_list(token, display_hint=hint)

    @staticmethod
    def any(
        producer: Any,
        options: Any = None,
        *,
        display_hint: str | None = None,
        omit_empty_array: bool | None = None,
    ) -> Any:
        """Any value produced at synthesis time (an object token)."""
        omit = omit_empty_array if omit_empty_array is not None else _opt(options, "omit_empty_array", "omitEmptyArray")
        return LazyValue(producer, cache=True, omit_empty_array=bool(omit))

    @staticmethod
    def uncached_any(
        producer: Any,
        options: Any = None,
        *,
        display_hint: str | None = None,
        omit_empty_array: bool | None = None,
    ) -> Any:
        """Any value produced every time it is resolved."""
        omit = omit_empty_array if omit_empty_array is not None else _opt(options, "omit_empty_array", "omitEmptyArray")
        return LazyValue(producer, cache=False, omit_empty_array=bool(omit))
