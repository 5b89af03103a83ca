"""Event patterns: merging like upstream (de-duplication, None pruning, type checks) and Match filters."""

from __future__ import annotations

from typing import Any

import pytest

from purecdk import App, Stack, Token
from purecdk import aws_events as events
from purecdk.aws_events.event_pattern import merge_event_pattern, render_event_pattern


def _pattern(rule: events.Rule) -> Any:
    return Stack.of(rule).resolve(rule.node.default_child._to_cloud_formation())[  # type: ignore[union-attr]
        "Resources"
    ][Stack.of(rule).get_logical_id(rule.node.default_child)]["Properties"]["EventPattern"]


@pytest.fixture()
def stack() -> Stack:
    return Stack(App(), "S")


def test_lists_are_concatenated_without_json_duplicates() -> None:
    dest: dict[str, Any] = {"detail": {"x": ["a", 1]}}
    merge_event_pattern(dest, {"detail": {"x": [1.0, "1", "a", {"prefix": "p"}, {"prefix": "p"}]}})
    assert dest == {"detail": {"x": ["a", 1, "1", {"prefix": "p"}]}}


def test_objects_merge_recursively_and_none_is_skipped() -> None:
    dest: dict[str, Any] = {"detail": {"a": {"b": ["1"]}}}
    merge_event_pattern(dest, {"detail": {"a": {"c": ["2"]}, "skip": None}, "source": None})
    assert dest == {"detail": {"a": {"b": ["1"], "c": ["2"]}}}


def test_scalar_field_is_rejected_where_merged() -> None:
    with pytest.raises(ValueError, match=r"Invalid event pattern field \{ x: \"y\" \}. All fields must be arrays"):
        merge_event_pattern({"detail": {"x": ["a"]}}, {"detail": {"x": "y"}})
    # like upstream, a new subtree is taken as it is
    assert merge_event_pattern({}, {"detail": {"x": "y"}}) == {"detail": {"x": "y"}}


def test_type_mismatch_is_rejected() -> None:
    with pytest.raises(ValueError, match="Type mismatch between existing pattern"):
        merge_event_pattern({"detail": {"x": ["a"]}}, {"detail": {"x": {"y": ["b"]}}})


def test_render_renames_detail_type_and_drops_empty() -> None:
    assert render_event_pattern({}) is None
    assert render_event_pattern({"detailType": ["T"], "source": ["s"]}) == {"detail-type": ["T"], "source": ["s"]}


def test_add_event_pattern_error_names_the_rule(stack: Stack) -> None:
    rule = events.Rule(stack, "Rule", event_pattern=events.EventPattern(detail={"x": ["a"]}))
    with pytest.raises(ValueError, match=r"\(at S/Rule\)"):
        rule.add_event_pattern(detail={"x": "not-a-list"})


def test_add_event_pattern_is_keyword_only(stack: Stack) -> None:
    rule = events.Rule(stack, "Rule", event_pattern=events.EventPattern(source=["a"]))
    with pytest.raises(TypeError):
        rule.add_event_pattern(events.EventPattern(source=["b"]))  # type: ignore[misc]


def test_dict_patterns_accept_snake_and_camel_keys(stack: Stack) -> None:
    rule = events.Rule(stack, "Rule", event_pattern={"detail_type": ["A"]})  # type: ignore[arg-type]
    rule._add_event_pattern({"detailType": ["B"]})
    assert _pattern(rule) == {"detail-type": ["A", "B"]}
    with pytest.raises(ValueError, match="Unknown event pattern field"):
        events.Rule(stack, "Bad", event_pattern={"sources": ["x"]})  # type: ignore[arg-type]


def test_user_dicts_are_not_mutated(stack: Stack) -> None:
    detail = {"x": ["1"]}
    rule = events.Rule(stack, "Rule", event_pattern=events.EventPattern(detail=detail))
    rule.add_event_pattern(detail={"x": ["2"]})
    assert detail == {"x": ["1"]}
    assert _pattern(rule) == {"detail": {"x": ["1", "2"]}}


def test_match_filters_resolve(stack: Stack) -> None:
    rule = events.Rule(
        stack,
        "Rule",
        event_pattern=events.EventPattern(
            detail={
                "a": events.Match.prefix("img-"),
                "b": events.Match.anything_but("x", "y"),
                "c": events.Match.interval(0, 10),
                "d": events.Match.any_of(events.Match.suffix(".fifo"), events.Match.exists()),
                "e": events.Match.anything_but_prefix("tmp"),
                "f": events.Match.cidr("10.0.0.0/8"),
                "g": events.Match.equals_ignore_case("Yes"),
            }
        ),
    )
    assert _pattern(rule) == {
        "detail": {
            "a": [{"prefix": "img-"}],
            "b": [{"anything-but": ["x", "y"]}],
            "c": [{"numeric": [">=", 0, "<=", 10]}],
            "d": [{"suffix": ".fifo"}, {"exists": True}],
            "e": [{"anything-but": {"prefix": "tmp"}}],
            "f": [{"cidr": "10.0.0.0/8"}],
            "g": [{"equals-ignore-case": "Yes"}],
        }
    }


def test_match_rejects_bad_input() -> None:
    with pytest.raises(ValueError, match="Invalid IP address range"):
        events.Match.cidr("999.1")
    with pytest.raises(ValueError, match="only strings or only numbers"):
        events.Match.anything_but("a", 1)
    with pytest.raises(ValueError, match="non-empty"):
        events.Match.anything_but()
    with pytest.raises(ValueError, match=r"Invalid interval: \[5, 1\]"):
        events.Match.interval(5, 1)
    with pytest.raises(ValueError, match="at least one element"):
        events.Match.all_of()


def test_all_of_only_merges_numeric_matchers(stack: Stack) -> None:
    merged = events.Match.all_of(events.Match.prefix("a"), events.Match.greater_than(1))
    assert Token.is_unresolved(merged)
    rule = events.Rule(stack, "Rule", event_pattern=events.EventPattern(detail={"x": merged}))
    with pytest.raises(ValueError, match="Only numeric matchers can be merged"):
        _pattern(rule)
