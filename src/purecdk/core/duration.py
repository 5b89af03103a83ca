"""``Duration``: an amount of time, convertible between units with upstream's whole-number rules."""

from __future__ import annotations

import math
import re
from typing import Any

from purecdk.core.struct_class import Struct
from purecdk.core.tokens.token import Token, unresolved


class TimeUnit(Struct):
    """A unit of time."""

    label: str
    iso_label: str
    in_millis: int

    def __str__(self) -> str:
        return self.label


MILLISECONDS = TimeUnit("millis", "", 1)
SECONDS = TimeUnit("seconds", "S", 1000)
MINUTES = TimeUnit("minutes", "M", 60_000)
HOURS = TimeUnit("hours", "H", 3_600_000)
DAYS = TimeUnit("days", "D", 86_400_000)

_ISO = r"^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$"


def _number(value: float) -> float | int:
    return int(value) if isinstance(value, float) and value.is_integer() else value


def _is_integer(value: float) -> bool:
    return isinstance(value, int) or (isinstance(value, float) and value.is_integer())


def _convert(amount: float, from_unit: TimeUnit, to_unit: TimeUnit, integral: bool = True) -> float:
    if from_unit.in_millis == to_unit.in_millis:
        if integral and not unresolved(amount) and not _is_integer(amount):
            raise ValueError(f"{amount} must be a whole number of {to_unit}.")
        return amount
    if unresolved(amount):
        raise ValueError(
            f"Duration must be specified as 'Duration.{to_unit}()' here since its value comes from a token and "
            f"cannot be converted (got Duration.{from_unit})"
        )
    value = amount * from_unit.in_millis / to_unit.in_millis
    if integral and not _is_integer(value):
        raise ValueError(f"'{amount} {from_unit}' cannot be converted into a whole number of {to_unit}.")
    return _number(value)


def _integral(opts: Any, integral: bool | None) -> bool:
    if integral is not None:
        return integral
    if isinstance(opts, dict):
        return opts.get("integral", True) is not False
    value = getattr(opts, "integral", None)
    return value is not False


