"""The checks ECR makes when a lifecycle policy is put, with errors that name the offending rule."""

from __future__ import annotations

import json
from typing import Any

import pytest

from purecdk.lifecycle_preview import (
    ActionType,
    CountType,
    InvalidPolicyError,
    StorageClass,
    TagStatus,
    parse_policy,
    parse_policy_document,
)

from ._support import policy, rule


def _text(rules: list[dict[str, Any]]) -> str:
    return policy(*rules)


def _error(rules: list[dict[str, Any]]) -> str:
    with pytest.raises(InvalidPolicyError) as info:
        parse_policy(_text(rules))
    return str(info.value)


def test_a_valid_policy_becomes_the_model_in_priority_order() -> None:
    text = _text(
        [
            rule(7, "any", "sinceImagePushed", 30, description="Everything else"),
            rule(2, "tagged", patterns=["prod*"], count_number=5),
            rule(3, "untagged", "sinceImagePushed", 1),
        ]
    )
    parsed = parse_policy(text)
    assert [r.rule_priority for r in parsed.rules] == [2, 3, 7]
    first = parsed.rules[0]
    assert first.selection.tag_status is TagStatus.TAGGED
    assert first.selection.tag_pattern_list == ("prod*",)
    assert first.selection.count_type is CountType.IMAGE_COUNT_MORE_THAN
    assert first.selection.count_unit is None
    assert first.selection.storage_class is StorageClass.STANDARD
    assert first.action is ActionType.EXPIRE
    assert parsed.rules[2].description == "Everything else"
    assert parsed.rules[2].selection.count_unit == "days"
    assert parsed.text == text
    assert parsed.rule(3).selection.tag_status is TagStatus.UNTAGGED
    from_document = parse_policy_document(json.loads(text))
    assert from_document.rules == parsed.rules
    assert from_document.text == json.dumps(json.loads(text), separators=(",", ":"))


def test_transition_action_and_archive_selection_are_understood() -> None:
    parsed = parse_policy(
        _text(
            [
                rule(1, "any", "sinceImagePulled", 60, action="transition"),
                rule(2, "any", "sinceImageTransitioned", 90, storage_class="archive"),
            ]
        )
    )
    assert parsed.rules[0].action is ActionType.TRANSITION
    assert parsed.rules[0].target_storage_class is StorageClass.ARCHIVE
    assert parsed.rules[1].selection.storage_class is StorageClass.ARCHIVE
    assert parsed.rules[1].target_storage_class is None


def test_not_json() -> None:
    with pytest.raises(InvalidPolicyError, match="not valid JSON"):
        parse_policy('{"rules": [' + " " * 100 + "}")


def test_text_length_limits() -> None:
    with pytest.raises(InvalidPolicyError, match="at least 100"):
        parse_policy('{"rules": []}')
    long_rules = [rule(i, "tagged", prefixes=[f"p{i}"], description="x" * 200) for i in range(1, 200)]
    with pytest.raises(InvalidPolicyError, match="at most 30720"):
        parse_policy(_text(long_rules))


def test_the_document_must_have_rules() -> None:
    with pytest.raises(InvalidPolicyError, match='has no "rules"'):
        parse_policy("{" + " " * 100 + "}")
    with pytest.raises(InvalidPolicyError, match="unknown property 'ruls'"):
        parse_policy(json.dumps({"ruls": []}) + " " * 100)
    with pytest.raises(InvalidPolicyError, match="non-empty list"):
        parse_policy('{"rules": []' + " " * 100 + "}")
    with pytest.raises(InvalidPolicyError, match="non-empty list"):
        parse_policy('{"rules": {"rulePriority": 1}' + " " * 100 + "}")
    with pytest.raises(InvalidPolicyError, match="must be a JSON object"):
        parse_policy("[" + " " * 100 + "]")


def test_unknown_properties_are_rejected_where_they_are() -> None:
    bad = rule(1, "any")
    bad["selection"]["maxImageCount"] = 3
    message = _error([bad])
    assert "rules[0] (rulePriority 1) selection" in message and "'maxImageCount'" in message
    bad = rule(1, "any")
    bad["priority"] = 1
    assert "unknown property 'priority'" in _error([bad])
    bad = rule(1, "any")
    bad["action"]["days"] = 1
    assert "action: unknown property 'days'" in _error([bad])


@pytest.mark.parametrize("missing", ["rulePriority", "selection", "action"])
def test_required_rule_properties(missing: str) -> None:
    bad = rule(1, "any", description="The rule")
    del bad[missing]
    message = _error([rule(2, "tagged", prefixes=["x"]), bad])
    assert message.startswith("rules[1]")
    assert f"no {missing}" in message


