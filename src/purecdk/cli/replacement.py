"""Whether changing a resource property makes CloudFormation replace the resource.

The answer comes from the ``createOnlyProperties`` of the CloudFormation registry schemas (generated into
``purecdk/cli/_create_only.py`` by ``tools/gen_create_only.py``). A resource type without a schema
(``Custom::*``, ``AWS::CloudFormation::CustomResource``, third-party types) gets :data:`UNKNOWN`.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

NONE = "none"
MAY = "may"
REQUIRED = "required"
UNKNOWN = "unknown"
# the order of severity, for combining the answers of several changes
_RANK = {NONE: 0, UNKNOWN: 1, MAY: 2, REQUIRED: 3}

PathSegment = str | int


@lru_cache(maxsize=1)
def _table() -> dict[str, list[tuple[str, ...]]]:
    from purecdk.cli._create_only import CREATE_ONLY

    return {t: [tuple(p.split("/")) for p in pointers] for t, pointers in CREATE_ONLY.items()}


def known_type(resource_type: str) -> bool:
    """Whether the schemas describe ``resource_type``."""
    return resource_type in _table()


def create_only_properties(resource_type: str) -> list[str] | None:
    """The create-only property pointers of the type (``"Policies/*/PolicyArn"``), or ``None`` if unknown."""
    pointers = _table().get(resource_type)
    return None if pointers is None else ["/".join(p) for p in pointers]


def _segment_matches(pattern: str, segment: PathSegment) -> bool:
    return (pattern == "*" and isinstance(segment, int)) or pattern == str(segment)


def for_change(resource_type: str, path: Sequence[PathSegment]) -> str:
    """What a change at ``path`` inside ``Properties`` means: :data:`REQUIRED`, :data:`MAY`, :data:`NONE` or
    :data:`UNKNOWN`.

    ``path`` is the deepest place where old and new differ (``("Tags", 0, "Value")``). A create-only pointer
    that is a prefix of it (or equal) means replacement; a change of a whole object or list that *contains* a
    create-only property (a list that grew, say), or a change inside an intrinsic function on the way to one,
    may mean replacement.
    """
    pointers = _table().get(resource_type)
    if pointers is None:
        return UNKNOWN
    answer = NONE
    for pointer in pointers:
        for i, pattern in enumerate(pointer):
            if i == len(path):
                answer = MAY  # the change is coarser than the create-only property: it may include it
                break
            segment = path[i]
            if isinstance(segment, str) and (segment == "Ref" or segment.startswith("Fn::")):
                answer = MAY  # inside an intrinsic function: which property it yields is not known
                break
            if not _segment_matches(pattern, segment):
                break
        else:
            return REQUIRED
    return answer


def worst(answers: Sequence[str]) -> str:
    """The most severe of several answers (:data:`NONE` for none)."""
    return max(answers, key=_RANK.__getitem__, default=NONE)
