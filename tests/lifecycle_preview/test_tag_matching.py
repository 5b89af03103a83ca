"""Tag prefix lists (every prefix must start some tag) and tag pattern lists (``*`` wildcards)."""

from __future__ import annotations

import pytest

from purecdk.lifecycle_preview.tag_matching import (
    matches_pattern_list,
    matches_prefix_list,
    tag_matches_pattern,
)


@pytest.mark.parametrize("tag", ["prod", "prod1", "production-team1"])
def test_trailing_wildcard_matches_tags_that_begin_with_the_text(tag: str) -> None:
    assert tag_matches_pattern(tag, "prod*")


@pytest.mark.parametrize("tag", ["repo-production", "prod-team", "prod"])
def test_surrounding_wildcards_match_tags_that_contain_the_text(tag: str) -> None:
    assert tag_matches_pattern(tag, "*prod*")


@pytest.mark.parametrize("tag", ["dev-prod", "Prod", "pro", "xprod1"])
def test_a_pattern_matches_the_whole_tag_case_sensitively(tag: str) -> None:
    assert not tag_matches_pattern(tag, "prod*")


def test_a_pattern_without_wildcards_matches_only_the_same_tag() -> None:
    assert tag_matches_pattern("latest", "latest")
    assert not tag_matches_pattern("latest-1", "latest")


def test_wildcards_in_the_middle_and_several_of_them() -> None:
    assert tag_matches_pattern("v1.2.3-rc1", "v*.*.*-rc*")
    assert not tag_matches_pattern("v1.2-rc1", "v*.*.*-rc*")
    assert tag_matches_pattern("abc", "a*b*c")
    assert tag_matches_pattern("ac", "a*c")


def test_regular_expression_characters_are_literal() -> None:
    assert tag_matches_pattern("v1.0", "v1.0")
    assert not tag_matches_pattern("v1x0", "v1.0")
    assert tag_matches_pattern("a+b", "a+*")
    assert not tag_matches_pattern("aab", "a+*")


def test_every_prefix_must_match_some_tag() -> None:
    assert matches_prefix_list(["alpha-1", "beta-1"], ["alpha", "beta"])
    assert not matches_prefix_list(["alpha-1"], ["alpha", "beta"])
    assert matches_prefix_list(["alphabeta"], ["alpha"])
    assert not matches_prefix_list(["alphabeta"], ["beta"])


def test_one_tag_may_satisfy_several_prefixes() -> None:
    assert matches_prefix_list(["prod-eu"], ["prod", "prod-e"])


def test_every_pattern_must_match_some_tag() -> None:
    assert matches_pattern_list(["alpha-2", "beta-2", "other"], ["alpha*", "beta*"])
    assert not matches_pattern_list(["alpha-2", "gamma"], ["alpha*", "beta*"])


def test_no_tags_match_nothing() -> None:
    assert not matches_prefix_list([], ["a"])
    assert not matches_pattern_list([], ["*"])
