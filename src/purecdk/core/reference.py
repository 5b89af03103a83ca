"""References to resource attributes: ``Reference`` and the stack-aware ``CfnReference``."""

from __future__ import annotations

import enum
from typing import Any

from purecdk.core.resolution_type_hint import ResolutionTypeHint
from purecdk.core.tokens.intrinsic import Intrinsic


class ReferenceRendering(enum.Enum):
    """How a ``CfnReference`` renders (``Fn::GetAtt`` list form by default)."""

    FN_SUB = "FN_SUB"
    GET_ATT_STRING = "GET_ATT_STRING"


class Reference(Intrinsic):
    """A token that refers to an attribute of a construct (its ``target``)."""

    def __init__(
        self,
        value: Any,
        target: Any,
        display_name: str | None = None,
        type_hint: ResolutionTypeHint | None = None,
    ) -> None:
        super().__init__(value, type_hint=type_hint)
        self.target = target
        self.display_name = display_name or str(value)

    @staticmethod
    def is_reference(x: Any) -> bool:
        """Whether ``x`` is a ``Reference``."""
        return isinstance(x, Reference)


_CACHE_ATTR = "_purecdk_references"


class CfnReference(Reference):
    """A ``Ref``/``Fn::GetAtt`` reference that knows its stack, so other stacks get an import instead."""

    def __init__(
        self, value: Any, display_name: str, target: Any, type_hint: ResolutionTypeHint | None = None
    ) -> None:
        super().__init__(value, target, display_name, type_hint)
        self._replacement_tokens: dict[int, tuple[Any, Any]] = {}
        self._target_stack: Any = None

    @staticmethod
    def is_cfn_reference(x: Any) -> bool:
        """Whether ``x`` is a ``CfnReference``."""
        return isinstance(x, CfnReference)

    @staticmethod
    def for_(
        target: Any,
        attribute: str,
        ref_render: ReferenceRendering | None = None,
        type_hint: ResolutionTypeHint | None = None,
    ) -> CfnReference:
        """The (cached) reference to ``attribute`` of the CloudFormation element ``target``."""

        def fresh() -> CfnReference:
            logical_id = target.logical_id
            value: Any
            if ref_render is ReferenceRendering.FN_SUB:
                value = "${" + logical_id + ("" if attribute == "Ref" else f".{attribute}") + "}"
            elif attribute == "Ref":
                value = {"Ref": logical_id}
            elif ref_render is ReferenceRendering.GET_ATT_STRING:
                value = {"Fn::GetAtt": f"{logical_id}.{attribute}"}
            else:
                value = {"Fn::GetAtt": [logical_id, attribute]}
            return CfnReference(value, attribute, target, type_hint)

        key = f"{attribute}/{ref_render.value if ref_render else ''}"
        return CfnReference._singleton(target, key, fresh)

    @staticmethod
    def for_pseudo(pseudo_name: str, scope: Any) -> CfnReference:
        """A reference to a pseudo parameter scoped to ``scope``'s stack."""
        return CfnReference._singleton(
            scope, f"Pseudo:{pseudo_name}", lambda: CfnReference({"Ref": pseudo_name}, pseudo_name, scope)
        )

    @staticmethod
    def _singleton(target: Any, key: str, fresh: Any) -> CfnReference:
        cache: dict[str, CfnReference] | None = getattr(target, _CACHE_ATTR, None)
        if cache is None:
            cache = {}
            setattr(target, _CACHE_ATTR, cache)
        ref = cache.get(key)
        if ref is None:
            ref = fresh()
            cache[key] = ref
        return ref

    def resolve(self, context: Any) -> Any:
        """Resolve to the replacement assigned for the consuming stack, or to the plain reference."""
        if self._replacement_tokens:
            from purecdk.core.stack import Stack

            consuming = Stack.of(context.scope)
            entry = self._replacement_tokens.get(id(consuming))
            if entry is not None:
                return entry[1].resolve(context)
        return super().resolve(context)

    def has_value_for_stack(self, stack: Any) -> bool:
        """Whether a value was assigned for ``stack`` (always true for the producing stack)."""
        from purecdk.core.stack import Stack

        if stack is Stack.of(self.target):
            return True
        return id(stack) in self._replacement_tokens

    def assign_value_for_stack(self, stack: Any, value: Any) -> None:
        """Use ``value`` when this reference is resolved in ``stack``."""
        from purecdk.core.stack import Stack

        if stack is Stack.of(self.target):
            raise ValueError("Cannot assign a value for the same stack")
        if id(stack) in self._replacement_tokens:
            raise ValueError("Cannot assign a reference value twice to the same stack. Use hasValueForStack")
        self._replacement_tokens[id(stack)] = (stack, value)

    def __str__(self) -> str:
        from purecdk.core.tokens.token import Token

        if self.type_hint is ResolutionTypeHint.STRING_LIST:
            return Token.as_string(self)
        return Token.as_string(self, display_hint=f"{self.target.node.id}.{self.display_name}")