@pytest.mark.parametrize("missing", ["tagStatus", "countType", "countNumber"])
def test_required_selection_properties(missing: str) -> None:
    bad = rule(4, "untagged")
    del bad["selection"][missing]
    assert f"rules[0] (rulePriority 4): selection.{missing} is required" in _error([bad])


@pytest.mark.parametrize("value", [0, -1, 1.5, "1", True, None, 2**31])
def test_rule_priority_must_be_a_positive_whole_number(value: Any) -> None:
    bad = rule(1, "any")
    bad["rulePriority"] = value
    assert "rulePriority must be" in _error([bad])


@pytest.mark.parametrize("value", [0, -3, 2.0, "5", False])
def test_count_number_must_be_a_positive_whole_number(value: Any) -> None:
    bad = rule(1, "any")
    bad["selection"]["countNumber"] = value
    assert "rules[0] (rulePriority 1): selection.countNumber must be" in _error([bad])


def test_enumerations() -> None:
    bad = rule(1, "any")
    bad["selection"]["tagStatus"] = "Tagged"
    assert 'selection.tagStatus must be one of "tagged", "untagged", "any"' in _error([bad])
    bad = rule(1, "any")
    bad["selection"]["countType"] = "imageCountLessThan"
    assert "selection.countType must be one of" in _error([bad])
    bad = rule(1, "any")
    bad["action"]["type"] = "delete"
    assert 'action.type must be one of "expire", "transition"' in _error([bad])
    bad = rule(1, "any")
    bad["selection"]["storageClass"] = "glacier"
    assert "selection.storageClass must be one of" in _error([bad])


def test_priorities_are_unique() -> None:
    message = _error([rule(1, "tagged", prefixes=["a"]), rule(1, "tagged", prefixes=["b"], description="B")])
    assert message.startswith('rules[1] (rulePriority 1, "B"): rulePriority 1 is already used by rules[0]')


def test_tagged_needs_exactly_one_list() -> None:
    assert 'tagStatus "tagged" requires a tagPatternList or a tagPrefixList' in _error([rule(1, "tagged")])
    both = rule(1, "tagged", prefixes=["a"], patterns=["a*"])
    assert "tagPatternList or a tagPrefixList, not both" in _error([both])


@pytest.mark.parametrize("status", ["untagged", "any"])
def test_lists_only_with_tagged(status: str) -> None:
    assert "may only be used with tagStatus" in _error([rule(1, status, prefixes=["a"])])
    assert "may only be used with tagStatus" in _error([rule(1, status, patterns=["a*"])])


@pytest.mark.parametrize("bad_list", [[], "prod", [""], [3]])
def test_tag_lists_are_non_empty_lists_of_strings(bad_list: Any) -> None:
    bad = rule(1, "tagged", prefixes=["x"])
    bad["selection"]["tagPrefixList"] = bad_list
    assert "selection.tagPrefixList" in _error([bad]) or "non-empty string" in _error([bad])


def test_at_most_four_wildcards_per_pattern() -> None:
    parse_policy(_text([rule(1, "tagged", patterns=["*test*1*2*3", "test*1*2*3*"])]))
    message = _error([rule(1, "tagged", patterns=["test*1*2*3*4*5*6"])])
    assert 'the tag pattern "test*1*2*3*4*5*6" has 6 wildcards' in message


def test_count_unit_rules() -> None:
    missing = rule(1, "any", "sinceImagePushed", 5)
    del missing["selection"]["countUnit"]
    assert 'requires countUnit "days"' in _error([missing])
    hours = rule(1, "any", "sinceImagePushed", 5)
    hours["selection"]["countUnit"] = "hours"
    assert 'countUnit must be "days"' in _error([hours])
    with_count = rule(1, "any")
    with_count["selection"]["countUnit"] = "days"
    assert "countUnit may only be given with countType sinceImagePushed" in _error([with_count])


def test_storage_class_rules() -> None:
    assert 'requires storageClass "archive"' in _error([rule(1, "any", "sinceImageTransitioned", 90)])
    standard = rule(1, "any", "sinceImageTransitioned", 90, storage_class="standard")
    assert 'requires storageClass "archive"' in _error([standard])
    for count_type in ("imageCountMoreThan", "sinceImagePushed"):
        archived = rule(1, "any", count_type, 5, storage_class="archive")
        assert 'the only supported storageClass is "standard"' in _error([archived])
    explicit = parse_policy(_text([rule(1, "any", "sinceImagePushed", 5, storage_class="standard")]))
    assert explicit.rules[0].selection.storage_class is StorageClass.STANDARD


