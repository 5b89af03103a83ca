"""``ResolutionTypeHint``: what kind of value a token resolves to."""

from __future__ import annotations

import enum


class ResolutionTypeHint(enum.Enum):
    """The type a token is expected to resolve to."""

    STRING = "string"
    NUMBER = "number"
    STRING_LIST = "string-list"
