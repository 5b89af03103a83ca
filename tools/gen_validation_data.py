"""Generate the schema data used by purecdk's synthesis-time template validation.

aws-cdk-lib validates synthesized templates with the bundled ``@aws/cloudformation-validate``
engine, a WebAssembly module that carries its own, pre-compiled CloudFormation resource
schemas as zstd-compressed JSON blobs. This tool extracts those blobs from the installed
aws-cdk-lib (the oracle), keeps only what purecdk's validator reads, and writes one compact
JSON file per service plus an index, so that validating a template only loads the services
it uses.

Usage::

    python tools/gen_validation_data.py [--tgz PATH] [--out DIR]

Development-time only: needs the oracle's aws-cdk-lib and a zstd decompressor (the
``zstandard`` module or the ``zstd`` command). The output is deterministic.
"""

from __future__ import annotations

import argparse
import glob
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
from typing import Any

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_TGZ_GLOB = os.path.join(
    ROOT, ".oracle", "venv", "lib", "python3*", "site-packages", "aws_cdk", "_jsii", "aws-cdk-lib@*.jsii.tgz"
)
DEFAULT_OUT = os.path.join(ROOT, "src", "purecdk", "core", "validation", "data")
ENGINE_DIR = "package/node_modules/@aws/cloudformation-validate/"
ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"

# Keys of a compiled schema node that the validator never reads.
DROP_TOP = {
    "type_name",
    "source_url",
    "documentation_url",
    "read_only_properties",
    "write_only_properties",
    "create_only_properties",
    "conditional_create_only_properties",
    "primary_identifier",
    "replacement_strategy",
}


def _decompress(frame: bytes) -> bytes:
    """Decompress one zstd frame (the frame may be followed by unrelated bytes)."""
    try:
        import zstandard  # type: ignore[import-not-found]

        return zstandard.ZstdDecompressor().decompressobj().decompress(frame)
    except ImportError:
        pass
    if shutil.which("zstd") is None:
        sys.exit("need the 'zstandard' module or the 'zstd' command")
    proc = subprocess.run(["zstd", "-d", "-c", "-q"], input=frame, capture_output=True)
    return proc.stdout


def _json_blobs(wasm: bytes) -> list[Any]:
    """Every zstd-compressed JSON document embedded in the engine's WebAssembly module."""
    blobs = []
    for match in re.finditer(re.escape(ZSTD_MAGIC), wasm):
        raw = _decompress(wasm[match.start() :])
        if raw[:1] in (b"{", b"["):
            try:
                blobs.append(json.loads(raw))
            except ValueError:
                continue
    return blobs


def _read_engine(tgz_path: str) -> tuple[bytes, str, str]:
    """The engine's wasm bytes, its version and aws-cdk-lib's version."""
    with tarfile.open(tgz_path) as tar:
        wasm = tar.extractfile(ENGINE_DIR + "bindings_wasm_bg.wasm").read()  # type: ignore[union-attr]
        pkg = json.load(io.BytesIO(tar.extractfile(ENGINE_DIR + "package.json").read()))  # type: ignore[union-attr]
        lib = json.load(io.BytesIO(tar.extractfile("package/package.json").read()))  # type: ignore[union-attr]
    return wasm, pkg["version"], lib["version"]


def _find(blobs: list[Any], key: str) -> Any:
    for blob in blobs:
        if isinstance(blob, dict) and key in blob:
            return blob[key]
    sys.exit(f"no embedded document with key {key!r}")


def _schemas(blobs: list[Any]) -> dict[str, Any]:
    for blob in blobs:
        if (
            isinstance(blob, dict)
            and blob
            and all(isinstance(v, dict) and "type_name" in v for v in blob.values())
        ):
            return blob
    sys.exit("no embedded schema document")


def _unicode_classes(schemas: dict[str, Any]) -> dict[str, str]:
    """Python character-class bodies for every ``\\p{..}`` class the schema patterns use."""
    import unicodedata

    names = set(re.findall(r"\\[pP]\{(\w+)\}", json.dumps(schemas)))
    names.update(re.findall(r"\\[pP]([A-Z])", json.dumps(schemas)))
    by_category: dict[str, list[int]] = {}
    for cp in range(0x110000):
        if not 0xD800 <= cp <= 0xDFFF:
            by_category.setdefault(unicodedata.category(chr(cp)), []).append(cp)
    classes = {}
    for name in sorted(names):
        if name == "ASCII":
            members = list(range(128))
        else:
            members = sorted(cp for cat, cps in by_category.items() if cat.startswith(name) for cp in cps)
        ranges: list[tuple[int, int]] = []
        for cp in members:
            if ranges and ranges[-1][1] == cp - 1:
                ranges[-1] = (ranges[-1][0], cp)
            else:
                ranges.append((cp, cp))
        classes[name] = "".join(_esc(a) if a == b else f"{_esc(a)}-{_esc(b)}" for a, b in ranges)
    return classes


