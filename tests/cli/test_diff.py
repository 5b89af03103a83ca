"""``purecdk diff``: offline comparison with replacement flags."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from ._support import Runner, tree_snapshot, write_project

APP = """\
from purecdk import App, CfnOutput, CfnParameter, CfnResource, Stack
from purecdk import aws_ecr as ecr
from purecdk import aws_iam as iam

app = App()
stack = Stack(app, "DiffStack")
v = app.node.try_get_context("v") or "1"
repo = ecr.CfnRepository(stack, "Repo", repository_name="repo-" + v if v != "3" else "repo-1",
                         image_tag_mutability="MUTABLE" if v == "1" else "IMMUTABLE")
iam.CfnRole(stack, "Role", role_name=repo.ref, assume_role_policy_document={"Statement": []})
CfnResource(stack, "Custom", type="Custom::Thing", properties={"Size": int(v)})
if v == "1":
    CfnOutput(stack, "Old", value="x")
    CfnParameter(stack, "Param")
else:
    CfnOutput(stack, "New", value="y")
app.synth()
"""


def test_no_differences_after_synth(tmp_path: Path, purecdk: Runner) -> None:
    project = write_project(tmp_path / "proj", APP)
    assert purecdk("synth", "-q", cwd=project).returncode == 0
    before = tree_snapshot(project / "cdk.out")
    result = purecdk("diff", "--fail", cwd=project)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout == "Stack DiffStack\nThere were no differences\n\nNumber of stacks with differences: 0\n"
    assert tree_snapshot(project / "cdk.out") == before


def test_changes_against_the_last_synthesis(tmp_path: Path, purecdk: Runner) -> None:
    project = write_project(tmp_path / "proj", APP)
    assert purecdk("synth", "-q", cwd=project).returncode == 0
    before = tree_snapshot(project / "cdk.out")
    result = purecdk("diff", "-c", "v=2", cwd=project)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Parameters\n[-] Parameter Param: " in out
    assert "[~] AWS::ECR::Repository Repo replace\n" in out
    assert " ├─ [~] ImageTagMutability\n │   ├─ [-] MUTABLE\n │   └─ [+] IMMUTABLE\n" in out
    assert " └─ [~] RepositoryName (requires replacement)\n     ├─ [-] repo-1\n     └─ [+] repo-2\n" in out
    # the role's name refers to the replaced repository: it changes too, and RoleName is create-only
    assert "[~] AWS::IAM::Role Role replace\n └─ [~] RoleName.Ref (requires replacement)\n" in out
    assert "     └─ [+] Repo (replaced)\n" in out
    assert "[~] Custom::Thing Custom (replacement unknown: no schema for Custom::Thing)\n" in out
    assert " └─ [~] Size (replacement unknown)\n     ├─ [-] 1\n     └─ [+] 2\n" in out
    assert "Outputs\n[-] Output Old: {\"Value\":\"x\"}\n[+] Output New: {\"Value\":\"y\"}\n" in out
    assert out.endswith("Number of stacks with differences: 1\n")
    assert tree_snapshot(project / "cdk.out") == before, "diff must not touch cdk.out"
    assert purecdk("diff", "-c", "v=2", "--fail", cwd=project).returncode == 1


def test_in_place_update_is_not_a_replacement(tmp_path: Path, purecdk: Runner) -> None:
    project = write_project(tmp_path / "proj", APP)
    assert purecdk("synth", "-q", "-c", "v=2", cwd=project).returncode == 0
    out = purecdk("diff", "-c", "v=3", cwd=project).stdout
    assert "[~] AWS::ECR::Repository Repo replace" in out  # the name goes back: create-only
    assert purecdk("synth", "-q", "-c", "v=3", cwd=project).returncode == 0
    tagged = project / "app.py"
    tagged.write_text(APP.replace('"MUTABLE" if v == "1"', '"IMMUTABLE_WITH_EXCLUSION" if v == "3"'))
    out = purecdk("diff", "-c", "v=3", cwd=project).stdout
    assert "[~] AWS::ECR::Repository Repo\n └─ [~] ImageTagMutability\n" in out


def test_template_file_json_or_yaml(tmp_path: Path, purecdk: Runner) -> None:
    project = write_project(tmp_path / "proj", APP)
    saved = purecdk("synth", cwd=project)
    assert saved.returncode == 0, saved.stderr
    (project / "saved.yaml").write_text(saved.stdout)
    shutil.copy(project / "cdk.out" / "DiffStack.template.json", project / "saved.json")
    shutil.rmtree(project / "cdk.out")
    for name in ("saved.yaml", "saved.json"):
        same = purecdk("diff", "--template", name, "--fail", cwd=project)
        assert same.returncode == 0, same.stdout + same.stderr
        assert "There were no differences" in same.stdout
        changed = purecdk("diff", "--template", name, "-c", "v=2", "--fail", cwd=project)
        assert changed.returncode == 1
        assert "RepositoryName (requires replacement)" in changed.stdout


def test_against_an_earlier_assembly_and_new_stacks(tmp_path: Path, purecdk: Runner) -> None:
    project = write_project(tmp_path / "proj", APP)
    assert purecdk("synth", "-q", "-o", "release-1", cwd=project).returncode == 0
    result = purecdk("diff", "--against", "release-1", "-c", "v=2", cwd=project)
    assert result.returncode == 0, result.stderr
    assert "RepositoryName (requires replacement)" in result.stdout
    fresh = purecdk("diff", cwd=project)  # nothing in cdk.out yet: every stack is new
    assert "(new stack: not in cdk.out (no earlier synthesis))" in fresh.stdout
    assert "[+] AWS::ECR::Repository Repo\n" in fresh.stdout
    missing = purecdk("diff", "--against", "nowhere", cwd=project)
    assert missing.returncode == 1 and "not a cloud assembly" in missing.stderr


def test_template_needs_a_single_stack(tmp_path: Path, purecdk: Runner) -> None:
    two = APP.replace('stack = Stack(app, "DiffStack")', 'Stack(app, "Other")\nstack = Stack(app, "DiffStack")')
    project = write_project(tmp_path / "proj", two)
    (project / "t.json").write_text(json.dumps({"Resources": {}}))
    result = purecdk("diff", "--template", "t.json", cwd=project)
    assert result.returncode == 1
    assert "--template compares one stack, but 2 are selected (Other, DiffStack)" in result.stderr
    named = purecdk("diff", "DiffStack", "--template", "t.json", cwd=project)
    assert named.returncode == 0, named.stderr
    assert "[+] AWS::ECR::Repository Repo\n" in named.stdout
