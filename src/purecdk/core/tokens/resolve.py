"""Deep resolution of tokens into CloudFormation values."""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import Any

from purecdk.constructs import Construct
from purecdk.core.resolution_type_hint import ResolutionTypeHint
from purecdk.core.tokens.cfn_lang import cfn_concat
from purecdk.core.tokens.encoding import (
    Fragment,
    TokenizedStringFragments,
    extract_token_double,
    has_string_token,
    is_list_token,
    split_list_token,
    split_string,
)
from purecdk.core.tokens.hinted import HintedDict, resolved_type_hint, tag_resolved_value
from purecdk.core.tokens.resolvable import is_resolvable
from purecdk.core.tokens.token_map import TokenMap

_MAX_DEPTH = 200


class ResolveContext:
    """The context handed to a token's ``resolve``."""

    __slots__ = ("scope", "preparing", "document_path", "_resolver", "_post_processors", "_remove_empty")

    def __init__(
        self, scope: Any, preparing: bool, document_path: list[str], resolver: Any, remove_empty: bool
    ) -> None:
        self.scope = scope
        self.preparing = preparing
        self.document_path = document_path
        self._resolver = resolver
        self._post_processors: list[Any] = []
        self._remove_empty = remove_empty

    def resolve(self, x: Any) -> Any:
        """Resolve ``x`` further in this context."""
        return _resolve(x, self.scope, self.document_path, self._resolver, self.preparing, self._remove_empty)

    @property
    def value_discarded(self) -> bool:
        """Whether the resolved value is thrown away (only the tokens met matter, as in reference discovery)."""
        return bool(getattr(self._resolver, "value_discarded", False))

    def register_post_processor(self, post_processor: Any) -> None:
        """Run ``post_processor.post_process(value, context)`` on the resolved value."""
        self._post_processors.append(post_processor)


class DefaultTokenResolver:
    """Resolves tokens by calling ``resolve`` and joins string fragments with CloudFormation ``Fn::Join``."""

    def resolve_token(self, token: Any, context: ResolveContext) -> Any:
        """Resolve one token (and whatever it resolves to)."""
        resolved = token.resolve(context)
        resolved = context.resolve(resolved)
        for post in context._post_processors:
            resolved = post.post_process(resolved, context)
        return resolved

    def resolve_string(self, fragments: TokenizedStringFragments, context: ResolveContext) -> Any:
        """Resolve a string that contains tokens."""
        values: list[Any] = []
        for f in fragments.fragments:
            values.append(context.resolve(f.value) if f.kind == "token" else f.value)
        if not values:
            return cfn_concat(None, None)
        result = values[0]
        for v in values[1:]:
            result = cfn_concat(result, v)
        return result

    def resolve_list(self, xs: list[Any], context: ResolveContext) -> Any:
        """Resolve a list token."""
        if len(xs) != 1:
            raise ValueError(f"Cannot add elements to list token, got: {xs}")
        fragments = split_list_token(xs[0], TokenMap.instance())
        if len(fragments) != 1:
            raise ValueError(f"Cannot concatenate strings in a tokenized string array, got: {xs[0]}")
        return context.resolve(fragments.first_value)


class RememberingTokenResolver(DefaultTokenResolver):
    """A resolver that records every token it meets (used to find references)."""

    def __init__(self) -> None:
        self.tokens: list[Any] = []
        self._seen: set[int] = set()

    def resolve_token(self, token: Any, context: ResolveContext) -> Any:
        if id(token) not in self._seen:
            self._seen.add(id(token))
            self.tokens.append(token)
        return super().resolve_token(token, context)


class ReferenceFinder(RememberingTokenResolver):
    """Remembers tokens to discover references; the resolved value is thrown away (post-processors that only
    reshape a value may skip that work, see ``ResolveContext.value_discarded``)."""

    value_discarded = True


_DEFAULT_RESOLVER = DefaultTokenResolver()


def resolve(
    obj: Any,
    *,
    scope: Any,
    resolver: Any = None,
    preparing: bool = False,
    remove_empty: bool = True,
    prefix: list[str] | None = None,
) -> Any:
    """Resolve every token in ``obj`` in the context of ``scope``."""
    return _resolve(obj, scope, prefix or [], resolver or _DEFAULT_RESOLVER, preparing, remove_empty)


_STRING_TOKEN_MARK = "{Token["
"""Every encoded string or list token contains this (``${Token[...]}``, ``#{Token[...]}``)."""
_NUMBER_TOKEN_MARK = "e+289"
"""Every number token printed into a string contains this."""
_LIST_TOKEN_MARK = "#{Token["


def _circular(prefix: list[str]) -> RecursionError:
    return RecursionError("Unable to resolve object tree with circular reference. Path: /" + "/".join(prefix))


