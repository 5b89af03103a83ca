"""``purecdk synth``: running apps, printing templates, failing cleanly."""

from __future__ import annotations

import json
from pathlib import Path

from ._support import Runner, run_purecdk, tree_snapshot, user_env, write_project

ONE_QUEUE = """\
import os
from purecdk import App, CfnOutput, Stack
from purecdk import aws_sqs as sqs

app = App()
stack = Stack(app, "QueueStack")
queue = sqs.CfnQueue(stack, "Queue", queue_name=app.node.try_get_context("queue-name") or "default-name")
CfnOutput(stack, "Cwd", value=os.getcwd())
print("the app talks on stdout")
app.synth()
"""

TWO_STACKS = """\
from purecdk import App, Stack
from purecdk import aws_sqs as sqs

app = App()
for name in ("AlphaStack", "BetaStack"):
    sqs.CfnQueue(Stack(app, name), "Queue")
app.synth()
"""

FAILING = """\
from purecdk import App, Stack
from purecdk import aws_sqs as sqs


def build(app):
    stack = Stack(app, "BrokenStack")
    sqs.CfnQueue(stack, "Queue", visibility_timeout="not-a-number")


app = App()
build(app)
app.synth()
"""

ANNOTATED = """\
from purecdk import Annotations, App, Stack
from purecdk import aws_sqs as sqs

app = App()
stack = Stack(app, "AnnotatedStack")
queue = sqs.CfnQueue(stack, "Queue")
Annotations.of(queue).add_warning("queues are forever")
Annotations.of(queue).add_info("just so you know")
if app.node.try_get_context("broken") == "yes":
    Annotations.of(queue).add_error("first problem")
    Annotations.of(stack).add_error("second problem")
app.synth()
"""


def test_synth_prints_the_template_as_yaml_and_writes_the_assembly(tmp_path: Path, purecdk: Runner) -> None:
    project = write_project(tmp_path / "proj", ONE_QUEUE)
    result = purecdk("synth", cwd=project)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Resources:\n")
    assert (
        "  Queue:\n    Type: AWS::SQS::Queue\n    Properties:\n      QueueName: default-name\n"
        in result.stdout
    )
    # the CheckBootstrapVersion rule is hidden, as cdk synth hides it
    assert "Rules:" not in result.stdout and "CheckBootstrapVersion" not in result.stdout
    # the app's own output goes to stderr, so stdout is only the template
    assert "the app talks on stdout" in result.stderr and "the app talks" not in result.stdout
    template = json.loads((project / "cdk.out" / "QueueStack.template.json").read_text())
    assert "CheckBootstrapVersion" in template["Rules"]
    assert template["Resources"]["Queue"]["Metadata"] == {"aws:cdk:path": "QueueStack/Queue"}
    # the app ran in the project directory
    assert template["Outputs"]["Cwd"]["Value"] == str(project.resolve())
    assert not [p for p in project.iterdir() if p.name.startswith(".cdk.out")], "staging directories remain"


def test_synth_json_is_the_template_file_without_the_bootstrap_rule(tmp_path: Path, purecdk: Runner) -> None:
    project = write_project(tmp_path / "proj", ONE_QUEUE)
    result = purecdk("synth", "--json", cwd=project)
    assert result.returncode == 0, result.stderr
    printed = json.loads(result.stdout)
    on_disk = json.loads((project / "cdk.out" / "QueueStack.template.json").read_text())
    del on_disk["Rules"]
    assert printed == on_disk
    assert result.stdout.startswith('{\n  "Resources": {\n')


def test_app_forms_and_context(tmp_path: Path, purecdk: Runner) -> None:
    cdk_json = {"app": "app.py", "context": {"queue-name": "from-cdk-json"}}
    project = write_project(tmp_path / "proj", ONE_QUEUE, json.dumps(cdk_json))
    (project / "cdk.context.json").write_text(json.dumps({"queue-name": "from-cdk-context-json"}))
    assert "QueueName: from-cdk-json\n" in purecdk("synth", cwd=project).stdout
    assert "QueueName: from-cli\n" in purecdk("synth", "-c", "queue-name=from-cli", cwd=project).stdout
    # a command that is not a Python file runs in a shell, with the same environment
    (project / "cdk.json").write_text(json.dumps({"app": "python3 -B app.py"}))
    result = purecdk("synth", "--context", "queue-name=via=shell", cwd=project)
    assert result.returncode == 0, result.stderr
    assert "QueueName: via=shell\n" in result.stdout
    # --app wins over cdk.json; -o chooses the directory
    other = tmp_path / "other.py"
    other.write_text(ONE_QUEUE.replace("QueueStack", "OtherStack"))
    result = purecdk("synth", "--app", str(other), "-o", "elsewhere", "-q", cwd=project)
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    assert (project / "elsewhere" / "OtherStack.template.json").is_file()


