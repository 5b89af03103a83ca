"""Schedules: rate rendering and the invalid durations and cron combinations upstream rejects."""

from __future__ import annotations

import pytest

from purecdk import Duration, Lazy
from purecdk import aws_events as events


@pytest.mark.parametrize(
    ("duration", "expected"),
    [
        (Duration.minutes(1), "rate(1 minute)"),
        (Duration.minutes(15), "rate(15 minutes)"),
        (Duration.seconds(180), "rate(3 minutes)"),
        (Duration.hours(1), "rate(1 hour)"),
        (Duration.minutes(120), "rate(2 hours)"),
        (Duration.hours(36), "rate(36 hours)"),
        (Duration.hours(48), "rate(2 days)"),
        (Duration.days(1), "rate(1 day)"),
    ],
)
def test_rate(duration: Duration, expected: str) -> None:
    assert events.Schedule.rate(duration).expression_string == expected


def test_rate_must_be_whole_minutes() -> None:
    with pytest.raises(ValueError, match="whole number of minutes"):
        events.Schedule.rate(Duration.seconds(90))


def test_rate_cannot_be_zero() -> None:
    with pytest.raises(ValueError, match="Duration cannot be 0"):
        events.Schedule.rate(Duration.minutes(0))


def test_token_rate_needs_minutes_hours_or_days() -> None:
    amount = Lazy.number(lambda: 5)
    assert events.Schedule.rate(Duration.minutes(amount)).expression_string.startswith("rate(")
    with pytest.raises(ValueError, match="Allowed units for scheduling"):
        events.Schedule.rate(Duration.seconds(amount))


def test_cron_defaults_and_day_fields() -> None:
    assert events.Schedule.cron().expression_string == "cron(* * * * ? *)"
    assert events.Schedule.cron(minute="0", week_day="MON").expression_string == "cron(0 * ? * MON *)"
    assert events.Schedule.cron(events.CronOptions(day="1", hour="2")).expression_string == "cron(* 2 1 * ? *)"


def test_cron_rejects_day_and_week_day() -> None:
    with pytest.raises(ValueError, match="Cannot supply both 'day' and 'weekDay'"):
        events.Schedule.cron(day="1", week_day="MON")


def test_expression_is_verbatim() -> None:
    assert events.Schedule.expression("rate(5 minutes)").expression_string == "rate(5 minutes)"