def test_action_rules() -> None:
    no_target = rule(1, "any", "sinceImagePushed", 5)
    no_target["action"] = {"type": "transition"}
    assert 'requires targetStorageClass "archive"' in _error([no_target])
    wrong_target = rule(1, "any", "sinceImagePushed", 5, action="transition")
    wrong_target["action"]["targetStorageClass"] = "standard"
    assert 'targetStorageClass must be "archive"' in _error([wrong_target])
    expire_target = rule(1, "any")
    expire_target["action"]["targetStorageClass"] = "archive"
    assert "targetStorageClass is only used with action type" in _error([expire_target])
    pulled = rule(1, "any", "sinceImagePulled", 30)
    assert 'sinceImagePulled can only be used with a "transition" action' in _error([pulled])
    transitioned = rule(1, "any", "sinceImageTransitioned", 100, storage_class="archive", action="transition")
    assert 'sinceImageTransitioned can only be used with an "expire" action' in _error([transitioned])
    assert "at least 90 days" in _error(
        [rule(1, "any", "sinceImageTransitioned", 30, storage_class="archive")]
    )


def test_the_any_rule_must_come_last() -> None:
    message = _error(
        [rule(1, "any", description="Catch-all"), rule(2, "tagged", prefixes=["v"]), rule(3, "untagged")]
    )
    assert message.startswith('rules[0] (rulePriority 1, "Catch-all"): a rule with tagStatus "any" must have')
    assert "rules[2] (rulePriority 3) has rulePriority 3" in message


def test_only_one_any_rule() -> None:
    message = _error([rule(1, "any"), rule(2, "any", "sinceImagePushed", 9)])
    assert 'only one rule selecting storageClass "standard" may have tagStatus "any"' in message


def test_any_rules_are_ordered_per_storage_class() -> None:
    parse_policy(
        _text(
            [
                rule(1, "any", "sinceImagePushed", 30, action="transition"),
                rule(2, "tagged", "sinceImageTransitioned", 90, storage_class="archive", prefixes=["keep"]),
                rule(3, "any", "sinceImageTransitioned", 365, storage_class="archive"),
            ]
        )
    )
    message = _error(
        [
            rule(1, "any", "sinceImageTransitioned", 365, storage_class="archive"),
            rule(2, "tagged", "sinceImageTransitioned", 90, storage_class="archive", prefixes=["x"]),
        ]
    )
    assert 'highest rulePriority of the rules selecting storageClass "archive"' in message


def test_only_one_untagged_rule_per_storage_class() -> None:
    message = _error([rule(1, "untagged"), rule(2, "untagged", "sinceImagePushed", 3)])
    assert message.startswith("rules[1] (rulePriority 2): only one rule selecting storageClass")
    assert "may select untagged images (rules[0] (rulePriority 1) already does)" in message
    parse_policy(
        _text(
            [
                rule(1, "untagged", "sinceImagePushed", 3, action="transition"),
                rule(2, "untagged", "sinceImageTransitioned", 90, storage_class="archive"),
            ]
        )
    )


def test_tag_sets_are_unique_per_storage_class() -> None:
    message = _error([rule(1, "tagged", prefixes=["a", "b"]), rule(2, "tagged", prefixes=["b", "a"])])
    assert (
        'rules[1] (rulePriority 2): its tagPrefixList ["a", "b"] is the same as that of rules[0]' in message
    )
    assert "unique set of tags" in _error(
        [rule(1, "tagged", patterns=["v*"]), rule(2, "tagged", "sinceImagePushed", 9, patterns=["v*"])]
    )
    parse_policy(_text([rule(1, "tagged", prefixes=["v"]), rule(2, "tagged", patterns=["v"])]))
    parse_policy(_text([rule(1, "tagged", prefixes=["v", "w"]), rule(2, "tagged", prefixes=["v"])]))


@pytest.mark.parametrize("value", [5, None])
def test_non_string_description(value: Any) -> None:
    bad = rule(1, "any")
    bad["description"] = value
    assert "description must be a string" in _error([bad])


@pytest.mark.parametrize(
    ("where", "key", "message"),
    [
        ("selection", "tagPatternList", "selection.tagPatternList must be a non-empty list"),
        ("selection", "countUnit", "countUnit may only be given with countType sinceImagePushed"),
        ("selection", "storageClass", "selection.storageClass must be one of"),
        ("action", "targetStorageClass", "targetStorageClass is only used with action type"),
    ],
)
def test_nulls_are_not_omissions(where: str, key: str, message: str) -> None:
    """ECR's schema refuses ``null`` values (tools that render absent fields as null hit this)."""
    bad = rule(1, "any")
    bad[where][key] = None
    assert message in _error([bad])


def test_nan_is_not_json() -> None:
    text = _text([rule(1, "any")]).replace('"countNumber": 1', '"countNumber": NaN')
    with pytest.raises(InvalidPolicyError, match="not valid JSON"):
        parse_policy(text)
