"""Merging policy statements (``@aws-cdk/aws-iam:minimizePolicies``) and the post-processing of documents."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from purecdk.aws_iam._util import js_json
from purecdk.aws_iam.principals import ComparablePrincipal

if TYPE_CHECKING:
    from purecdk.aws_iam.policy_statement import PolicyStatement

MAX_MERGE_SIZE = 2000


class _Comparable:
    __slots__ = ("originals", "statement", "condition_string")

    def __init__(
        self, originals: list[PolicyStatement], statement: PolicyStatement, condition_string: str
    ) -> None:
        self.originals = originals
        self.statement = statement
        self.condition_string = condition_string


def merge_statements(
    statements: Sequence[PolicyStatement],
    *,
    scope: Any,
    limit_size: bool = False,
    merge_if_combinable: bool = True,
) -> list[tuple[PolicyStatement, list[PolicyStatement]]]:
    """Merge statements that differ in only one of actions, resources or principals.

    Returns the merged statements, each with the original statements it stands for. With
    ``merge_if_combinable=False`` only equal statements are merged.
    """
    from purecdk.aws_iam.policy_statement import derive_estimate_size_options

    size_options = derive_estimate_size_options(scope)
    comps = [_Comparable([s], s, js_json(s.conditions)) for s in statements]
    if not merge_if_combinable:
        grouped = _group_equal(comps)
        if grouped is not None:
            return grouped

    def one_pass() -> bool:
        changed = False
        i = 0
        while i < len(comps):
            j = i + 1
            while j < len(comps):
                if merge_if_combinable:
                    merged = _merge_if_combinable(comps[i], comps[j], limit_size, size_options)
                else:
                    merged = _merge_if_equal(comps[i], comps[j])
                if merged is not None:
                    comps[i] = merged
                    del comps[j]
                    changed = True
                else:
                    j += 1
            i += 1
        return changed

    while one_pass():
        pass
    return [(c.statement, c.originals) for c in comps]


def _group_equal(comps: list[_Comparable]) -> list[tuple[PolicyStatement, list[PolicyStatement]]] | None:
    """What pairwise ``_merge_if_equal`` passes end with, in linear time (None if some field is unhashable).

    Equality of statements is an equivalence (actions, resources and principals are duplicate-free), so the
    pairwise passes keep the first statement of each class, with the class's statements in order as originals.
    """
    groups: dict[Any, _Comparable] = {}
    try:
        for comp in comps:
            s = comp.statement
            key = (
                s.effect,
                s.sid,
                comp.condition_string,
                frozenset(s.not_actions),
                frozenset(s.not_resources),
                _principals_key(s.not_principals),
                frozenset(s.actions),
                frozenset(s.resources),
                _principals_key(s.principals),
            )
            first = groups.get(key)
            groups[key] = comp if first is None else _Comparable(
                [*first.originals, *comp.originals], first.statement, first.condition_string
            )
    except TypeError:
        return None
    return [(c.statement, c.originals) for c in groups.values()]


def _principals_key(xs: list[Any]) -> tuple[frozenset[str], frozenset[int]]:
    comparable, non_comparable = _partition(xs)
    return frozenset(comparable), frozenset(id(x) for x in non_comparable)


def _merge_if_combinable(
    a: _Comparable, b: _Comparable, limit_size: bool, options: dict[str, int]
) -> _Comparable | None:
    sa, sb = a.statement, b.statement
    if sa.effect is not sb.effect or sa.sid or sb.sid or a.condition_string != b.condition_string:
        return None
    if (
        not _set_equal(sa.not_actions, sb.not_actions)
        or not _set_equal(sa.not_resources, sb.not_resources)
        or not _set_equal_principals(sa.not_principals, sb.not_principals)
    ):
        return None
    equal = (
        int(_set_equal(sa.actions, sb.actions))
        + int(_set_equal(sa.resources, sb.resources))
        + int(_set_equal_principals(sa.principals, sb.principals))
    )
    if equal < 2 or _unmergeable_principals(sa, sb):
        return None
    combined = sa.copy(
        actions=_set_merge(sa.actions, sb.actions),
        resources=_set_merge(sa.resources, sb.resources),
        principals=_set_merge_principals(sa.principals, sb.principals),
    )
    if limit_size and combined._estimate_size(options) > MAX_MERGE_SIZE:
        return None
    return _Comparable([*a.originals, *b.originals], combined, a.condition_string)


def _merge_if_equal(a: _Comparable, b: _Comparable) -> _Comparable | None:
    sa, sb = a.statement, b.statement
    if sa.effect is not sb.effect or sa.sid != sb.sid or a.condition_string != b.condition_string:
        return None
    if (
        not _set_equal(sa.not_actions, sb.not_actions)
        or not _set_equal(sa.not_resources, sb.not_resources)
        or not _set_equal_principals(sa.not_principals, sb.not_principals)
    ):
        return None
    if (
        not _set_equal(sa.actions, sb.actions)
        or not _set_equal(sa.resources, sb.resources)
        or not _set_equal_principals(sa.principals, sb.principals)
    ):
        return None
    return _Comparable([*a.originals, *b.originals], sa, a.condition_string)


def _unmergeable_principals(a: PolicyStatement, b: PolicyStatement) -> bool:
    from purecdk.aws_iam._util import LITERAL_STRING_KEY

    a_literal = any(LITERAL_STRING_KEY in p.policy_fragment.principal_json for p in a.principals)
    b_literal = any(LITERAL_STRING_KEY in p.policy_fragment.principal_json for p in b.principals)
    return a_literal != b_literal


def _set_equal(a: list[str], b: list[str]) -> bool:
    b_set = set(b)
    return len(a) == len(b) and all(k in b_set for k in a)


def _set_merge(x: list[str], y: list[str]) -> list[str]:
    return sorted(dict.fromkeys([*x, *y]), key=_js_sort_key)


def _js_sort_key(s: str) -> list[int]:
    """JavaScript's default sort order: UTF-16 code units."""
    return list(s.encode("utf-16-be"))