def _resolve(
    obj: Any, scope: Any, prefix: list[str], resolver: Any, preparing: bool, remove_empty: bool
) -> Any:
    # ``prefix`` is the document path of ``obj``; containers push their keys onto it while they resolve a child
    # and pop them afterwards (a ResolveContext keeps a copy). Plain strings, dicts and lists -- nearly all of a
    # template -- take the fast paths below; everything else goes through ``_resolve_other``.
    cls = type(obj)
    if cls is str:
        if len(prefix) > _MAX_DEPTH:
            raise _circular(prefix)
        if _STRING_TOKEN_MARK not in obj and _NUMBER_TOKEN_MARK not in obj:
            return obj
        return _resolve_string(obj, scope, prefix, resolver, preparing, remove_empty)
    if len(prefix) > _MAX_DEPTH:
        raise _circular(prefix)
    if cls is dict or cls is HintedDict:
        result: dict[str, Any] = {}
        for key, raw in obj.items():
            raw_cls = type(raw)
            if (
                raw_cls is str and _STRING_TOKEN_MARK not in raw and _NUMBER_TOKEN_MARK not in raw
            ) or raw_cls is bool or raw_cls is int:
                value: Any = raw
                if len(prefix) >= _MAX_DEPTH:
                    raise _circular([*prefix, str(key)])
            else:
                prefix.append(key if type(key) is str else str(key))
                try:
                    value = _resolve(raw, scope, prefix, resolver, preparing, remove_empty)
                finally:
                    prefix.pop()
                if value is None and remove_empty:
                    continue
            if type(key) is not str or _STRING_TOKEN_MARK in key or _NUMBER_TOKEN_MARK in key:
                key = _resolve_key(key, scope, prefix, resolver, preparing, remove_empty)
            result[key] = value
        if cls is HintedDict and obj.type_hint:
            return tag_resolved_value(result, obj.type_hint)
        return result
    if cls is list:
        for x in obj:
            if isinstance(x, str) and _LIST_TOKEN_MARK in x and is_list_token(x):
                ctx = ResolveContext(scope, preparing, list(prefix), resolver, remove_empty)
                return tag_resolved_value(resolver.resolve_list(list(obj), ctx), ResolutionTypeHint.STRING_LIST)
        out = []
        for i, x in enumerate(obj):
            if type(x) is str and _STRING_TOKEN_MARK not in x and _NUMBER_TOKEN_MARK not in x:
                if len(prefix) >= _MAX_DEPTH:
                    raise _circular([*prefix, str(i)])
                out.append(x)
                continue
            prefix.append(str(i))
            try:
                value = _resolve(x, scope, prefix, resolver, preparing, remove_empty)
            finally:
                prefix.pop()
            if value is not None or not remove_empty:
                out.append(value)
        return out
    if obj is None or cls is bool or cls is int:
        return obj
    if _TOKEN_CLASSES.get(cls) or (cls not in _TOKEN_CLASSES and _plain_token_class(cls)):
        return _resolve_token(obj, scope, prefix, resolver, preparing, remove_empty)
    return _resolve_other(obj, scope, prefix, resolver, preparing, remove_empty)


def _single_token(s: str) -> TokenizedStringFragments | None:
    """The fragments of a string that is exactly one registered token (what ``split_string`` would return)."""
    # registered keys only hold valid key characters, so a hit means the whole string is one token
    if s.startswith("${Token[") and s.endswith("]}"):
        token = TokenMap.instance().lookup_string_key(s[8:-2])
        if token is not None:
            return TokenizedStringFragments([Fragment("token", token)])
    return None


def _resolve_key(key: Any, scope: Any, prefix: list[str], resolver: Any, preparing: bool, remove_empty: bool) -> Any:
    if isinstance(key, str) and has_string_token(key):
        resolved_key = _resolve(key, scope, prefix, resolver, preparing, remove_empty)
        if not isinstance(resolved_key, str):
            raise ValueError(
                f'"{key}" is used as the key in a map so must resolve to a string, but it resolves to: '
                f"{resolved_key}. Consider using \"CfnJson\" to delay resolution to deployment-time"
            )
        return resolved_key
    return key


