"""``Schedule``: when a scheduled rule runs (``rate(...)``, ``cron(...)`` or a literal expression)."""

from __future__ import annotations

from typing import Any

from purecdk.core.annotations import Annotations
from purecdk.core.duration import Duration
from purecdk.core.struct_class import Struct
from purecdk.core.structs import get_field
from purecdk.core.tokens.js import js_number

_TOKEN_UNITS = ("minute", "minutes", "hour", "hours", "day", "days")


class CronOptions(Struct):
    """The fields of a cron expression; a field left out means ``*`` (or ``?`` for the day fields)."""

    day: str | None = None
    hour: str | None = None
    minute: str | None = None
    month: str | None = None
    week_day: str | None = None
    year: str | None = None


def _make_rate(interval: float, singular: str) -> str:
    text = js_number(interval)
    return f"rate(1 {singular})" if interval == 1 else f"rate({text} {singular}s)"


def _maybe_rate(interval: float, singular: str) -> str | None:
    if interval == 0 or not float(interval).is_integer():
        return None
    return _make_rate(interval, singular)


class Schedule:
    """A schedule expression for a rule."""

    def __init__(self, expression_string: str) -> None:
        self._expression_string = expression_string

    @property
    def expression_string(self) -> str:
        """The schedule as EventBridge's ``ScheduleExpression``."""
        return self._expression_string

    @staticmethod
    def expression(expression: str) -> Schedule:
        """A schedule from a literal expression (``rate(...)`` or ``cron(...)``)."""
        return Schedule(expression)

    @staticmethod
    def rate(duration: Duration) -> Schedule:
        """Run every ``duration`` (whole minutes, hours or days)."""
        if duration.is_unresolved():
            if duration.unit_label() not in _TOKEN_UNITS:
                raise ValueError(
                    "Allowed units for scheduling are: 'minute', 'minutes', 'hour', 'hours', 'day', 'days'"
                )
            return Schedule(f"rate({duration.format_token_to_number()})")
        if duration.to_minutes() == 0:
            raise ValueError("Duration cannot be 0")
        rate = _maybe_rate(duration.to_days(integral=False), "day")
        if rate is None:
            rate = _maybe_rate(duration.to_hours(integral=False), "hour")
        if rate is None:
            rate = _make_rate(duration.to_minutes(integral=True), "minute")
        return Schedule(rate)

    @staticmethod
    def cron(
        options: CronOptions | dict[str, Any] | None = None,
        *,
        day: str | None = None,
        hour: str | None = None,
        minute: str | None = None,
        month: str | None = None,
        week_day: str | None = None,
        year: str | None = None,
    ) -> Schedule:
        """A cron schedule (``Schedule.cron(minute="0", hour="4")``); at most one of ``day``/``week_day``."""
        day = day if day is not None else get_field(options, "day")
        hour = hour if hour is not None else get_field(options, "hour")
        minute = minute if minute is not None else get_field(options, "minute")
        month = month if month is not None else get_field(options, "month")
        week_day = week_day if week_day is not None else get_field(options, "week_day")
        year = year if year is not None else get_field(options, "year")
        if week_day is not None and day is not None:
            raise ValueError("Cannot supply both 'day' and 'weekDay', use at most one")
        expression = "cron({} {} {} {} {} {})".format(
            minute if minute is not None else "*",
            hour if hour is not None else "*",
            day if day is not None else ("?" if week_day is not None else "*"),
            month if month is not None else "*",
            week_day if week_day is not None else "?",
            year if year is not None else "*",
        )
        return _CronSchedule(expression, minute_given=bool(minute))

    def _bind(self, scope: Any) -> None:
        """Called by the rule that uses this schedule."""


class _CronSchedule(Schedule):
    def __init__(self, expression_string: str, *, minute_given: bool) -> None:
        super().__init__(expression_string)
        self._minute_given = minute_given

    def _bind(self, scope: Any) -> None:
        if not self._minute_given:
            Annotations.of(scope).add_warning_v2(
                "@aws-cdk/aws-events:scheduleWillRunEveryMinute",
                "cron: If you don't pass 'minute', by default the event runs every minute. "
                "Pass 'minute: '*'' if that's what you intend, or 'minute: 0' to run once per hour instead.",
            )
