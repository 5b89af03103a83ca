"""The project's two everyday commands, each in its own reusable virtual environment.

    python3 tools/dev.py example   synthesize examples/app.py into cdk.out/ and print its template
    python3 tools/dev.py test      run the whole test suite: pytest, ruff and mypy
"""

from __future__ import annotations

import os
import subprocess
import sys
import venv

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
VENV = os.path.join(ROOT, ".venv")
STAMP = os.path.join(VENV, ".purecdk-dev-installed")


def _python() -> str:
    return os.path.join(VENV, "bin", "python")


def _ensure_venv(dev: bool) -> str:
    """Create ``.venv`` with purecdk installed (editable) and, for tests, the dev tools."""
    if not os.path.exists(_python()):
        venv.create(VENV, with_pip=True)
    wanted = "dev" if dev else "plain"
    have = open(STAMP).read().split() if os.path.exists(STAMP) else []
    pyproject_mtime = str(os.path.getmtime(os.path.join(ROOT, "pyproject.toml")))
    if wanted not in have or pyproject_mtime not in have:
        target = ".[dev]" if dev else "."
        subprocess.run(
            [_python(), "-m", "pip", "install", "-q", "--disable-pip-version-check", "-e", target],
            cwd=ROOT,
            check=True,
        )
        kinds = {wanted} | ({"plain"} if dev else set())
        with open(STAMP, "w") as f:
            f.write(" ".join(sorted(kinds)) + " " + pyproject_mtime)
    return _python()


def example() -> int:
    """Synthesize the example app into ``cdk.out/`` and print its template."""
    python = _ensure_venv(dev=False)
    env = dict(os.environ, CDK_OUTDIR=os.path.join(ROOT, "cdk.out"))
    result = subprocess.run([python, os.path.join(ROOT, "examples", "app.py")], cwd=ROOT, env=env)
    if result.returncode != 0:
        return result.returncode
    template = os.path.join(ROOT, "cdk.out", "EcrExampleStack.template.json")
    with open(template, encoding="utf-8") as f:
        sys.stdout.write(f.read() + "\n")
    return 0


def test() -> int:
    """pytest, then ruff, then mypy; non-zero if any fails."""
    python = _ensure_venv(dev=True)
    status = 0
    for cmd in (
        [python, "-m", "pytest", "-q", "-p", "no:cacheprovider"],
        [python, "-m", "ruff", "check", "src", "tests", "tools"],
        [python, "-m", "mypy"],
    ):
        print("$", " ".join(os.path.basename(c) if i == 0 else c for i, c in enumerate(cmd)), flush=True)
        rc = subprocess.run(cmd, cwd=ROOT).returncode
        status = status or rc
    return status


def main(argv: list[str]) -> int:
    """Dispatch ``example`` or ``test``."""
    commands = {"example": example, "test": test}
    if len(argv) != 1 or argv[0] not in commands:
        print(__doc__)
        return 2
    return commands[argv[0]]()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
