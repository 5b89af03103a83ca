"""``purecdk ls``."""

from __future__ import annotations

import json
from pathlib import Path

from ._support import Runner, write_project

APP = """\
from purecdk import App, Environment, Stack
from purecdk import aws_sqs as sqs

app = App()
sqs.CfnQueue(Stack(app, "Agnostic"), "Queue")
sqs.CfnQueue(Stack(app, "Pinned", env=Environment(account="123456789012", region="eu-west-1"),
                   stack_name="pinned-name"), "Queue")
app.synth()
"""


def test_ls_lists_stack_ids_in_assembly_order(tmp_path: Path, purecdk: Runner) -> None:
    project = write_project(tmp_path / "proj", APP)
    result = purecdk("ls", cwd=project)
    assert result.returncode == 0, result.stderr
    # as with cdk ls: a stack whose name differs from its id shows the name in parentheses
    assert result.stdout == "Agnostic\nPinned (pinned-name)\n"
    assert (project / "cdk.out" / "manifest.json").is_file()
    assert purecdk("list", "Pin*", cwd=project).stdout == "Pinned (pinned-name)\n"


def test_ls_long_shows_environment_and_template(tmp_path: Path, purecdk: Runner) -> None:
    project = write_project(tmp_path / "proj", APP)
    result = purecdk("ls", "--long", cwd=project)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("- id: Agnostic\n  name: Agnostic\n  environment:\n")
    assert "    account: unknown-account\n    region: unknown-region\n" in result.stdout
    assert "  templateFile: cdk.out/Agnostic.template.json\n" in result.stdout
    rows = json.loads(purecdk("ls", "--long", "--json", cwd=project).stdout)
    assert rows[1] == {
        "id": "Pinned (pinned-name)",
        "name": "pinned-name",
        "environment": {"account": "123456789012", "region": "eu-west-1", "name": "aws://123456789012/eu-west-1"},
        "templateFile": "cdk.out/Pinned.template.json",
    }
