"""End-to-end tests of ``run_validation`` against what aws-cdk-lib 2.275.0 printed and wrote.

The fixtures in ``fixtures/oracle_app`` were produced by running ``program.py.txt`` (with a small
driver per case) under aws-cdk-lib 2.275.0 from Python: the three synthesized templates, the
stderr text, the exception text and ``validation-report.json`` of each case.
"""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest

from purecdk.core.validation import StackTemplateInfo, ValidationError, run_validation

FIXTURES = Path(__file__).parent / "fixtures" / "oracle_app"
SQS = "aws-cdk-lib.aws_sqs.CfnQueue"
ECR = "aws-cdk-lib.aws_ecr.CfnRepository"
FLAG = {"@aws-cdk/core:validateAgainstDefaultRules": True}


def _stacks() -> list[StackTemplateInfo]:
    def load(name: str) -> dict:
        return json.loads((FIXTURES / f"{name}.template.json").read_text())

    my_stack = StackTemplateInfo(
        construct_path="MyStack",
        fqn="aws-cdk-lib.Stack",
        template_file="MyStack.template.json",
        template=load("MyStack"),
        resources={
            "Q": ("MyStack/Q", SQS),
            "Q23A7FF710": ("MyStack/Q2/Resource", SQS, True),
            "Enum": ("MyStack/Enum", ECR),
            "Pattern": ("MyStack/Pattern", ECR),
            "TooLong": ("MyStack/TooLong", ECR),
            "Repo02AC86CF": ("MyStack/Repo/Resource", ECR, True),
            "Tokens": ("MyStack/Tokens", ECR),
            "Tokens2": ("MyStack/Tokens2", SQS),
        },
        artifact_id="MyStack",
    )
    other = StackTemplateInfo(
        construct_path="Other",
        fqn="aws-cdk-lib.Stack",
        template_file="Other.template.json",
        template=load("Other"),
        resources={"Q": ("Other/Q", SQS)},
        artifact_id="Other",
    )
    empty = StackTemplateInfo(
        construct_path="Empty",
        fqn="aws-cdk-lib.Stack",
        template_file="Empty.template.json",
        template=load("Empty"),
        artifact_id="Empty",
    )
    # Deliberately not in assembly order: the hook orders stacks as the cloud assembly does.
    return [my_stack, other, empty]


def _run(tmp_path: Path, case: str, context: dict, env: dict | None = None, **kwargs) -> str:
    outdir = tmp_path / f"{case}.out"
    err = io.StringIO()
    run_validation(context, env or {}, _stacks(), str(outdir), cwd=str(tmp_path), stderr=err, **kwargs)
    return err.getvalue()


def test_warnings_by_default(tmp_path: Path) -> None:
    stderr = _run(tmp_path, "warn", {})
    assert stderr == (FIXTURES / "warn.stderr").read_text()
    report = (tmp_path / "warn.out" / "validation-report.json").read_text()
    assert report == (FIXTURES / "warn.report.json").read_text()


def test_flag_turns_findings_into_errors(tmp_path: Path) -> None:
    err = io.StringIO()
    with pytest.raises(ValidationError) as exc:
        run_validation(FLAG, {}, _stacks(), str(tmp_path / "err.out"), cwd=str(tmp_path), stderr=err)
    assert isinstance(exc.value, RuntimeError)
    assert str(exc.value) == (FIXTURES / "err.exception").read_text()
    assert err.getvalue() == (FIXTURES / "err.stderr").read_text()
    report = (tmp_path / "err.out" / "validation-report.json").read_text()
    assert report == (FIXTURES / "err.report.json").read_text()


def test_flag_under_pytest_raises_full_report(tmp_path: Path) -> None:
    err = io.StringIO()
    with pytest.raises(ValidationError) as exc:
        run_validation(
            FLAG,
            {"PYTEST_CURRENT_TEST": "x"},
            _stacks(),
            str(tmp_path / "errpytest.out"),
            cwd=str(tmp_path),
            stderr=err,
        )
    assert str(exc.value) == (FIXTURES / "errpytest.exception").read_text()
    assert err.getvalue() == ""


