"""The archive options of ``LifecycleRule`` (a purecdk extension): rendering, validation, the guide's examples."""

from __future__ import annotations

import dataclasses
import json
from typing import Any

import pytest

from purecdk import App, Duration, Stack
from purecdk import aws_ecr as ecr
from purecdk.aws_ecr.lifecycle_policy import LifecyclePolicyError, lifecycle_policy_document

Rule = ecr.LifecycleRule
ANY = ecr.TagStatus.ANY
ARCHIVE = ecr.StorageClass.ARCHIVE
STANDARD = ecr.StorageClass.STANDARD
DAYS = Duration.days


def _repository(rules: list[Any] | None = None) -> ecr.Repository:
    return ecr.Repository(Stack(App(auto_synth=False), "Stack"), "Repo", lifecycle_rules=rules)


def _text(repository: ecr.Repository) -> str:
    resolved = repository.stack.resolve(repository.node.default_child._to_cloud_formation())  # type: ignore[union-attr]
    (definition,) = resolved["Resources"].values()
    text: str = definition["Properties"]["LifecyclePolicy"]["LifecyclePolicyText"]
    return text


def _policy(*rules: Any) -> dict[str, Any]:
    document: dict[str, Any] = json.loads(_text(_repository(list(rules))))
    return document


def _error(*rules: Any) -> str:
    with pytest.raises(ValueError) as info:
        _repository(list(rules))
    message = str(info.value)
    assert message.endswith("(at Stack/Repo)"), message
    return message


# -- the struct ------------------------------------------------------------------------------------------


def test_storage_class_enum_has_ecr_spelling() -> None:
    assert [(m.name, m.value) for m in ecr.StorageClass] == [("STANDARD", "standard"), ("ARCHIVE", "archive")]


def test_new_fields_default_to_unset_and_coerce_or_check_types() -> None:
    rule = Rule(max_image_count=1)
    assert (rule.max_image_age_since_pull, rule.max_image_age_in_archive) == (None, None)
    assert (rule.storage_class, rule.transition_to_archive) == (None, None)
    coerced = Rule(storage_class="archive", max_image_age_in_archive=DAYS(90))  # type: ignore[arg-type]
    assert coerced.storage_class is ARCHIVE
    with pytest.raises(ValueError):
        Rule(storage_class="glacier", max_image_count=1)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="max_image_age_since_pull must be a Duration"):
        Rule(max_image_age_since_pull=90)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="max_image_age_in_archive must be a Duration"):
        Rule(max_image_age_in_archive="90 days")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="transition_to_archive must be True or False"):
        Rule(max_image_count=1, transition_to_archive="yes")  # type: ignore[arg-type]


def test_new_fields_from_jsii_style_dicts() -> None:
    rule = Rule.of(
        {
            "maxImageAgeSincePull": DAYS(30),
            "transitionToArchive": True,
            "storageClass": "standard",
        }
    )
    assert rule == Rule(max_image_age_since_pull=DAYS(30), transition_to_archive=True, storage_class=STANDARD)
    archived = Rule.of({"maxImageAgeInArchive": DAYS(120), "storageClass": ARCHIVE})
    assert archived.max_image_age_in_archive == DAYS(120) and archived.storage_class is ARCHIVE


# -- rendering ---------------------------------------------------------------------------------------------


def test_rules_without_archive_options_render_no_new_keys() -> None:
    text = _text(_repository([Rule(tag_prefix_list=["v"], max_image_age=DAYS(14)), Rule(max_image_count=3)]))
    assert text == (
        '{"rules":[{"rulePriority":1,"selection":{"tagStatus":"tagged","tagPrefixList":["v"],'
        '"countType":"sinceImagePushed","countNumber":14,"countUnit":"days"},"action":{"type":"expire"}},'
        '{"rulePriority":2,"selection":{"tagStatus":"any","countType":"imageCountMoreThan","countNumber":3},'
        '"action":{"type":"expire"}}]}'
    )


def test_transition_to_archive_writes_a_transition_action() -> None:
    (rule,) = _policy(Rule(max_image_count=5, transition_to_archive=True))["rules"]
    assert rule["action"] == {"type": "transition", "targetStorageClass": "archive"}
    assert list(rule["action"]) == ["type", "targetStorageClass"]
    assert rule["selection"] == {"tagStatus": "any", "countType": "imageCountMoreThan", "countNumber": 5}


def test_transition_to_archive_false_is_an_expire_action() -> None:
    (rule,) = _policy(Rule(max_image_count=5, transition_to_archive=False))["rules"]
    assert rule["action"] == {"type": "expire"}


