"""Every example of the Amazon ECR User Guide's "Examples of lifecycle policies", with its documented outcome.

The policy texts are the guide's. Where the guide gives repository contents ("Image A, Taglist: [...],
Pushed: 10 days ago"), they are reproduced as images pushed that many days before the evaluation time;
where it only describes a policy ("expires untagged images older than 14 days"), a repository is built
with images on both sides of each criterion. The guide's multi-rule examples exist with ``tagPrefixList``
(earlier editions) and ``tagPatternList`` (the current one); both are tested.
"""

from __future__ import annotations

import pytest

from purecdk.lifecycle_preview import ImageStatus, parse_policy, preview

from ._support import NOW, image, names_with

FILTER_ON_IMAGE_AGE = """
{
    "rules": [
        {
            "rulePriority": 1,
            "description": "Expire images older than 14 days",
            "selection": {
                "tagStatus": "tagged",
                "tagPatternList": ["prod*"],
                "countType": "sinceImagePushed",
                "countUnit": "days",
                "countNumber": 14
            },
            "action": {
                "type": "expire"
            }
        }
    ]
}
"""


def test_filtering_on_image_age() -> None:
    """Expires images with a tag starting with ``prod`` that are older than 14 days."""
    images = [
        image("old-prod", ["prod"], pushed=20),
        image("old-prod-team", ["production-team1", "latest"], pushed=15),
        image("new-prod", ["prod2"], pushed=13),
        image("old-dev", ["dev-prod"], pushed=30),
        image("old-untagged", [], pushed=30),
    ]
    result = preview(FILTER_ON_IMAGE_AGE, images, now=NOW)
    assert names_with(result, "expire") == {"old-prod", "old-prod-team"}
    assert names_with(result, "keep") == {"new-prod", "old-dev", "old-untagged"}
    assert {r.rule_priority for r in result.expired} == {1}


FILTER_ON_IMAGE_AGE_UNTAGGED = """
{
    "rules": [
        {
            "rulePriority": 1,
            "description": "Expire images older than 14 days",
            "selection": {
                "tagStatus": "untagged",
                "countType": "sinceImagePushed",
                "countUnit": "days",
                "countNumber": 14
            },
            "action": {
                "type": "expire"
            }
        }
    ]
}
"""


def test_filtering_on_image_age_untagged_edition() -> None:
    """The earlier edition of the same example: untagged images older than 14 days are expired."""
    images = [image("old", [], pushed=15), image("new", [], pushed=3), image("tagged-old", ["v1"], pushed=40)]
    result = preview(FILTER_ON_IMAGE_AGE_UNTAGGED, images, now=NOW)
    assert names_with(result, "expire") == {"old"}


FILTER_ON_LAST_PULLED_TIME = """
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


def test_filtering_on_last_pulled_time() -> None:
    """Transitions to archive the images that haven't been pulled in 90 days (never pulled: push time)."""
    images = [
        image("pulled-long-ago", ["a"], pushed=300, pulled=120),
        image("pulled-recently", ["b"], pushed=300, pulled=10),
        image("never-pulled-old", [], pushed=100),
        image("never-pulled-new", [], pushed=20),
    ]
    result = preview(FILTER_ON_LAST_PULLED_TIME, images, now=NOW)
    assert names_with(result, "transition") == {"pulled-long-ago", "never-pulled-old"}
    assert names_with(result, "keep") == {"pulled-recently", "never-pulled-new"}
    assert not result.expired


def test_since_image_pulled_cannot_expire() -> None:
    """The guide: sinceImagePulled must be used with the transition action, not expire."""
    text = FILTER_ON_LAST_PULLED_TIME.replace(
        '"type": "transition",\n                "targetStorageClass": "archive"', '"type": "expire"'
    )
    with pytest.raises(ValueError, match='sinceImagePulled can only be used with a "transition" action'):
        parse_policy(text)