def test_no_path_metadata(tmp_path: Path, purecdk: Runner) -> None:
    project = write_project(tmp_path / "proj", ONE_QUEUE)
    result = purecdk("synth", "--no-path-metadata", "--json", cwd=project)
    assert result.returncode == 0, result.stderr
    assert "Metadata" not in json.loads(result.stdout)["Resources"]["Queue"]


def test_several_stacks_need_a_name(tmp_path: Path, purecdk: Runner) -> None:
    project = write_project(tmp_path / "proj", TWO_STACKS)
    result = purecdk("synth", cwd=project)
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    assert "Supply a stack id (AlphaStack, BetaStack) to display its template." in result.stderr
    named = purecdk("synth", "Beta*", "--json", cwd=project)
    assert named.returncode == 0, named.stderr
    assert json.loads(named.stdout)["Resources"]["Queue"]["Metadata"]["aws:cdk:path"] == "BetaStack/Queue"
    missing = purecdk("synth", "GammaStack", cwd=project)
    assert missing.returncode == 1
    assert "No stack found matching 'GammaStack'" in missing.stderr


def test_a_failing_app_reports_error_and_path_and_keeps_the_old_assembly(
    tmp_path: Path, purecdk: Runner
) -> None:
    project = write_project(tmp_path / "proj", ONE_QUEUE)
    assert purecdk("synth", "-q", cwd=project).returncode == 0
    before = tree_snapshot(project / "cdk.out")
    (project / "app.py").write_text(FAILING)
    for app in ("app.py", "python3 app.py"):
        result = purecdk("synth", "--app", app, cwd=project)
        assert result.returncode == 1
        assert "BrokenStack/Queue" in result.stderr
        assert "visibility_timeout" in result.stderr
        assert "app.py, line 7" in result.stderr
        assert "Traceback" not in result.stderr
        assert tree_snapshot(project / "cdk.out") == before
    debug = purecdk("synth", "--debug", cwd=project)
    assert debug.returncode == 1 and "Traceback" in debug.stderr
    # a subprocess app's failure is its exit status
    shell = purecdk("synth", "--app", "python3 -c 'import sys; sys.exit(3)'", cwd=project)
    assert shell.returncode == 1 and "Subprocess exited with error 3" in shell.stderr
    assert tree_snapshot(project / "cdk.out") == before
    assert sorted(p.name for p in project.iterdir()) == ["app.py", "cdk.json", "cdk.out"]


def test_annotations_warnings_are_printed_errors_fail(tmp_path: Path, purecdk: Runner) -> None:
    project = write_project(tmp_path / "proj", ANNOTATED)
    ok = purecdk("synth", "-q", cwd=project)
    assert ok.returncode == 0, ok.stderr
    # as the cdk CLI prints them: a block per violation, most severe first
    assert (
        "WARNING queues are forever (Construct Annotations)\n"
        "   AnnotatedStack/Queue\n"
        "   Acknowledge with 'Annotation::warning-annotation'\n\n"
        "INFO just so you know (Construct Annotations)\n"
        "   AnnotatedStack/Queue\n"
        "   Acknowledge with 'Annotation::info-annotation'\n"
    ) in ok.stderr
    before = tree_snapshot(project / "cdk.out")
    failed = purecdk("synth", "-c", "broken=yes", cwd=project)
    assert failed.returncode == 1
    assert failed.stdout == ""
    blocks = failed.stderr.split("\n\n")
    # in the order of the stack's metadata (the stack's own entries first); errors cannot be acknowledged
    rule = "   Rule Annotation::error-annotation"
    assert blocks[0] == f"ERROR second problem (Construct Annotations)\n   AnnotatedStack\n{rule}"
    assert blocks[1] == f"ERROR first problem (Construct Annotations)\n   AnnotatedStack/Queue\n{rule}"
    assert blocks[2].startswith("WARNING queues are forever")
    assert failed.stderr.splitlines()[-1] == "Synthesis finished with errors"
    assert tree_snapshot(project / "cdk.out") == before


def test_messages_go_to_stdout_in_ci_as_the_cdk_cli_sends_them(tmp_path: Path, purecdk: Runner) -> None:
    project = write_project(tmp_path / "proj", TWO_STACKS)
    for ci, to_stdout in (("true", True), ("1", True), ("false", False), ("0", False), (None, False)):
        env = user_env(**({"CI": ci} if ci is not None else {}))
        result = run_purecdk("synth", cwd=project, env=env)
        assert result.returncode == 0, result.stderr
        messages, other = (result.stdout, result.stderr) if to_stdout else (result.stderr, result.stdout)
        assert "Supply a stack id (AlphaStack, BetaStack) to display its template." in messages, ci
        assert "Supply a stack id" not in other, ci
    # what the app prints is a message too; the template stays alone on stdout outside CI
    project = write_project(tmp_path / "one", ONE_QUEUE)
    ci = run_purecdk("synth", cwd=project, env=user_env(CI="true"))
    assert ci.returncode == 0, ci.stderr
    assert ci.stdout.startswith("the app talks on stdout") and "Resources:" in ci.stdout
    # errors stay on stderr in CI
    project = write_project(tmp_path / "broken", ANNOTATED)
    failed = run_purecdk("synth", "-c", "broken=yes", cwd=project, env=user_env(CI="true"))
    assert failed.returncode == 1 and failed.stdout == ""
    assert "ERROR first problem" in failed.stderr