def test_max_image_age_since_pull_counts_days_since_pulled() -> None:
    (rule,) = _policy(Rule(max_image_age_since_pull=DAYS(60), transition_to_archive=True))["rules"]
    assert rule["selection"] == {
        "tagStatus": "any",
        "countType": "sinceImagePulled",
        "countNumber": 60,
        "countUnit": "days",
    }


def test_max_image_age_in_archive_counts_days_since_transitioned() -> None:
    (rule,) = _policy(Rule(storage_class=ARCHIVE, max_image_age_in_archive=DAYS(180)))["rules"]
    assert rule["selection"] == {
        "tagStatus": "any",
        "storageClass": "archive",
        "countType": "sinceImageTransitioned",
        "countNumber": 180,
        "countUnit": "days",
    }
    assert rule["action"] == {"type": "expire"}


def test_durations_in_other_units_render_as_days() -> None:
    (rule,) = _policy(Rule(max_image_age_since_pull=Duration.hours(48), transition_to_archive=True))["rules"]
    assert rule["selection"]["countNumber"] == 2


def test_storage_class_is_written_only_when_set_and_before_count_type() -> None:
    (rule,) = _policy(Rule(tag_pattern_list=["prod*"], storage_class=STANDARD, max_image_count=2))["rules"]
    assert list(rule["selection"]) == ["tagStatus", "tagPatternList", "storageClass", "countType", "countNumber"]
    assert rule["selection"]["storageClass"] == "standard"
    (archived,) = _policy(Rule(tag_prefix_list=["v"], storage_class=ARCHIVE, max_image_age_in_archive=DAYS(90)))[
        "rules"
    ]
    assert list(archived["selection"]) == [
        "tagStatus",
        "tagPrefixList",
        "storageClass",
        "countType",
        "countNumber",
        "countUnit",
    ]


def test_add_lifecycle_rule_takes_the_new_keyword_arguments() -> None:
    repository = _repository()
    repository.add_lifecycle_rule(max_image_age_since_pull=DAYS(90), transition_to_archive=True)
    repository.add_lifecycle_rule(storage_class=ARCHIVE, max_image_age_in_archive=DAYS(365))
    rules = json.loads(_text(repository))["rules"]
    assert [(r["rulePriority"], r["selection"]["countType"], r["action"]["type"]) for r in rules] == [
        (1, "sinceImagePulled", "transition"),
        (2, "sinceImageTransitioned", "expire"),
    ]


def test_the_document_helper_renders_archive_rules_too() -> None:
    document = lifecycle_policy_document([Rule(max_image_count=1, transition_to_archive=True)])
    assert document["rules"][0]["action"]["type"] == "transition"


# -- validation of one rule ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("rule", "given"),
    [
        (
            Rule(max_image_age=DAYS(1), max_image_age_since_pull=DAYS(1), transition_to_archive=True),
            "max_image_age and",
        ),
        (Rule(max_image_count=1, storage_class=ARCHIVE, max_image_age_in_archive=DAYS(90)), "max_image_count and"),
        (
            Rule(max_image_age_since_pull=DAYS(90), max_image_age_in_archive=DAYS(90), storage_class=ARCHIVE),
            "max_image_age_since_pull and max_image_age_in_archive",
        ),
    ],
)
def test_exactly_one_count_argument(rule: Any, given: str) -> None:
    message = _error(rule)
    assert "needs exactly one of max_image_count, max_image_age, max_image_age_since_pull" in message
    assert f"got {given}" in message


def test_no_count_argument_with_archive_options() -> None:
    message = _error(Rule(transition_to_archive=True))
    assert "needs exactly one of max_image_count" in message and "got none; add the one" in message


def test_without_archive_options_the_upstream_count_message_stays() -> None:
    message = _error(Rule(max_image_count=1, max_image_age=DAYS(1)))
    assert message.startswith("Life cycle rule must contain exactly one of 'maxImageAge' and 'maxImageCount'")


@pytest.mark.parametrize(
    "rule",
    [
        Rule(max_image_age_since_pull=Duration.hours(36), transition_to_archive=True),
        Rule(storage_class=ARCHIVE, max_image_age_in_archive=Duration.hours(2200)),
    ],
)
def test_ages_must_be_whole_days(rule: Any) -> None:
    assert "must be a whole number of days" in _error(rule)


def test_age_since_pull_must_be_at_least_a_day() -> None:
    assert "max_image_age_since_pull must be at least 1 day, got 0 days" in _error(
        Rule(max_image_age_since_pull=DAYS(0), transition_to_archive=True)
    )


