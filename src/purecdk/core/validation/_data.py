"""Lazy access to the generated schema data (``data/``, made by ``tools/gen_validation_data.py``).

Nothing is read at import time; each service file is parsed once, on first use.
"""

from __future__ import annotations

import json
import os
from functools import cache, lru_cache
from typing import Any

DATA_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")


@lru_cache(maxsize=1)
def index() -> dict[str, Any]:
    """The index: engine version, region list, deprecated types."""
    with open(os.path.join(DATA_DIR, "index.json"), encoding="utf-8") as fh:
        return json.load(fh)  # type: ignore[no-any-return]


@cache
def _service(key: str) -> dict[str, Any]:
    path = os.path.join(DATA_DIR, "schemas", key + ".json")
    if not os.path.exists(path):
        return {}
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)  # type: ignore[no-any-return]


def type_info(type_name: str) -> dict[str, Any] | None:
    """``{"schema": ..., "regions": bitmask, "getatt": [...]}`` for a known resource type, else None."""
    parts = type_name.split("::")
    if len(parts) != 3 or not all(parts):
        return None
    return _service(parts[0] + "_" + parts[1]).get(type_name)


def available_in_region(info: dict[str, Any], region: str) -> bool | None:
    """Whether the type exists in ``region``; None when the region is unknown to the data."""
    regions: list[str] = index()["regions"]
    if region not in regions:
        return None
    return bool(info["regions"] >> regions.index(region) & 1)


@lru_cache(maxsize=1)
def unicode_classes() -> dict[str, str]:
    """Character-class bodies for the ``\\p{..}`` Unicode classes used by schema patterns."""
    path = os.path.join(DATA_DIR, "unicode.json")
    if not os.path.exists(path):
        return {}
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)  # type: ignore[no-any-return]
