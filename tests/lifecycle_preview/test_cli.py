"""``purecdk ecr lifecycle-preview`` (``purecdk.lifecycle_preview.cli.main``) and ``python -m``."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

from purecdk import App, CfnResource, Stack, Stage
from purecdk.aws_ecr import CfnRepository
from purecdk.constructs import Construct
from purecdk.lifecycle_preview.cli import main

from ._support import policy, rule

SRC = str(Path(__file__).resolve().parents[2] / "src")
NOW = "2024-06-01T12:00:00Z"

POLICY = policy(
    rule(1, "tagged", count_number=2, patterns=["v*"], description="Keep two releases"),
    rule(2, "untagged", "sinceImagePushed", 7),
    rule(3, "any", "sinceImagePushed", 30, action="transition", description="Archive the rest"),
)


def _detail(
    letter: str, pushed: object, tags: list[str] | None = None, size: int | None = None
) -> dict[str, Any]:
    detail: dict[str, Any] = {"imageDigest": "sha256:" + letter * 20, "imagePushedAt": pushed}
    if tags is not None:
        detail["imageTags"] = tags
    if size is not None:
        detail["imageSizeInBytes"] = size
    return detail


IMAGES = {
    "imageDetails": [
        _detail("a", "2024-05-31T12:00:00Z", ["v3"], 3 * 1024 * 1024),
        _detail("b", "2024-05-21T12:00:00Z", ["v2"], 2 * 1024 * 1024),
        _detail("c", 1714564800.0, ["v1", "stable"], 1024 * 1024),
        _detail("d", "2024-04-30T12:00:00+00:00", None, 512),
        _detail("e", "2024-04-01T12:00:00Z", ["nightly"]),
    ]
}


@pytest.fixture
def files(tmp_path: Path) -> dict[str, str]:
    (tmp_path / "policy.json").write_text(POLICY)
    (tmp_path / "images.json").write_text(json.dumps(IMAGES))
    return {"policy": str(tmp_path / "policy.json"), "images": str(tmp_path / "images.json")}


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_table_and_rule_summary(files: dict[str, str], capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run(["--policy", files["policy"], "--images", files["images"], "--now", NOW], capsys)
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == "Lifecycle policy preview at 2024-06-01T12:00:00Z: 5 images"
    assert lines[1].split() == ["expire", "2", "images", "1.0", "MiB"]
    assert lines[2] == "  transition to archive  1 image     0 B (+1 image of unknown size)"
    assert lines[3].split() == ["keep", "2", "images", "5.0", "MiB"]
    header = lines[5].split()
    assert header == ["ACTION", "RULE", "DIGEST", "TAGS", "STORAGE", "PUSHED", "AGE", "SIZE", "WHY"]
    rows = lines[6:11]
    assert [row.split()[:3] for row in rows] == [
        ["keep", "-", "sha256:aaaaaaaaaaaa"],
        ["keep", "-", "sha256:bbbbbbbbbbbb"],
        ["expire", "1", "sha256:cccccccccccc"],
        ["expire", "2", "sha256:dddddddddddd"],
        ["transition", "3", "sha256:eeeeeeeeeeee"],
    ]
    assert (
        'v1, stable  standard  2024-05-01  31.0 d  1.0 MiB  rule 1 ("Keep two releases") keeps only'
        in rows[2]
    )
    assert "<untagged>" in rows[3] and "512 B" in rows[3]
    assert rows[4].split()[5:9] == ["2024-04-01", "61.0", "d", "?"]
    assert lines[11:13] == ["", "Rules, in the order ECR applies them:"]
    summary = lines[13:]
    assert summary[0].split() == [
        "RULE",
        "ACTION",
        "DESCRIPTION",
        "SELECTION",
        "SELECTS",
        "ACTS",
        "ON",
        "BYTES",
    ]
    assert summary[1].startswith(
        "1     expire      Keep two releases  tagged v*, standard, more than 2 images"
    )
    assert summary[1].endswith("3        1        1.0 MiB")
    assert summary[2].startswith(
        "2     expire                         untagged, standard, sinceImagePushed > 7 days"
    )
    assert summary[2].endswith("1        1        512 B")
    assert summary[3].startswith(
        "3     transition  Archive the rest   any, standard, sinceImagePushed > 30 days"
    )
    assert summary[3].endswith("5        1        0 B (+1 unknown)")


def test_json_output(files: dict[str, str], capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(
        ["--policy", files["policy"], "--images", files["images"], "--now", NOW, "--json"], capsys
    )
    assert code == 0
    data = json.loads(out)
    assert [(d["imageDigest"][7:8], d["action"], d["rulePriority"]) for d in data] == [
        ("a", "keep", None),
        ("b", "keep", None),
        ("c", "expire", 1),
        ("d", "expire", 2),
        ("e", "transition", 3),
    ]
    assert data[2]["imageTags"] == ["v1", "stable"] and data[3]["imageTags"] == []
    assert all(isinstance(d["reason"], str) and d["reason"] for d in data)


def test_the_evaluation_time_changes_the_outcome(
    files: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    """The untagged image is 1.5 days old on 2024-05-02 (kept), 32 days old on 2024-06-01 (expired)."""
    code, out, _ = _run(
        ["--policy", files["policy"], "--images", files["images"], "--now", "2024-05-02T00:00:00Z", "--json"],
        capsys,
    )
    assert code == 0
    assert [d["action"] for d in json.loads(out)][3:] == ["keep", "transition"]


def test_images_from_stdin(
    files: dict[str, str], capsys: pytest.CaptureFixture[str], monkeypatch: Any
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(json.dumps(IMAGES)))
    code, out, _ = _run(["--policy", files["policy"], "--images", "-", "--now", NOW, "--json"], capsys)
    assert code == 0 and len(json.loads(out)) == 5


def test_an_invalid_policy_exits_2_naming_the_rule(
    tmp_path: Path, files: dict[str, str], capsys: Any
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(policy(rule(1, "any", description="Catch-all"), rule(2, "tagged", prefixes=["v"])))
    code, out, err = _run(["--policy", str(bad), "--images", files["images"]], capsys)
    assert (code, out) == (2, "")
    assert err.startswith(
        'purecdk ecr lifecycle-preview: error: rules[0] (rulePriority 1, "Catch-all"): a rule'
    )


def test_malformed_images_exit_2_naming_the_image(tmp_path: Path, files: dict[str, str], capsys: Any) -> None:
    bad = tmp_path / "images.json"
    bad.write_text(json.dumps({"imageDetails": [{"imageDigest": "sha256:x", "imagePushedAt": "soon"}]}))
    code, _, err = _run(["--policy", files["policy"], "--images", str(bad)], capsys)
    assert code == 2 and "imageDetails[0] (sha256:x): imagePushedAt" in err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--images", "IMAGES"], "give the policy: --policy FILE, or --stack NAME"),
        (["--policy", "POLICY"], "the following arguments are required: --images"),
        (["--policy", "POLICY", "--stack", "S", "--images", "IMAGES"], "not with --policy"),
        (["--policy", "POLICY", "--cdk-out", "x", "--images", "IMAGES"], "not allowed with argument"),
        (["--policy", "-", "--images", "-"], "only one of --policy and --images"),
        (["--policy", "POLICY", "--images", "IMAGES", "--now", "someday"], "evaluation time is not valid"),
        (["--policy", "missing.json", "--images", "IMAGES"], "cannot read the policy file missing.json"),
        (["--policy", "POLICY", "--images", "IMAGES", "--bogus"], "unrecognized arguments: --bogus"),
    ],
)
def test_invalid_arguments_exit_2(argv: list[str], message: str, files: dict[str, str], capsys: Any) -> None:
    argv = [files["policy"] if a == "POLICY" else files["images"] if a == "IMAGES" else a for a in argv]
    code, out, err = _run(argv, capsys)
    assert (code, out) == (2, "")
    assert message in err


def test_help_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(["--help"], capsys)
    assert code == 0 and out.startswith("usage: purecdk ecr lifecycle-preview")


@pytest.fixture(scope="module")
def cdk_out(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A cloud assembly synthesized by purecdk: two stacks, repositories with and without a policy."""
    outdir = tmp_path_factory.mktemp("cdk.out")
    app = App(outdir=str(outdir), auto_synth=False)
    stack = Stack(app, "Services", stack_name="services-prod")
    team = Construct(stack, "Team")
    lifecycle = CfnRepository.LifecyclePolicyProperty(lifecycle_policy_text=POLICY)
    CfnRepository(team, "Repo", lifecycle_policy=lifecycle)
    CfnRepository(stack, "Bare")
    CfnResource(stack, "Topic", type="AWS::SNS::Topic")
    holder = Construct(stack, "Images")
    CfnRepository(holder, "Resource", lifecycle_policy=lifecycle)
    other = Stack(Stage(app, "Beta"), "Single")
    CfnRepository(other, "Only", lifecycle_policy=lifecycle)
    app.synth()
    return str(outdir)


