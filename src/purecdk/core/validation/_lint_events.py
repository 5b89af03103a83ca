"""E3027: an EventBridge rule's ``ScheduleExpression`` that is not a valid ``rate(...)`` / ``cron(...)``.

Observed on the engine bundled with aws-cdk-lib 2.275 (``tests/validation/fixtures/lint_cases.json``): literal
strings of ``AWS::Events::Rule`` only. ``rate(Value Unit)``: an integer value (below 1: ``'0' is less than the
minimum of 0``), a unit from ``minute/hour/day`` for values up to 1 and ``minutes/hours/days`` above. ``cron(...)``:
six fields, not both day-of-month and day-of-week given (the messages quote the first field).
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._engine import TemplateChecker

_SINGULAR = ["minute", "hour", "day"]
_PLURAL = ["minutes", "hours", "days"]
_CRON_FIELDS = "(Minutes Hours Day-of-month Month Day-of-week Year)"


def _problems(expression: str) -> list[str]:
    for prefix in ("rate(", "cron("):
        if expression.startswith(prefix) and expression.endswith(")"):
            inner = expression[len(prefix) : -1]
            if not inner:
                return ["'' is not of type 'string'"]
            return _rate(inner) if prefix == "rate(" else _cron(inner)
    return [f"'{expression}' has to be either 'cron()' or 'rate()'"]


def _rate(inner: str) -> list[str]:
    parts = inner.split(" ")
    if len(parts) != 2:
        return [f"'{inner}' has to be of format rate(Value Unit)"]
    value, unit = parts
    if not value.isdigit():
        return [f"'{value}' is not of type 'integer'"]
    out = []
    if int(value) < 1:
        out.append(f"'{value}' is less than the minimum of 0")
    units = _SINGULAR if int(value) <= 1 else _PLURAL
    if unit not in units:
        out.append(f"'{unit}' is not one of {json.dumps(units)}")
    return out


def _cron(inner: str) -> list[str]:
    parts = inner.split(" ")
    if len(parts) != 6:
        return [f"'{parts[0]}' is not of length 6. {_CRON_FIELDS}"]
    if parts[2] != "?" and parts[4] != "?":
        return [f"'{parts[0]}' specifies both Day-of-month and Day-of-week. {_CRON_FIELDS}"]
    return []


def check_schedule(checker: TemplateChecker, props: dict[str, Any], props_pos: tuple[int, ...]) -> None:
    """E3027 for one rule's properties."""
    expression = props.get("ScheduleExpression")
    if not isinstance(expression, str):
        return
    pos = props_pos + (checker._index_of(props, "ScheduleExpression"),)
    for message in _problems(expression):
        checker._emit(None, "E3027", message, ("Properties", "ScheduleExpression"), pos)
