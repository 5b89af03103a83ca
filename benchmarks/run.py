#!/usr/bin/env python3
"""Benchmark purecdk against aws-cdk-lib: synthesis wall time and peak memory, side by side.

    python3 benchmarks/run.py [--sizes 1,100,1000] [--repeat N] [--update-readme]

Each app (``apps.py``: 1, 100 or 1,000 ECR repositories in stacks of 50, or an import-only program) runs as a
fresh process with purecdk (the repo's ``.venv``, else this interpreter, with ``PYTHONPATH=src``), with
aws-cdk-lib under Python (the oracle venv ``.oracle/venv``, created by tools/regen_golden.py when missing) and,
when Node.js is available, with aws-cdk-lib on Node.js directly -- alternating, several repetitions, in two
modes: both validating templates (each library's default) and both with ``CDK_VALIDATION=false``.  Before any
speed is reported, the templates of every implementation are compared with purecdk's as parsed JSON.
Standard library only; not part of the test suite.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import apps  # noqa: E402
import cli_synth  # noqa: E402
import node_cdk  # noqa: E402
import report  # noqa: E402
from measure import ChildFailed, Measurement, run_child  # noqa: E402
from regen_golden import AWS_CDK_LIB_VERSION, ORACLE_VENV, ensure_oracle  # noqa: E402

ROOT = apps.ROOT
MODES = {"validating": {}, "no validation": {"CDK_VALIDATION": "false"}}
IMPORT_TARGET = "import purecdk, purecdk.aws_ecr"
BIG_APP = 1000
"""From this many repositories on, aws-cdk-lib runs ``--big-repeat`` times instead of ``--repeat``."""


@dataclass(frozen=True)
class Implementation:
    """A way to run a benchmark program."""

    name: str
    runtime: str
    """``python`` or ``node``."""
    interpreter: list[str]
    env: dict[str, str]
    version: str

    def source(self, purecdk_source: str, repositories: int | None) -> tuple[str, str]:
        """(file name, program text) of a workload for this implementation."""
        if self.runtime == "node":
            if repositories is None:
                raise ValueError("the Node.js implementation only runs repository apps")
            return "app.js", apps.node_repositories_app(repositories)
        if self.name == report.PURECDK:
            return "app.py", purecdk_source
        return "app.py", apps.to_aws_cdk(purecdk_source)


def _base_env() -> dict[str, str]:
    """The parent's environment without anything that would steer CDK, Python or jsii differently."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("CDK_", "AWS_", "PYTHON", "JSII_", "NODE_"))
    }
    env["JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION"] = "1"
    return env


def _version(argv: list[str]) -> str:
    return subprocess.run(argv, capture_output=True, text=True, check=True).stdout.strip()


def implementations(with_node: bool) -> list[Implementation]:
    """purecdk, aws-cdk-lib under Python and (optionally, when available) aws-cdk-lib on Node.js."""
    venv_python = ROOT / ".venv" / "bin" / "python"
    purecdk_python = str(venv_python) if venv_python.exists() else sys.executable
    base = _base_env()
    found = [
        Implementation(
            report.PURECDK,
            "python",
            [purecdk_python],
            {**base, "PYTHONPATH": str(ROOT / "src")},
            _version([purecdk_python, "-c", "import platform; print(platform.python_version())"]),
        ),
    ]
    oracle = str(ensure_oracle())
    found.append(
        Implementation(
            report.CDK_PYTHON,
            "python",
            [oracle],
            dict(base),
            _version([oracle, "-c", "import platform; print(platform.python_version())"]),
        )
    )
    if with_node:
        node = node_cdk.node_executable()
        modules = node_cdk.ensure_node_modules(ORACLE_VENV) if node else None
        if node and modules:
            found.append(
                Implementation(
                    report.CDK_NODE,
                    "node",
                    [node],
                    {**base, "NODE_PATH": str(modules / "node_modules")},
                    _version([node, "--version"]),
                )
            )
        else:
            print("Node.js or the aws-cdk-lib tarball is missing: skipping aws-cdk-lib on Node.js", file=sys.stderr)
    return found


def _templates(outdir: Path) -> dict[str, Any]:
    return {path.name: json.loads(path.read_text(encoding="utf-8")) for path in sorted(outdir.glob("*.template.json"))}


