"""``CfnParameter``: a template parameter."""

from __future__ import annotations

from typing import Any

from purecdk.constructs import Construct
from purecdk.core.cfn_element import CfnElement
from purecdk.core.reference import CfnReference
from purecdk.core.tokens.token import Token


def _is_list_type(t: str) -> bool:
    return "List<" in t or "CommaDelimitedList" in t


def _is_number_type(t: str) -> bool:
    return t == "Number"


class CfnParameter(CfnElement):
    """A template parameter; use ``value_as_string``/``value_as_number``/``value_as_list`` in resources."""

    _RESOLVABLE_CONSTRUCT = True

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        allowed_pattern: str | None = None,
        allowed_values: list[str] | None = None,
        constraint_description: str | None = None,
        default: Any = None,
        description: str | None = None,
        max_length: float | None = None,
        max_value: float | None = None,
        min_length: float | None = None,
        min_value: float | None = None,
        no_echo: bool | None = None,
        type: str | None = None,
    ) -> None:
        super().__init__(scope, id)
        self.type: str = type or "String"
        self.default = default
        self.allowed_pattern = allowed_pattern
        self.allowed_values = allowed_values
        self.constraint_description = constraint_description
        self.description = description
        self.max_length = max_length
        self.max_value = max_value
        self.min_length = min_length
        self.min_value = min_value
        self.no_echo = no_echo

    @property
    def value(self) -> Any:
        """A reference to the parameter's value."""
        return CfnReference.for_(self, "Ref")

    @property
    def value_as_string(self) -> str:
        """The value as a string token."""
        if _is_list_type(self.type):
            raise TypeError(f"Parameter type ({self.type}) is not a string or number type (at {self.node.path})")
        return Token.as_string(self.value)

    @property
    def value_as_number(self) -> float:
        """The value as a number token (``Number`` parameters only)."""
        if not _is_number_type(self.type):
            raise TypeError(f"Parameter type ({self.type}) is not a number type (at {self.node.path})")
        return Token.as_number(self.value)

    @property
    def value_as_list(self) -> list[str]:
        """The value as a list token (list parameters only)."""
        if not _is_list_type(self.type):
            raise TypeError(f"Parameter type ({self.type}) is not a string list type (at {self.node.path})")
        return Token.as_list(self.value)

    def resolve(self, context: Any) -> Any:
        """A parameter used directly as a value resolves to its ``Ref``."""
        return self.value

    def __str__(self) -> str:
        return Token.as_string(self.value)

    def _to_cloud_formation(self) -> dict[str, Any]:
        return {
            "Parameters": {
                self.logical_id: {
                    "Type": self.type,
                    "Default": self.default,
                    "AllowedPattern": self.allowed_pattern,
                    "AllowedValues": self.allowed_values,
                    "ConstraintDescription": self.constraint_description,
                    "Description": self.description,
                    "MaxLength": self.max_length,
                    "MaxValue": self.max_value,
                    "MinLength": self.min_length,
                    "MinValue": self.min_value,
                    "NoEcho": self.no_echo,
                }
            }
        }
