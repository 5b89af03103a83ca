"""Rendering a ``PreviewResult`` for people (a table and a per-rule summary) and for machines (JSON)."""

from __future__ import annotations

import json
from collections.abc import Sequence

from purecdk.lifecycle_preview.result import ImageAction, ImageResult, PreviewResult
from purecdk.lifecycle_preview.timestamps import format_timestamp

SHORT_DIGEST = 12


def human_bytes(size: int) -> str:
    """``1536`` -> ``1.5 KiB``; exact below one KiB."""
    value = float(size)
    for unit in ("B", "KiB", "MiB", "GiB", "TiB"):
        if value < 1024 or unit == "TiB":
            return f"{size} B" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    raise AssertionError("unreachable")


def _short_digest(digest: str) -> str:
    algorithm, _, hexdigest = digest.partition(":")
    if not hexdigest:
        return digest[:SHORT_DIGEST]
    return f"{algorithm}:{hexdigest[:SHORT_DIGEST]}"


def _table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    widths = [max([len(h)] + [len(r[i]) for r in rows]) for i, h in enumerate(headers)]
    lines = []
    for row in [list(headers), *rows]:
        cells = [cell.ljust(widths[i]) if i < len(row) - 1 else cell for i, cell in enumerate(row)]
        lines.append("  ".join(cells).rstrip())
    return lines


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def _bytes_of(results: Sequence[ImageResult]) -> str:
    sizes = [r.image.size_in_bytes for r in results]
    known = sum(s for s in sizes if s is not None)
    unknown = sum(1 for s in sizes if s is None)
    text = human_bytes(known)
    if unknown:
        text += f" (+{_plural(unknown, 'image')} of unknown size)"
    return text


def render_text(result: PreviewResult) -> str:
    """The readable report: totals, one row per image (newest first), then one row per rule."""
    count = _plural(len(result.images), "image")
    lines = [f"Lifecycle policy preview at {format_timestamp(result.now)}: {count}"]
    for action, label in (
        (ImageAction.EXPIRE, "expire"),
        (ImageAction.TRANSITION, "transition to archive"),
        (ImageAction.KEEP, "keep"),
    ):
        group = result.with_action(action)
        lines.append(f"  {label:<22} {_plural(len(group), 'image'):<11} {_bytes_of(group)}")
    lines.append("")
    ordered = sorted(result.images, key=lambda r: (r.image.pushed_at, r.image.digest), reverse=True)
    rows = []
    for item in ordered:
        image = item.image
        age = (result.now - image.pushed_at).total_seconds() / 86400
        rows.append(
            [
                item.action.value,
                "-" if item.rule_priority is None else str(item.rule_priority),
                _short_digest(image.digest),
                ", ".join(image.tags) if image.tags else "<untagged>",
                image.storage_class.value if image.storage_class is not None else "restoring",
                format_timestamp(image.pushed_at)[:10],
                f"{age:.1f} d",
                "?" if image.size_in_bytes is None else human_bytes(image.size_in_bytes),
                item.reason,
            ]
        )
    headers = ["ACTION", "RULE", "DIGEST", "TAGS", "STORAGE", "PUSHED", "AGE", "SIZE", "WHY"]
    lines.extend(_table(headers, rows) if rows else ["(no images)"])
    lines.append("")
    lines.append("Rules, in the order ECR applies them:")
    rule_rows = []
    for summary in result.rules:
        rule = summary.rule
        size = human_bytes(summary.bytes)
        if summary.images_without_size:
            size += f" (+{summary.images_without_size} unknown)"
        rule_rows.append(
            [
                str(rule.rule_priority),
                rule.action.value,
                rule.description or "",
                rule.selection.describe(),
                str(summary.selected),
                str(summary.acted_on),
                size,
            ]
        )
    rule_headers = ["RULE", "ACTION", "DESCRIPTION", "SELECTION", "SELECTS", "ACTS ON", "BYTES"]
    lines.extend(_table(rule_headers, rule_rows))
    return "\n".join(lines) + "\n"


def render_json(result: PreviewResult) -> str:
    """A JSON array with one object per image (in input order)."""
    return json.dumps(result.to_json(), indent=2) + "\n"
