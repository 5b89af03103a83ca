"""``purecdk ecr lifecycle-preview``: preview a lifecycle policy over real images, before deploying it.

Exit status: 0 on success, 2 on invalid input (bad arguments, an invalid policy, a malformed image
file, a stack or repository that cannot be found).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from collections.abc import Sequence

from purecdk.lifecycle_preview.cloud_assembly import policy_text_from_cloud_assembly
from purecdk.lifecycle_preview.errors import LifecyclePreviewError
from purecdk.lifecycle_preview.preview import preview
from purecdk.lifecycle_preview.report import render_json, render_text

PROG = "purecdk ecr lifecycle-preview"
EXIT_OK = 0
EXIT_INVALID_INPUT = 2

_EPILOG = """\
examples:
  aws ecr describe-images --repository-name my-repo > images.json
  %(prog)s --policy policy.json --images images.json
  %(prog)s --cdk-out cdk.out --stack MyStack --resource MyStack/Repo --images images.json --json
  %(prog)s --app "python3 app.py" --stack MyStack --images images.json --now 2024-06-01T00:00:00Z
"""


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser that reports errors by raising, so ``main`` can return the exit status."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise _UsageError(message)


class _UsageError(Exception):
    pass


def build_parser() -> argparse.ArgumentParser:
    """The command's argument parser."""
    parser = _Parser(
        prog=PROG,
        description=(
            "Show which images an ECR lifecycle policy would keep, expire or move to the archive, and by "
            "which rule, without deploying it."
        ),
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    source = parser.add_mutually_exclusive_group()
    source.add_argument(
        "--policy", metavar="FILE", help="lifecycle policy JSON, as ECR takes it ('-' for stdin)"
    )
    source.add_argument("--cdk-out", metavar="DIR", help="a synthesized cloud assembly (default: cdk.out)")
    source.add_argument("--app", metavar="CMD", help="synthesize this app command first (like cdk --app)")
    parser.add_argument(
        "--stack", metavar="NAME", help="the stack holding the repository (with --cdk-out/--app)"
    )
    parser.add_argument(
        "--resource",
        metavar="ID_OR_PATH",
        help="the repository's logical id or construct path (optional when the stack has one repository)",
    )
    parser.add_argument(
        "--images",
        metavar="FILE",
        required=True,
        help="output of `aws ecr describe-images` ('-' for stdin)",
    )
    parser.add_argument("--now", metavar="ISO8601", help="evaluation time (default: the current time)")
    parser.add_argument("--json", action="store_true", help="print a JSON array with one object per image")
    return parser


def _read(path: str, what: str) -> str:
    if path == "-":
        return sys.stdin.read()
    try:
        with open(path, encoding="utf-8") as f:
            return f.read()
    except OSError as e:
        raise LifecyclePreviewError(f"cannot read the {what} file {path}: {e.strerror or e}") from e


def _synthesize(command: str, outdir: str) -> None:
    env = dict(os.environ, CDK_OUTDIR=outdir)
    completed = subprocess.run(command, shell=True, env=env, capture_output=True, text=True, check=False)
    if completed.returncode != 0:
        detail = (completed.stderr or completed.stdout).strip().splitlines()[-5:]
        raise LifecyclePreviewError(
            f"the app command {command!r} failed with exit status {completed.returncode}"
            + (":\n  " + "\n  ".join(detail) if detail else "")
        )


def _policy(args: argparse.Namespace) -> tuple[str, str]:
    if args.policy is not None:
        if args.stack or args.resource:
            raise _UsageError(
                "--stack and --resource select a repository in a cloud assembly; not with --policy"
            )
        return _read(args.policy, "policy"), args.policy
    if not args.stack:
        raise _UsageError("give the policy: --policy FILE, or --stack NAME (with --cdk-out DIR or --app CMD)")
    if args.app is not None:
        with tempfile.TemporaryDirectory(prefix="purecdk-lifecycle-preview-") as outdir:
            _synthesize(args.app, outdir)
            return policy_text_from_cloud_assembly(outdir, args.stack, args.resource)
    return policy_text_from_cloud_assembly(args.cdk_out or "cdk.out", args.stack, args.resource)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command with ``argv`` (without the program name); return the exit status."""
    parser = build_parser()
    try:
        args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
        if args.policy == "-" and args.images == "-":
            raise _UsageError("only one of --policy and --images can be read from stdin")
        policy_text, _source = _policy(args)
        images = _read(args.images, "images")
        result = preview(policy_text, images, now=args.now)
    except SystemExit as e:  # --help
        return e.code if isinstance(e.code, int) else EXIT_OK
    except _UsageError as e:
        parser.print_usage(sys.stderr)
        print(f"{PROG}: error: {e}", file=sys.stderr)
        return EXIT_INVALID_INPUT
    except LifecyclePreviewError as e:
        print(f"{PROG}: error: {e}", file=sys.stderr)
        return EXIT_INVALID_INPUT
    sys.stdout.write(render_json(result) if args.json else render_text(result))
    return EXIT_OK
