"""Golden tests: purecdk must synthesize what aws-cdk-lib synthesized for each program in golden/programs.

The expected outputs are produced by ``tools/regen_golden.py`` (see tests/golden/README.md). Each
(program, variant) pair with expected data is one test: the program runs in-process against purecdk with
``CDK_OUTDIR`` pointing into a temporary directory (and, for the "recommended" variant, ``CDK_CONTEXT_JSON``
holding the context ``cdk init`` writes), then every expected template and the manifest summary are compared
as parsed JSON. aws-cdk-lib is never imported.
"""

from __future__ import annotations

import atexit
import importlib.util
import json
import os
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
VARIANTS = {"default": GOLDEN / "expected", "recommended": GOLDEN / "expected-recommended"}

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
    """Run the program with purecdk in-process; return its output directory."""
    outdir = tmp_path / "cdk.out"
    for name in list(os.environ):
        if name.startswith("CDK_"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("CDK_OUTDIR", str(outdir))
    if case.variant == "recommended":
        monkeypatch.setenv("CDK_CONTEXT_JSON", RECOMMENDED_CONTEXT.read_text(encoding="utf-8"))
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(sys, "argv", [str(case.program)])
    # programs call app.synth() themselves: no App may synthesize again when pytest exits
    monkeypatch.setattr(atexit, "register", lambda func, *args, **kwargs: func)
    runpy.run_path(str(case.program), run_name="__main__")
    return outdir


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_golden(case: GoldenCase, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """purecdk writes the same templates and stack artifacts as aws-cdk-lib (or fails where it failed)."""
    error_file = case.expected / "error.txt"
    if error_file.exists():
        expected_error = error_file.read_text(encoding="utf-8").splitlines()[0]
        with pytest.raises(Exception):  # noqa: B017 - any error; aws-cdk-lib's message is in error.txt
            _synthesize(case, tmp_path, monkeypatch)
        # aws-cdk-lib validates templates after writing them; any other failure happens before.
        if not expected_error.startswith("ValidationFailed"):
            written = sorted(p.name for p in (tmp_path / "cdk.out").glob("*.template.json"))
            assert not written, f"synthesis failed ({expected_error}) but purecdk wrote {written}"
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
