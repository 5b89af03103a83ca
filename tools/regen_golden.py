#!/usr/bin/env python3
"""Regenerate the golden expected outputs by running each golden program under aws-cdk-lib (the oracle).

Each program in ``tests/golden/programs/`` is written against ``purecdk``.  This tool rewrites its imports to
``aws_cdk`` / ``constructs``, runs it with the oracle interpreter in ``.oracle/venv`` (created on demand), and
stores what aws-cdk-lib synthesized:

* ``tests/golden/expected/<program>/``              -- default context (no feature flags set)
* ``tests/golden/expected-recommended/<program>/``  -- the context ``cdk init`` writes to ``cdk.json``
  (``tests/golden/recommended-context.json``)
* ``tests/golden/expected-cli/<program>/``          -- only for the programs in ``CLI_PROGRAMS``: the context the
  ``cdk`` CLI adds by default (``CLI_CONTEXT``: version reporting, so each stack gets ``CDKMetadata``, and path
  metadata); ``expected-cli/python-version.txt`` is the oracle interpreter's version, which the analytics encode
* ``tests/golden/expected-cli-recommended/<program>/`` -- only for the programs in ``CLI_RECOMMENDED_PROGRAMS``:
  the recommended context plus ``CLI_CONTEXT`` (a ``cdk init`` project run by the ``cdk`` CLI); its
  ``@aws-cdk/core:enableAdditionalMetadataCollection`` makes the analytics encode the L2 constructs' redacted
  properties and method calls

Per program and variant the directory holds every ``*.template.json`` (bytes as written by aws-cdk-lib),
``manifest-summary.json`` (the stack artifacts of ``manifest.json``), ``validation-report.json`` when the run
wrote one, ``stderr.txt`` when the run printed anything besides the Node.js end-of-life banner, and -- when
synthesis failed -- ``error.txt`` (error message and exit code) instead of templates and the summary.

Usage::

    python tools/regen_golden.py                 # all programs, all variants
    python tools/regen_golden.py core_tags       # only the named programs (stem, file name or path)
    python tools/regen_golden.py --check         # only report programs whose expected files are missing

Standard library only; never imported by purecdk or its tests.
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
from collections.abc import Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

AWS_CDK_LIB_VERSION = "2.275.0"
"""The exact aws-cdk-lib release the expected outputs come from (pinned: upgrading is a deliberate change)."""

CONSTRUCTS_REQUIREMENT = "constructs"
"""``constructs`` keeps the range aws-cdk-lib itself declares."""

ROOT = Path(__file__).resolve().parent.parent
ORACLE_VENV = ROOT / ".oracle" / "venv"
GOLDEN_DIR = ROOT / "tests" / "golden"
PROGRAMS_DIR = GOLDEN_DIR / "programs"
RECOMMENDED_CONTEXT_FILE = GOLDEN_DIR / "recommended-context.json"
VARIANT_DIRS: dict[str, Path] = {
    "default": GOLDEN_DIR / "expected",
    "recommended": GOLDEN_DIR / "expected-recommended",
    "cli": GOLDEN_DIR / "expected-cli",
    "cli-recommended": GOLDEN_DIR / "expected-cli-recommended",
}
CLI_CONTEXT: dict[str, Any] = {"aws:cdk:version-reporting": True, "aws:cdk:enable-path-metadata": True}
"""What the ``cdk`` CLI puts into ``CDK_CONTEXT_JSON`` besides the project's context (defaults of cdk 2.x)."""
CLI_PROGRAMS = (
    "core_aspects",
    "core_conditions",
    "core_cross_stack_reference",
    "core_empty_stack",
    "core_env_explicit",
    "core_version_reporting",
    "ecr_readme_mixin_auto_delete_images",
    "ecr_readme_repository",
    "ecr_repository_props",
    "events_rule_options",
    "iam_role",
    "kms_key",
    "l1_ecr_kms_refs",
    "l1_ecr_repository",
    "lambda_versions_legacy_hash",
)
"""The programs also run with ``CLI_CONTEXT`` (the ``cli`` variant)."""
CLI_RECOMMENDED_PROGRAMS = (
    "core_additional_metadata",
    "core_removal_policies",
    "core_secret_value",
    "core_version_reporting",
    "ecr_auto_delete_ignored",
    "ecr_core_custom_resource",
    "ecr_cross_stack",
    "ecr_encryption_keys",
    "ecr_events",
    "ecr_events_cross_stack",
    "ecr_events_targets",
    "ecr_grant_cross_account",
    "ecr_grants_any_principal",
    "ecr_grants_roles",
    "ecr_imports",
    "ecr_lifecycle_policies",
    "ecr_lifecycle_registry_id",
    "ecr_lookup_context",
    "ecr_readme_auth_token",
    "ecr_readme_empty_on_delete",
    "ecr_readme_encryption_key",
    "ecr_readme_encryption_kms",
    "ecr_readme_exclusion_immutable",
    "ecr_readme_exclusion_mutable",
    "ecr_readme_grant_pull",
    "ecr_readme_grant_pull_push",
    "ecr_readme_grant_push",
    "ecr_readme_image_scan",
    "ecr_readme_image_scan_completed",
    "ecr_readme_import",
    "ecr_readme_lifecycle_pattern",
    "ecr_readme_lifecycle_rules",
    "ecr_readme_mixin_auto_delete_images",
    "ecr_readme_on_event_lambda",
    "ecr_readme_public_gallery_token",
    "ecr_readme_repository",
    "ecr_readme_resource_policy",
    "ecr_readme_tag_immutability",
    "ecr_repository_props",
    "ecr_resource_policy_statements",
    "ecr_tags",
    "ecr_uris",
    "events_api_destination_cross_account",
    "events_api_destination_webhooks",
    "events_archive_findings",
    "events_bus_grants",
    "events_bus_grants_l1",
    "events_bus_target_cross_account",
    "events_bus_target_ecr_scan",
    "events_cross_account",
    "events_cross_region",
    "events_cross_stack",
    "events_event_bus",
    "events_match_null",
    "events_rule_options",
    "events_rule_pattern",
    "events_schedules",
    "events_target_inputs",
    "iam_cross_stack",
    "iam_grant",
    "iam_identity_providers",
    "iam_lazy_role",
    "iam_managed_policy",
    "iam_permissions_boundary",
    "iam_policy",
    "iam_policy_document",
    "iam_policy_tokens",
    "iam_principals",
    "iam_role",
    "iam_role_import",
    "iam_role_large_policy",
    "iam_statement_merging",
    "iam_trust_policies",
    "iam_unknown_principal",
    "iam_user_group",
    "kms_alias",
    "kms_cross_environment",
    "kms_from_cfn_key",
    "kms_grants",
    "kms_iam_lookups",
    "kms_key",
    "kms_key_policy",
    "l1_ecr_kms_refs",
    "l1_events_refs",
    "l1_iam_refs",
    "l1_lambda_sns_sqs_refs",
    "lambda_asset",
    "lambda_function_inline",
    "lambda_image_ecr",
    "lambda_image_versions",
    "lambda_import",
    "lambda_permissions",
    "lambda_role_policy",
    "lambda_runtimes",
    "lambda_versions_current",
    "lambda_versions_legacy_hash",
    "sns_grants",
    "sns_grants_l1",
    "sns_resource_policy",
    "sns_subscriptions_basic",
    "sns_subscriptions_cross_account",
    "sns_subscriptions_cross_stack",
    "sns_subscriptions_custom",
    "sns_subscriptions_ecr_scan",
    "sns_subscriptions_encrypted_queue",
    "sns_subscriptions_imported",
    "sns_subscriptions_imported_subscribers",
    "sns_topic_basics",
    "sqs_grants",
    "sqs_grants_l1",
    "sqs_import",
    "sqs_queue_basics",
    "sqs_resource_policy",
    "targets_encrypted_queue",
    "targets_lambda_function",
    "targets_sns_topic",
    "targets_sqs_queue",
)
"""The programs also run with the recommended context plus ``CLI_CONTEXT`` (the ``cli-recommended`` variant)."""
VARIANT_PROGRAMS: dict[str, tuple[str, ...]] = {"cli": CLI_PROGRAMS, "cli-recommended": CLI_RECOMMENDED_PROGRAMS}
"""The variants that run only some programs, and which."""
PYTHON_VERSION_FILE = VARIANT_DIRS["cli"] / "python-version.txt"
RUN_TIMEOUT_SECONDS = 600
OUTDIR_NAME = "cdk.out"
TMP_PLACEHOLDER = "<tmpdir>"

