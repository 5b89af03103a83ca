"""The exceptions the lifecycle policy preview raises for bad input."""

from __future__ import annotations


class LifecyclePreviewError(ValueError):
    """Base class: the input to the preview is not usable; the message says why and what to do."""


class InvalidPolicyError(LifecyclePreviewError):
    """The lifecycle policy breaks a rule that ECR enforces when the policy is put on a repository."""


class InvalidImagesError(LifecyclePreviewError):
    """The image list (``aws ecr describe-images`` output) is malformed."""


class PolicySourceError(LifecyclePreviewError):
    """The policy could not be obtained from the given source (rules, construct or cloud assembly)."""
