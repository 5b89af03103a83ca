"""Helpers for the command-line tests: run ``purecdk`` as a user would, in a subprocess, in a real directory."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SRC = ROOT / "src"
EXAMPLE_APP = ROOT / "examples" / "app.py"
PROGRAMS = ROOT / "tests" / "golden" / "programs"
EXPECTED = ROOT / "tests" / "golden" / "expected"
APPS = Path(__file__).resolve().parent / "apps"

Runner = Callable[..., subprocess.CompletedProcess[str]]


def user_env(**extra: str) -> dict[str, str]:
    """The environment of a user who installed purecdk: ``src`` importable, no CDK variables inherited.

    Not in CI either (``CI`` unset) unless ``extra`` says so: the cdk CLI, and purecdk with it, print their
    messages on stdout in CI and on stderr otherwise, whatever machine runs the tests.
    """
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("CDK_") and not k.startswith("PYTEST_") and k != "CI"
    }
    env["PYTHONPATH"] = os.pathsep.join([str(SRC), *filter(None, [os.environ.get("PYTHONPATH")])])
    # "python3" in an app command is this interpreter, as in the user's activated virtual environment
    env["PATH"] = os.pathsep.join([os.path.dirname(sys.executable), os.environ.get("PATH", "")])
    env.update(extra)
    return env


def run_purecdk(*args: str, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """``purecdk ARGS...`` in ``cwd`` (as ``python -m purecdk``), capturing stdout and stderr."""
    return subprocess.run(
        [sys.executable, "-m", "purecdk", *args],
        cwd=cwd,
        env=env or user_env(),
        capture_output=True,
        text=True,
        timeout=120,
    )


def write_project(directory: Path, app_source: str, cdk_json: str = '{"app": "python3 app.py"}') -> Path:
    """A project directory with ``app.py`` and ``cdk.json``."""
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "app.py").write_text(app_source)
    (directory / "cdk.json").write_text(cdk_json)
    return directory


def tree_snapshot(directory: Path) -> dict[str, bytes]:
    """Every file under ``directory`` with its content (to prove a directory was left untouched)."""
    return {str(p.relative_to(directory)): p.read_bytes() for p in sorted(directory.rglob("*")) if p.is_file()}