RUNNER_NAME = "_golden_runner.py"
ERROR_FILE_NAME = "_golden_error.json"
# Runs the program and records an uncaught error in a file instead of printing a traceback: the jsii kernel
# (node) writes validation reports straight to the shared stderr, so a traceback would interleave with them.
RUNNER_SOURCE = """\
import json
import runpy
import sys

program, error_file = sys.argv[1], sys.argv[2]
sys.argv = [program]
try:
    runpy.run_path(program, run_name="__main__")
except SystemExit:
    raise
except BaseException as error:  # noqa: BLE001 - record whatever ended the run
    with open(error_file, "w", encoding="utf-8") as handle:
        json.dump({"type": type(error).__name__, "message": str(error)}, handle)
    sys.exit(1)
"""

# The Node.js end-of-life banner jsii prints on every run, as Python bytes reprs: b'!!  Node 20 ...  !!\n'
_BANNER_LINE = re.compile(r"^(b['\"])?!!.*$")


@dataclass(frozen=True)
class RunResult:
    """What one oracle run of one program under one variant produced."""

    program: str
    variant: str
    exit_code: int
    error: str | None
    stderr: str
    stdout: str
    files: dict[str, bytes]
    manifest: dict[str, Any] | None


def oracle_python() -> Path:
    """Path of the oracle virtual environment's interpreter."""
    if os.name == "nt":
        return ORACLE_VENV / "Scripts" / "python.exe"
    return ORACLE_VENV / "bin" / "python"