def _partition(xs: list[Any]) -> tuple[dict[str, Any], list[Any]]:
    comparable: dict[str, Any] = {}
    non_comparable: list[Any] = []
    for x in xs:
        dedupe = ComparablePrincipal.dedupe_string_for(x)
        if dedupe:
            comparable[dedupe] = x
        else:
            non_comparable.append(x)
    return comparable, non_comparable


def _set_equal_principals(xs: list[Any], ys: list[Any]) -> bool:
    x_comp, x_non = _partition(xs)
    y_comp, y_non = _partition(ys)
    same_non = len(x_non) == len(y_non) and all(any(x is y for y in y_non) for x in x_non)
    return same_non and _set_equal(list(x_comp), list(y_comp))


def _set_merge_principals(xs: list[Any], ys: list[Any]) -> list[Any]:
    x_comp, x_non = _partition(xs)
    y_comp, y_non = _partition(ys)
    comparable = {**x_comp, **y_comp}
    return [*comparable.values(), *x_non, *y_non]


class PostProcessPolicyDocument:
    """Post-processes a resolved document: drops duplicate statements, assigns sids, sorts when minimizing."""

    def __init__(self, auto_assign_sids: bool, sort: bool) -> None:
        self._auto_assign_sids = auto_assign_sids
        self._sort = sort

    def post_process(self, value: Any, context: Any) -> Any:
        if not value or not isinstance(value, dict) or not value.get("Statement"):
            return value
        seen: set[str] = set()
        unique: list[Any] = []
        for statement in value["Statement"]:
            key = js_json(statement)
            if key not in seen:
                seen.add(key)
                unique.append(statement)
        statements = []
        for i, s in enumerate(unique):
            if isinstance(s, dict):
                s = dict(s)
                if self._auto_assign_sids and not s.get("Sid"):
                    s["Sid"] = str(i)
                if self._sort:
                    if s.get("Action"):
                        s["Action"] = _sort_by_json(s["Action"])
                    if s.get("Resource"):
                        s["Resource"] = _sort_by_json(s["Resource"])
                    if s.get("Principal"):
                        s["Principal"] = _sort_principals(s["Principal"])
            statements.append(s)
        return {**value, "Statement": statements}


def _sort_principals(xs: Any) -> Any:
    if not isinstance(xs, dict):
        return xs
    return {k: _sort_by_json(xs[k]) for k in sorted(xs, key=_js_sort_key)}


def _sort_by_json(xs: Any) -> Any:
    if not isinstance(xs, list):
        return xs
    by_key = {js_json(x): x for x in xs}
    ordered = [by_key[k] for k in sorted(by_key, key=_js_sort_key)]
    return ordered if len(ordered) != 1 else ordered[0]