@pytest.mark.parametrize(
    ("stack", "resource"),
    [
        ("Services", "TeamRepo9414A61B"),
        ("services-prod", "Services/Team/Repo"),
        ("Services", "/Services/Team/Repo"),
        ("Services", "Team/Repo"),
        ("Services", "Images"),
        ("Services", "Services/Images/Resource"),
        ("Beta/Single", None),
        ("Single", "Only"),
    ],
)
def test_policy_from_a_cloud_assembly(
    stack: str, resource: str | None, cdk_out: str, files: dict[str, str], capsys: Any
) -> None:
    argv = ["--cdk-out", cdk_out, "--stack", stack, "--images", files["images"], "--now", NOW, "--json"]
    if resource is not None:
        argv += ["--resource", resource]
    code, out, err = _run(argv, capsys)
    assert (code, err) == (0, "")
    assert [d["rulePriority"] for d in json.loads(out)] == [None, None, 1, 2, 3]


@pytest.mark.parametrize(
    ("stack", "resource", "message"),
    [
        ("Nope", "X", "no stack named 'Nope' (stacks: Beta/Single, Services)"),
        ("Services", "Bare", "Services/Bare: the repository has no lifecycle policy"),
        ("Services", "Team/Missing", "has no resource with logical id or construct path 'Team/Missing'"),
        ("Services", None, "has 2 ECR repositories with a lifecycle policy; name one with --resource"),
        ("Services", "Topic", "Services/Topic: is a AWS::SNS::Topic, not an ECR repository"),
    ],
)
def test_cloud_assembly_errors(
    stack: str, resource: str | None, message: str, cdk_out: str, files: Any, capsys: Any
) -> None:
    argv = ["--cdk-out", cdk_out, "--stack", stack, "--images", files["images"]]
    if resource is not None:
        argv += ["--resource", resource]
    code, _, err = _run(argv, capsys)
    assert code == 2 and message in err, err