def _oracle_jsii_bundle() -> Path | None:
    """The aws-cdk-lib jsii bundle inside the oracle venv, or None if aws-cdk-lib is not installed."""
    bundles = sorted(
        ORACLE_VENV.glob(
            f"lib/python*/site-packages/aws_cdk/_jsii/aws-cdk-lib@{AWS_CDK_LIB_VERSION}.jsii.tgz"
        )
    )
    return bundles[0] if bundles else None


def ensure_oracle() -> Path:
    """Create ``.oracle/venv`` with the pinned aws-cdk-lib if it is missing; return its interpreter."""
    python = oracle_python()
    if not python.exists():
        print(f"creating {ORACLE_VENV} ...", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "venv", str(ORACLE_VENV)], check=True)
    if _oracle_jsii_bundle() is None:
        print(f"installing aws-cdk-lib=={AWS_CDK_LIB_VERSION} into {ORACLE_VENV} ...", file=sys.stderr)
        subprocess.run(
            [
                str(python),
                "-m",
                "pip",
                "install",
                "--quiet",
                f"aws-cdk-lib=={AWS_CDK_LIB_VERSION}",
                CONSTRUCTS_REQUIREMENT,
            ],
            check=True,
        )
    return python


def update_recommended_context() -> dict[str, Any]:
    """Extract ``recommended-feature-flags.json`` from the oracle's aws-cdk-lib and save it as the context."""
    ensure_oracle()
    bundle = _oracle_jsii_bundle()
    if bundle is None:
        raise SystemExit(f"aws-cdk-lib {AWS_CDK_LIB_VERSION} is not installed in {ORACLE_VENV}")
    with tarfile.open(bundle) as tar:
        member = tar.extractfile("package/recommended-feature-flags.json")
        if member is None:
            raise SystemExit(f"{bundle} has no package/recommended-feature-flags.json")
        flags = json.loads(member.read())
    RECOMMENDED_CONTEXT_FILE.write_text(json.dumps(flags, indent=2) + "\n", encoding="utf-8")
    return flags