def run_once(
    implementation: Implementation, purecdk_source: str, repositories: int | None, extra_env: dict[str, str]
) -> tuple[Measurement, dict[str, Any]]:
    """One measured run in a fresh directory; returns the measurement and the templates it wrote."""
    workdir = Path(tempfile.mkdtemp(prefix="purecdk-bench-"))
    try:
        name, text = implementation.source(purecdk_source, repositories)
        (workdir / name).write_text(text, encoding="utf-8")
        env = {**implementation.env, **extra_env, "CDK_OUTDIR": str(workdir / "cdk.out")}
        measurement = run_child(implementation.interpreter, implementation.runtime, name, workdir, env)
        return measurement, _templates(workdir / "cdk.out")
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def _log(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def measure_row(
    row: report.Row,
    chosen: list[Implementation],
    purecdk_source: str,
    repositories: int | None,
    repeats: Callable[[Implementation], int],
) -> None:
    """Run every implementation ``repeats(impl)`` times, alternating (and rotating who goes first)."""
    extra_env = MODES.get(row.mode, {})
    remaining = {impl.name: repeats(impl) for impl in chosen}
    reference: dict[str, Any] | None = None
    round_index = 0
    while any(remaining.values()):
        order = chosen[round_index % len(chosen) :] + chosen[: round_index % len(chosen)]
        for impl in order:
            if remaining[impl.name] == 0:
                continue
            remaining[impl.name] -= 1
            measurement, templates = run_once(impl, purecdk_source, repositories, extra_env)
            row.runs.setdefault(impl.name, []).append(measurement)
            _log(
                f"  {row.workload:>30} {row.mode:<13} {impl.name:<22} {measurement.wall_seconds * 1000:9.0f} ms "
                f"{measurement.max_rss_kib / 1024:7.0f} MiB  (CPU {measurement.cpu_seconds * 1000:.0f} ms, "
                f"exit at {measurement.exit_seconds * 1000:.0f} ms)"
            )
            if repositories is None:
                continue
            if impl.name == report.PURECDK:
                if reference is None:
                    reference = templates
                    expected_stacks = -(-repositories // apps.REPOSITORIES_PER_STACK)
                    if len(templates) != expected_stacks:
                        raise SystemExit(f"purecdk wrote {len(templates)} templates, expected {expected_stacks}")
            elif impl.name not in row.templates_equal:
                if reference is None:  # purecdk's run comes later this round: compare then
                    reference = run_once(chosen[0], purecdk_source, repositories, extra_env)[1]
                row.templates_equal[impl.name] = templates == reference
                if not row.templates_equal[impl.name]:
                    _log(f"  !! {impl.name} synthesized different templates than purecdk: no speed reported")
        round_index += 1


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print (and optionally store) the table."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1,100,1000", help="repository counts (default: 1,100,1000)")
    parser.add_argument("--repeat", type=int, default=5, help="runs per implementation and app (default: 5)")
    parser.add_argument(
        "--big-repeat",
        type=int,
        default=2,
        help=f"runs of aws-cdk-lib for apps of {BIG_APP:,} repositories or more (default: 2)",
    )
    parser.add_argument("--modes", default="validating,no validation", help="comma-separated modes")
    parser.add_argument("--no-node", action="store_true", help="skip aws-cdk-lib on Node.js")
    parser.add_argument("--no-import", action="store_true", help="skip the import-only measurement")
    parser.add_argument("--no-cli", action="store_true", help="skip `purecdk synth` / `cdk synth` of the example app")
    parser.add_argument("--update-readme", action="store_true", help="rewrite README.md's Performance section")
    args = parser.parse_args(argv)
    sizes = [int(size) for size in args.sizes.split(",") if size.strip()]
    modes = [mode.strip() for mode in args.modes.split(",") if mode.strip()]
    unknown = [mode for mode in modes if mode not in MODES]
    if unknown:
        parser.error(f"unknown mode(s) {unknown}; choose from {list(MODES)}")

    chosen = implementations(with_node=not args.no_node)
    python_impls = [impl for impl in chosen if impl.runtime == "python"]
    with_node = any(impl.runtime == "node" for impl in chosen)
    started = time.monotonic()
    load_before = os.getloadavg()[0]

    service_modules = sorted(
        path.name for path in (ROOT / "src" / "purecdk").iterdir() if path.name.startswith("aws_") and path.is_dir()
    )
    import_workloads = [
        (IMPORT_TARGET, "", apps.import_app(["aws_ecr"])),
        (
            "import all",
            f"`import purecdk` + its {len(service_modules)} service modules",
            apps.import_app(service_modules),
        ),
    ]
    _log("warming up (bytecode caches, jsii package cache) ...")
    for impl in python_impls:
        run_once(impl, import_workloads[1][2], None, {})
    for impl in chosen:
        run_once(impl, apps.repositories_app(1), 1, {})

    rows: list[report.Row] = []
    if not args.no_import:
        for workload, label, source in import_workloads:
            row = report.Row(workload, "-", label)
            measure_row(row, python_impls, source, None, lambda impl: args.repeat)
            rows.append(row)
    for size in sizes:
        for mode in modes:
            row = report.Row(str(size), mode)

            def repeats(impl: Implementation, size: int = size) -> int:
                if impl.name != report.PURECDK and size >= BIG_APP:
                    return max(1, min(args.repeat, args.big_repeat))
                return args.repeat

            measure_row(row, chosen, apps.repositories_app(size), size, repeats)
            rows.append(row)

    if not args.no_cli:
        purecdk_impl, oracle_impl = python_impls[0], python_impls[1]
        rows.append(
            cli_synth.measure_cli(
                purecdk_impl.interpreter[0],
                purecdk_impl.env,
                oracle_impl.interpreter[0],
                oracle_impl.env,
                args.repeat,
                _log,
            )
        )

    elapsed = time.monotonic() - started
    load_after = os.getloadavg()[0]
    versions = ", ".join(f"{impl.name} on {'Node.js' if impl.runtime == 'node' else 'Python'} {impl.version}"
                         for impl in chosen)
    body = "\n".join(
        [
            f"Measured with `python3 benchmarks/run.py --sizes {args.sizes} --repeat {args.repeat} "
            f"--big-repeat {args.big_repeat}` on {report.machine()}; {versions}; "
            f"aws-cdk-lib {AWS_CDK_LIB_VERSION}; {time.strftime('%Y-%m-%d')}; the whole run took "
            f"{elapsed / 60:.0f} min (1-minute load average {load_before:.1f} before, {load_after:.1f} after).",
            "",
            report.table(rows, with_node),
            "",
            "Targets:",
            "",
            *report.targets(rows, IMPORT_TARGET),
        ]
    )
    print(body)
    if args.update_readme:
        report.update_readme(ROOT / "README.md", body)
        _log("README.md updated")
    if any(not equal for row in rows for equal in row.templates_equal.values()):
        return 1
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except ChildFailed as failure:
        print(f"benchmark program failed: {failure}", file=sys.stderr)
        sys.exit(2)