def _resolve_string(obj: str, scope: Any, prefix: list[str], resolver: Any, preparing: bool, remove_empty: bool) -> Any:
    """A string that may hold tokens."""
    if _LIST_TOKEN_MARK in obj and is_list_token(obj):
        fragments = split_list_token(obj, TokenMap.instance())
        if fragments.tokens:
            ctx = ResolveContext(scope, preparing, list(prefix), resolver, remove_empty)
            return resolver.resolve_string(fragments, ctx)
        return obj
    if not has_string_token(obj):
        return obj
    single = _single_token(obj)
    if single is not None and type(resolver).resolve_string is DefaultTokenResolver.resolve_string:
        # exactly one token: what DefaultTokenResolver.resolve_string does with a single fragment
        ctx = ResolveContext(scope, preparing, list(prefix), resolver, remove_empty)
        return tag_resolved_value(ctx.resolve(single.first_value), ResolutionTypeHint.STRING)
    fragments = single or split_string(obj, TokenMap.instance())
    if not fragments.tokens:
        return obj
    ctx = ResolveContext(scope, preparing, list(prefix), resolver, remove_empty)
    return tag_resolved_value(resolver.resolve_string(fragments, ctx), ResolutionTypeHint.STRING)


def _resolve_token(obj: Any, scope: Any, prefix: list[str], resolver: Any, preparing: bool, remove_empty: bool) -> Any:
    """An object token (``is_resolvable``)."""
    ctx = ResolveContext(scope, preparing, list(prefix), resolver, remove_empty)
    hint = getattr(obj, "type_hint", None)
    if not isinstance(hint, ResolutionTypeHint):
        hint = ResolutionTypeHint.STRING
    return tag_resolved_value(resolver.resolve_token(obj, ctx), hint)


_TOKEN_CLASSES: dict[type, bool] = {}
"""Per class: whether its instances are plain object tokens (a ``resolve`` method; not a construct, an enum,
a class, a string, number or container), so ``_resolve`` can skip the generic type checks."""
_NOT_PLAIN_TOKENS = (enum.Enum, str, int, float, list, tuple, dict, type, Construct)


def _plain_token_class(cls: type) -> bool:
    known = _TOKEN_CLASSES.get(cls)
    if known is None:
        known = callable(getattr(cls, "resolve", None)) and not issubclass(cls, _NOT_PLAIN_TOKENS)
        _TOKEN_CLASSES[cls] = known
    return known


def _resolve_other(
    obj: Any, scope: Any, prefix: list[str], resolver: Any, preparing: bool, remove_empty: bool
) -> Any:
    if len(prefix) > _MAX_DEPTH:
        raise _circular(prefix)
    if obj is None or isinstance(obj, bool):
        return obj
    if isinstance(obj, enum.Enum):
        return obj.value
    if isinstance(obj, str):
        return _resolve_string(obj, scope, prefix, resolver, preparing, remove_empty)
    if isinstance(obj, (int, float)):
        if isinstance(obj, float) and extract_token_double(obj) is not None:
            token = TokenMap.instance().lookup_number(obj)
            if token is None:
                return obj
            ctx = ResolveContext(scope, preparing, list(prefix), resolver, remove_empty)
            return tag_resolved_value(resolver.resolve_token(token, ctx), ResolutionTypeHint.NUMBER)
        return obj
    if isinstance(obj, (list, tuple)):
        if any(is_list_token(x) for x in obj):
            ctx = ResolveContext(scope, preparing, list(prefix), resolver, remove_empty)
            return tag_resolved_value(resolver.resolve_list(list(obj), ctx), ResolutionTypeHint.STRING_LIST)
        out = []
        for i, x in enumerate(obj):
            value = _resolve(x, scope, [*prefix, str(i)], resolver, preparing, remove_empty)
            if value is not None or not remove_empty:
                out.append(value)
        return out
    if is_resolvable(obj):
        return _resolve_token(obj, scope, prefix, resolver, preparing, remove_empty)
    if isinstance(obj, dict):
        result: dict[str, Any] = {}
        for key, raw in obj.items():
            value = _resolve(raw, scope, [*prefix, str(key)], resolver, preparing, remove_empty)
            if value is None and remove_empty:
                continue
            if isinstance(key, str) and has_string_token(key):
                resolved_key = _resolve(key, scope, prefix, resolver, preparing, remove_empty)
                if not isinstance(resolved_key, str):
                    raise ValueError(
                        f'"{key}" is used as the key in a map so must resolve to a string, but it resolves to: '
                        f"{resolved_key}. Consider using \"CfnJson\" to delay resolution to deployment-time"
                    )
                key = resolved_key
            result[key] = value
        hint = resolved_type_hint(obj)
        return tag_resolved_value(result, hint) if hint else result
    to_resolvable: Callable[[], Any] | None = getattr(obj, "_to_resolvable", None)
    if to_resolvable is not None:
        return _resolve(to_resolvable(), scope, prefix, resolver, preparing, remove_empty)
    from purecdk.constructs import Construct

    if isinstance(obj, Construct):
        raise TypeError("Trying to resolve() a Construct at /" + "/".join(prefix))
    if callable(obj):
        raise TypeError(
            "Trying to resolve a non-data object. Only token are supported for lazy evaluation. "
            f"Path: /{'/'.join(prefix)}. Object: {obj}"
        )
    return obj
