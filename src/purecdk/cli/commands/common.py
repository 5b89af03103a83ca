"""What ``synth``, ``ls`` and ``diff`` share: the app options, and running the app."""

from __future__ import annotations

import argparse
import os

from purecdk.cli.app_runner import AssemblyRun, run_app
from purecdk.cli.settings import Settings


def add_app_options(parser: argparse.ArgumentParser) -> None:
    """``--app``, ``--output``, ``--context`` and the metadata switches, as the cdk CLI spells them."""
    group = parser.add_argument_group("app options")
    group.add_argument(
        "-a",
        "--app",
        metavar="CMD|FILE|DIR",
        help='the app: a Python file, a command ("python3 app.py"), or a cloud assembly directory; '
        'default: "app" of cdk.json',
    )
    group.add_argument(
        "-o",
        "--output",
        metavar="DIR",
        help='where to write the cloud assembly (default: "output" of cdk.json, or cdk.out)',
    )
    group.add_argument(
        "-c",
        "--context",
        metavar="KEY=VALUE",
        action="append",
        default=[],
        help="add context (the value is a string); may be repeated; wins over cdk.json and cdk.context.json",
    )
    group.add_argument(
        "--path-metadata",
        dest="path_metadata",
        action=argparse.BooleanOptionalAction,
        default=None,
        help='add "aws:cdk:path" metadata to resources (default: on, as with cdk)',
    )
    group.add_argument(
        "--asset-metadata",
        dest="asset_metadata",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="add asset metadata to resources (default: on)",
    )
    group.add_argument(
        "--version-reporting",
        dest="version_reporting",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="add the CDKMetadata resource to each stack, as aws-cdk-lib does (default: on, as with cdk)",
    )
    group.add_argument("--debug", action="store_true", help="print the full traceback when the app fails")


def settings_from(args: argparse.Namespace) -> Settings:
    """The project's settings with this command line applied."""
    return Settings.load(
        os.getcwd(),
        app=args.app,
        output=args.output,
        context_arguments=args.context,
        path_metadata=args.path_metadata,
        asset_metadata=args.asset_metadata,
        version_reporting=args.version_reporting,
    )


def synthesize(args: argparse.Namespace) -> AssemblyRun:
    """Run the app into the output directory, the previous one set aside (see :mod:`purecdk.cli.app_runner`)."""
    return run_app(settings_from(args), debug=args.debug)