def load_recommended_context() -> dict[str, Any]:
    """The context ``cdk init`` puts into ``cdk.json`` (extracted from aws-cdk-lib on first use)."""
    if not RECOMMENDED_CONTEXT_FILE.exists():
        return update_recommended_context()
    return json.loads(RECOMMENDED_CONTEXT_FILE.read_text(encoding="utf-8"))


def _translate_import_item(item: str) -> str:
    """Rewrite one ``module [as alias]`` item of an ``import`` statement."""
    match = re.fullmatch(r"(\s*)purecdk((?:\.\w+)*)(\s+as\s+\w+)?(\s*)", item)
    if match is None:
        return item
    lead, submodules, alias, trail = match.groups()
    if submodules.startswith(".constructs"):
        return f"{lead}constructs{submodules[len('.constructs') :]}{alias or ''}{trail}"
    if not submodules and not alias:
        return f"{lead}aws_cdk as purecdk{trail}"
    return f"{lead}aws_cdk{submodules}{alias or ''}{trail}"


def translate_source(source: str) -> str:
    """Rewrite a purecdk program so it runs against aws-cdk-lib.

    Import statements: ``from purecdk[.x] import ...`` becomes ``from aws_cdk[.x] import ...``,
    ``purecdk.constructs`` becomes ``constructs``, ``import purecdk as cdk`` becomes
    ``import aws_cdk as cdk``.
    Classes implementing an interface by subclassing it (``class Visitor(IAspect):``) are declared to jsii
    instead (see ``declare_jsii_interfaces``). Nothing else changes: string literals and comments keep their
    text.
    """
    return declare_jsii_interfaces(_translate_imports(source))


def _translate_imports(source: str) -> str:
    """Rewrite the import statements of a purecdk program to aws_cdk / constructs."""
    lines = source.splitlines(keepends=True)
    for index, line in enumerate(lines):
        from_match = re.match(r"^(\s*from\s+)purecdk(\.constructs\b)?(?=[\s.])", line)
        if from_match:
            target = "constructs" if from_match.group(2) else "aws_cdk"
            lines[index] = from_match.group(1) + target + line[from_match.end() :]
            continue
        import_match = re.match(r"^(\s*import\s+)([^#\n]*)(.*)$", line, re.DOTALL)
        if import_match and re.search(r"\bpurecdk\b", import_match.group(2)):
            items = import_match.group(2).split(",")
            lines[index] = (
                import_match.group(1)
                + ",".join(_translate_import_item(i) for i in items)
                + import_match.group(3)
            )
    return "".join(lines)


def _is_interface_base(base: ast.expr, names: set[str], modules: set[str]) -> bool:
    """Whether a class base is an interface (``I<Name>``) imported from aws_cdk or constructs."""
    if isinstance(base, ast.Name):
        return base.id in names
    if isinstance(base, ast.Attribute) and re.fullmatch(r"I[A-Z]\w*", base.attr):
        root: ast.expr = base
        while isinstance(root, ast.Attribute):
            root = root.value
        return isinstance(root, ast.Name) and root.id in modules
    return False


def _class_header_end(source_lines: list[str], node: ast.ClassDef) -> tuple[int, int]:
    """(line index, column) of the colon ending a class header."""
    depth = 0
    line, col = node.lineno - 1, node.col_offset
    while True:
        text = source_lines[line]
        while col < len(text):
            char = text[col]
            if char in "([{":
                depth += 1
            elif char in ")]}":
                depth -= 1
            elif char == ":" and depth == 0:
                return line, col
            col += 1
        line, col = line + 1, 0


