"""``purecdk ecr ...``: ECR tools; ``lifecycle-preview`` hands all its arguments to its own package."""

from __future__ import annotations

import argparse
import importlib
import sys
from typing import Any

HELP = "ECR tools (lifecycle-preview: which images a repository's lifecycle rules would expire)"
PREVIEW = "lifecycle-preview"
PREVIEW_MODULE = "purecdk.lifecycle_preview.cli"


def add_parser(subparsers: Any) -> None:
    """Register ``ecr`` (for help); its arguments are dispatched by :func:`run_argv`."""
    parser = subparsers.add_parser(
        "ecr",
        help=HELP,
        description="ECR tools.",
        epilog=f"subcommands:\n  {PREVIEW} ...   see `purecdk ecr {PREVIEW} --help`",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("tool", nargs="?", choices=[PREVIEW], help="the tool to run")
    parser.add_argument("arguments", nargs=argparse.REMAINDER, help="the tool's own arguments")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Run the chosen tool, or explain the group."""
    if args.tool is None:
        print(f"usage: purecdk ecr {PREVIEW} [ARGS ...]\n\n{HELP}", file=sys.stderr)
        return 2
    return run_argv([args.tool, *args.arguments])


def run_argv(argv: list[str]) -> int:
    """``argv`` after ``ecr``: the tool's name, then everything it gets, untouched."""
    if not argv or argv[0] != PREVIEW:
        print(
            f"purecdk ecr: unknown tool {argv[0] if argv else ''!r}; the tools are: {PREVIEW}",
            file=sys.stderr,
        )
        return 2
    try:
        module = importlib.import_module(PREVIEW_MODULE)
    except ModuleNotFoundError as e:
        if e.name not in (PREVIEW_MODULE, PREVIEW_MODULE.rsplit(".", 1)[0]):
            raise
        print(
            f"purecdk ecr {PREVIEW} is not available in this installation of purecdk "
            f"(the {PREVIEW_MODULE} module is missing).",
            file=sys.stderr,
        )
        return 2
    status = module.main(list(argv[1:]))
    return int(status or 0)
