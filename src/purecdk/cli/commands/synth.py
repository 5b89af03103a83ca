"""``purecdk synth``: synthesize the app into ``cdk.out`` and print a template, as ``cdk synth`` does."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from purecdk.cli.commands.common import add_app_options, synthesize
from purecdk.cli.streams import error, info

HELP = "synthesize the app into cdk.out and print the template of the stack"
DESCRIPTION = """\
Run the app (see --app) and write its cloud assembly to the output directory (cdk.out). With one stack
selected, print its template to stdout, as YAML (the way `cdk synth` prints it) or as JSON with --json.

The annotations of the constructs (errors, warnings, infos) and the findings of template validation are
printed on stderr as `cdk synth` prints them. Errors (Annotations.of(x).add_error(...)) and any exception
raised by the app fail the command with exit status 1, and the previous cdk.out stays as it was. As with cdk,
in CI (the CI environment variable set, and not "false" or "0") messages other than errors go to stdout.
"""
EPILOG = """\
examples:
  purecdk synth                       # the app of cdk.json; prints the only stack's template
  purecdk synth MyStack --json        # one stack of several, as JSON
  purecdk synth --app app.py -o out   # a Python file, run in this process
  purecdk synth -c env=prod -q        # with context, without printing
"""


def add_parser(subparsers: Any) -> None:
    """Register ``synth``."""
    parser = subparsers.add_parser(
        "synth",
        aliases=["synthesize"],
        help=HELP,
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "stacks", nargs="*", metavar="STACKS", help="stack ids or globs (default: all stacks)"
    )
    parser.add_argument(
        "-j", "--json", action="store_true", help="print the template as JSON instead of YAML"
    )
    parser.add_argument("-q", "--quiet", action="store_true", help="do not print the template")
    add_app_options(parser)
    parser.set_defaults(handler=run)


def printable_template(template: dict[str, Any]) -> dict[str, Any]:
    """The template as the cdk CLI prints it: without the ``CheckBootstrapVersion`` rule."""
    rules = template.get("Rules")
    if isinstance(rules, dict) and "CheckBootstrapVersion" in rules:
        template = dict(template)
        if len(rules) > 1:
            template["Rules"] = {k: v for k, v in rules.items() if k != "CheckBootstrapVersion"}
        else:
            del template["Rules"]
    return template


def render(template: dict[str, Any], as_json: bool) -> str:
    """The template as ``cdk synth`` prints it (without the final newline of the print)."""
    if as_json:
        from purecdk.core.tokens.js import js_json_dumps

        return js_json_dumps(template, 2)
    from purecdk.cli.yaml_emitter import to_yaml

    return to_yaml(template)


def run(args: argparse.Namespace) -> int:
    """Synthesize, report annotations, replace cdk.out, print."""
    from purecdk.cli.assembly import load_stacks, select_stacks
    from purecdk.cli.errors import CliError
    from purecdk.cli.validation_report import failed, format_reports, unified_report

    assembly = synthesize(args)
    try:
        selected = select_stacks(load_stacks(assembly.directory), args.stacks)
        reports = unified_report(assembly.directory, selected)
        if reports:
            error(format_reports(reports))
        if failed(reports):
            raise CliError("Synthesis finished with errors")
        assembly.commit()
    finally:
        assembly.discard()
    if len(selected) == 1:
        if not args.quiet:
            sys.stdout.write(render(printable_template(selected[0].template), args.json) + "\n")
            sys.stdout.flush()
        return 0
    info(f"Successfully synthesized to {assembly.directory}")
    if selected:
        info(f"Supply a stack id ({', '.join(s.hierarchical_id for s in selected)}) to display its template.")
    return 0