def test_a_directory_that_is_not_a_cloud_assembly(tmp_path: Path, files: dict[str, str], capsys: Any) -> None:
    code, _, err = _run(["--cdk-out", str(tmp_path), "--stack", "S", "--images", files["images"]], capsys)
    assert code == 2 and "manifest.json: not found; is this a cloud assembly?" in err


def test_nested_cloud_assemblies_and_inline_metadata(
    tmp_path: Path, files: dict[str, str], capsys: Any
) -> None:
    nested = tmp_path / "assembly-Prod"
    nested.mkdir()
    (tmp_path / "manifest.json").write_text(
        json.dumps(
            {
                "artifacts": {
                    "Prod": {"type": "cdk:cloud-assembly", "properties": {"directoryName": nested.name}}
                }
            }
        )
    )
    template = {
        "Resources": {
            "Repo": {
                "Type": "AWS::ECR::Repository",
                "Properties": {"LifecyclePolicy": {"LifecyclePolicyText": POLICY}},
            }
        }
    }
    (nested / "ProdApi.template.json").write_text(json.dumps(template))
    (nested / "manifest.json").write_text(
        json.dumps(
            {
                "artifacts": {
                    "ProdApi": {
                        "type": "aws:cloudformation:stack",
                        "displayName": "Prod/Api",
                        "properties": {"templateFile": "ProdApi.template.json"},
                        "metadata": {
                            "/Prod/Api": [{"type": "aws:cdk:templateFile", "data": "ProdApi.template.json"}],
                            "/Prod/Api/Repo/Resource": [{"type": "aws:cdk:logicalId", "data": "Repo"}],
                        },
                    }
                }
            }
        )
    )
    argv = [
        "--cdk-out",
        str(tmp_path),
        "--stack",
        "Prod/Api",
        "--resource",
        "Repo",
        "--images",
        files["images"],
    ]
    assert _run([*argv, "--now", NOW], capsys)[0] == 0
    argv[5] = "Prod/Api/Repo"
    assert _run([*argv, "--now", NOW], capsys)[0] == 0


