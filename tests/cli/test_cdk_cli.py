"""The real AWS CDK CLI (npm package ``aws-cdk``) as a client of what purecdk writes.

For the example app, several golden programs and a stack of hard-to-print strings, synthesized by
``purecdk synth``:

- ``cdk ls --app cdk.out`` lists the same stacks as ``purecdk ls``;
- ``cdk synth --app cdk.out`` prints, for the whole app and for each stack, byte for byte what ``purecdk synth``
  prints, on the same streams (as in a terminal, and as in CI), and fails where it fails (an app with an error
  annotation, whose own run wrote the assembly);
- ``cdk diff --app cdk.out --template <what aws-cdk-lib synthesized>`` finds no differences. ``cdk diff`` with
  ``--template`` (and one stack, selected with ``--exclusively``) works offline: it never asks AWS for the
  deployed template, so no credentials are needed;

and ``cdk synth`` / ``cdk ls`` in a project whose ``cdk.json`` says ``"app": "python3 app.py"`` run a purecdk
app, with the same result as ``purecdk synth``.

The CLI is installed with npm into the git-ignored ``.cache/cdk-cli`` on first use (pinned version, reused
afterwards). Its runs are independent, so they run a few at a time.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from ._support import APPS, EXAMPLE_APP, EXPECTED, PROGRAMS, ROOT, run_purecdk, user_env, write_project

CDK_VERSION = "2.1148.1"
CACHE = ROOT / ".cache" / "cdk-cli"
CDK = CACHE / "node_modules" / ".bin" / "cdk"
PARALLEL = 4
GOLDEN_PROGRAMS = [
    "core_cross_stack_reference",
    "core_stack_properties",
    "core_rules",
    "ecr_readme_lifecycle_rules",
    "ecr_cross_stack",
    "lambda_asset",
]
# programs with stack names and environments, whose `ls --long` is compared too
LONG_LISTINGS = ["core_stack_properties", "ecr_cross_stack"]
# the CLI adds no context to what the golden programs saw, so that templates compare with the expected ones
NO_CLI_CONTEXT = ["--no-path-metadata", "--no-asset-metadata", "--no-version-reporting"]


def install_cdk() -> Path:
    """The pinned ``cdk`` executable, installed with npm if it is not there yet."""
    package = CACHE / "node_modules" / "aws-cdk" / "package.json"
    if not (CDK.exists() and package.exists() and json.loads(package.read_text())["version"] == CDK_VERSION):
        npm = shutil.which("npm")
        assert npm, "npm is needed to install the aws-cdk CLI"
        subprocess.run(
            [npm, "install", "--prefix", str(CACHE), "--no-audit", "--no-fund", f"aws-cdk@{CDK_VERSION}"],
            check=True,
            capture_output=True,
            timeout=600,
        )
    return CDK


def cdk_env() -> dict[str, str]:
    """A quiet, offline-friendly environment for the cdk CLI (and the apps it runs)."""
    return user_env(
        CDK_DISABLE_CLI_TELEMETRY="true",
        CDK_DISABLE_VERSION_CHECK="true",
        CDK_HOME=str(CACHE / "home"),
    )


def run_cdk(*args: str, cwd: Path, ci: bool = False) -> subprocess.CompletedProcess[str]:
    """``cdk ARGS... --no-notices`` in ``cwd``, as in a terminal or (``ci``) in CI."""
    env = cdk_env()
    if ci:
        env["CI"] = "true"
    return subprocess.run(
        [str(CDK), *args, "--no-notices"], cwd=cwd, env=env, capture_output=True, text=True, timeout=300
    )


@dataclass
class Case:
    """An app synthesized by purecdk, and what to compare it with."""

    name: str
    directory: Path
    expected: Path | None = None
    stacks: list[dict[str, Any]] = field(default_factory=list)

    @property
    def assembly(self) -> Path:
        return self.directory / "cdk.out"


def _parallel(jobs: dict[Any, Callable[[], subprocess.CompletedProcess[str]]]) -> dict[Any, Any]:
    with ThreadPoolExecutor(PARALLEL) as pool:
        futures = {key: pool.submit(job) for key, job in jobs.items()}
        return {key: future.result() for key, future in futures.items()}


def write_validation_report(assembly: Path) -> None:
    """A validation-report.json with every kind of finding a validation plugin can report."""
    template = str(assembly / "CalmStack.template.json")
    queue = {
        "constructPath": "CalmStack/Queue/Resource",
        "constructFqn": "aws-cdk-lib.aws_sqs.CfnQueue",
        "cloudFormationResource": {"templatePath": template, "logicalId": "Queue4A7E3555"},
    }
    violations = [
        {
            "ruleName": "no-public-queues",
            "description": "Queues must be private [ack: ignored-here]",
            "suggestedFix": "Remove the policy\nthat opens it",
            "severity": "fatal",
            "violatingConstructs": [queue, {"constructPath": "ElsewhereStack/Thing"}],
        },
        {
            "ruleName": "Other Pack::Rule One",
            "description": "a custom severity, found in a template",
            "severity": "custom",
            "customSeverity": "HIGH",
            "violatingConstructs": [
                {"constructPath": "", "cloudFormationResource": {"templatePath": template, "logicalId": "X"}}
            ],
        },
        {
            "ruleName": "annotation::shown-as-annotation",
            "description": "an info",
            "severity": "info",
            "violatingConstructs": [{"constructPath": "BrokenStack"}],
        },
        {
            "ruleName": "only-elsewhere",
            "description": "d",
            "severity": "error",
            "violatingConstructs": [{"constructPath": "ElsewhereStack"}],
        },
        {"ruleName": "nowhere", "description": "about the app", "severity": "warning", "violatingConstructs": []},
    ]
    report = {
        "version": "55.0.0",
        "title": "Validation Report",
        "pluginReports": [
            {"pluginName": "My Policy Pack", "conclusion": "failure", "violations": violations},
            # a plugin that failed to run: cdk synth does not show it (no violation concerns the stacks)
            {"pluginName": "Crashed", "conclusion": "failure", "metadata": {"error": "it crashed"}, "violations": []},
            {"pluginName": "Calm Plugin", "conclusion": "success", "violations": []},
        ],
    }
    (assembly / "validation-report.json").write_text(json.dumps(report, indent=2))


@pytest.fixture(scope="module")
def cases(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Case]:
    """Every app, synthesized by ``purecdk synth`` into ``<dir>/cdk.out``."""
    install_cdk()
    base = tmp_path_factory.mktemp("cdk-cli")
    found: dict[str, Case] = {}
    jobs: dict[str, Callable[[], subprocess.CompletedProcess[str]]] = {}

    def add(case: Case, *args: str) -> None:
        found[case.name] = case
        jobs[case.name] = lambda: run_purecdk("synth", "-q", *args, cwd=case.directory)

    for name in GOLDEN_PROGRAMS:
        case = Case(name, base / name, EXPECTED / name)
        case.directory.mkdir()
        shutil.copy(PROGRAMS / f"{name}.py", case.directory / "app.py")
        add(case, "--app", "app.py", *NO_CLI_CONTEXT)
    recommended = json.loads((ROOT / "tests" / "golden" / "recommended-context.json").read_text())
    name = "core_cross_stack_reference"
    case = Case(f"{name}[recommended]", base / "recommended", ROOT / "tests" / "golden" / "expected-recommended" / name)
    cdk_json = json.dumps({"app": "python3 app.py", "context": recommended})
    write_project(case.directory, (PROGRAMS / f"{name}.py").read_text(), cdk_json)
    add(case, *NO_CLI_CONTEXT)
    for name, source in (("example", EXAMPLE_APP), ("yaml_strings", APPS / "yaml_strings.py")):
        case = Case(name, base / name)
        write_project(case.directory, source.read_text())
        add(case)
    # an error annotation fails `purecdk synth` (and leaves no cdk.out): the app writes these itself
    for name in FAILING:
        case = Case(name, base / name)
        found[case.name] = case
        write_project(case.directory, (APPS / "annotations.py").read_text())
        jobs[case.name] = lambda case=case: subprocess.run(
            [sys.executable, "app.py"],
            cwd=case.directory,
            env=user_env(CDK_OUTDIR="cdk.out"),
            capture_output=True,
            text=True,
            timeout=120,
        )
    for key, result in _parallel(jobs).items():
        assert result.returncode == 0, f"purecdk synth of {key} failed:\n{result.stderr}"
        if key == "validation_report":
            write_validation_report(found[key].assembly)
        manifest = json.loads((found[key].assembly / "manifest.json").read_text())
        found[key].stacks = [
            {"id": artifact_id, **artifact}
            for artifact_id, artifact in manifest["artifacts"].items()
            if artifact["type"] == "aws:cloudformation:stack"
        ]
        assert found[key].stacks, key
    return found


@pytest.fixture(scope="module")
def results(cases: dict[str, Case]) -> dict[tuple[Any, ...], subprocess.CompletedProcess[str]]:
    """Every cdk and purecdk run the tests look at, keyed by (case, what, stack)."""
    jobs: dict[tuple[Any, ...], Callable[[], subprocess.CompletedProcess[str]]] = {}
    for case in cases.values():
        d, app = case.directory, str(case.assembly)
        jobs[(case.name, "cdk ls")] = lambda d=d, app=app: run_cdk("ls", "--app", app, cwd=d)
        jobs[(case.name, "purecdk ls")] = lambda d=d, app=app: run_purecdk("ls", "--app", app, cwd=d)
        if case.name in LONG_LISTINGS:
            jobs[(case.name, "cdk ls --long")] = lambda d=d, app=app: run_cdk(
                "ls", "--long", "--json", "--app", app, cwd=d
            )
            jobs[(case.name, "purecdk ls --long")] = lambda d=d, app=app: run_purecdk(
                "ls", "--long", "--json", "--app", app, cwd=d
            )
        for ci in CI_MODES:
            jobs[(case.name, "cdk synth", ci)] = lambda d=d, app=app, ci=ci: run_cdk(
                "synth", "--app", app, cwd=d, ci=ci
            )
            jobs[(case.name, "purecdk synth", ci)] = lambda d=d, app=app, ci=ci: run_purecdk(
                "synth", "--app", app, cwd=d, env=user_env(**({"CI": "true"} if ci else {}))
            )
        for stack in case.stacks:
            sid = stack["displayName"]
            jobs[(case.name, "cdk synth", sid)] = lambda d=d, app=app, s=sid: run_cdk(
                "synth", "--app", app, "--exclusively", s, cwd=d
            )
            jobs[(case.name, "purecdk synth", sid)] = lambda d=d, app=app, s=sid: run_purecdk(
                "synth", "--app", app, s, cwd=d
            )
            if case.expected is not None:
                template = case.expected / stack["properties"]["templateFile"]
                jobs[(case.name, "cdk diff", sid)] = lambda d=d, app=app, s=sid, t=str(template): run_cdk(
                    "diff", "--app", app, "--exclusively", s, "--template", t, "--fail", cwd=d
                )
    return _parallel(jobs)


# apps whose synthesis fails: error annotations; and plugin findings in validation-report.json
FAILING = ["annotations", "validation_report"]
CASE_NAMES = [*GOLDEN_PROGRAMS, "core_cross_stack_reference[recommended]", "example", "yaml_strings", *FAILING]
# the cdk CLI prints its messages on stderr, and in CI (the CI variable set) on stdout
CI_MODES = (False, True)


@pytest.mark.parametrize("name", CASE_NAMES)
def test_cdk_lists_our_stacks(name: str, cases: dict[str, Case], results: dict[tuple[str, ...], Any]) -> None:
    cdk, ours = results[(name, "cdk ls")], results[(name, "purecdk ls")]
    assert cdk.returncode == 0, cdk.stderr
    assert ours.returncode == 0, ours.stderr
    listed = cdk.stdout.splitlines()
    # a stack is listed by its id, followed by its stack name in parentheses if that is different
    names = []
    for stack in cases[name].stacks:
        stack_name = stack["properties"].get("stackName", stack["id"])
        names.append(stack["displayName"] + ("" if stack_name == stack["id"] else f" ({stack_name})"))
    assert sorted(listed) == sorted(names)
    assert listed == ours.stdout.splitlines()


@pytest.mark.parametrize("name", LONG_LISTINGS)
def test_long_listing_is_the_same(name: str, results: dict[tuple[str, ...], Any]) -> None:
    cdk, ours = results[(name, "cdk ls --long")], results[(name, "purecdk ls --long")]
    assert cdk.returncode == 0, cdk.stderr
    assert ours.returncode == 0, ours.stderr
    rows = json.loads(ours.stdout)
    assert all(row.pop("templateFile").endswith(".template.json") for row in rows)
    assert rows == json.loads(cdk.stdout)


@pytest.mark.parametrize("ci", CI_MODES, ids=["terminal", "ci"])
@pytest.mark.parametrize("name", CASE_NAMES)
def test_synth_of_the_app_prints_what_cdk_prints(
    name: str, ci: bool, cases: dict[str, Case], results: dict[tuple[Any, ...], Any]
) -> None:
    cdk, ours = results[(name, "cdk synth", ci)], results[(name, "purecdk synth", ci)]
    assert cdk.returncode == (1 if name in FAILING else 0), cdk.stderr
    if len(cases[name].stacks) > 1:
        assert cdk.returncode == 1 or "Supply a stack id" in (cdk.stdout if ci else cdk.stderr)
    assert ours.returncode == cdk.returncode, ours.stderr
    assert ours.stdout == cdk.stdout
    assert ours.stderr == cdk.stderr


@pytest.mark.parametrize("name", CASE_NAMES)
def test_synth_of_each_stack_prints_what_cdk_prints(
    name: str, cases: dict[str, Case], results: dict[tuple[Any, ...], Any]
) -> None:
    for stack in cases[name].stacks:
        sid = stack["displayName"]
        cdk, ours = results[(name, "cdk synth", sid)], results[(name, "purecdk synth", sid)]
        assert cdk.returncode == (1 if sid == "BrokenStack" or name == "validation_report" else 0), cdk.stderr
        assert ours.returncode == cdk.returncode, ours.stderr
        assert ours.stdout == cdk.stdout, f"{sid}: purecdk synth prints something else than cdk synth"
        assert ours.stderr == cdk.stderr, f"{sid}: purecdk synth reports something else than cdk synth"


def test_annotations_are_reported_as_cdk_reports_them(results: dict[tuple[Any, ...], Any]) -> None:
    printed = results[("annotations", "cdk synth", False)].stderr
    assert printed.startswith("ERROR this is broken (Construct Annotations)\n   BrokenStack\n")
    assert "WARNING careful here (Construct Annotations)\n   CalmStack/Queue\n" in printed
    assert "Acknowledge with 'Annotation::my-lib:careful'" in printed
    assert "with a tab\ufffd (Construct Annotations)" in printed
    assert printed.endswith("Synthesis finished with errors\n")


@pytest.mark.parametrize("name", [n for n in CASE_NAMES if n not in ("example", "yaml_strings", *FAILING)])
def test_cdk_diff_finds_no_difference_with_aws_cdk_lib(
    name: str, cases: dict[str, Case], results: dict[tuple[str, ...], Any]
) -> None:
    for stack in cases[name].stacks:
        result = results[(name, "cdk diff", stack["displayName"])]
        output = result.stdout + result.stderr
        assert result.returncode == 0, output
        assert f"Stack {stack['displayName']}" in output, output
        assert "There were no differences" in output, output
        assert "Number of stacks with differences: 0" in output, output


def test_yaml_strings_covers_the_hard_cases(cases: dict[str, Case], results: dict[tuple[str, ...], Any]) -> None:
    printed = results[("yaml_strings", "cdk synth", "YamlStringsStack")].stdout
    for sample in ('"2012-10-17"', "|-\n", "|2-\n", '"bell\\a"', "'\"double\"'", '"0x1F"', "? xxxxxxxx"):
        assert sample in printed, sample


def test_cdk_runs_a_purecdk_app_from_cdk_json(tmp_path: Path) -> None:
    install_cdk()
    jobs: dict[tuple[str, str], Callable[[], subprocess.CompletedProcess[str]]] = {}
    projects = {}
    for name in ("example", "init"):
        for tool in ("cdk", "purecdk"):
            project = tmp_path / f"{name}-{tool}" / "demo-app"
            project.mkdir(parents=True)
            if name == "example":
                write_project(project, EXAMPLE_APP.read_text())
            else:
                assert run_purecdk("init", "app", "--language", "python", cwd=project).returncode == 0
            projects[(name, tool)] = project
            run = run_cdk if tool == "cdk" else run_purecdk
            jobs[(name, tool)] = lambda run=run, project=project: run("synth", cwd=project)
    done = _parallel(jobs)
    for name in ("example", "init"):
        cdk, ours = done[(name, "cdk")], done[(name, "purecdk")]
        assert cdk.returncode == 0, cdk.stderr
        assert ours.returncode == 0, ours.stderr
        assert cdk.stdout == ours.stdout
        assert "aws:cdk:path:" in cdk.stdout  # the CLI's context reached the app
        ours_dir, cdk_dir = projects[(name, "purecdk")] / "cdk.out", projects[(name, "cdk")] / "cdk.out"
        templates = sorted(p.name for p in cdk_dir.glob("*.template.json"))
        assert templates == sorted(p.name for p in ours_dir.glob("*.template.json"))
        for template in templates:
            assert (cdk_dir / template).read_text() == (ours_dir / template).read_text()
    listed = run_cdk("ls", cwd=projects[("init", "cdk")])
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout == "DemoAppStack\n"
