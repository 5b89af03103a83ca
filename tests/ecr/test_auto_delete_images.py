"""auto_delete_images: the same template as aws-cdk-lib except the handler's asset hash and runtime.

The expected templates in oracle_expected/ were written by aws-cdk-lib (tests/ecr/regen_oracle.py). The handler
is purecdk's own Python code, so the Lambda function's ``Code.S3Key`` (and the ``aws:asset:path`` metadata,
both named after the asset hash) and ``Runtime`` are the documented differences; everything else must be equal.
"""

from __future__ import annotations

import copy
import json
import os
import runpy
import sys
from pathlib import Path
from typing import Any

import pytest

from purecdk.aws_ecr.auto_delete_images import AUTO_DELETE_IMAGES_HANDLER_DIRECTORY, HANDLER_RUNTIME

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
PROGRAMS = HERE / "oracle_programs"
EXPECTED = HERE / "oracle_expected"
RECOMMENDED_CONTEXT = ROOT / "tests" / "golden" / "recommended-context.json"
HANDLER_PREFIX = "CustomECRAutoDeleteImagesCustomResourceProviderHandler"

sys.path.insert(0, str(ROOT / "tests" / "golden"))
import compare  # noqa: E402

CASES = [(p.stem, variant) for p in sorted(PROGRAMS.glob("*.py")) for variant in ("default", "recommended")]


def _synthesize(program: str, variant: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    outdir = tmp_path / "cdk.out"
    for name in list(os.environ):
        if name.startswith("CDK_"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("CDK_OUTDIR", str(outdir))
    if variant == "recommended":
        monkeypatch.setenv("CDK_CONTEXT_JSON", RECOMMENDED_CONTEXT.read_text(encoding="utf-8"))
    monkeypatch.chdir(tmp_path)
    runpy.run_path(str(PROGRAMS / f"{program}.py"), run_name="__main__")
    return outdir


def _masked(template: dict[str, Any]) -> tuple[dict[str, Any], dict[str, dict[str, Any]]]:
    """The template without the hash- and runtime-dependent values, and those values per handler."""
    template = copy.deepcopy(template)
    removed: dict[str, dict[str, Any]] = {}
    for logical_id, resource in template.get("Resources", {}).items():
        if not logical_id.startswith(HANDLER_PREFIX):
            continue
        properties = resource["Properties"]
        metadata = resource.get("Metadata", {})
        removed[logical_id] = {
            "S3Key": properties["Code"].pop("S3Key"),
            "Runtime": properties.pop("Runtime"),
            "AssetPath": metadata.pop("aws:asset:path", None),
        }
    return template, removed


@pytest.mark.parametrize(("program", "variant"), CASES, ids=[f"{p}[{v}]" for p, v in CASES])
def test_template_equals_aws_cdk_lib_except_handler_asset(
    program: str, variant: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    outdir = _synthesize(program, variant, tmp_path, monkeypatch)
    expected_dir = EXPECTED / variant / program
    names = sorted(p.name for p in expected_dir.glob("*.template.json"))
    assert names, f"no expected templates in {expected_dir} (run tests/ecr/regen_oracle.py)"
    assert sorted(p.name for p in outdir.glob("*.template.json")) == names
    for name in names:
        expected, upstream_values = _masked(json.loads((expected_dir / name).read_text()))
        actual, our_values = _masked(json.loads((outdir / name).read_text()))
        difference = compare.first_difference(expected, actual)
        assert difference is None, f"{name}: {difference}"
        assert sorted(our_values) == sorted(upstream_values)
        assets = json.loads((outdir / name.replace(".template.json", ".assets.json")).read_text())
        for logical_id, values in our_values.items():
            assert values["Runtime"] == HANDLER_RUNTIME
            assert upstream_values[logical_id]["Runtime"].startswith("nodejs")
            asset_hash = values["S3Key"].removesuffix(".zip")
            assert values["S3Key"] == f"{asset_hash}.zip"
            assert (values["AssetPath"] is None) == (upstream_values[logical_id]["AssetPath"] is None)
            if values["AssetPath"] is not None:
                assert values["AssetPath"] == f"asset.{asset_hash}"
            entry = assets["files"][asset_hash]
            assert entry["source"] == {"path": f"asset.{asset_hash}", "packaging": "zip"}
            assert entry["displayName"].endswith("/Custom::ECRAutoDeleteImagesCustomResourceProvider Code")
            staged = outdir / f"asset.{asset_hash}"
            assert sorted(p.name for p in staged.iterdir()) == ["index.py"]
            source = Path(AUTO_DELETE_IMAGES_HANDLER_DIRECTORY) / "index.py"
            assert (staged / "index.py").read_bytes() == source.read_bytes()


def test_one_provider_per_stack_and_its_metadata(tmp_path: Path) -> None:
    from purecdk import App, RemovalPolicy, Stack
    from purecdk import aws_ecr as ecr

    app = App(outdir=str(tmp_path))
    stack = Stack(app, "S")
    ecr.Repository(stack, "A", auto_delete_images=True, removal_policy=RemovalPolicy.DESTROY)
    ecr.Repository(stack, "B", auto_delete_images=True, removal_policy=RemovalPolicy.DESTROY)
    providers = [c for c in stack.node.children if c.node.id.endswith("CustomResourceProvider")]
    assert [p.node.id for p in providers] == ["Custom::ECRAutoDeleteImagesCustomResourceProvider"]
    assert [m.data for m in providers[0].node.metadata] == [True]
    assert providers[0].node.try_find_child("Staging") is not None


def test_inline_context_puts_the_handler_code_in_the_template() -> None:
    from purecdk import App, RemovalPolicy, Stack
    from purecdk import aws_ecr as ecr

    app = App(context={"@aws-cdk/core:inlineCustomResourceIfPossible": True})
    stack = Stack(app, "S")
    ecr.Repository(stack, "A", auto_delete_images=True, removal_policy=RemovalPolicy.DESTROY)
    template = stack._to_cloud_formation()
    code = template["Resources"][f"{HANDLER_PREFIX}8D89C030"]["Properties"]["Code"]
    source = Path(AUTO_DELETE_IMAGES_HANDLER_DIRECTORY) / "index.py"
    assert code == {"ZipFile": source.read_text(encoding="utf-8")}
