"""``RuleTargetInput`` and ``EventField``: what a rule sends to its targets."""

from __future__ import annotations

import enum
import re
from collections.abc import Mapping
from typing import Any, Generic, TypeVar

from purecdk.core.struct_class import Struct
from purecdk.core.tokens.encoding import TokenizedStringFragments
from purecdk.core.tokens.lazy import Lazy
from purecdk.core.tokens.resolve import DefaultTokenResolver
from purecdk.core.tokens.token import Token, Tokenization

T = TypeVar("T")


class _ClassProperty(Generic[T]):
    """A read-only property of the class (``EventField.source``), as jsii exposes static getters."""

    def __init__(self, getter: Any) -> None:
        self._getter = getter
        self.__doc__ = getter.__doc__

    def __get__(self, instance: Any, owner: type) -> T:
        return self._getter(owner)  # type: ignore[no-any-return]


class RuleTargetInputProperties(Struct):
    """The input properties of a rule target (at most one of input, input_path, input_template)."""

    input: str | None = None
    input_path: str | None = None
    input_paths_map: Mapping[str, str] | None = None
    input_template: str | None = None


class EventField:
    """A field of the matched event, usable inside ``RuleTargetInput`` values (``EventField.from_path``)."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.display_hint = re.sub(r"[^a-zA-Z0-9_-]", "-", re.sub(r"^[^a-zA-Z0-9_-]+", "", path))
        self.creation_stack: list[str] = []

    @staticmethod
    def from_path(path: str) -> str:
        """A string that stands for the event field at this JSON path (e.g. ``$.detail.repository-name``)."""
        return str(EventField(path))

    @_ClassProperty
    def event_id(cls) -> str:
        """The event's ``id``."""
        return EventField.from_path("$.id")

    @_ClassProperty
    def detail_type(cls) -> str:
        """The event's ``detail-type``."""
        return EventField.from_path("$.detail-type")

    @_ClassProperty
    def source(cls) -> str:
        """The event's ``source``."""
        return EventField.from_path("$.source")

    @_ClassProperty
    def account(cls) -> str:
        """The account the event came from."""
        return EventField.from_path("$.account")

    @_ClassProperty
    def time(cls) -> str:
        """The event's ``time``."""
        return EventField.from_path("$.time")

    @_ClassProperty
    def region(cls) -> str:
        """The region the event came from."""
        return EventField.from_path("$.region")

    def resolve(self, context: Any) -> Any:
        """The JSON path."""
        return self.path

    def __str__(self) -> str:
        return Token.as_string(self, display_hint=self.display_hint)


class _InputType(enum.Enum):
    OBJECT = 0
    TEXT = 1
    MULTILINE = 2


class RuleTargetInput:
    """The input a rule sends to a target: a literal, an object, or a path into the event."""

    @staticmethod
    def from_text(text: str) -> RuleTargetInput:
        """Send this text (it may contain ``EventField`` values) as a JSON string."""
        return _FieldAwareEventInput(text, _InputType.TEXT)

    @staticmethod
    def from_multiline_text(text: str) -> RuleTargetInput:
        """Send this text; each line becomes its own JSON string."""
        return _FieldAwareEventInput(text, _InputType.MULTILINE)

    @staticmethod
    def from_object(obj: Any) -> RuleTargetInput:
        """Send this object as JSON (it may contain ``EventField`` values)."""
        return _FieldAwareEventInput(obj, _InputType.OBJECT)

    @staticmethod
    def from_event_path(path: str) -> RuleTargetInput:
        """Send the part of the event at this JSON path."""
        return _LiteralEventInput(RuleTargetInputProperties(input_path=path))

    def bind(self, rule: Any) -> RuleTargetInputProperties:
        """The input properties for a target of ``rule``."""
        raise NotImplementedError


class _LiteralEventInput(RuleTargetInput):
    def __init__(self, props: RuleTargetInputProperties) -> None:
        self._props = props

    def bind(self, rule: Any) -> RuleTargetInputProperties:
        return self._props


class _EventFieldReplacer(DefaultTokenResolver):
    """Replaces ``EventField`` tokens with ``<key>`` placeholders; leaves other tokens as tokens."""

    def __init__(self) -> None:
        self.input_paths_map: dict[str, str] = {}
        self._path_to_key: dict[str, str] = {}
        self._counter = 0

    def _key_for_field(self, field: EventField) -> str:
        existing = self._path_to_key.get(field.path)
        if existing is not None:
            return existing
        self._counter += 1
        key = field.display_hint or f"f{self._counter}"
        self._path_to_key[field.path] = key
        return key

    def resolve_token(self, token: Any, context: Any) -> Any:
        if not isinstance(token, EventField):
            return Token.as_string(token)
        key = self._key_for_field(token)
        existing = self.input_paths_map.get(key)
        if existing is not None and existing != token.path:
            raise ValueError(
                f"Single key '{key}' is used for two different JSON paths: '{token.path}' and '{existing}'; "
                "use distinct paths that do not map to the same placeholder name"
            )
        self.input_paths_map[key] = token.path
        return f"<{key}>"

    def resolve_string(self, fragments: TokenizedStringFragments, context: Any) -> Any:
        parts: list[str] = []
        for fragment in fragments.fragments:
            if fragment.kind == "token":
                parts.append(str(context.resolve(fragment.value)))
            else:
                parts.append(str(fragment.value))
        return "".join(parts)


class _FieldAwareEventInput(RuleTargetInput):
    def __init__(self, input: Any, input_type: _InputType) -> None:
        self._input = input
        self._input_type = input_type

    def bind(self, rule: Any) -> RuleTargetInputProperties:
        from purecdk.core.stack import Stack

        stack = Stack.of(rule)
        replacer = _EventFieldReplacer()
        resolved = Tokenization.resolve(self._input, scope=rule, resolver=replacer)
        rendered: str
        if self._input_type is _InputType.MULTILINE:
            rendered = "\n".join(stack.to_json_string(line) for line in str(resolved).split("\n"))
        else:
            rendered = stack.to_json_string(resolved)
        keys = list(replacer.input_paths_map)
        if not keys:
            return RuleTargetInputProperties(input=rendered)
        return RuleTargetInputProperties(
            input_template=self._unquote_key_placeholders(rendered, keys),
            input_paths_map=dict(replacer.input_paths_map),
        )

    def _unquote_key_placeholders(self, sub: str, keys: list[str]) -> str:
        if self._input_type is not _InputType.OBJECT:
            return sub
        patterns = [(re.compile(r'(?<!\\)"<' + re.escape(key) + '>"'), f"<{key}>") for key in keys]

        def deep_unquote(resolved: Any) -> Any:
            if isinstance(resolved, list):
                return [deep_unquote(x) for x in resolved]
            if isinstance(resolved, dict):
                return {k: deep_unquote(v) for k, v in resolved.items()}
            if isinstance(resolved, str):
                for pattern, replacement in patterns:
                    resolved = pattern.sub(replacement, resolved)
                return resolved
            return resolved

        return Lazy.uncached_string(lambda ctx: Token.as_string(deep_unquote(ctx.resolve(sub))))
