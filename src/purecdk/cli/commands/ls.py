"""``purecdk ls``: the app's stacks, as ``cdk ls`` lists them."""

from __future__ import annotations

import argparse
import os
from typing import Any

from purecdk.cli.commands.common import add_app_options, synthesize

HELP = "list the stacks of the app"
DESCRIPTION = """\
Synthesize the app (into cdk.out) and print the id of each stack, one per line. With --long, print each
stack's id, name, environment and template file as YAML (or JSON with --json).
"""
EPILOG = """\
examples:
  purecdk ls
  purecdk ls --long
  purecdk ls 'Prod*' --app cdk.out    # stacks of an existing cloud assembly
"""


def add_parser(subparsers: Any) -> None:
    """Register ``ls``."""
    parser = subparsers.add_parser(
        "ls",
        aliases=["list"],
        help=HELP,
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "stacks", nargs="*", metavar="STACKS", help="stack ids or globs (default: all stacks)"
    )
    parser.add_argument("-l", "--long", action="store_true", help="also print environment and template file")
    parser.add_argument("-j", "--json", action="store_true", help="with --long: JSON instead of YAML")
    add_app_options(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Synthesize, then list."""
    from purecdk.cli.assembly import load_stacks, select_stacks

    assembly = synthesize(args)
    try:
        assembly.commit()
    finally:
        assembly.discard()
    selected = select_stacks(load_stacks(assembly.directory), args.stacks)
    if not args.long:
        for stack in selected:
            print(stack.display_name)
        return 0
    rows = [
        {
            "id": s.display_name,
            "name": s.stack_name,
            "environment": {"account": s.account, "region": s.region, "name": s.environment},
            "templateFile": os.path.relpath(s.template_path),
        }
        for s in selected
    ]
    if args.json:
        from purecdk.core.tokens.js import js_json_dumps

        print(js_json_dumps(rows, 2))
    else:
        from purecdk.cli.yaml_emitter import to_yaml

        print(to_yaml(rows))
    return 0
