"""The checked-in validation data equals a fresh extraction from aws-cdk-lib (when installed)."""

from __future__ import annotations

import filecmp
import glob
import importlib.util
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "src" / "purecdk" / "core" / "validation" / "data"


def _tool():
    spec = importlib.util.spec_from_file_location(
        "gen_validation_data", ROOT / "tools" / "gen_validation_data.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_checked_in_data_is_a_fresh_generation(tmp_path: Path) -> None:
    tool = _tool()
    tarballs = sorted(glob.glob(tool.DEFAULT_TGZ_GLOB))
    if not tarballs:
        pytest.skip("aws-cdk-lib oracle not installed")
    try:
        import zstandard  # noqa: F401
    except ImportError:
        if shutil.which("zstd") is None:
            pytest.skip("no zstd decompressor")
    tool.generate(tarballs[-1], str(tmp_path))
    comparison = filecmp.dircmp(DATA, tmp_path)
    assert comparison.left_only == [] and comparison.right_only == [] and comparison.diff_files == []
    schemas = filecmp.dircmp(DATA / "schemas", tmp_path / "schemas")
    assert schemas.left_only == [] and schemas.right_only == []
    _, mismatch, errors = filecmp.cmpfiles(
        DATA / "schemas", tmp_path / "schemas", schemas.common_files, shallow=False
    )
    assert mismatch == [] and errors == []