FILTER_ON_ARCHIVE_TRANSITION_TIME = """
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


def test_filtering_on_archive_transition_time() -> None:
    """Expires archived images that have been in archive storage for more than 365 days."""
    images = [
        image("archived-long-ago", ["v1"], pushed=800, status=ImageStatus.ARCHIVED, archived=400),
        image("archived-recently", ["v2"], pushed=800, status=ImageStatus.ARCHIVED, archived=100),
        image("old-but-active", ["v3"], pushed=800),
    ]
    result = preview(FILTER_ON_ARCHIVE_TRANSITION_TIME, images, now=NOW)
    assert names_with(result, "expire") == {"archived-long-ago"}
    assert names_with(result, "keep") == {"archived-recently", "old-but-active"}


def test_since_image_transitioned_needs_expire_and_archive() -> None:
    """The guide: sinceImageTransitioned must be used with expire and the archive storage class."""
    with pytest.raises(ValueError, match='requires storageClass "archive"'):
        parse_policy(FILTER_ON_ARCHIVE_TRANSITION_TIME.replace('"storageClass": "archive",', ""))
    with pytest.raises(ValueError, match="at least 90 days"):
        parse_policy(FILTER_ON_ARCHIVE_TRANSITION_TIME.replace('"countNumber": 365', '"countNumber": 89'))


FILTER_ON_IMAGE_COUNT = """
{
    "rules": [
        {
            "rulePriority": 1,
            "description": "Keep only one untagged image, expire all others",
            "selection": {
                "tagStatus": "untagged",
                "countType": "imageCountMoreThan",
                "countNumber": 1
            },
            "action": {
                "type": "expire"
            }
        }
    ]
}
"""


def test_filtering_on_image_count() -> None:
    """Keeps only one untagged image (the newest) and expires all others; tagged images are untouched."""
    images = [
        image("u1", [], pushed=5),
        image("u2", [], pushed=3),
        image("u3", [], pushed=1),
        image("t1", ["v1"], pushed=9),
    ]
    result = preview(FILTER_ON_IMAGE_COUNT, images, now=NOW)
    assert names_with(result, "expire") == {"u1", "u2"}
    assert names_with(result, "keep") == {"u3", "t1"}


MULTIPLE_RULES_REPOSITORY = [
    image("A", ["beta-1", "prod-1"], pushed=10),
    image("B", ["beta-2", "prod-2"], pushed=9),
    image("C", ["beta-3"], pushed=8),
]


def _two_count_rules(first: str, second: str, kind: str) -> str:
    def one(priority: int, tag: str) -> str:
        value = f'"{tag}*"' if kind == "tagPatternList" else f'"{tag}"'
        return f"""
        {{
            "rulePriority": {priority},
            "description": "Rule {priority}",
            "selection": {{
                "tagStatus": "tagged",
                "{kind}": [{value}],
                "countType": "imageCountMoreThan",
                "countNumber": 1
            }},
            "action": {{
                "type": "expire"
            }}
        }}"""

    return '{\n    "rules": [' + one(1, first) + "," + one(2, second) + "\n    ]\n}"


@pytest.mark.parametrize("kind", ["tagPatternList", "tagPrefixList"])
def test_multiple_rules_example_a(kind: str) -> None:
    """Rule 1 (prod) marks A. Rule 2 (beta) marks A and B, but B matches rule 1's tags, so it is skipped.

    Result: Image A is expired.
    """
    result = preview(_two_count_rules("prod", "beta", kind), MULTIPLE_RULES_REPOSITORY, now=NOW)
    assert names_with(result, "expire") == {"A"}
    assert result.for_digest("sha256:A").rule_priority == 1
    kept_b = result.for_digest("sha256:B")
    assert kept_b.selected_by == 1 and kept_b.blocked_rules == (2,)


@pytest.mark.parametrize("kind", ["tagPatternList", "tagPrefixList"])
def test_multiple_rules_example_b(kind: str) -> None:
    """Rule 1 (beta) sees all three images and marks A and B; rule 2 (prod) sees nothing new.

    Result: Images A and B are expired.
    """
    result = preview(_two_count_rules("beta", "prod", kind), MULTIPLE_RULES_REPOSITORY, now=NOW)
    assert names_with(result, "expire") == {"A", "B"}
    assert {r.rule_priority for r in result.expired} == {1}


def _alpha_and_beta(kind: str, count: str) -> str:
    values = '"alpha*", "beta*"' if kind == "tagPatternList" else '"alpha", "beta"'
    return f"""
{{
    "rules": [
        {{
            "rulePriority": 1,
            "description": "Rule 1",
            "selection": {{
                "tagStatus": "tagged",
                "{kind}": [{values}],
                {count}
            }},
            "action": {{
                "type": "expire"
            }}
        }}
    ]
}}
"""


@pytest.mark.parametrize("kind", ["tagPatternList", "tagPrefixList"])
def test_multiple_tags_in_a_single_rule_example_a(kind: str) -> None:
    """Images must match all listed tags: the rule sees C and F, and expires C (older than five days)."""
    images = [
        image("A", ["alpha-1"], pushed=12),
        image("B", ["beta-1"], pushed=11),
        image("C", ["alpha-2", "beta-2"], pushed=10),
        image("D", ["alpha-3"], pushed=4),
        image("E", ["beta-3"], pushed=3),
        image("F", ["alpha-4", "beta-4"], pushed=2),
    ]
    count = (
        '"countType": "sinceImagePushed",\n                "countNumber": 5,\n'
        '                "countUnit": "days"'
    )
    result = preview(_alpha_and_beta(kind, count), images, now=NOW)
    assert names_with(result, "expire") == {"C"}
    assert {r.image.digest for r in result.images if r.selected_by == 1} == {"sha256:C", "sha256:F"}


@pytest.mark.parametrize("kind", ["tagPatternList", "tagPrefixList"])
def test_multiple_tags_in_a_single_rule_example_b(kind: str) -> None:
    """Tags are not exclusive: the rule sees all images, keeps the newest and expires A and B."""
    images = [
        image("A", ["alpha-1", "beta-1", "gamma-1"], pushed=10),
        image("B", ["alpha-2", "beta-2"], pushed=9),
        image("C", ["alpha-3", "beta-3", "gamma-2"], pushed=8),
    ]
    count = '"countType": "imageCountMoreThan",\n                "countNumber": 1'
    result = preview(_alpha_and_beta(kind, count), images, now=NOW)
    assert names_with(result, "expire") == {"A", "B"}
    assert names_with(result, "keep") == {"C"}


ALL_IMAGES_EXAMPLE_A = """
{
    "rules": [
        {
            "rulePriority": 1,
            "description": "Rule 1",
            "selection": {
                "tagStatus": "any",
                "countType": "imageCountMoreThan",
                "countNumber": 1
            },
            "action": {
                "type": "expire"
            }
        }
    ]
}
"""


def test_filtering_on_all_images_example_a() -> None:
    """The rule sees A, B, C and D, expires all but the newest: A, B and C are expired."""
    images = [
        image("A", ["alpha-1"], pushed=4),
        image("B", ["beta-1"], pushed=3),
        image("C", [], pushed=2),
        image("D", ["alpha-2"], pushed=1),
    ]
    result = preview(ALL_IMAGES_EXAMPLE_A, images, now=NOW)
    assert names_with(result, "expire") == {"A", "B", "C"}
    assert names_with(result, "keep") == {"D"}


def _all_images_example_b(kind: str) -> str:
    value = '"alpha*"' if kind == "tagPatternList" else '"alpha"'
    return f"""
{{
    "rules": [
        {{
            "rulePriority": 1,
            "description": "Rule 1",
            "selection": {{
                "tagStatus": "tagged",
                "{kind}": [{value}],
                "countType": "imageCountMoreThan",
                "countNumber": 1
            }},
            "action": {{
                "type": "expire"
            }}
        }},
        {{
            "rulePriority": 2,
            "description": "Rule 2",
            "selection": {{
                "tagStatus": "untagged",
                "countType": "sinceImagePushed",
                "countUnit": "days",
                "countNumber": 1
            }},
            "action": {{
                "type": "expire"
            }}
        }},
        {{
            "rulePriority": 3,
            "description": "Rule 3",
            "selection": {{
                "tagStatus": "any",
                "countType": "imageCountMoreThan",
                "countNumber": 1
            }},
            "action": {{
                "type": "expire"
            }}
        }}
    ]
}}
"""


@pytest.mark.parametrize("kind", ["tagPatternList", "tagPrefixList"])
def test_filtering_on_all_images_example_b(kind: str) -> None:
    """All rule types together. Rule 1 marks A; rule 2 marks B (E is not older than one day); rule 3 keeps
    the newest (E) and may only mark D, since A, B, C and E were identified by higher-priority rules.

    Result: Images A, B and D are expired.
    """
    # D and E were both pushed "1 day ago"; the documented outcome has E as the newest image, so D is
    # pushed a minute earlier here. E is exactly one day old: not *older* than one day.
    images = [
        image("A", ["alpha-1", "beta-1"], pushed=4),
        image("B", [], pushed=3),
        image("C", ["alpha-2"], pushed=2),
        image("D", ["git hash"], pushed=1 + 1 / 1440),
        image("E", [], pushed=1),
    ]
    result = preview(_all_images_example_b(kind), images, now=NOW)
    assert names_with(result, "expire") == {"A", "B", "D"}
    assert {name: result.for_digest(f"sha256:{name}").rule_priority for name in "ABD"} == {
        "A": 1,
        "B": 2,
        "D": 3,
    }
    assert result.for_digest("sha256:C").blocked_rules == (3,)


ARCHIVE_PRODUCTION_IMAGES = """
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