def test_flag_in_process_mode_prints_without_raising(tmp_path: Path) -> None:
    stderr = _run(tmp_path, "err", FLAG, {"CDK_APP_MODE": "process"})
    expected = (FIXTURES / "err.stderr").read_text().rstrip("\n")
    assert stderr == expected + "\n\nA copy of this report can be found in: err.out/validation-report.json\n"


def test_acknowledgements(tmp_path: Path) -> None:
    acks = {
        "MyStack": {"CloudFormation-Validate::F3034": "tested"},
        "Other": {"CloudFormation Validate::F3034": ""},
    }
    stderr = _run(tmp_path, "ack", {}, acknowledgements=acks)
    assert stderr == (FIXTURES / "ack.stderr").read_text()
    report = (tmp_path / "ack.out" / "validation-report.json").read_text()
    assert report == (FIXTURES / "ack.report.json").read_text()


def test_cdk_validation_false_disables(tmp_path: Path) -> None:
    stderr = _run(tmp_path, "off", FLAG, {"CDK_VALIDATION": "false"})
    assert stderr == ""
    assert not (tmp_path / "off.out").exists()


def test_builtin_validation_false_disables(tmp_path: Path) -> None:
    assert _run(tmp_path, "off", FLAG, builtin_validation=False) == ""
    assert not (tmp_path / "off.out").exists()


def test_clean_app_writes_empty_report_and_prints_nothing(tmp_path: Path) -> None:
    # aws-cdk-lib 2.275.0 wrote exactly this for an app without findings.
    stack = StackTemplateInfo(
        construct_path="S",
        fqn="aws-cdk-lib.Stack",
        template_file="S.template.json",
        template={"Resources": {"R": {"Type": "AWS::ECR::Repository"}}},
    )
    err = io.StringIO()
    run_validation(FLAG, {}, [stack], str(tmp_path), cwd=str(tmp_path), stderr=err)
    assert err.getvalue() == ""
    assert (tmp_path / "validation-report.json").read_text() == (
        '{\n  "version": "55.0.0",\n  "title": "Validation Report",\n  "pluginReports": []\n}'
    )


def test_disable_stack_traces_context(tmp_path: Path) -> None:
    _run(tmp_path, "nt", {"aws:cdk:disable-stack-trace": True})
    report = json.loads((tmp_path / "nt.out" / "validation-report.json").read_text())
    constructs = [c for v in report["pluginReports"][0]["violations"] for c in v["violatingConstructs"]]
    assert constructs and all("stackTraces" not in c for c in constructs)


def test_unknown_logical_id_shows_template_path(tmp_path: Path) -> None:
    # Formatting of a finding without construct information (aws-cdk ValidationReportFormatter).
    stack = StackTemplateInfo(
        construct_path="S",
        fqn="aws-cdk-lib.Stack",
        template_file="S.template.json",
        template={"Resources": {"R": {"Type": "AWS::SQS::Queue", "Properties": {"DelaySeconds": 901}}}},
    )
    err = io.StringIO()
    run_validation({}, {}, [stack], str(tmp_path / "o"), cwd=str(tmp_path), stderr=err)
    assert "\n   S.template.json R\n" in err.getvalue()
    report = json.loads((tmp_path / "o" / "validation-report.json").read_text())
    assert report["pluginReports"][0]["violations"][0]["violatingConstructs"] == [
        {
            "constructPath": "",
            "cloudFormationResource": {
                "templatePath": "S.template.json",
                "logicalId": "R",
                "propertyPaths": ["Properties.DelaySeconds"],
            },
        }
    ]


def test_import_does_not_load_data() -> None:
    import subprocess
    import sys

    code = (
        "import purecdk.core.validation as v; "
        "print(v._data.index.cache_info().currsize, v._data._service.cache_info().currsize)"
    )
    src = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))), "src")
    env = dict(os.environ, PYTHONPATH=src + os.pathsep + os.environ.get("PYTHONPATH", ""))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert out.stdout.split() == ["0", "0"]


def test_display_outdir_names_the_final_assembly_directory(tmp_path: Path) -> None:
    err = io.StringIO()
    staging, final = tmp_path / ".staging", tmp_path / "cdk.out"
    run_validation({}, {}, _stacks(), str(staging), cwd=str(tmp_path), stderr=err, display_outdir=str(final))
    assert (staging / "validation-report.json").exists()
    assert err.getvalue().endswith("A copy of this report can be found in: cdk.out/validation-report.json\n")
