"""ECR's archive storage class in lifecycle rules: the checks ECR makes on the purecdk-only rule options.

``storage_class``, ``max_image_age_since_pull``, ``max_image_age_in_archive`` and ``transition_to_archive``
go beyond aws-cdk-lib's ``LifecycleRule``. The rules follow the Amazon ECR User Guide ("Lifecycle policy
properties" and "Examples of lifecycle policies"). Rules that use none of these options are left to
aws-cdk-lib's checks alone, so everything aws-cdk-lib accepts is still accepted.
"""

from __future__ import annotations

from collections.abc import Sequence

from purecdk.aws_ecr.lifecycle import LifecycleRule, StorageClass, TagStatus
from purecdk.core.duration import Duration

__all__ = [
    "MIN_DAYS_IN_ARCHIVE",
    "age_count",
    "archive_rule_error",
    "conflicting_rule_error",
    "rule_storage_class",
    "uses_archive_count",
    "uses_archive_options",
]

MIN_DAYS_IN_ARCHIVE = 90
"""ECR's minimum archive storage duration: no lifecycle rule may expire images archived for less."""

_COUNT_ARGUMENTS = ("max_image_count", "max_image_age", "max_image_age_since_pull", "max_image_age_in_archive")
_AGE_COUNT_TYPES = (
    ("max_image_age", "sinceImagePushed"),
    ("max_image_age_since_pull", "sinceImagePulled"),
    ("max_image_age_in_archive", "sinceImageTransitioned"),
)


def rule_storage_class(rule: LifecycleRule) -> StorageClass:
    """The storage class whose images the rule selects (standard unless it says archive)."""
    return StorageClass.ARCHIVE if rule.storage_class is StorageClass.ARCHIVE else StorageClass.STANDARD


def uses_archive_count(rule: LifecycleRule) -> bool:
    """Whether the rule counts with one of the archive-era count types (pull or archive age)."""
    return rule.max_image_age_since_pull is not None or rule.max_image_age_in_archive is not None


def uses_archive_options(rule: LifecycleRule) -> bool:
    """Whether the rule sets any option aws-cdk-lib's ``LifecycleRule`` does not have."""
    return uses_archive_count(rule) or rule.storage_class is not None or rule.transition_to_archive is not None


def age_count(rule: LifecycleRule) -> tuple[str, Duration | None]:
    """The rule's ``countType`` if it counts days, with the age it counts (``(..., None)`` for counts)."""
    for name, count_type in _AGE_COUNT_TYPES:
        age: Duration | None = getattr(rule, name)
        if age is not None:
            return count_type, age
    return "imageCountMoreThan", None


def _whole_days(age: Duration, name: str, minimum: int) -> str | None:
    if age.is_unresolved():
        return None
    try:
        days = age.to_days()
    except ValueError:
        return f"{name} must be a whole number of days, got {age.to_human_string()}; use Duration.days(...)"
    if days < minimum:
        if minimum == MIN_DAYS_IN_ARCHIVE:
            return (
                f"{name} must be at least {MIN_DAYS_IN_ARCHIVE} days (archived images have a minimum storage "
                f"duration of {MIN_DAYS_IN_ARCHIVE} days, and ECR refuses rules that expire them sooner), "
                f"got {days:g} days; use Duration.days({MIN_DAYS_IN_ARCHIVE}) or more"
            )
        return f"{name} must be at least {minimum} day, got {days:g} days"
    return None


def archive_rule_error(rule: LifecycleRule) -> str | None:
    """What is wrong with the archive options of one rule (its ``tag_status`` already defaulted), if anything."""
    if uses_archive_options(rule):
        given = [name for name in _COUNT_ARGUMENTS if getattr(rule, name) is not None]
        if len(given) != 1:
            advice = (
                "keep one (archiving images and expiring them from the archive are two rules)"
                if given
                else "add the one that says when the rule acts"
            )
            return (
                "A lifecycle rule needs exactly one of max_image_count, max_image_age, max_image_age_since_pull "
                f"and max_image_age_in_archive, got {' and '.join(given) or 'none'}; {advice}"
            )
    if rule.storage_class is StorageClass.ARCHIVE and rule.max_image_age_in_archive is None:
        return (
            "storage_class=StorageClass.ARCHIVE selects archived images, which ECR lets a rule count only with "
            "max_image_age_in_archive (sinceImageTransitioned); use max_image_age_in_archive, or leave "
            "storage_class out to select images in standard storage"
        )
    if rule.max_image_age_in_archive is not None:
        if rule.storage_class is not StorageClass.ARCHIVE:
            return (
                "max_image_age_in_archive counts the days since images were archived (sinceImageTransitioned), "
                "which ECR allows only in rules selecting archived images; add storage_class=StorageClass.ARCHIVE"
            )
        if rule.transition_to_archive:
            return (
                "max_image_age_in_archive can only expire archived images (ECR requires an expire action with "
                "sinceImageTransitioned); remove transition_to_archive"
            )
        error = _whole_days(rule.max_image_age_in_archive, "max_image_age_in_archive", MIN_DAYS_IN_ARCHIVE)
        if error is not None:
            return error
    if rule.max_image_age_since_pull is not None:
        if not rule.transition_to_archive:
            return (
                "max_image_age_since_pull can only move images to the archive (ECR does not expire images by "
                "pull time); add transition_to_archive=True, and expire archived images with a second rule "
                "using storage_class=StorageClass.ARCHIVE and max_image_age_in_archive"
            )
        return _whole_days(rule.max_image_age_since_pull, "max_image_age_since_pull", 1)
    return None


def _tag_set(rule: LifecycleRule) -> tuple[str, frozenset[str]] | None:
    if rule.tag_prefix_list is not None:
        return "tagPrefixList", frozenset(rule.tag_prefix_list)
    if rule.tag_pattern_list is not None:
        return "tagPatternList", frozenset(rule.tag_pattern_list)
    return None


def conflicting_rule_error(rule: LifecycleRule, existing: Sequence[LifecycleRule]) -> str | None:
    """Why ``rule`` cannot join ``existing`` in one policy (ECR's one-per-storage-class rules), if it cannot.

    ECR allows one rule selecting untagged images, and one rule per set of tags, in each storage class. These
    checks apply where an archive option is involved (aws-cdk-lib makes neither check on the rules it knows);
    the one-ANY-rule check is ``Repository.add_lifecycle_rule``'s own (upstream's, per storage class).
    """
    storage_class = rule_storage_class(rule)
    tag_set = _tag_set(rule)
    for other in existing:
        if rule_storage_class(other) is not storage_class:
            continue
        if storage_class is StorageClass.STANDARD and not (uses_archive_options(rule) or uses_archive_options(other)):
            continue
        scope = f"selecting StorageClass.{storage_class.name}"
        if rule.tag_status is TagStatus.UNTAGGED and other.tag_status is TagStatus.UNTAGGED:
            return (
                f"Life cycle can only have one TagStatus.Untagged rule {scope} (ECR allows one rule selecting "
                "untagged images per storage class); merge the two untagged rules"
            )
        if tag_set is not None and tag_set == _tag_set(other):
            return (
                f"Life cycle rules {scope} must each select a unique set of tags, but two rules have the "
                f"{tag_set[0]} {sorted(tag_set[1])}; only the first could ever act, so merge them"
            )
    return None
