"""``Intrinsic``: a token that resolves to a fixed CloudFormation fragment."""

from __future__ import annotations

from typing import Any

from purecdk.core.resolution_type_hint import ResolutionTypeHint


class Intrinsic:
    """A token whose value is a CloudFormation intrinsic (``{"Ref": ...}``, ``{"Fn::...": ...}``)."""

    def __init__(
        self,
        value: Any,
        *,
        stack_trace: bool | None = None,
        type_hint: ResolutionTypeHint | None = None,
    ) -> None:
        if callable(value) and not hasattr(value, "resolve"):
            raise TypeError(
                "Argument to Intrinsic must be a plain value object, got a function; use Lazy for deferred values"
            )
        self._value = value
        self.type_hint = type_hint or ResolutionTypeHint.STRING
        self.creation_stack: list[str] = []

    def resolve(self, context: Any) -> Any:
        """The fixed value."""
        return self._value

    def to_string(self) -> str:
        """This token encoded as a string."""
        from purecdk.core.tokens.token import Token

        return Token.as_string(self)

    def to_string_list(self) -> list[str]:
        """This token encoded as a list of strings."""
        from purecdk.core.tokens.token import Token

        return Token.as_list(self)

    def to_json(self) -> Any:
        """Refuse JSON serialization of an unresolved token."""
        raise TypeError("Trying to JSON.stringify() an unresolved token; use Stack.to_json_string()")

    def new_error(self, message: str) -> Exception:
        """An error whose message mentions this token."""
        return RuntimeError(message)

    def __str__(self) -> str:
        return self.to_string()