def declare_jsii_interfaces(source: str) -> str:
    """Turn interface subclassing into ``@jsii.implements`` declarations.

    purecdk's ``I...`` interfaces are protocols a program may subclass; jsii rejects such subclasses and
    instead wants ``@jsii.implements(IAspect)`` on a class that does not inherit from the interface.
    """
    tree = ast.parse(source)
    names: set[str] = set()
    modules: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] in (
            "aws_cdk",
            "constructs",
        ):
            for alias in node.names:
                if re.fullmatch(r"I[A-Z]\w*", alias.name):
                    names.add(alias.asname or alias.name)
                else:
                    modules.add(alias.asname or alias.name)
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] in ("aws_cdk", "constructs"):
                    modules.add(alias.asname or alias.name.split(".")[0])
    classes = [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.ClassDef) and any(_is_interface_base(b, names, modules) for b in node.bases)
    ]
    lines = source.splitlines(keepends=True)
    for node in sorted(classes, key=lambda n: n.lineno, reverse=True):
        interfaces = [ast.unparse(b) for b in node.bases if _is_interface_base(b, names, modules)]
        others = [ast.unparse(b) for b in node.bases if not _is_interface_base(b, names, modules)]
        others += [ast.unparse(k) for k in node.keywords]
        end_line, end_col = _class_header_end(lines, node)
        indent = lines[node.lineno - 1][: node.col_offset]
        header = f"{indent}class {node.name}" + (f"({', '.join(others)})" if others else "")
        rest = lines[end_line][end_col:]
        first = min([node.lineno] + [d.lineno for d in node.decorator_list]) - 1
        decorator = f'{indent}@__import__("jsii").implements({", ".join(interfaces)})\n'
        lines[node.lineno - 1 : end_line + 1] = [header + rest]
        lines.insert(first, decorator)
    return "".join(lines)


def clean_stderr(stderr: str, tmpdir: str) -> str:
    """Drop the Node.js end-of-life banner and make temporary paths stable."""
    lines = [line.rstrip() for line in stderr.replace(tmpdir, TMP_PLACEHOLDER).splitlines()]
    return "\n".join(line for line in lines if not _BANNER_LINE.match(line)).strip("\n")


def error_message(error: dict[str, str]) -> str:
    """First line of the error that ended a failed run (for jsii errors: the JS error message)."""
    lines = [line.strip() for line in error.get("message", "").splitlines() if line.strip()]
    return lines[0] if lines else error.get("type", "(no error message)")


def summarize_manifest(manifest: dict[str, Any]) -> list[dict[str, Any]]:
    """The stack artifacts of a cloud assembly manifest, in manifest order."""
    summary: list[dict[str, Any]] = []
    for artifact_id, artifact in manifest.get("artifacts", {}).items():
        if artifact.get("type") != "aws:cloudformation:stack":
            continue
        properties = artifact.get("properties", {})
        entry: dict[str, Any] = {
            "id": artifact_id,
            "displayName": artifact.get("displayName"),
            "environment": artifact.get("environment"),
            "templateFile": properties.get("templateFile"),
        }
        if "stackName" in properties:
            entry["stackName"] = properties["stackName"]
        entry["terminationProtection"] = properties.get("terminationProtection", False)
        if "tags" in properties:
            entry["tags"] = properties["tags"]
        entry["dependencies"] = artifact.get("dependencies", [])
        summary.append(entry)
    return summary


def _read_error(error_file: Path, exit_code: int, tmpdir: str) -> str | None:
    """The recorded error message of a failed run (None if the run succeeded)."""
    if exit_code == 0:
        return None
    if not error_file.exists():
        return f"(exited with code {exit_code} without recording an error)"
    error = json.loads(error_file.read_text(encoding="utf-8"))
    return error_message(error).replace(tmpdir, TMP_PLACEHOLDER)


