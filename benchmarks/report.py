"""The benchmark's results: medians, ratios, the table, the target check and the README section."""

from __future__ import annotations

import os
import platform
import re
import statistics
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from measure import Measurement

PURECDK = "purecdk"
CDK_PYTHON = "aws-cdk-lib (Python)"
CDK_NODE = "aws-cdk-lib (Node.js)"

README_START = "<!-- benchmarks:start (written by python3 benchmarks/run.py --update-readme) -->"
README_END = "<!-- benchmarks:end -->"
SECTION_TITLE = "## Performance"


@dataclass
class Row:
    """All runs of one workload in one validation mode, per implementation."""

    workload: str
    """``1``, ``100``, ``1000`` (repositories) or ``import ...``."""
    mode: str
    """``validating``, ``no validation`` or ``-`` (imports)."""
    label: str = ""
    """How the table names the workload (default: derived from ``workload``)."""
    runs: dict[str, list[Measurement]] = field(default_factory=dict)
    templates_equal: dict[str, bool] = field(default_factory=dict)
    """Per non-purecdk implementation: whether its templates equal purecdk's (parsed JSON)."""

    def median_wall(self, implementation: str) -> float | None:
        """Median wall time in seconds (None when the implementation did not run)."""
        runs = self.runs.get(implementation)
        return statistics.median(m.wall_seconds for m in runs) if runs else None

    def median_rss_mib(self, implementation: str) -> float | None:
        """Median peak resident set in MiB (None when the implementation did not run)."""
        runs = self.runs.get(implementation)
        return statistics.median(m.max_rss_kib for m in runs) / 1024 if runs else None

    def comparable(self, implementation: str) -> bool:
        """Whether speed may be reported: both ran and (for apps) produced equal templates."""
        return bool(self.runs.get(implementation)) and self.templates_equal.get(implementation, True)


def _seconds(value: float | None) -> str:
    if value is None:
        return "-"
    return f"{value * 1000:.0f} ms" if value < 10 else f"{value:.1f} s"


def _ratio(numerator: float | None, denominator: float | None) -> str:
    if numerator is None or denominator is None or denominator == 0:
        return "-"
    ratio = numerator / denominator
    return f"{ratio:.0f}×" if ratio >= 10 else f"{ratio:.1f}×"


def _label(row: Row) -> str:
    if row.label:
        return row.label
    if row.workload.isdigit():
        count = int(row.workload)
        return f"{count:,} {'repository' if count == 1 else 'repositories'}"
    return f"`{row.workload}`"