def test_age_in_archive_must_be_at_least_ninety_days() -> None:
    message = _error(Rule(storage_class=ARCHIVE, max_image_age_in_archive=DAYS(89)))
    assert "max_image_age_in_archive must be at least 90 days" in message and "got 89 days" in message
    _repository([Rule(storage_class=ARCHIVE, max_image_age_in_archive=DAYS(90))])
    _repository([Rule(storage_class=ARCHIVE, max_image_age_in_archive=Duration.hours(90 * 24))])


@pytest.mark.parametrize("transition", [None, False])
def test_pull_based_rules_must_transition(transition: bool | None) -> None:
    message = _error(Rule(max_image_age_since_pull=DAYS(90), transition_to_archive=transition))
    assert "max_image_age_since_pull can only move images to the archive" in message
    assert "add transition_to_archive=True" in message


@pytest.mark.parametrize(
    "rule",
    [
        Rule(storage_class=ARCHIVE, max_image_count=3),
        Rule(storage_class=ARCHIVE, max_image_age=DAYS(30)),
        Rule(storage_class=ARCHIVE, max_image_age_since_pull=DAYS(30), transition_to_archive=True),
        Rule(storage_class=ARCHIVE, max_image_age=DAYS(30), transition_to_archive=True),
    ],
)
def test_archive_storage_class_only_with_the_archive_age(rule: Any) -> None:
    assert "storage_class=StorageClass.ARCHIVE selects archived images" in _error(rule)


@pytest.mark.parametrize("storage_class", [None, STANDARD])
def test_archive_age_needs_the_archive_storage_class(storage_class: Any) -> None:
    message = _error(Rule(storage_class=storage_class, max_image_age_in_archive=DAYS(365)))
    assert "add storage_class=StorageClass.ARCHIVE" in message


def test_archive_age_needs_an_expire_action() -> None:
    message = _error(Rule(storage_class=ARCHIVE, max_image_age_in_archive=DAYS(365), transition_to_archive=True))
    assert "max_image_age_in_archive can only expire archived images" in message


def test_standard_storage_class_goes_with_every_standard_count() -> None:
    rules = _policy(
        Rule(tag_prefix_list=["a"], storage_class=STANDARD, max_image_count=1),
        Rule(tag_prefix_list=["b"], storage_class=STANDARD, max_image_age=DAYS(1)),
        Rule(
            tag_prefix_list=["c"],
            storage_class=STANDARD,
            max_image_age_since_pull=DAYS(1),
            transition_to_archive=True,
        ),
    )["rules"]
    assert [r["selection"]["storageClass"] for r in rules] == ["standard"] * 3


def test_upstream_tag_checks_still_apply_to_archive_rules() -> None:
    message = _error(Rule(tag_status=ecr.TagStatus.TAGGED, storage_class=ARCHIVE, max_image_age_in_archive=DAYS(90)))
    assert message.startswith("TagStatus.Tagged requires the specification of a tagPrefixList or a tagPatternList")


# -- validation across rules: per storage class ----------------------------------------------------------


def test_one_any_rule_per_storage_class() -> None:
    rules = _policy(
        Rule(max_image_age=DAYS(30), transition_to_archive=True),
        Rule(storage_class=ARCHIVE, max_image_age_in_archive=DAYS(365)),
    )["rules"]
    assert [r["selection"]["tagStatus"] for r in rules] == ["any", "any"]
    message = _error(
        Rule(storage_class=ARCHIVE, max_image_age_in_archive=DAYS(365)),
        Rule(storage_class=ARCHIVE, max_image_age_in_archive=DAYS(400)),
    )
    assert message.startswith("Life cycle can only have one TagStatus.Any rule selecting StorageClass.ARCHIVE")
    message = _error(Rule(max_image_count=1, transition_to_archive=True), Rule(max_image_count=2))
    assert message == "Life cycle can only have one TagStatus.Any rule (at Stack/Repo)"


def test_any_rule_must_be_last_of_its_storage_class() -> None:
    # the standard ANY rule need not be last overall: only among the standard rules
    rules = _policy(
        Rule(rule_priority=1, max_image_age=DAYS(30), transition_to_archive=True),
        Rule(rule_priority=2, tag_prefix_list=["v"], storage_class=ARCHIVE, max_image_age_in_archive=DAYS(90)),
    )["rules"]
    # listed as upstream lists them (ANY rules after the others); ECR orders by rulePriority
    assert [(r["rulePriority"], r["selection"]["tagStatus"]) for r in rules] == [(2, "tagged"), (1, "any")]
    repository = _repository(
        [
            Rule(rule_priority=1, storage_class=ARCHIVE, max_image_age_in_archive=DAYS(365)),
            Rule(rule_priority=2, tag_prefix_list=["v"], storage_class=ARCHIVE, max_image_age_in_archive=DAYS(90)),
        ]
    )
    with pytest.raises(LifecyclePolicyError) as info:
        _text(repository)
    assert str(info.value) == (
        "TagStatus.Any rule selecting StorageClass.ARCHIVE must have highest priority, has 1 which is smaller "
        "than 2 (at Stack/Repo)"
    )


