"""Golden tests: purecdk must synthesize what aws-cdk-lib synthesized for each program in golden/programs.

The expected outputs are produced by ``tools/regen_golden.py`` (see tests/golden/README.md). Each
(program, variant) pair with expected data is one test: the program runs in-process against purecdk with
``CDK_OUTDIR`` pointing into a temporary directory (and, for the "recommended" variant, ``CDK_CONTEXT_JSON``
holding the context ``cdk init`` writes; for the "cli" variant, the context the ``cdk`` CLI adds, with the
oracle's Python version reported in the CDKMetadata analytics; for "cli-recommended", both contexts), then every
expected template and the manifest summary are compared as parsed JSON. aws-cdk-lib is never imported.
"""

from __future__ import annotations

import atexit
import importlib.util
import json
import os
import re
import runpy
import sys
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden"
PROGRAMS = GOLDEN / "programs"
RECOMMENDED_CONTEXT = GOLDEN / "recommended-context.json"
VARIANTS = {
    "default": GOLDEN / "expected",
    "recommended": GOLDEN / "expected-recommended",
    "cli": GOLDEN / "expected-cli",
    "cli-recommended": GOLDEN / "expected-cli-recommended",
}

if importlib.util.find_spec("purecdk") is None and (ROOT / "src").is_dir():
    sys.path.insert(0, str(ROOT / "src"))


def _load(name: str, path: Path) -> ModuleType:
    """Import a module from a file path (tests/ and tools/ are not packages)."""
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


compare = _load("golden_compare", GOLDEN / "compare.py")
regen = _load("golden_regen", ROOT / "tools" / "regen_golden.py")


@dataclass(frozen=True)
class GoldenCase:
    """One program under one context variant, with the directory of its expected outputs."""

    program: Path
    variant: str
    expected: Path

    @property
    def id(self) -> str:
        return f"{self.program.stem}[{self.variant}]"


def golden_cases() -> list[GoldenCase]:
    """Every (program, variant) pair that has expected data."""
    cases: list[GoldenCase] = []
    for program in sorted(PROGRAMS.glob("*.py")):
        if program.name.startswith("_"):
            continue
        for variant, root in VARIANTS.items():
            expected = root / program.stem
            if (expected / "error.txt").exists() or any(expected.glob("*.template.json")):
                cases.append(GoldenCase(program, variant, expected))
    return cases


CASES = golden_cases()


