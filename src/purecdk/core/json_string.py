"""``Stack.to_json_string``: JSON text that may contain tokens, rendered as a CloudFormation ``Fn::Join``."""

from __future__ import annotations

import json
from typing import Any

from purecdk.core.resolution_type_hint import ResolutionTypeHint
from purecdk.core.tokens.cfn_lang import is_intrinsic, minimal_cloudformation_join
from purecdk.core.tokens.hinted import resolved_type_hint
from purecdk.core.tokens.lazy import Lazy
from purecdk.core.tokens.token import unresolved


def _quote(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)[1:-1]


def _deep_quote(x: Any) -> Any:
    if isinstance(x, list):
        return [_deep_quote(v) for v in x]
    if isinstance(x, dict):
        return {_deep_quote(k): _deep_quote(v) for k, v in x.items()}
    if isinstance(x, str):
        return _quote(x)
    return x


def _scalar(x: Any) -> str:
    from purecdk.core.tokens.js import js_json_dumps

    return js_json_dumps(x)


def token_aware_stringify(root: Any, space: int, ctx: Any) -> Any:
    """Render ``root`` as JSON text, keeping intrinsics as intrinsics."""
    segments: list[tuple[str, Any]] = []
    indent = 0

    def push_literal(text: str) -> None:
        if segments and segments[-1][0] == "literal":
            segments[-1][1].append(text)
        else:
            segments.append(("literal", [text]))

    def push_intrinsic(value: Any) -> None:
        segments.append(("intrinsic", value))

    def line_break() -> None:
        if space > 0:
            push_literal("\n" + " " * indent)

    def punct(p: str) -> str:
        return f"{p} " if space > 0 else p

    def render_intrinsic(value: Any) -> None:
        hint = resolved_type_hint(value)
        if hint is ResolutionTypeHint.STRING:
            push_literal('"')
            push_intrinsic(_deep_quote(dict(value)))
            push_literal('"')
        elif hint is ResolutionTypeHint.NUMBER:
            push_intrinsic(dict(value))
        else:
            raise ValueError(
                "Cannot render a token list inside JSON (Stack.to_json_string); CloudFormation cannot stringify lists"
            )

    def collection(pre: str, post: str, items: list[Any], each: Any) -> None:
        nonlocal indent
        push_literal(pre)
        indent += space
        first = True
        for item in items:
            if not first:
                push_literal(",")
            line_break()
            each(item)
            first = False
        indent -= space
        if not first:
            line_break()
        push_literal(post)

    def recurse(obj: Any) -> None:
        if obj is None:
            push_literal("null")
            return
        if unresolved(obj):
            raise ValueError("This shouldnt happen anymore")
        if isinstance(obj, list):
            collection("[", "]", obj, recurse)
            return
        if isinstance(obj, dict):
            if is_intrinsic(obj) and resolved_type_hint(obj) is not None:
                render_intrinsic(obj)
                return

            def entry(kv: tuple[str, Any]) -> None:
                recurse(kv[0])
                push_literal(punct(":"))
                recurse(kv[1])

            collection("{", "}", [(k, v) for k, v in obj.items() if v is not None], entry)
            return
        push_literal(_scalar(obj))

    recurse(ctx.resolve(root))
    rendered = ["".join(v) if kind == "literal" else v for kind, v in segments]
    if not rendered:
        return None
    if len(rendered) == 1:
        return rendered[0]
    return {"Fn::Join": ["", minimal_cloudformation_join("", rendered)]}


def to_json_string(obj: Any, space: int | None = None) -> str:
    """A string token that renders ``obj`` as JSON at synthesis time."""
    return Lazy.uncached_string(lambda ctx: token_aware_stringify(obj, space or 0, ctx))