def test_prioritized_any_rule_with_unprioritized_rules_of_its_storage_class() -> None:
    repository = _repository(
        [
            Rule(rule_priority=5, storage_class=ARCHIVE, max_image_age_in_archive=DAYS(365)),
            Rule(tag_prefix_list=["v"], storage_class=ARCHIVE, max_image_age_in_archive=DAYS(90)),
        ]
    )
    with pytest.raises(LifecyclePolicyError, match=r"Cannot combine prioritized TagStatus.Any rule selecting "):
        _text(repository)


def test_unprioritized_rules_of_the_other_class_go_above_an_explicit_any_priority() -> None:
    rules = _policy(
        Rule(rule_priority=3, storage_class=ARCHIVE, max_image_age_in_archive=DAYS(365)),
        Rule(tag_prefix_list=["v"], max_image_age=DAYS(30), transition_to_archive=True),
        Rule(max_image_count=100, transition_to_archive=True),
    )["rules"]
    assert [(r["rulePriority"], r["selection"]["tagStatus"]) for r in rules] == [
        (4, "tagged"),
        (3, "any"),
        (5, "any"),
    ]


def test_one_untagged_rule_per_storage_class() -> None:
    untagged = ecr.TagStatus.UNTAGGED
    _policy(
        Rule(tag_status=untagged, max_image_age=DAYS(7), transition_to_archive=True),
        Rule(tag_status=untagged, storage_class=ARCHIVE, max_image_age_in_archive=DAYS(90)),
    )
    message = _error(
        Rule(tag_status=untagged, storage_class=ARCHIVE, max_image_age_in_archive=DAYS(90)),
        Rule(tag_status=untagged, storage_class=ARCHIVE, max_image_age_in_archive=DAYS(200)),
    )
    assert message.startswith("Life cycle can only have one TagStatus.Untagged rule selecting StorageClass.ARCHIVE")
    message = _error(
        Rule(tag_status=untagged, max_image_count=3),
        Rule(tag_status=untagged, max_image_age=DAYS(7), transition_to_archive=True),
    )
    assert message.startswith("Life cycle can only have one TagStatus.Untagged rule selecting StorageClass.STANDARD")


def test_two_untagged_rules_without_archive_options_are_left_to_upstream() -> None:
    # aws-cdk-lib accepts them, so purecdk renders them the same way (no extra check on upstream's arguments)
    untagged = ecr.TagStatus.UNTAGGED
    rules = _policy(Rule(tag_status=untagged, max_image_count=3), Rule(tag_status=untagged, max_image_age=DAYS(7)))
    assert len(rules["rules"]) == 2


def test_tag_sets_are_unique_per_storage_class() -> None:
    _policy(
        Rule(tag_pattern_list=["*-sha-*"], max_image_age=DAYS(30), transition_to_archive=True),
        Rule(tag_pattern_list=["*-sha-*"], storage_class=ARCHIVE, max_image_age_in_archive=DAYS(90)),
    )
    message = _error(
        Rule(tag_prefix_list=["a", "b"], storage_class=ARCHIVE, max_image_age_in_archive=DAYS(90)),
        Rule(tag_prefix_list=["b", "a"], storage_class=ARCHIVE, max_image_age_in_archive=DAYS(120)),
    )
    assert "rules selecting StorageClass.ARCHIVE must each select a unique set of tags" in message
    assert "tagPrefixList ['a', 'b']" in message


def test_errors_name_the_repository_that_got_the_rule() -> None:
    repository = _repository()
    with pytest.raises(ValueError, match=r"\(at Stack/Repo\)$"):
        repository.add_lifecycle_rule(max_image_age_since_pull=DAYS(90))
    assert repository.lifecycle_rules == []


def test_upstream_count_message_describes_the_rule_as_upstream_does() -> None:
    message = _error(Rule(max_image_count=1, max_image_age=DAYS(2)))
    assert message.startswith("Life cycle rule must contain exactly one of 'maxImageAge' and 'maxImageCount', got: {")
    assert '"maxImageCount":1' in message and "storageClass" not in message and "transition" not in message


# -- the ECR User Guide's archive examples, through Repository(lifecycle_rules=[...]) ---------------------