def run_program(python: Path, program: Path, variant: str, context: dict[str, Any]) -> RunResult:
    """Run one translated program with the oracle interpreter and collect its output."""
    with tempfile.TemporaryDirectory(prefix="purecdk-golden-") as tmp:
        tmpdir = Path(tmp)
        script = tmpdir / program.name
        script.write_text(translate_source(program.read_text(encoding="utf-8")), encoding="utf-8")
        outdir = tmpdir / OUTDIR_NAME
        env = {k: v for k, v in os.environ.items() if not k.startswith(("CDK_", "AWS_", "PYTHON"))}
        env["PYTHONUNBUFFERED"] = "1"
        env["JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION"] = "1"
        env["CDK_OUTDIR"] = str(outdir)
        if variant == "recommended":
            env["CDK_CONTEXT_JSON"] = json.dumps(context)
        elif variant == "cli":
            env["CDK_CONTEXT_JSON"] = json.dumps(CLI_CONTEXT)
        elif variant == "cli-recommended":
            env["CDK_CONTEXT_JSON"] = json.dumps({**context, **CLI_CONTEXT})
        (tmpdir / RUNNER_NAME).write_text(RUNNER_SOURCE, encoding="utf-8")
        error_file = tmpdir / ERROR_FILE_NAME
        proc = subprocess.run(
            [str(python), RUNNER_NAME, script.name, ERROR_FILE_NAME],
            cwd=tmpdir,
            env=env,
            capture_output=True,
            text=True,
            timeout=RUN_TIMEOUT_SECONDS,
        )
        files: dict[str, bytes] = {}
        manifest: dict[str, Any] | None = None
        if outdir.is_dir():
            for template in sorted(outdir.glob("*.template.json")):
                files[template.name] = template.read_bytes()
            report = outdir / "validation-report.json"
            if report.exists():
                files[report.name] = report.read_bytes().replace(
                    str(tmpdir).encode(), TMP_PLACEHOLDER.encode()
                )
            manifest_file = outdir / "manifest.json"
            if manifest_file.exists():
                manifest = json.loads(manifest_file.read_text(encoding="utf-8"))
        return RunResult(
            program=program.stem,
            variant=variant,
            exit_code=proc.returncode,
            error=_read_error(error_file, proc.returncode, str(tmpdir)),
            stderr=clean_stderr(proc.stderr, str(tmpdir)),
            stdout=proc.stdout.replace(str(tmpdir), TMP_PLACEHOLDER),
            files=files,
            manifest=manifest,
        )


def store(result: RunResult) -> Path:
    """Replace the expected directory of one (program, variant) with what the run produced."""
    target = VARIANT_DIRS[result.variant] / result.program
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    if result.stderr:
        (target / "stderr.txt").write_text(result.stderr + "\n", encoding="utf-8")
    if "validation-report.json" in result.files:
        (target / "validation-report.json").write_bytes(result.files["validation-report.json"])
    if result.exit_code != 0:
        (target / "error.txt").write_text(
            f"{result.error}\nexit code: {result.exit_code}\n", encoding="utf-8"
        )
        return target
    for name, data in result.files.items():
        if name.endswith(".template.json"):
            (target / name).write_bytes(data)
    summary = summarize_manifest(result.manifest or {})
    (target / "manifest-summary.json").write_text(json.dumps(summary, indent=1) + "\n", encoding="utf-8")
    return target


def describe(result: RunResult) -> str:
    """One status line for a finished run."""
    if result.exit_code != 0:
        status = f"FAILS (exit {result.exit_code}): {result.error}"
    else:
        templates = sum(1 for name in result.files if name.endswith(".template.json"))
        status = f"ok, {templates} template(s)"
    if result.stderr:
        status += ", stderr.txt"
    return f"{result.program:45} [{result.variant}] {status}"


def all_programs() -> list[Path]:
    """Every golden program, sorted by name."""
    return sorted(p for p in PROGRAMS_DIR.glob("*.py") if not p.name.startswith("_"))


def select_programs(names: Sequence[str]) -> list[Path]:
    """Resolve command-line program names (stem, file name or path) to program files."""
    if not names:
        return all_programs()
    selected: list[Path] = []
    for name in names:
        candidate = PROGRAMS_DIR / f"{Path(name).stem}.py"
        if not candidate.exists():
            raise SystemExit(f"no such golden program: {name} (looked for {candidate})")
        selected.append(candidate)
    return selected


