"""The ``purecdk`` command: argument parsing and dispatch to :mod:`purecdk.cli.commands`.

Start-up stays fast: this module imports only :mod:`argparse` and the small command modules; each command
imports what it needs when it runs.
"""

from __future__ import annotations

import argparse
import os
import sys

from purecdk.cli.commands import diff, ecr, init, ls, synth
from purecdk.cli.errors import CliError

DESCRIPTION = """\
purecdk: synthesize, list and compare the stacks of a CDK app written with purecdk, without Node.js.
The cloud assembly it writes (cdk.out) is the one the AWS CDK CLI reads: deploy it with
`cdk deploy --app cdk.out`.
"""
EPILOG = """\
Run `purecdk COMMAND --help` for the options of a command.
Exit status: 0 on success, 1 when the command fails (or, for diff --fail, finds differences), 2 for bad usage.
"""


def version() -> str:
    """``purecdk <version> (aws-cdk-lib <version>, cloud assembly schema <version>)``."""
    from purecdk import __version__
    from purecdk.core.synthesis import SCHEMA_VERSION
    from purecdk.core.tree_metadata import LIBRARY_VERSION

    return f"purecdk {__version__} (aws-cdk-lib {LIBRARY_VERSION}, cloud assembly schema {SCHEMA_VERSION})"


class _VersionAction(argparse.Action):
    def __call__(self, parser: argparse.ArgumentParser, *_: object) -> None:
        print(version())
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    """The parser of the whole command line."""
    parser = argparse.ArgumentParser(
        prog="purecdk",
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action=_VersionAction, nargs=0, help="print the version and exit")
    subparsers = parser.add_subparsers(title="commands", metavar="COMMAND")
    for command in (synth, ls, diff, init, ecr):
        command.add_parser(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command line ``argv`` (default: ``sys.argv[1:]``); returns the exit status."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    try:
        if len(args_list) >= 2 and args_list[0] == "ecr" and not args_list[1].startswith("-"):
            # everything after the tool's name belongs to the tool, options included
            return ecr.run_argv(args_list[1:])
        parser = build_parser()
        args = parser.parse_args(args_list)
        handler = getattr(args, "handler", None)
        if handler is None:
            parser.print_help(sys.stderr)
            return 2
        return int(handler(args))
    except CliError as e:
        print(str(e), file=sys.stderr)
        return e.exit_code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # the reader of our output went away (`purecdk synth | head`): stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1


if __name__ == "__main__":
    sys.exit(main())
