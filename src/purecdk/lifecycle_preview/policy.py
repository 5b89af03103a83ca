"""The model of an ECR lifecycle policy: rules with a selection and an action (already validated)."""

from __future__ import annotations

import enum
from dataclasses import dataclass


class TagStatus(str, enum.Enum):
    """Which images a rule considers by their tags."""

    TAGGED = "tagged"
    UNTAGGED = "untagged"
    ANY = "any"


class CountType(str, enum.Enum):
    """How a rule decides, among the images it selects, which ones it acts on."""

    IMAGE_COUNT_MORE_THAN = "imageCountMoreThan"
    SINCE_IMAGE_PUSHED = "sinceImagePushed"
    SINCE_IMAGE_PULLED = "sinceImagePulled"
    SINCE_IMAGE_TRANSITIONED = "sinceImageTransitioned"


class StorageClass(str, enum.Enum):
    """The storage class of an image: ECR standard storage or the ECR archive."""

    STANDARD = "standard"
    ARCHIVE = "archive"


class ActionType(str, enum.Enum):
    """What a rule does to the images it marks."""

    EXPIRE = "expire"
    TRANSITION = "transition"


@dataclass(frozen=True)
class Selection:
    """The ``selection`` of a rule: which images it identifies and which of those it marks."""

    tag_status: TagStatus
    count_type: CountType
    count_number: int
    tag_prefix_list: tuple[str, ...] | None = None
    tag_pattern_list: tuple[str, ...] | None = None
    storage_class: StorageClass = StorageClass.STANDARD
    count_unit: str | None = None

    def describe(self) -> str:
        """A short human description, e.g. ``tagged prod*,beta* / standard / sinceImagePushed > 14 days``."""
        if self.tag_status is TagStatus.TAGGED:
            if self.tag_pattern_list is not None:
                tags = "tagged " + ",".join(self.tag_pattern_list)
            else:
                tags = "tagged prefix " + ",".join(self.tag_prefix_list or ())
        else:
            tags = self.tag_status.value
        if self.count_type is CountType.IMAGE_COUNT_MORE_THAN:
            count = f"more than {self.count_number} images"
        else:
            count = f"{self.count_type.value} > {self.count_number} {self.count_unit or 'days'}"
        return f"{tags}, {self.storage_class.value}, {count}"


@dataclass(frozen=True)
class PolicyRule:
    """One rule of a lifecycle policy."""

    rule_priority: int
    selection: Selection
    action: ActionType = ActionType.EXPIRE
    target_storage_class: StorageClass | None = None
    description: str | None = None

    @property
    def label(self) -> str:
        """How messages name this rule: ``rule 2`` or ``rule 2 ("Keep 5 releases")``."""
        if self.description:
            return f'rule {self.rule_priority} ("{self.description}")'
        return f"rule {self.rule_priority}"


@dataclass(frozen=True)
class LifecyclePolicy:
    """A validated lifecycle policy: its rules in priority order (lowest ``rulePriority`` first)."""

    rules: tuple[PolicyRule, ...]
    text: str

    def rule(self, priority: int) -> PolicyRule:
        """The rule with the given ``rulePriority``."""
        for rule in self.rules:
            if rule.rule_priority == priority:
                return rule
        raise KeyError(f"the policy has no rule with rulePriority {priority}")
