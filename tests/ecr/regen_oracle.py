#!/usr/bin/env python3
"""Regenerate tests/ecr/oracle_expected/: aws-cdk-lib's templates for the programs in tests/ecr/oracle_programs/.

These programs stage the auto-delete-images handler, whose code (and so its asset hash and Lambda runtime) is
purecdk's own: their templates differ from aws-cdk-lib's in exactly those documented places, so they cannot be
golden programs. tests/ecr/test_auto_delete_images.py compares everything else. Runs the oracle the way
tools/regen_golden.py does (same interpreter, same contexts)::

    python3 tests/ecr/regen_oracle.py
"""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
PROGRAMS = HERE / "oracle_programs"
EXPECTED = HERE / "oracle_expected"


def _regen_module():
    spec = importlib.util.spec_from_file_location("regen_golden", ROOT / "tools" / "regen_golden.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["regen_golden"] = module
    spec.loader.exec_module(module)
    return module


def main() -> int:
    """Run every program under both contexts and store the templates."""
    regen = _regen_module()
    python = regen.ensure_oracle()
    context = regen.load_recommended_context()
    for program in sorted(PROGRAMS.glob("*.py")):
        for variant in ("default", "recommended"):
            result = regen.run_program(python, program, variant, context)
            target = EXPECTED / variant / program.stem
            shutil.rmtree(target, ignore_errors=True)
            target.mkdir(parents=True)
            if result.exit_code != 0:
                raise SystemExit(f"{program.stem} [{variant}] failed under aws-cdk-lib: {result.error}")
            for name, data in result.files.items():
                if name.endswith(".template.json"):
                    (target / name).write_bytes(data)
            print(regen.describe(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
