"""aws-cdk-lib on Node.js, without jsii: a ``node_modules`` built from the npm tarballs the oracle already has.

aws-cdk-lib's Python package is a wrapper around the library's npm tarball (``aws-cdk-lib@<version>.jsii.tgz``,
with its bundled dependencies); its dependencies (``constructs``, ``@aws-cdk/cloud-assembly-schema``, ...) ship
their tarballs the same way.  Unpacking every tarball of the oracle venv into ``node_modules/<npm name>`` gives
exactly what ``npm install aws-cdk-lib@<version>`` would, with no network access.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import tarfile
import tempfile
from pathlib import Path

NODE_DIR_NAME = "node"
"""Directory under ``.oracle/`` holding ``node_modules`` (git-ignored, like the oracle venv)."""


def node_executable() -> str | None:
    """The ``node`` on PATH, or None."""
    return shutil.which("node")


def _package_name(tarball: Path) -> str:
    with tarfile.open(tarball) as tar:
        member = tar.extractfile("package/package.json")
        if member is None:
            raise RuntimeError(f"{tarball} has no package/package.json")
        return str(json.loads(member.read())["name"])


def _unpack(tarball: Path, destination: Path) -> None:
    """Unpack an npm tarball (entries under ``package/``) into ``destination``."""
    with tempfile.TemporaryDirectory(dir=destination.parent.parent) as tmp:
        with tarfile.open(tarball) as tar:
            tar.extractall(tmp, filter="tar")
        if destination.exists():
            shutil.rmtree(destination)
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(str(Path(tmp) / "package"), destination)


def ensure_node_modules(oracle_venv: Path) -> Path | None:
    """Directory whose ``node_modules`` resolves ``aws-cdk-lib`` (built on first use); None without Node.js."""
    node = node_executable()
    if node is None:
        return None
    tarballs = sorted(oracle_venv.glob("lib/python*/site-packages/**/_jsii/*.jsii.tgz"))
    if not tarballs:
        return None
    base = oracle_venv.parent / NODE_DIR_NAME
    stamp = base / "node_modules" / ".bench-tarballs"
    wanted = "\n".join(sorted(path.name for path in tarballs))
    if not stamp.exists() or stamp.read_text(encoding="utf-8") != wanted:
        (base / "node_modules").mkdir(parents=True, exist_ok=True)
        for tarball in tarballs:
            _unpack(tarball, base / "node_modules" / _package_name(tarball))
        stamp.write_text(wanted, encoding="utf-8")
    probe = subprocess.run(
        [node, "-e", "require('aws-cdk-lib'); require('aws-cdk-lib/aws-ecr')"],
        cwd=base,
        capture_output=True,
        text=True,
    )
    if probe.returncode != 0:
        raise RuntimeError(f"aws-cdk-lib does not load on Node.js from {base}:\n{probe.stderr[-2000:]}")
    return base