def _read_json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def _synthesize(case: GoldenCase, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Run the program with purecdk in-process, as a plain script; return its output directory.

    The oracle ran each program as a script, where aws-cdk-lib's app mode is "unknown": a failing template
    validation prints its findings and raises a short error. Under pytest (``PYTEST_*`` in the environment)
    both libraries would switch to "inmemory" mode instead, so those variables are hidden during the run.
    """
    outdir = tmp_path / "cdk.out"
    for name in list(os.environ):
        if name.startswith("CDK_"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("CDK_OUTDIR", str(outdir))
    if case.variant == "recommended":
        monkeypatch.setenv("CDK_CONTEXT_JSON", RECOMMENDED_CONTEXT.read_text(encoding="utf-8"))
    elif case.variant in ("cli", "cli-recommended"):
        context = dict(regen.CLI_CONTEXT)
        if case.variant == "cli-recommended":
            context = {**_read_json(RECOMMENDED_CONTEXT), **context}
        monkeypatch.setenv("CDK_CONTEXT_JSON", json.dumps(context))
        oracle_python = regen.PYTHON_VERSION_FILE.read_text(encoding="utf-8").strip()
        monkeypatch.setattr("platform.python_version", lambda: oracle_python)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(sys, "argv", [str(case.program)])
    # programs call app.synth() themselves: no App may synthesize again when pytest exits
    monkeypatch.setattr(atexit, "register", lambda func, *args, **kwargs: func)
    # pytest itself sets (and later pops) PYTEST_CURRENT_TEST: restore by hand rather than via monkeypatch
    hidden = {name: os.environ.pop(name) for name in list(os.environ) if name.startswith("PYTEST_")}
    try:
        runpy.run_path(str(case.program), run_name="__main__")
    finally:
        os.environ.update(hidden)
    return outdir


# jsii's deprecation notices (``[WARNING] aws-cdk-lib.X#y is deprecated, ...`` plus indented message lines):
# written by the jsii runtime, not by aws-cdk-lib's validation; purecdk has no such notices.
_JSII_DEPRECATION = re.compile(
    r"^\[WARNING\] \S+ is deprecated, and will be removed in the next major release\.\n(?:  .*\n)*", re.M
)


# Unresolved tokens printed in messages (``${Token[AWS.Region.7]}``) end in a counter that aws-cdk-lib starts at a
# random value per process (``tokenCounter = Math.floor(Math.random() * 10)``): only the counter is ignored.
_TOKEN_COUNTER = re.compile(r"([$#]\{Token\[[^\]]*?)\.\d+\]\}")


def without_token_counters(value: Any) -> Any:
    """``value`` (text or parsed JSON) with the counters of printed token strings replaced by ``#``."""
    if isinstance(value, str):
        return _TOKEN_COUNTER.sub(r"\1.#]}", value)
    if isinstance(value, list):
        return [without_token_counters(v) for v in value]
    if isinstance(value, dict):
        return {k: without_token_counters(v) for k, v in value.items()}
    return value


def expected_console_text(stderr: str) -> str:
    """What aws-cdk-lib printed for template validation: its stderr without jsii's deprecation notices."""
    return _JSII_DEPRECATION.sub("", stderr if stderr.endswith("\n") else stderr + "\n").strip("\n")


def _compare_validation(case: GoldenCase, outdir: Path, stderr: str) -> None:
    """purecdk's validation report and console text equal aws-cdk-lib's (where the oracle wrote them).

    The report is compared as parsed JSON, entirely: stack traces included (aws-cdk-lib can only record jsii
    placeholders for a Python program, which purecdk writes too). The console text is compared line by line,
    trailing whitespace ignored (the oracle's stderr was stored with stripped line ends). In both, the counters
    of token strings quoted in messages are ignored (random in aws-cdk-lib, see ``_TOKEN_COUNTER``).
    """
    report_file = case.expected / "validation-report.json"
    actual_report = outdir / "validation-report.json"
    if report_file.exists():
        assert actual_report.exists(), "aws-cdk-lib wrote validation-report.json, purecdk did not"
        difference = compare.first_difference(
            without_token_counters(_read_json(report_file)), without_token_counters(_read_json(actual_report))
        )
        if difference:
            pytest.fail(f"validation-report.json: {difference}", pytrace=False)
    else:
        assert not actual_report.exists(), "purecdk wrote validation-report.json, aws-cdk-lib did not"
    stderr_file = case.expected / "stderr.txt"
    expected = expected_console_text(stderr_file.read_text(encoding="utf-8")) if stderr_file.exists() else ""
    actual = "\n".join(line.rstrip() for line in stderr.splitlines()).strip("\n")
    assert without_token_counters(actual) == without_token_counters(expected), (
        "printed validation findings differ from aws-cdk-lib's (stderr.txt)"
    )


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_golden(
    case: GoldenCase, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """purecdk writes the same templates, stack artifacts, validation report and validation messages as
    aws-cdk-lib (or fails where it failed)."""
    error_file = case.expected / "error.txt"
    if error_file.exists():
        expected_error = error_file.read_text(encoding="utf-8").splitlines()[0]
        with pytest.raises(Exception):  # noqa: B017 - any error; aws-cdk-lib's message is in error.txt
            _synthesize(case, tmp_path, monkeypatch)
        # aws-cdk-lib validates templates after writing them; any other failure happens before.
        if not expected_error.startswith("ValidationFailed"):
            written = sorted(p.name for p in (tmp_path / "cdk.out").glob("*.template.json"))
            assert not written, f"synthesis failed ({expected_error}) but purecdk wrote {written}"
        _compare_validation(case, tmp_path / "cdk.out", capsys.readouterr().err)
        return

    outdir = _synthesize(case, tmp_path, monkeypatch)

    expected_templates = sorted(p.name for p in case.expected.glob("*.template.json"))
    actual_templates = sorted(p.name for p in outdir.glob("*.template.json"))
    assert actual_templates == expected_templates, "different set of templates written"
    for name in expected_templates:
        difference = compare.first_difference(_read_json(case.expected / name), _read_json(outdir / name))
        if difference:
            pytest.fail(f"{name}: {difference}", pytrace=False)

    summary_file = case.expected / "manifest-summary.json"
    if summary_file.exists():
        actual_summary = regen.summarize_manifest(_read_json(outdir / "manifest.json"))
        difference = compare.first_difference(_read_json(summary_file), actual_summary)
        if difference:
            pytest.fail(f"manifest.json stack artifacts: {difference}", pytrace=False)
    _compare_validation(case, outdir, capsys.readouterr().err)


# --- the comparator itself -----------------------------------------------------------------------------


def test_compare_equal_documents_ignore_key_order() -> None:
    expected = {"Resources": {"A": {"Type": "T", "Properties": {"X": [1, 2]}}}, "Outputs": {}}
    actual = {"Outputs": {}, "Resources": {"A": {"Properties": {"X": [1, 2]}, "Type": "T"}}}
    assert compare.first_difference(expected, actual) is None


def test_compare_reports_differing_value_with_path() -> None:
    expected = {"Resources": {"Queue": {"Properties": {"DelaySeconds": 5}}}}
    actual = {"Resources": {"Queue": {"Properties": {"DelaySeconds": 6}}}}
    assert (
        compare.first_difference(expected, actual)
        == "$.Resources.Queue.Properties.DelaySeconds: expected 5, got 6"
    )


def test_compare_reports_type_differences() -> None:
    assert compare.first_difference({"a": 5}, {"a": "5"}) == '$.a: expected integer 5, got string "5"'
    assert compare.first_difference({"a": 5}, {"a": 5.0}) == "$.a: expected integer 5, got float 5.0"
    assert compare.first_difference([True], [1]) == "$[0]: expected boolean true, got integer 1"


def test_compare_reports_missing_and_unexpected_keys() -> None:
    assert (
        compare.first_difference({"a": 1, "b": {"c": 2}}, {"a": 1, "b": {}}) == "$.b.c: missing (expected 2)"
    )
    assert compare.first_difference({"a": 1}, {"a": 1, "with space": 2}) == (
        '$["with space"]: unexpected key (got 2)'
    )


def test_compare_reports_list_order_change() -> None:
    difference = compare.first_difference({"DependsOn": ["A", "B"]}, {"DependsOn": ["B", "A"]})
    assert difference is not None
    assert difference.startswith('$.DependsOn[0]: expected "A", got "B"')
    assert "list order differs" in difference


def test_compare_reports_list_length_change() -> None:
    difference = compare.first_difference([1, 2], [1, 2, 3])
    assert difference is not None and difference.startswith("$: expected 2 items, got 3")


def test_summarize_manifest_keeps_stack_artifacts_in_order() -> None:
    manifest = {
        "artifacts": {
            "A.assets": {"type": "cdk:asset-manifest", "properties": {"file": "A.assets.json"}},
            "A": {
                "type": "aws:cloudformation:stack",
                "environment": "aws://unknown-account/unknown-region",
                "properties": {"templateFile": "A.template.json", "stackName": "a-name"},
                "dependencies": ["A.assets"],
                "displayName": "A",
            },
            "Tree": {"type": "cdk:tree", "properties": {"file": "tree.json"}},
        }
    }
    assert regen.summarize_manifest(manifest) == [
        {
            "id": "A",
            "displayName": "A",
            "environment": "aws://unknown-account/unknown-region",
            "templateFile": "A.template.json",
            "stackName": "a-name",
            "terminationProtection": False,
            "dependencies": ["A.assets"],
        }
    ]


def test_translate_source_rewrites_imports_only() -> None:
    source = (
        "from purecdk import App, Stack\n"
        "from purecdk import aws_ecr as ecr\n"
        "from purecdk.constructs import Construct\n"
        "import purecdk as cdk\n"
        "import purecdk\n"
        'tags = {"project": "purecdk"}  # purecdk\n'
    )
    assert regen.translate_source(source) == (
        "from aws_cdk import App, Stack\n"
        "from aws_cdk import aws_ecr as ecr\n"
        "from constructs import Construct\n"
        "import aws_cdk as cdk\n"
        "import aws_cdk as purecdk\n"
        'tags = {"project": "purecdk"}  # purecdk\n'
    )


def test_translate_source_declares_jsii_interfaces() -> None:
    source = (
        "from purecdk import IAspect\n"
        "import purecdk as cdk\n"
        "\n"
        "\n"
        "class Visitor(IAspect):\n"
        "    def visit(self, node):\n"
        "        pass\n"
        "\n"
        "\n"
        "class Producer(Base, cdk.IStableStringProducer):\n"
        "    pass\n"
    )
    assert regen.translate_source(source) == (
        "from aws_cdk import IAspect\n"
        "import aws_cdk as cdk\n"
        "\n"
        "\n"
        '@__import__("jsii").implements(IAspect)\n'
        "class Visitor:\n"
        "    def visit(self, node):\n"
        "        pass\n"
        "\n"
        "\n"
        '@__import__("jsii").implements(cdk.IStableStringProducer)\n'
        "class Producer(Base):\n"
        "    pass\n"
    )


def test_expected_console_text_drops_only_jsii_deprecation_notices() -> None:
    stderr = (
        "[WARNING] aws-cdk-lib.aws_ecr.RepositoryProps#autoDeleteImages is deprecated, and will be removed in the "
        "next major release.\n"
        "  Use `emptyOnDelete` instead.\n"
        "WARNING Runtime: bad (CloudFormation Validate)\n"
        "   S/F (F) aws-cdk-lib.CfnResource\n"
    )
    assert expected_console_text(stderr) == (
        "WARNING Runtime: bad (CloudFormation Validate)\n   S/F (F) aws-cdk-lib.CfnResource"
    )


def test_token_counters_are_ignored_but_token_names_are_not() -> None:
    text = "region=${Token[AWS.Region.7]}, list=#{Token[TOKEN.12]}"
    assert without_token_counters(text) == "region=${Token[AWS.Region.#]}, list=#{Token[TOKEN.#]}"
    assert without_token_counters({"a": [text]}) == {"a": [without_token_counters(text)]}
    assert without_token_counters("${Token[AWS..Region.7]}") != without_token_counters(text.split(",")[0])