def test_a_repository_creation_template_policy(tmp_path: Path, files: dict[str, str], capsys: Any) -> None:
    (tmp_path / "manifest.json").write_text(
        json.dumps(
            {
                "artifacts": {
                    "S": {
                        "type": "aws:cloudformation:stack",
                        "properties": {"templateFile": "S.template.json"},
                    }
                }
            }
        )
    )
    resources = {
        "T": {"Type": "AWS::ECR::RepositoryCreationTemplate", "Properties": {"LifecyclePolicy": POLICY}}
    }
    (tmp_path / "S.template.json").write_text(json.dumps({"Resources": resources}))
    argv = ["--cdk-out", str(tmp_path), "--stack", "S", "--images", files["images"], "--now", NOW, "--json"]
    code, out, _ = _run(argv, capsys)
    assert code == 0 and json.loads(out)[2]["rulePriority"] == 1
    resources["T"]["Properties"]["LifecyclePolicy"] = {"Fn::Sub": POLICY}  # type: ignore[index]
    (tmp_path / "S.template.json").write_text(json.dumps({"Resources": resources}))
    code, _, err = _run(argv, capsys)
    assert code == 2 and "is a CloudFormation expression" in err


APP = """
import sys
sys.path.insert(0, {src!r})
from purecdk import App, Stack
from purecdk.aws_ecr import CfnRepository

app = App()
stack = Stack(app, "AppStack")
CfnRepository(stack, "Repo", lifecycle_policy=CfnRepository.LifecyclePolicyProperty(
    lifecycle_policy_text={policy!r}))
app.synth()
"""


def test_policy_from_an_app(tmp_path: Path, files: dict[str, str], capsys: Any) -> None:
    app = tmp_path / "app.py"
    app.write_text(textwrap.dedent(APP).format(src=SRC, policy=POLICY))
    command = f"{sys.executable} {app}"
    argv = ["--app", command, "--stack", "AppStack", "--images", files["images"], "--now", NOW, "--json"]
    code, out, err = _run(argv, capsys)
    assert (code, err) == (0, "")
    assert [d["rulePriority"] for d in json.loads(out)] == [None, None, 1, 2, 3]
    failing = f"{sys.executable} -c 'raise SystemExit(3)'"
    code, _, err = _run(["--app", failing, "--stack", "AppStack", "--images", files["images"]], capsys)
    assert code == 2 and "failed with exit status 3" in err


def test_python_dash_m(files: dict[str, str]) -> None:
    env = dict(os.environ, PYTHONPATH=SRC)
    module = [sys.executable, "-m", "purecdk.lifecycle_preview"]
    argv = ["--policy", files["policy"], "--images", files["images"], "--now", NOW, "--json"]
    completed = subprocess.run([*module, *argv], env=env, capture_output=True, text=True, check=False)
    assert completed.returncode == 0, completed.stderr
    assert len(json.loads(completed.stdout)) == 5
    failed = subprocess.run(
        [*module, "--images", files["images"]], env=env, capture_output=True, text=True, check=False
    )
    assert failed.returncode == 2 and "error:" in failed.stderr


def test_an_empty_repository(tmp_path: Path, files: dict[str, str], capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "empty.json"
    empty.write_text('{"imageDetails": []}')
    code, out, _ = _run(["--policy", files["policy"], "--images", str(empty), "--now", NOW], capsys)
    assert code == 0
    assert out.splitlines()[0].endswith(": 0 images") and "(no images)" in out.splitlines()
    code, out, _ = _run(["--policy", files["policy"], "--images", str(empty), "--json"], capsys)
    assert (code, json.loads(out)) == (0, [])
