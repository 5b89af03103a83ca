"""Templates are byte-identical to aws-cdk-lib's, not only equal as JSON: the template's hash is its asset key.

The cloud assembly names each template asset by the SHA-256 of the file, so two libraries that write the same
JSON with keys in another order would publish different assets. This checks the default-context programs and
the "cli" and "cli-recommended" variants (whose CDKMetadata resource must also sit where aws-cdk-lib puts it).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from typing import Any

import pytest

_spec = importlib.util.spec_from_file_location("golden_harness", Path(__file__).with_name("test_golden.py"))
assert _spec is not None and _spec.loader is not None
golden: Any = sys.modules.get("golden_harness") or importlib.util.module_from_spec(_spec)
if "golden_harness" not in sys.modules:
    sys.modules["golden_harness"] = golden  # dataclasses look their module up while being defined
    _spec.loader.exec_module(golden)

CASES = [
    case
    for case in golden.CASES
    if case.variant in ("default", "cli", "cli-recommended") and not (case.expected / "error.txt").exists()
]


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_template_bytes(case: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every template file equals aws-cdk-lib's byte for byte."""
    outdir = golden._synthesize(case, tmp_path, monkeypatch)
    for expected in sorted(case.expected.glob("*.template.json")):
        actual = outdir / expected.name
        assert actual.read_bytes() == expected.read_bytes(), f"{expected.name} differs from aws-cdk-lib's bytes"
