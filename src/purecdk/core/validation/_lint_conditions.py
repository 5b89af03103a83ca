"""W8003: an ``Fn::Equals`` inside a condition whose outcome is fixed.

Observed on the engine bundled with aws-cdk-lib 2.275 (``tests/validation/fixtures/lint_cases.json``): every
``Fn::Equals`` of a condition (through ``Fn::And`` / ``Fn::Or`` / ``Fn::Not``) comparing two scalars (compared as
strings: ``1`` equals ``"1"``, ``true`` equals ``"true"``) or two identical ``Ref``s; reported on the condition
(``Conditions/Name``, not attributed to a resource), each message once per condition. Intrinsics such as pseudo
parameters or joins are not resolved.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from ._values import to_string

if TYPE_CHECKING:
    from ._engine import TemplateChecker

_LOGICAL = ("Fn::And", "Fn::Or", "Fn::Not")


def _equals(expression: Any, depth: int = 0) -> Iterator[list[Any]]:
    """The arguments of every ``Fn::Equals`` in a condition expression."""
    if depth > 20 or not isinstance(expression, dict) or len(expression) != 1:
        return
    key, arg = next(iter(expression.items()))
    if key == "Fn::Equals" and isinstance(arg, list) and len(arg) == 2:
        yield arg
    elif key in _LOGICAL and isinstance(arg, list):
        for item in arg:
            yield from _equals(item, depth + 1)


def _fixed_outcome(left: Any, right: Any) -> bool | None:
    scalars = (str, int, float, bool)
    if isinstance(left, scalars) and isinstance(right, scalars):
        return to_string(left) == to_string(right)
    if isinstance(left, dict) and len(left) == 1 and isinstance(left.get("Ref"), str) and left == right:
        return True
    return None


def check_conditions(checker: TemplateChecker) -> None:
    """W8003 for every condition of the template."""
    conditions = checker.template.get("Conditions")
    if not isinstance(conditions, dict):
        return
    section = checker._index_of(checker.template, "Conditions")
    for name, expression in conditions.items():
        outcomes = {_fixed_outcome(*args) for args in _equals(expression)} - {None}
        for outcome in sorted(outcomes, key=str):
            checker._emit(
                None,
                "W8003",
                f"Fn::Equals in condition '{name}' will always return {outcome}",
                (f"Conditions/{name}",),
                (section, checker._index_of(conditions, name)),
            )
