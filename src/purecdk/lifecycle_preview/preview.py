"""``preview()``: the Python entry point of the lifecycle policy preview."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from purecdk.lifecycle_preview.errors import LifecyclePreviewError
from purecdk.lifecycle_preview.evaluator import evaluate
from purecdk.lifecycle_preview.images import parse_images
from purecdk.lifecycle_preview.policy_source import load_policy
from purecdk.lifecycle_preview.result import PreviewResult
from purecdk.lifecycle_preview.timestamps import parse_timestamp


def preview(policy: Any, images: Any, now: datetime | str | float | None = None) -> PreviewResult:
    """Which images a lifecycle policy keeps, expires or transitions to the archive, and by which rule.

    ``policy``: lifecycle policy text, a policy dict, a list of rules (ECR JSON dicts, or purecdk
    ``aws_ecr.LifecycleRule``s), or a ``Repository`` / ``CfnRepository``.
    ``images``: ``aws ecr describe-images`` output (text or parsed), a list of its ``imageDetails``
    entries, or a list of ``Image`` objects.
    ``now``: the evaluation time (``datetime``, ISO 8601 text or epoch seconds); defaults to the
    current time. The result depends only on the inputs and ``now``.
    """
    lifecycle_policy = load_policy(policy)
    image_list = parse_images(images)
    if now is None:
        when = datetime.now(timezone.utc)
    else:
        try:
            when = parse_timestamp(now)
        except ValueError as e:
            raise LifecyclePreviewError(f"the evaluation time is not valid: {e}") from e
    return evaluate(lifecycle_policy, image_list, when)