def program_variants(program: Path, variants: Sequence[str]) -> list[str]:
    """The variants a program runs under (``cli`` and ``cli-recommended`` only for the programs they list)."""
    return [v for v in variants if v not in VARIANT_PROGRAMS or program.stem in VARIANT_PROGRAMS[v]]


def oracle_python_version(python: Path) -> str:
    """``platform.python_version()`` of the oracle interpreter."""
    command = [str(python), "-c", "import platform; print(platform.python_version())"]
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout.strip()


def missing_expectations(programs: Iterable[Path], variants: Sequence[str]) -> list[str]:
    """(program, variant) pairs whose expected directory lacks templates+summary or error.txt."""
    missing: list[str] = []
    for program in programs:
        for variant in program_variants(program, variants):
            target = VARIANT_DIRS[variant] / program.stem
            has_error = (target / "error.txt").exists()
            has_output = any(target.glob("*.template.json")) and (target / "manifest-summary.json").exists()
            if not (has_error or has_output):
                missing.append(f"{program.stem} [{variant}]")
    return missing


def orphaned_expectations(programs: Iterable[Path], variants: Sequence[str]) -> list[Path]:
    """Expected directories whose program no longer exists."""
    stems = {p.stem for p in programs}
    return sorted(
        d
        for variant in variants
        if VARIANT_DIRS[variant].is_dir()
        for d in VARIANT_DIRS[variant].iterdir()
        if d.is_dir()
        and (d.name not in stems or (variant in VARIANT_PROGRAMS and d.name not in VARIANT_PROGRAMS[variant]))
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("programs", nargs="*", help="program stems, file names or paths (default: all)")
    parser.add_argument(
        "--check", action="store_true", help="only report programs whose expected files are missing"
    )
    parser.add_argument(
        "--variant",
        choices=["default", "recommended", "cli", "cli-recommended", "both", "all"],
        default="all",
        help="both: default and recommended; all: also cli and cli-recommended (default: all)",
    )
    parser.add_argument("--jobs", type=int, default=2, help="concurrent oracle runs (default: 2)")
    parser.add_argument(
        "--update-recommended-context",
        action="store_true",
        help="re-extract recommended-context.json from the oracle's aws-cdk-lib first",
    )
    args = parser.parse_args(argv)

    programs = select_programs(args.programs)
    variants = {
        "both": ["default", "recommended"],
        "all": ["default", "recommended", "cli", "cli-recommended"],
    }.get(args.variant, [args.variant])

    if args.check:
        missing = missing_expectations(programs, variants)
        for entry in missing:
            print(f"missing: {entry}")
        if not args.programs:
            for orphan in orphaned_expectations(programs, variants):
                print(f"orphaned: {orphan.relative_to(ROOT)}")
        return 1 if missing else 0

    python = ensure_oracle()
    context = update_recommended_context() if args.update_recommended_context else load_recommended_context()
    jobs = [(program, variant) for program in programs for variant in program_variants(program, variants)]
    if any(variant in VARIANT_PROGRAMS for _, variant in jobs):
        PYTHON_VERSION_FILE.parent.mkdir(parents=True, exist_ok=True)
        PYTHON_VERSION_FILE.write_text(oracle_python_version(python) + "\n", encoding="utf-8")
    failures = 0
    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        futures = [pool.submit(run_program, python, program, variant, context) for program, variant in jobs]
        for future in futures:
            result = future.result()
            store(result)
            failures += result.exit_code != 0
            print(describe(result), flush=True)
    if not args.programs:
        for orphan in orphaned_expectations(programs, variants):
            print(f"removing orphaned {orphan.relative_to(ROOT)}")
            shutil.rmtree(orphan)
    print(f"{len(jobs)} run(s), {failures} failed synthesis (stored as error.txt)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
