"""``purecdk init``, ``purecdk ecr ...``, help and version."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from ._support import ROOT, Runner, user_env

COMMANDS = ["synth", "ls", "diff", "init", "ecr"]


def test_init_creates_a_project_whose_first_synth_works(tmp_path: Path, purecdk: Runner) -> None:
    project = tmp_path / "hello-cdk"
    project.mkdir()
    (project / ".git").mkdir()  # hidden files do not count
    created = purecdk("init", "app", "--language", "python", cwd=project)
    assert created.returncode == 0, created.stderr
    files = sorted(str(p.relative_to(project)) for p in project.rglob("*") if p.is_file())
    assert files == [
        ".gitignore",
        "README.md",
        "app.py",
        "cdk.json",
        "hello_cdk/__init__.py",
        "hello_cdk/hello_cdk_stack.py",
        "requirements.txt",
    ]
    cdk_json = json.loads((project / "cdk.json").read_text())
    assert cdk_json["app"] == "python3 app.py"
    recommended = json.loads((ROOT / "tests" / "golden" / "recommended-context.json").read_text())
    assert cdk_json["context"] == recommended
    assert list(cdk_json["context"]) == sorted(recommended)
    assert (project / "requirements.txt").read_text().startswith("purecdk>=")
    synth = purecdk("synth", cwd=project)
    assert synth.returncode == 0, synth.stderr
    assert "Type: AWS::ECR::Repository" in synth.stdout
    assert "aws:cdk:path: HelloCdkStack/Repository/Resource" in synth.stdout
    assert purecdk("ls", cwd=project).stdout == "HelloCdkStack\n"


def test_init_refuses_a_non_empty_directory(tmp_path: Path, purecdk: Runner) -> None:
    (tmp_path / "app.py").write_text("")
    result = purecdk("init", "app", "--language", "python", cwd=tmp_path)
    assert result.returncode == 1
    assert "non-empty directory" in result.stderr
    assert (tmp_path / "app.py").read_text() == ""
    listing = purecdk("init", "--list", cwd=tmp_path)
    assert listing.returncode == 0 and "purecdk init app --language [python]" in listing.stdout


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(command: str, tmp_path: Path, purecdk: Runner) -> None:
    result = purecdk(command, "--help", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"usage: purecdk {command}")
    assert len(result.stdout.splitlines()) > 5


def test_top_level_help_and_version(tmp_path: Path, purecdk: Runner) -> None:
    top = purecdk("--help", cwd=tmp_path)
    assert top.returncode == 0
    for command in COMMANDS:
        assert f"\n    {command}" in top.stdout
    bare = purecdk(cwd=tmp_path)
    assert bare.returncode == 2 and "usage: purecdk" in bare.stderr
    version = purecdk("--version", cwd=tmp_path)
    assert version.returncode == 0
    assert version.stdout.startswith("purecdk 0.") and "aws-cdk-lib 2.275.0" in version.stdout
    unknown = purecdk("deploy", cwd=tmp_path)
    assert unknown.returncode == 2 and "invalid choice: 'deploy'" in unknown.stderr


def _with_preview_module(tmp_path: Path, module_source: str | None, *argv: str) -> subprocess.CompletedProcess[str]:
    """Run ``purecdk`` with ``purecdk.lifecycle_preview.cli`` replaced (``None``: missing)."""
    setup = "import sys, types\n"
    if module_source is None:
        setup += "sys.modules['purecdk.lifecycle_preview.cli'] = None\n"
    else:
        setup += "m = types.ModuleType('purecdk.lifecycle_preview.cli')\n"
        setup += f"exec({module_source!r}, m.__dict__)\n"
        setup += "sys.modules['purecdk.lifecycle_preview.cli'] = m\n"
    setup += "from purecdk.cli.main import main\nsys.exit(main(sys.argv[1:]))\n"
    return subprocess.run(
        [sys.executable, "-c", setup, *argv], cwd=tmp_path, env=user_env(), capture_output=True, text=True
    )


def test_ecr_lifecycle_preview_gets_all_its_arguments(tmp_path: Path) -> None:
    fake = "def main(argv):\n    print(repr(argv))\n    return 7\n"
    argv = ["ecr", "lifecycle-preview", "--help", "-o", "x", "--app", "y", "stack"]
    result = _with_preview_module(tmp_path, fake, *argv)
    assert result.returncode == 7, result.stderr
    assert result.stdout == repr(["--help", "-o", "x", "--app", "y", "stack"]) + "\n"


def test_ecr_lifecycle_preview_missing(tmp_path: Path) -> None:
    result = _with_preview_module(tmp_path, None, "ecr", "lifecycle-preview", "--anything")
    assert result.returncode == 2
    assert "lifecycle-preview is not available" in result.stderr


def test_ecr_without_a_tool(tmp_path: Path, purecdk: Runner) -> None:
    assert purecdk("ecr", cwd=tmp_path).returncode == 2
    unknown = purecdk("ecr", "nope", cwd=tmp_path)
    assert unknown.returncode == 2 and "unknown tool 'nope'" in unknown.stderr


def test_start_up_imports_only_what_the_command_needs(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "purecdk", "--version"],
        cwd=tmp_path,
        env=user_env(),
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    imported = {line.split("|")[-1].strip() for line in result.stderr.splitlines() if "|" in line}
    assert "purecdk.cli.main" in imported
    for lazy in ("purecdk.cli._create_only", "purecdk.cli.yaml_reader", "purecdk.cli.template_diff"):
        assert lazy not in imported, f"{lazy} is imported at start-up"
