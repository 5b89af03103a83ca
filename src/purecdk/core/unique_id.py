"""Logical ids: upstream's algorithm (path components, "Default"/"Resource" rules, an 8-character hash)."""

from __future__ import annotations

import re

from purecdk import _digests as digests

HIDDEN_ID = "Default"
HIDDEN_FROM_HUMAN_ID = "Resource"
_PATH_SEP = "/"
_HASH_LEN = 8
_MAX_HUMAN_LEN = 240
_MAX_ID_LEN = 255
_NON_ALNUM = re.compile(r"[^A-Za-z0-9]")


def remove_non_alphanumeric(s: str) -> str:
    """Drop every character that is not an ASCII letter or digit."""
    return _NON_ALNUM.sub("", s)


def path_hash(components: list[str]) -> str:
    """The 8-character upper-case MD5 prefix of the components joined with ``/``."""
    return digests.md5(_PATH_SEP.join(components).encode("utf-8")).hexdigest()[:_HASH_LEN].upper()


def _remove_dupes(path: list[str]) -> list[str]:
    result: list[str] = []
    for component in path:
        if not result or not result[-1].endswith(component):
            result.append(component)
    return result


def make_unique_id(components: list[str]) -> str:
    """The logical id for a construct whose path below its stack is ``components``."""
    from purecdk.core.tokens.token import unresolved

    components = [c for c in components if c != HIDDEN_ID]
    if not components:
        raise ValueError("Unable to calculate a unique id for an empty set of components")
    for component in components:
        if unresolved(component):
            raise ValueError(f"ID components may not include unresolved tokens: {component}")
    if len(components) == 1:
        candidate = remove_non_alphanumeric(components[0])
        if len(candidate) <= _MAX_ID_LEN:
            return candidate
    digest = path_hash(components)
    human = "".join(
        remove_non_alphanumeric(c) for c in _remove_dupes(components) if c != HIDDEN_FROM_HUMAN_ID
    )[:_MAX_HUMAN_LEN]
    return human + digest


def make_unique_resource_name(
    components: list[str], *, max_length: int = 256, separator: str = "", allowed_special_characters: str = ""
) -> str:
    """A physical name from path components (upstream's ``makeUniqueResourceName``)."""
    components = [c for c in components if c != HIDDEN_ID]
    if not components:
        raise ValueError("Unable to calculate a unique resource name for an empty set of components")
    if len(components) == 1:
        top = _remove_non_allowed(components[0], allowed_special_characters)
        if len(top) <= max_length:
            return top
    digest = path_hash(components)
    parts = [
        _remove_non_allowed(c, allowed_special_characters)
        for c in _remove_dupes(components)
        if c != HIDDEN_FROM_HUMAN_ID
    ]
    human = separator.join(p for p in parts if p) + separator
    max_human = max_length - _HASH_LEN
    if len(human) > max_human:
        half = max_human // 2
        human = human[:half] + human[-half:]
    return human + digest


def _remove_non_allowed(s: str, allowed: str) -> str:
    pattern = "[^A-Za-z0-9" + re.escape(allowed) + "]"
    return re.sub(pattern, "", s)
