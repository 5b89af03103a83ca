"""How a rule's ``tagPrefixList`` or ``tagPatternList`` matches an image's tags."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence

MAX_WILDCARDS = 4


@functools.lru_cache(maxsize=1024)
def _compile(pattern: str) -> re.Pattern[str]:
    return re.compile(".*".join(re.escape(part) for part in pattern.split("*")), re.DOTALL)


def tag_matches_pattern(tag: str, pattern: str) -> bool:
    """Whether the whole ``tag`` matches ``pattern``, where ``*`` stands for any run of characters."""
    return _compile(pattern).fullmatch(tag) is not None


def matches_prefix_list(tags: Iterable[str], prefixes: Sequence[str]) -> bool:
    """True when every prefix in ``prefixes`` is the start of at least one of ``tags``."""
    tag_list = list(tags)
    return all(any(tag.startswith(prefix) for tag in tag_list) for prefix in prefixes)


def matches_pattern_list(tags: Iterable[str], patterns: Sequence[str]) -> bool:
    """True when every pattern in ``patterns`` matches at least one of ``tags`` (wildcard ``*``)."""
    tag_list = list(tags)
    return all(any(tag_matches_pattern(tag, pattern) for tag in tag_list) for pattern in patterns)
