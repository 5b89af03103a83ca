"""Duration: conversions with upstream's whole-number rules, human and ISO strings."""

from __future__ import annotations

import pytest

from purecdk import Duration, Size


def test_conversions() -> None:
    assert Duration.minutes(5).to_seconds() == 300
    assert Duration.days(1).to_hours() == 24
    assert Duration.seconds(90).to_minutes(integral=False) == 1.5
    assert Duration.hours(2).to_milliseconds() == 7_200_000


def test_non_integral_conversion_fails_like_upstream() -> None:
    with pytest.raises(ValueError, match="'90 seconds' cannot be converted into a whole number of minutes."):
        Duration.seconds(90).to_minutes()


def test_negative_amount_is_rejected() -> None:
    with pytest.raises(ValueError, match="Duration amounts cannot be negative. Received: -1"):
        Duration.seconds(-1)


def test_human_and_iso_strings() -> None:
    assert Duration.minutes(90).to_human_string() == "1 hour 30 minutes"
    assert Duration.seconds(1).to_human_string() == "1 second"
    assert Duration.minutes(0).to_human_string() == "0 minutes"
    assert Duration.minutes(90).to_iso_string() == "PT1H30M"
    assert Duration.days(2).to_iso_string() == "P2D"
    assert Duration.millis(1500).to_iso_string() == "PT1.5S"
    assert Duration.seconds(0).to_iso_string() == "PT0S"


def test_parse() -> None:
    assert Duration.parse("PT5M").to_seconds() == 300
    assert Duration.parse("P1DT1H").to_hours() == 25
    with pytest.raises(ValueError, match="Not a valid ISO duration: 5 minutes"):
        Duration.parse("5 minutes")


def test_plus_minus() -> None:
    assert Duration.minutes(1).plus(Duration.seconds(30)).to_seconds() == 90
    assert Duration.minutes(1).minus(Duration.seconds(30)).to_seconds() == 30


def test_size() -> None:
    assert Size.kibibytes(256).to_bytes() == 262144
    assert Size.gibibytes(1).to_mebibytes() == 1024
    with pytest.raises(ValueError, match="cannot be converted into a whole number"):
        Size.bytes(1000).to_kibibytes()