class Duration:
    """A length of time: ``Duration.minutes(5).to_seconds() == 300``."""

    def __init__(self, amount: float, unit: TimeUnit) -> None:
        if not unresolved(amount) and amount < 0:
            raise ValueError(f"Duration amounts cannot be negative. Received: {amount}")
        self._amount = amount
        self._unit = unit

    @staticmethod
    def millis(amount: float) -> Duration:
        """A duration in milliseconds."""
        return Duration(amount, MILLISECONDS)

    @staticmethod
    def seconds(amount: float) -> Duration:
        """A duration in seconds."""
        return Duration(amount, SECONDS)

    @staticmethod
    def minutes(amount: float) -> Duration:
        """A duration in minutes."""
        return Duration(amount, MINUTES)

    @staticmethod
    def hours(amount: float) -> Duration:
        """A duration in hours."""
        return Duration(amount, HOURS)

    @staticmethod
    def days(amount: float) -> Duration:
        """A duration in days."""
        return Duration(amount, DAYS)

    @staticmethod
    def parse(duration: str) -> Duration:
        """Parse an ISO 8601 duration such as ``PT5M`` or ``P1DT2H``."""
        match = re.match(_ISO, duration)
        if not match or not any(match.groups()):
            raise ValueError(f"Not a valid ISO duration: {duration}")
        days, hours, minutes, seconds = (int(g) if g else 0 for g in match.groups())
        return Duration.millis(
            seconds * SECONDS.in_millis
            + minutes * MINUTES.in_millis
            + hours * HOURS.in_millis
            + days * DAYS.in_millis
        )

    def to_milliseconds(self, opts: Any = None, *, integral: bool | None = None) -> float:
        """The duration in milliseconds."""
        return _convert(self._amount, self._unit, MILLISECONDS, _integral(opts, integral))

    def to_seconds(self, opts: Any = None, *, integral: bool | None = None) -> float:
        """The duration in seconds (must be whole unless ``integral=False``)."""
        return _convert(self._amount, self._unit, SECONDS, _integral(opts, integral))

    def to_minutes(self, opts: Any = None, *, integral: bool | None = None) -> float:
        """The duration in minutes."""
        return _convert(self._amount, self._unit, MINUTES, _integral(opts, integral))

    def to_hours(self, opts: Any = None, *, integral: bool | None = None) -> float:
        """The duration in hours."""
        return _convert(self._amount, self._unit, HOURS, _integral(opts, integral))

    def to_days(self, opts: Any = None, *, integral: bool | None = None) -> float:
        """The duration in days."""
        return _convert(self._amount, self._unit, DAYS, _integral(opts, integral))

    def plus(self, rhs: Duration) -> Duration:
        """The sum of two durations (in the smaller unit)."""
        target = self._unit if self._unit.in_millis < rhs._unit.in_millis else rhs._unit
        total = _convert(self._amount, self._unit, target, False) + _convert(rhs._amount, rhs._unit, target, False)
        return Duration(total, target)

    def minus(self, rhs: Duration) -> Duration:
        """The difference of two durations (in the smaller unit)."""
        target = self._unit if self._unit.in_millis < rhs._unit.in_millis else rhs._unit
        total = _convert(self._amount, self._unit, target, False) - _convert(rhs._amount, rhs._unit, target, False)
        return Duration(total, target)

    def unit_label(self) -> str:
        """The unit's name (``"minutes"``)."""
        return self._unit.label

    def is_unresolved(self) -> bool:
        """Whether the amount is a token."""
        return unresolved(self._amount)

    def format_token_to_number(self) -> str:
        """``"<amount> <unit>"`` with the amount rendered as a string token."""
        return f"{Token.as_string(self._amount) if unresolved(self._amount) else self._amount} {self._unit.label}"

    def _components(self, combine_millis_with_seconds: bool) -> list[tuple[float, TimeUnit]]:
        result: list[tuple[float, TimeUnit]] = []
        millis = _convert(self._amount, self._unit, MILLISECONDS, False)
        for unit in (DAYS, HOURS, MINUTES, SECONDS):
            count = _convert(millis, MILLISECONDS, unit, False)
            whole = count if unit is SECONDS and combine_millis_with_seconds else math.floor(count)
            if whole > 0:
                result.append((_number(whole), unit))
                millis -= whole * unit.in_millis
        if millis > 0:
            result.append((_number(millis), MILLISECONDS))
        return result

    def to_human_string(self) -> str:
        """E.g. ``"1 hour 30 minutes"`` (two most significant parts)."""

        def fmt(amount: float, unit: TimeUnit) -> str:
            return f"{amount} {unit.label[:-1]}" if amount == 1 else f"{amount} {unit.label}"

        if self._amount == 0:
            return fmt(0, self._unit)
        if unresolved(self._amount):
            return f"<token> {self._unit.label}"
        return " ".join(fmt(a, u) for a, u in self._components(False)[:2])

    def to_iso_string(self) -> str:
        """The ISO 8601 form, e.g. ``PT5M``."""
        if self._amount == 0:
            return "PT0S"
        parts = ["P"]
        tee = False
        for amount, unit in self._components(True):
            if unit in (SECONDS, MINUTES, HOURS) and not tee:
                parts.append("T")
                tee = True
            parts.append(f"{amount}{unit.iso_label}")
        return "".join(parts)

    def to_iso_8601(self) -> str:
        """Deprecated alias of ``to_iso_string``."""
        return self.to_iso_string()

    def __repr__(self) -> str:
        return f"Duration.{self._unit.label}({self._amount})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Duration):
            return NotImplemented
        return self.to_milliseconds(integral=False) == other.to_milliseconds(integral=False)

    def __hash__(self) -> int:
        return hash(self.to_milliseconds(integral=False))
