"""Lifecycle policy preview: which images an ECR lifecycle policy keeps, expires or archives, offline."""

from purecdk.lifecycle_preview.errors import (
    InvalidImagesError,
    InvalidPolicyError,
    LifecyclePreviewError,
    PolicySourceError,
)
from purecdk.lifecycle_preview.evaluator import evaluate, rule_selects
from purecdk.lifecycle_preview.images import Image, ImageStatus, parse_images
from purecdk.lifecycle_preview.policy import (
    ActionType,
    CountType,
    LifecyclePolicy,
    PolicyRule,
    Selection,
    StorageClass,
    TagStatus,
)
from purecdk.lifecycle_preview.policy_parser import parse_policy, parse_policy_document
from purecdk.lifecycle_preview.policy_source import load_policy, policy_text_from_lifecycle_rules
from purecdk.lifecycle_preview.preview import preview
from purecdk.lifecycle_preview.result import ImageAction, ImageResult, PreviewResult, RuleSummary

__all__ = [
    "ActionType",
    "CountType",
    "Image",
    "ImageAction",
    "ImageResult",
    "ImageStatus",
    "InvalidImagesError",
    "InvalidPolicyError",
    "LifecyclePolicy",
    "LifecyclePreviewError",
    "PolicyRule",
    "PolicySourceError",
    "PreviewResult",
    "RuleSummary",
    "Selection",
    "StorageClass",
    "TagStatus",
    "evaluate",
    "load_policy",
    "parse_images",
    "parse_policy",
    "parse_policy_document",
    "policy_text_from_lifecycle_rules",
    "preview",
    "rule_selects",
]