def test_app_that_does_not_synthesize(tmp_path: Path, purecdk: Runner) -> None:
    project = write_project(tmp_path / "proj", "print('nothing here')\n")
    result = purecdk("synth", cwd=project)
    assert result.returncode == 1
    assert "without writing a cloud assembly" in result.stderr
    assert not (project / "cdk.out").exists()


def test_auto_synth_without_an_explicit_synth_call(tmp_path: Path, purecdk: Runner) -> None:
    project = write_project(tmp_path / "proj", ONE_QUEUE.replace("app.synth()\n", ""))
    result = purecdk("synth", cwd=project)
    assert result.returncode == 0, result.stderr
    assert "AWS::SQS::Queue" in result.stdout


def test_no_app_configured(tmp_path: Path, purecdk: Runner) -> None:
    result = purecdk("synth", cwd=tmp_path)
    assert result.returncode == 1
    assert "--app is required" in result.stderr


def test_existing_assembly_as_app(tmp_path: Path, purecdk: Runner) -> None:
    with_arn = ONE_QUEUE.replace('value=os.getcwd())', 'value=queue.attr_arn)')
    project = write_project(tmp_path / "proj", with_arn)
    first = purecdk("synth", "--app", "app.py", cwd=project)
    assert first.returncode == 0, first.stderr
    assert "      Fn::GetAtt:\n        - Queue\n        - Arn\n" in first.stdout
    before = tree_snapshot(project / "cdk.out")
    again = purecdk("synth", "--app", "cdk.out", cwd=project)
    assert again.returncode == 0, again.stderr
    assert again.stdout == first.stdout
    assert "the app talks" not in again.stderr  # nothing ran
    assert tree_snapshot(project / "cdk.out") == before


INVALID = """\
from purecdk import App, CfnResource, Stack

app = App()
stack = Stack(app, "InvalidStack")
CfnResource(stack, "Queue", type="AWS::SQS::Queue", properties={"VisibilityTimeout": "soon"})
app.synth()
"""


def test_template_validation_errors_fail_and_keep_only_the_report(tmp_path: Path, purecdk: Runner) -> None:
    project = write_project(tmp_path / "proj", ONE_QUEUE)
    assert purecdk("synth", "-q", cwd=project).returncode == 0
    before = tree_snapshot(project / "cdk.out")
    (project / "app.py").write_text(INVALID)
    warned = purecdk("synth", "-q", "-o", "warned.out", cwd=project)
    assert warned.returncode == 0, warned.stderr
    assert "WARNING VisibilityTimeout: 'soon' is not of type 'integer'" in warned.stderr
    assert "A copy of this report can be found in: warned.out/validation-report.json" in warned.stderr
    failed = purecdk("synth", "-c", "@aws-cdk/core:validateAgainstDefaultRules=true", cwd=project)
    assert failed.returncode == 1
    assert "ERROR VisibilityTimeout: 'soon' is not of type 'integer'" in failed.stderr
    assert "InvalidStack/Queue" in failed.stderr
    assert "cdk.out/validation-report.json" in failed.stderr
    after = tree_snapshot(project / "cdk.out")
    report = json.loads(after.pop("validation-report.json"))
    assert report["pluginReports"][0]["conclusion"] == "failure"
    before.pop("validation-report.json")
    assert after == before


def test_build_command_of_cdk_json_runs_first(tmp_path: Path, purecdk: Runner) -> None:
    reads_build_output = ONE_QUEUE.replace('or "default-name"', 'or open("name.txt").read().strip()')
    project = write_project(
        tmp_path / "proj",
        reads_build_output,
        json.dumps({"app": "app.py", "build": "echo built-name > name.txt"}),
    )
    result = purecdk("synth", cwd=project)
    assert result.returncode == 0, result.stderr
    assert "QueueName: built-name\n" in result.stdout
    (project / "cdk.json").write_text(json.dumps({"app": "app.py", "build": "exit 4"}))
    failed = purecdk("synth", cwd=project)
    assert failed.returncode == 1
    assert "The build command (exit 4) failed with exit status 4." in failed.stderr