def test_archiving_images_older_than_a_number_of_days() -> None:
    """Archives (not deletes) images with tags starting with ``prod`` that are older than 30 days."""
    images = [
        image("prod-old", ["prod-2023"], pushed=31, size=100),
        image("prod-new", ["prod-2024"], pushed=29, size=100),
        image("dev-old", ["dev"], pushed=90, size=100),
        image("prod-already-archived", ["prod-2022"], pushed=400, status=ImageStatus.ARCHIVED, archived=300),
    ]
    result = preview(ARCHIVE_PRODUCTION_IMAGES, images, now=NOW)
    assert names_with(result, "transition") == {"prod-old"}
    assert not result.expired
    assert result.rules[0].acted_on == 1 and result.rules[0].bytes == 100


def test_archiving_images_not_pulled_in_a_number_of_days() -> None:
    """The archive section's second example is the last-pulled-time policy: images not pulled in 90 days."""
    images = [
        image("idle", ["v1"], pushed=200, pulled=91),
        image("busy", ["v2"], pushed=200, pulled=89),
    ]
    result = preview(FILTER_ON_LAST_PULLED_TIME, images, now=NOW)
    assert names_with(result, "transition") == {"idle"}
    assert names_with(result, "keep") == {"busy"}


COMBINING_ARCHIVE_AND_EXPIRE = """
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


def test_combining_archive_and_expire_rules() -> None:
    """Archives images older than 30 days, and permanently expires images archived for more than 365 days.

    Rule 1 selects only standard-storage images, so it does not shield archived images from rule 2 (each
    "any" rule is the last of its storage class).
    """
    images = [
        image("fresh", ["v9"], pushed=10),
        image("stale", ["v8"], pushed=45),
        image("untagged-stale", [], pushed=45),
        image("archived-recently", ["v2"], pushed=500, status=ImageStatus.ARCHIVED, archived=200),
        image("archived-long-ago", ["v1"], pushed=900, status=ImageStatus.ARCHIVED, archived=400),
    ]
    result = preview(COMBINING_ARCHIVE_AND_EXPIRE, images, now=NOW)
    assert names_with(result, "transition") == {"stale", "untagged-stale"}
    assert names_with(result, "expire") == {"archived-long-ago"}
    assert names_with(result, "keep") == {"fresh", "archived-recently"}
    assert result.for_digest("sha256:archived-long-ago").rule_priority == 2