def table(rows: Sequence[Row], with_node: bool) -> str:
    """Markdown table of medians and ratios (speed-up = aws-cdk-lib time / purecdk time)."""
    header = ["app", "validation", "purecdk", CDK_PYTHON, "speed-up"]
    if with_node:
        header += [CDK_NODE, "speed-up"]
    header += ["purecdk peak RSS", f"{CDK_PYTHON} peak RSS", "memory ratio", "runs"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for row in rows:
        mine = row.median_wall(PURECDK)
        cells = [_label(row), row.mode, _seconds(mine)]
        for implementation in [CDK_PYTHON] + ([CDK_NODE] if with_node else []):
            theirs = row.median_wall(implementation)
            if row.runs.get(implementation) and not row.comparable(implementation):
                cells += ["templates differ", "-"]
            else:
                cells += [_seconds(theirs), _ratio(theirs, mine)]
        mine_rss, their_rss = row.median_rss_mib(PURECDK), row.median_rss_mib(CDK_PYTHON)
        cells += [
            f"{mine_rss:.0f} MiB" if mine_rss is not None else "-",
            f"{their_rss:.0f} MiB" if their_rss is not None else "-",
            _ratio(their_rss, mine_rss) if their_rss is not None else "-",
            "/".join(str(len(row.runs.get(i, []))) for i in [PURECDK, CDK_PYTHON] + ([CDK_NODE] if with_node else [])),
        ]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def _find(rows: Sequence[Row], workload: str, mode: str) -> Row | None:
    return next((r for r in rows if r.workload == workload and r.mode == mode), None)


def targets(rows: Sequence[Row], import_target_workload: str) -> list[str]:
    """The issue's targets, each with the measured value and whether it is met (only those measured)."""
    checks: list[str] = []

    def speedup(workload: str, mode: str, implementation: str) -> float | None:
        row = _find(rows, workload, mode)
        if row is None or not row.comparable(implementation):
            return None
        mine, theirs = row.median_wall(PURECDK), row.median_wall(implementation)
        return theirs / mine if mine and theirs else None

    def check(text: str, value: float | None, goal: float, unit: str = "×", at_most: bool = False) -> None:
        if value is None:
            return
        met = value <= goal if at_most else value >= goal
        if unit == "ms":
            shown = f"{value:.0f} ms"
        elif unit == "share":
            shown = f"1/{1 / value:.1f}" if value else "0"
        else:
            shown = f"{value:.1f}{unit}"
        checks.append(f"- {'met' if met else '**not met**'}: {text}: {shown}")

    check("1 repository, both validating, ≥ 50× faster", speedup("1", "validating", CDK_PYTHON), 50)
    check("1 repository, validation off on both, ≥ 15× faster", speedup("1", "no validation", CDK_PYTHON), 15)
    check("1,000 repositories, ≥ 15× faster than aws-cdk-lib (Python)", speedup("1000", "validating", CDK_PYTHON), 15)
    check("1,000 repositories, ≥ 8× faster than aws-cdk-lib (Node.js)", speedup("1000", "validating", CDK_NODE), 8)
    worst_memory: float | None = None
    for row in rows:
        if row.workload.isdigit() and row.runs.get(CDK_PYTHON) and row.runs.get(PURECDK):
            mine, theirs = row.median_rss_mib(PURECDK), row.median_rss_mib(CDK_PYTHON)
            if mine and theirs and (worst_memory is None or mine / theirs > worst_memory):
                worst_memory = mine / theirs
    if worst_memory is not None:
        check("peak memory at most 1/5 of aws-cdk-lib's (Python) at every size (largest share)",
              worst_memory, 0.2, unit="share", at_most=True)
    import_row = _find(rows, import_target_workload, "-")
    if import_row is not None and import_row.runs.get(PURECDK):
        wall = import_row.median_wall(PURECDK)
        check(f"`python -c \"{import_target_workload}\"` under 150 ms", wall * 1000 if wall else None, 150,
              unit="ms", at_most=True)
    cli_row = _find(rows, "cli", "validating")
    if cli_row is not None and cli_row.runs.get(PURECDK):
        wall = cli_row.median_wall(PURECDK)
        check("`purecdk synth` of the example app under 0.3 s (issue 7)", wall * 1000 if wall else None, 300,
              unit="ms", at_most=True)
    small, large = _find(rows, "100", "validating"), _find(rows, "1000", "validating")
    if small and large and small.runs.get(PURECDK) and large.runs.get(PURECDK):
        small_wall, large_wall = small.median_wall(PURECDK), large.median_wall(PURECDK)
        if small_wall and large_wall:
            check("1,000 repositories cost at most ~12× what 100 do (purecdk, validating)",
                  large_wall / small_wall, 12, at_most=True)
    return checks


def machine() -> str:
    """One line describing the machine and interpreters."""
    model = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = ""
    try:
        total = next(
            line for line in Path("/proc/meminfo").read_text(encoding="utf-8").splitlines()
            if line.startswith("MemTotal")
        )
        memory = f", {int(total.split()[1]) / 1024 / 1024:.0f} GiB RAM"
    except (OSError, StopIteration):
        pass
    return f"{os.cpu_count()} cores ({model}){memory}, {platform.system()} {platform.release()}"


def update_readme(readme: Path, body: str) -> None:
    """Replace the text between the benchmark markers of the README's Performance section (adding it if absent)."""
    text = readme.read_text(encoding="utf-8")
    block = f"{README_START}\n{body.rstrip()}\n{README_END}"
    pattern = re.compile(re.escape(README_START) + r".*?" + re.escape(README_END), re.DOTALL)
    if pattern.search(text):
        text = pattern.sub(lambda _: block, text)
    elif SECTION_TITLE in text:
        text = text.replace(SECTION_TITLE, f"{SECTION_TITLE}\n\n{block}\n", 1)
    else:
        text = text.rstrip() + f"\n\n{SECTION_TITLE}\n\n{block}\n"
    readme.write_text(text, encoding="utf-8")
