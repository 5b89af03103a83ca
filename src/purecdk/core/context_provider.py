"""``ContextProvider``: values the ``cdk`` CLI looks up in the AWS account and stores as context."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from purecdk.core.tokens.token import unresolved

PROVIDER_ERROR_KEY = "$providerError"


def _colon_quote(value: str) -> str:
    # aws-cdk-lib writes ``x.replace(/\$/g, "$$")``, which in JavaScript leaves "$" as it is
    return value.replace(":", "$:")


def _props_to_list(props: Mapping[str, Any], prefix: str = "") -> list[str]:
    parts: list[str] = []
    for key, value in props.items():
        if value is None:
            continue
        if isinstance(value, Mapping):
            parts.extend(_props_to_list(value, f"{prefix}{key}."))
        elif isinstance(value, (list, tuple)):
            parts.extend(_props_to_list({str(i): v for i, v in enumerate(value)}, f"{prefix}{key}."))
        elif isinstance(value, str):
            parts.append(f"{prefix}{key}={_colon_quote(value)}")
        else:
            parts.append(f"{prefix}{key}={json.dumps(value, separators=(',', ':'))}")
    return sorted(parts)


class ContextProvider:
    """Reads values of context providers from the context, reporting them as missing when absent."""

    @staticmethod
    def get_key(
        scope: Any,
        *,
        provider: str,
        props: Mapping[str, Any] | None = None,
        include_environment: bool | None = None,
        additional_cache_key: str | None = None,
    ) -> tuple[str, dict[str, Any]]:
        """The context key of a lookup and the props it stands for (environment included by default)."""
        from purecdk.core.stack import Stack

        stack = Stack.of(scope)
        all_props: dict[str, Any] = {}
        if include_environment is not False:
            all_props.update(account=stack.account, region=stack.region)
        if additional_cache_key:
            all_props["additionalCacheKey"] = additional_cache_key
        all_props.update(props or {})
        if any(unresolved(v) for v in all_props.values()):
            raise ValueError(
                f"Cannot determine scope for context provider {provider}.\nThis usually happens when one or "
                f"more of the provider props have unresolved tokens (at {scope.node.path})"
            )
        return f"{provider}:{':'.join(_props_to_list(all_props))}", all_props

    @staticmethod
    def get_value(
        scope: Any,
        *,
        provider: str,
        dummy_value: Any,
        props: Mapping[str, Any] | None = None,
        include_environment: bool | None = None,
        additional_cache_key: str | None = None,
        must_exist: bool | None = None,
        ignore_error_on_missing_context: bool | None = None,
    ) -> Any:
        """The looked-up value from the context; without it, ``dummy_value`` and a missing-context report."""
        from purecdk.core.stack import Stack

        if must_exist is not None and ignore_error_on_missing_context is not None:
            raise ValueError(f"Only supply one of 'mustExist' and 'ignoreErrorOnMissingContext' (at {scope.node.path})")
        stack = Stack.of(scope)
        if unresolved(stack.account) or unresolved(stack.region):
            raise ValueError(
                f"Cannot retrieve value from context provider {provider} since account/region are not "
                'specified at the stack level. Configure "env" with an account and region when you define '
                "your stack."
                "See https://docs.aws.amazon.com/cdk/latest/guide/environments.html for more details. "
                f"(at {scope.node.path})"
            )
        key, key_props = ContextProvider.get_key(
            scope,
            provider=provider,
            props=props,
            include_environment=include_environment,
            additional_cache_key=additional_cache_key,
        )
        value = scope.node.try_get_context(key)
        provider_error = value.get(PROVIDER_ERROR_KEY) if isinstance(value, Mapping) else None
        if value is not None and provider_error is None:
            return value
        ignore: bool | None = None
        if must_exist is not None:
            ignore = not must_exist
        elif ignore_error_on_missing_context is not None:
            ignore = ignore_error_on_missing_context
        extended: dict[str, Any] = {"dummyValue": dummy_value}
        if ignore is not None:
            extended["ignoreErrorOnMissingContext"] = ignore
        if additional_cache_key:
            extended["additionalCacheKey"] = additional_cache_key
        extended.update(key_props)
        stack.report_missing_context_key({"key": key, "provider": provider, "props": extended})
        if provider_error is not None:
            from purecdk.core.annotations import Annotations

            Annotations.of(scope).add_error(str(provider_error))
        return dummy_value
