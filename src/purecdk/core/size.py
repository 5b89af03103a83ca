"""``Size``: an amount of digital storage, convertible between units."""

from __future__ import annotations

import enum
import math
from typing import Any

from purecdk.core.struct_class import Struct
from purecdk.core.structs import get_field
from purecdk.core.tokens.token import unresolved


class SizeRoundingBehavior(enum.Enum):
    """What to do when a conversion is not a whole number."""

    FAIL = "FAIL"
    FLOOR = "FLOOR"
    NONE = "NONE"


class _StorageUnit(Struct):
    label: str
    in_bytes: int


BYTES = _StorageUnit("bytes", 1)
KIBIBYTES = _StorageUnit("kibibytes", 1024)
MEBIBYTES = _StorageUnit("mebibytes", 1024**2)
GIBIBYTES = _StorageUnit("gibibytes", 1024**3)
TEBIBYTES = _StorageUnit("tebibytes", 1024**4)
PEBIBYTES = _StorageUnit("pebibytes", 1024**5)


def _convert(amount: float, from_unit: _StorageUnit, to_unit: _StorageUnit, rounding: SizeRoundingBehavior) -> float:
    if from_unit.in_bytes == to_unit.in_bytes:
        return amount
    if unresolved(amount):
        raise ValueError(
            f"Size must be specified as 'Size.{to_unit.label}()' here since its value comes from a token and "
            f"cannot be converted (got Size.{from_unit.label})"
        )
    value = amount * from_unit.in_bytes / to_unit.in_bytes
    if not float(value).is_integer():
        if rounding is SizeRoundingBehavior.FAIL:
            raise ValueError(
                f"'{amount} {from_unit.label}' cannot be converted into a whole number of {to_unit.label}."
            )
        if rounding is SizeRoundingBehavior.FLOOR:
            return math.floor(value)
        return value
    return int(value)


class Size:
    """A storage size: ``Size.gibibytes(1).to_mebibytes() == 1024``."""

    def __init__(self, amount: float, unit: _StorageUnit) -> None:
        if not unresolved(amount) and amount < 0:
            raise ValueError(f"Storage amounts cannot be negative. Received: {amount}")
        self._amount = amount
        self._unit = unit

    @staticmethod
    def bytes(amount: float) -> Size:
        """A size in bytes."""
        return Size(amount, BYTES)

    @staticmethod
    def kibibytes(amount: float) -> Size:
        """A size in KiB."""
        return Size(amount, KIBIBYTES)

    @staticmethod
    def mebibytes(amount: float) -> Size:
        """A size in MiB."""
        return Size(amount, MEBIBYTES)

    @staticmethod
    def gibibytes(amount: float) -> Size:
        """A size in GiB."""
        return Size(amount, GIBIBYTES)

    @staticmethod
    def tebibytes(amount: float) -> Size:
        """A size in TiB."""
        return Size(amount, TEBIBYTES)

    @staticmethod
    def pebibytes(amount: float) -> Size:
        """A size in PiB."""
        return Size(amount, PEBIBYTES)

    def _to(self, unit: _StorageUnit, opts: Any) -> float:
        rounding = get_field(opts, "rounding") or SizeRoundingBehavior.FAIL
        return _convert(self._amount, self._unit, unit, rounding)

    def to_bytes(self, opts: Any = None) -> float:
        """The size in bytes."""
        return self._to(BYTES, opts)

    def to_kibibytes(self, opts: Any = None) -> float:
        """The size in KiB."""
        return self._to(KIBIBYTES, opts)

    def to_mebibytes(self, opts: Any = None) -> float:
        """The size in MiB."""
        return self._to(MEBIBYTES, opts)

    def to_gibibytes(self, opts: Any = None) -> float:
        """The size in GiB."""
        return self._to(GIBIBYTES, opts)

    def to_tebibytes(self, opts: Any = None) -> float:
        """The size in TiB."""
        return self._to(TEBIBYTES, opts)

    def to_pebibytes(self, opts: Any = None) -> float:
        """The size in PiB."""
        return self._to(PEBIBYTES, opts)

    def is_unresolved(self) -> bool:
        """Whether the amount is a token."""
        return unresolved(self._amount)