def _esc(cp: int) -> str:
    return f"\\u{cp:04x}" if cp <= 0xFFFF else f"\\U{cp:08x}"


def _lambda_runtimes(runtimes: dict[str, Any]) -> dict[str, Any]:
    """The deprecated and end-of-life Lambda runtimes (rules W2531 / E2533) with their lifecycle dates."""
    lifecycle = runtimes["lifecycle"]
    return {
        status: {name: lifecycle[name] for name in sorted(runtimes[status]) if name in lifecycle}
        for status in ("deprecated", "eol")
    }


def _service_key(type_name: str) -> str:
    """File stem for a resource type: ``AWS::SQS::Queue`` -> ``AWS_SQS``."""
    return "_".join(type_name.split("::")[:2])


def generate(tgz_path: str, out_dir: str) -> None:
    """Extract, slim and write the validation data."""
    wasm, engine_version, lib_version = _read_engine(tgz_path)
    blobs = _json_blobs(wasm)
    schemas = _schemas(blobs)
    getatts = _find(blobs, "getatt_attributes")
    region_types = _find(blobs, "region_resource_types")
    deprecated = _find(blobs, "deprecated_resource_types")
    runtimes = _find(blobs, "lambda_runtimes")
    regions = sorted(region_types)

    services: dict[str, dict[str, Any]] = {}
    for type_name in sorted(schemas):
        schema = {k: v for k, v in schemas[type_name].items() if k not in DROP_TOP}
        mask = 0
        for bit, region in enumerate(regions):
            if region_types[region].get(type_name):
                mask |= 1 << bit
        entry: dict[str, Any] = {"schema": schema, "regions": mask}
        if type_name in getatts:
            entry["getatt"] = sorted(getatts[type_name])
        services.setdefault(_service_key(type_name), {})[type_name] = entry

    schema_dir = os.path.join(out_dir, "schemas")
    if os.path.isdir(schema_dir):
        for old in glob.glob(os.path.join(schema_dir, "*.json")):
            os.remove(old)
    os.makedirs(schema_dir, exist_ok=True)
    for key, types in sorted(services.items()):
        with open(os.path.join(schema_dir, key + ".json"), "w", encoding="utf-8") as fh:
            json.dump(types, fh, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
            fh.write("\n")
    with open(os.path.join(out_dir, "unicode.json"), "w", encoding="utf-8") as fh:
        json.dump(_unicode_classes(schemas), fh, sort_keys=True, indent=0)
        fh.write("\n")
    index = {
        "_generated": "by tools/gen_validation_data.py from aws-cdk-lib; do not edit",
        "aws_cdk_lib_version": lib_version,
        "engine_version": engine_version,
        "regions": regions,
        "deprecated_resource_types": sorted(deprecated),
        "lambda_runtimes": _lambda_runtimes(runtimes),
    }
    with open(os.path.join(out_dir, "index.json"), "w", encoding="utf-8") as fh:
        json.dump(index, fh, sort_keys=True, indent=1)
        fh.write("\n")
    print(f"{len(schemas)} resource types in {len(services)} service files -> {out_dir}")


def main(argv: list[str] | None = None) -> None:
    """Command line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tgz", help="aws-cdk-lib jsii tarball (default: the oracle's)")
    parser.add_argument("--out", default=DEFAULT_OUT, help="output directory")
    parser.add_argument(
        "--check", action="store_true", help="regenerate into a temporary directory and compare with --out"
    )
    args = parser.parse_args(argv)
    tgz = args.tgz
    if tgz is None:
        found = sorted(glob.glob(DEFAULT_TGZ_GLOB))
        if not found:
            sys.exit("aws-cdk-lib tarball not found; pass --tgz")
        tgz = found[-1]
    if args.check:
        sys.exit(0 if check(tgz, args.out) else 1)
    generate(tgz, args.out)


def check(tgz: str, out_dir: str) -> bool:
    """Whether ``out_dir`` equals a fresh extraction from ``tgz`` (prints the differences)."""
    import filecmp
    import tempfile

    with tempfile.TemporaryDirectory() as fresh:
        generate(tgz, fresh)
        different: list[str] = []
        for sub in ("", "schemas"):
            left, right = os.path.join(out_dir, sub), os.path.join(fresh, sub)
            cmp = filecmp.dircmp(left, right)
            _, mismatch, errors = filecmp.cmpfiles(left, right, cmp.common_files, shallow=False)
            different += [os.path.join(sub, n) for n in cmp.left_only + cmp.right_only + mismatch + errors]
    for name in different:
        print(f"differs from a fresh extraction: {name}")
    return not different


if __name__ == "__main__":
    main()
