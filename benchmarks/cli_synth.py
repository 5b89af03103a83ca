"""The command line, end to end: ``purecdk synth`` of the example app next to ``cdk synth`` of the same app.

Issue 7 asks for ``purecdk synth`` of the example app (``examples/app.py``) in under 0.3 s. Each run is a fresh
project directory (``app.py`` and ``cdk.json``, no ``cdk.out`` yet) and a fresh process, timed from spawn to
exit: ``python -m purecdk synth -q`` (what the ``purecdk`` console script runs), and -- when the pinned ``cdk``
CLI that the test suite installs is in ``.cache/cdk-cli`` -- ``cdk synth -q`` of the same app rewritten for
aws-cdk-lib, run by the oracle's Python. Both sides validate templates (each library's default); the
templates are compared as parsed JSON before any time is reported.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import apps
import report
from measure import Measurement, run_command

EXAMPLE_APP = apps.ROOT / "examples" / "app.py"
CDK_CLI = apps.ROOT / ".cache" / "cdk-cli" / "node_modules" / ".bin" / "cdk"
WORKLOAD = "cli"
LABEL = "`synth -q` of examples/app.py (CLI, spawn to exit)"
CDK_ENV = {"CDK_DISABLE_CLI_TELEMETRY": "true", "CDK_DISABLE_VERSION_CHECK": "true"}


def _run_in_project(source: str, app_command: str, argv: list[str], env: dict[str, str]) -> tuple[Measurement, Any]:
    project = Path(tempfile.mkdtemp(prefix="purecdk-bench-cli-"))
    try:
        (project / "app.py").write_text(source, encoding="utf-8")
        (project / "cdk.json").write_text(json.dumps({"app": app_command}), encoding="utf-8")
        measurement = run_command(argv, project, env)
        templates = {
            path.name: json.loads(path.read_text(encoding="utf-8"))
            for path in sorted((project / "cdk.out").glob("*.template.json"))
        }
        return measurement, templates
    finally:
        shutil.rmtree(project, ignore_errors=True)


def measure_cli(
    purecdk_python: str, purecdk_env: dict[str, str], oracle_python: str, oracle_env: dict[str, str], repeat: int,
    log: Callable[[str], None],
) -> report.Row:
    """``repeat`` runs of each CLI, alternating; aws-cdk-lib's only when the cdk CLI is installed."""
    row = report.Row(WORKLOAD, "validating", LABEL)
    source = EXAMPLE_APP.read_text(encoding="utf-8")
    runs: list[tuple[str, Callable[[], tuple[Measurement, Any]]]] = [
        (
            report.PURECDK,
            lambda: _run_in_project(
                source, "python3 app.py", [purecdk_python, "-m", "purecdk", "synth", "-q"], purecdk_env
            ),
        )
    ]
    if CDK_CLI.exists():
        runs.append(
            (
                report.CDK_PYTHON,
                lambda: _run_in_project(
                    apps.to_aws_cdk(source),
                    f"{oracle_python} app.py",
                    [str(CDK_CLI), "synth", "-q", "--no-notices"],
                    {**oracle_env, **CDK_ENV},
                ),
            )
        )
    else:
        log(f"  the cdk CLI is not installed ({CDK_CLI}; the test suite installs it): purecdk synth only")
    reference: Any = None
    for _ in range(repeat):
        for name, run in runs:
            measurement, templates = run()
            row.runs.setdefault(name, []).append(measurement)
            log(f"  {'cli synth':>30} {row.mode:<13} {name:<22} {measurement.wall_seconds * 1000:9.0f} ms")
            if name == report.PURECDK:
                reference = templates
            elif name not in row.templates_equal:
                row.templates_equal[name] = templates == reference
    return row
