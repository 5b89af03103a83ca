"""Reading the timestamps the AWS CLI prints (ISO 8601 or epoch seconds) and formatting them back."""

from __future__ import annotations

import math
import re
from datetime import datetime, timedelta, timezone

_ISO = re.compile(
    r"^(?P<date>\d{4}-\d{2}-\d{2})"
    r"(?:[T ](?P<h>\d{2}):(?P<m>\d{2})(?::(?P<s>\d{2})(?:[.,](?P<frac>\d+))?)?)?"
    r"\s*(?P<tz>Z|z|[+-]\d{2}(?::?\d{2})?)?$"
)
_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")


def parse_timestamp(value: object) -> datetime:
    """A timezone-aware UTC ``datetime`` from a ``datetime``, ISO 8601 text or epoch seconds.

    Naive datetimes and ISO text without an offset are taken as UTC. Raises ``ValueError`` otherwise.
    """
    if isinstance(value, datetime):
        if value.tzinfo is None:
            return value.replace(tzinfo=timezone.utc)
        return value.astimezone(timezone.utc)
    if isinstance(value, bool):
        raise ValueError(f"{value!r} is not a timestamp")
    if isinstance(value, (int, float)):
        return _from_epoch(float(value))
    if isinstance(value, str):
        text = value.strip()
        if _NUMBER.match(text):
            return _from_epoch(float(text))
        return _from_iso(text)
    raise ValueError(f"{value!r} is not a timestamp (expected ISO 8601 text or epoch seconds)")


def _from_epoch(seconds: float) -> datetime:
    if not math.isfinite(seconds):
        raise ValueError(f"{seconds!r} is not a timestamp")
    try:
        return datetime(1970, 1, 1, tzinfo=timezone.utc) + timedelta(seconds=seconds)
    except OverflowError as e:
        raise ValueError(f"{seconds!r} seconds since 1970 is out of range") from e


def _from_iso(text: str) -> datetime:
    match = _ISO.match(text)
    if match is None:
        raise ValueError(f"{text!r} is not an ISO 8601 timestamp (like 2024-05-01T12:00:00Z)")
    year, month, day = (int(p) for p in match["date"].split("-"))
    frac = (match["frac"] or "0")[:6].ljust(6, "0")
    tz = timezone.utc
    if match["tz"] and match["tz"] not in ("Z", "z"):
        raw = match["tz"].replace(":", "")
        sign = -1 if raw[0] == "-" else 1
        minutes = int(raw[1:3]) * 60 + (int(raw[3:5]) if len(raw) > 3 else 0)
        tz = timezone(sign * timedelta(minutes=minutes))
    try:
        parsed = datetime(
            year,
            month,
            day,
            int(match["h"] or 0),
            int(match["m"] or 0),
            int(match["s"] or 0),
            int(frac),
            tzinfo=tz,
        )
    except ValueError as e:
        raise ValueError(f"{text!r} is not a valid date and time: {e}") from e
    return parsed.astimezone(timezone.utc)


def format_timestamp(value: datetime) -> str:
    """ISO 8601 in UTC with a ``Z``: ``2024-05-01T12:00:00Z`` (fractions of a second kept when present)."""
    utc = value.astimezone(timezone.utc)
    if utc.microsecond:
        return utc.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    return utc.strftime("%Y-%m-%dT%H:%M:%SZ")