GUIDE_FILTER_ON_LAST_PULLED_TIME = """
{
    "rules": [
        {
            "rulePriority": 1,
            "description": "Archive images not pulled in 90 days",
            "selection": {
                "tagStatus": "any",
                "countType": "sinceImagePulled",
                "countUnit": "days",
                "countNumber": 90
            },
            "action": {
                "type": "transition",
                "targetStorageClass": "archive"
            }
        }
    ]
}
"""

GUIDE_FILTER_ON_ARCHIVE_TRANSITION_TIME = """
{
    "rules": [
        {
            "rulePriority": 1,
            "description": "Expire images archived for more than 365 days",
            "selection": {
                "tagStatus": "any",
                "storageClass": "archive",
                "countType": "sinceImageTransitioned",
                "countUnit": "days",
                "countNumber": 365
            },
            "action": {
                "type": "expire"
            }
        }
    ]
}
"""

GUIDE_ARCHIVING_IMAGES_OLDER_THAN_30_DAYS = """
{
    "rules": [
        {
            "rulePriority": 1,
            "description": "Archive production images older than 30 days",
            "selection": {
                "tagStatus": "tagged",
                "tagPatternList": ["prod*"],
                "countType": "sinceImagePushed",
                "countUnit": "days",
                "countNumber": 30
            },
            "action": {
                "type": "transition",
                "targetStorageClass": "archive"
            }
        }
    ]
}
"""

GUIDE_COMBINING_ARCHIVE_AND_EXPIRE_RULES = """
{
    "rules": [
        {
            "rulePriority": 1,
            "description": "Archive images older than 30 days",
            "selection": {
                "tagStatus": "any",
                "countType": "sinceImagePushed",
                "countUnit": "days",
                "countNumber": 30
            },
            "action": {
                "type": "transition",
                "targetStorageClass": "archive"
            }
        },
        {
            "rulePriority": 2,
            "description": "Expire images archived for more than 365 days",
            "selection": {
                "tagStatus": "any",
                "storageClass": "archive",
                "countType": "sinceImageTransitioned",
                "countUnit": "days",
                "countNumber": 365
            },
            "action": {
                "type": "expire"
            }
        }
    ]
}
"""

GUIDE_EXAMPLES = {
    "filtering on last pulled time (also: archiving images not pulled in a number of days)": (
        GUIDE_FILTER_ON_LAST_PULLED_TIME,
        [
            Rule(
                rule_priority=1,
                description="Archive images not pulled in 90 days",
                tag_status=ANY,
                max_image_age_since_pull=DAYS(90),
                transition_to_archive=True,
            )
        ],
    ),
    "filtering on archive transition time": (
        GUIDE_FILTER_ON_ARCHIVE_TRANSITION_TIME,
        [
            Rule(
                rule_priority=1,
                description="Expire images archived for more than 365 days",
                tag_status=ANY,
                storage_class=ARCHIVE,
                max_image_age_in_archive=DAYS(365),
            )
        ],
    ),
    "archiving images older than a number of days": (
        GUIDE_ARCHIVING_IMAGES_OLDER_THAN_30_DAYS,
        [
            Rule(
                rule_priority=1,
                description="Archive production images older than 30 days",
                tag_status=ecr.TagStatus.TAGGED,
                tag_pattern_list=["prod*"],
                max_image_age=DAYS(30),
                transition_to_archive=True,
            )
        ],
    ),
    "combining archive and expire rules": (
        GUIDE_COMBINING_ARCHIVE_AND_EXPIRE_RULES,
        [
            Rule(
                rule_priority=1,
                description="Archive images older than 30 days",
                tag_status=ANY,
                max_image_age=DAYS(30),
                transition_to_archive=True,
            ),
            Rule(
                rule_priority=2,
                description="Expire images archived for more than 365 days",
                tag_status=ANY,
                storage_class=ARCHIVE,
                max_image_age_in_archive=DAYS(365),
            ),
        ],
    ),
}


@pytest.mark.parametrize("name", list(GUIDE_EXAMPLES))
def test_guide_archive_examples_render_as_in_the_guide(name: str) -> None:
    guide_text, rules = GUIDE_EXAMPLES[name]
    assert _policy(*rules) == json.loads(guide_text)


def test_guide_combining_example_with_automatic_priorities() -> None:
    # the same policy without explicit priorities: each ANY rule is the last of its storage class
    guide_text, rules = GUIDE_EXAMPLES["combining archive and expire rules"]
    automatic = [dataclasses.replace(rule, rule_priority=None) for rule in rules]
    assert _policy(*automatic) == json.loads(guide_text)
