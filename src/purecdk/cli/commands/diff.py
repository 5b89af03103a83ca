"""``purecdk diff``: what changed between the app now and a saved template or an earlier cloud assembly."""

from __future__ import annotations

import argparse
import json
import os
from typing import Any

from purecdk.cli.commands.common import add_app_options, settings_from
from purecdk.cli.errors import CliError

HELP = "compare the app with a saved template or an earlier cdk.out (offline)"
DESCRIPTION = """\
Synthesize the app (into a temporary directory: cdk.out is not touched) and compare each selected stack's
template with

  --template FILE   a saved template (JSON, or YAML as `purecdk synth`/`cdk synth` print it); one stack only
  --against DIR     the same stack in an earlier cloud assembly
  (neither)         the same stack in the output directory, i.e. the last `purecdk synth`

Lists added [+], removed [-] and changed [~] parameters, resources, outputs (and conditions, mappings, rules,
metadata). A changed resource property that CloudFormation cannot update in place is flagged "requires
replacement" (the create-only properties of the CloudFormation resource schemas); "may cause replacement" when
an object or list holding such a property changed as a whole; "replacement unknown" for resource types without
a schema (custom resources).
"""
EPILOG = """\
examples:
  purecdk synth > before.yaml; (edit the app); purecdk diff --template before.yaml
  purecdk diff --against /tmp/release-1.4/cdk.out --fail     # exit status 1 if anything changed
"""


def add_parser(subparsers: Any) -> None:
    """Register ``diff``."""
    parser = subparsers.add_parser(
        "diff",
        help=HELP,
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "stacks", nargs="*", metavar="STACKS", help="stack ids or globs (default: all stacks)"
    )
    source = parser.add_mutually_exclusive_group()
    source.add_argument(
        "-t", "--template", metavar="FILE", help="compare with this template (one stack only)"
    )
    source.add_argument("--against", metavar="DIR", help="compare with the stacks of this cloud assembly")
    parser.add_argument("--fail", action="store_true", help="exit with status 1 when there are differences")
    add_app_options(parser)
    parser.set_defaults(handler=run)


def load_template(path: str) -> dict[str, Any]:
    """A template file, JSON or YAML."""
    from purecdk.cli.yaml_reader import YamlError, parse_yaml

    try:
        with open(path, encoding="utf-8") as f:
            text = f.read()
    except OSError as e:
        raise CliError(f"Cannot read the template {path}: {e}") from e
    try:
        data = json.loads(text) if text.lstrip().startswith("{") else parse_yaml(text)
    except (json.JSONDecodeError, YamlError) as e:
        raise CliError(f"{path} is not a JSON or YAML template: {e}") from e
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise CliError(f"{path} does not hold a template (a JSON/YAML object).")
    return data


def run(args: argparse.Namespace) -> int:
    """Synthesize into a temporary directory, compare, print."""
    from purecdk.cli.app_runner import run_app
    from purecdk.cli.assembly import StackArtifact, load_stacks, select_stacks
    from purecdk.cli.diff_format import format_diff
    from purecdk.cli.template_diff import diff_templates

    settings = settings_from(args)
    old_stacks: list[StackArtifact] | None = None
    against = args.against or (None if args.template else settings.output)
    if against is not None:
        if os.path.isfile(os.path.join(against, "manifest.json")):
            old_stacks = load_stacks(against)
        elif args.against:
            raise CliError(f"--against {args.against}: not a cloud assembly (no manifest.json there).")
    old_template = load_template(args.template) if args.template else None

    assembly = run_app(settings, debug=args.debug, temporary=True)
    try:
        selected = select_stacks(load_stacks(assembly.directory), args.stacks)
        if old_template is not None and len(selected) != 1:
            names = ", ".join(s.hierarchical_id for s in selected)
            raise CliError(
                f"--template compares one stack, but {len(selected)} are selected ({names}): name the stack."
            )
        changed = 0
        for stack in selected:
            note = None
            if old_template is not None:
                old = old_template
            else:
                previous = _find(old_stacks or [], stack)
                if previous is None:
                    where = os.path.relpath(str(against))
                    if old_stacks is None:
                        where += " (no earlier synthesis)"
                    note = f"(new stack: not in {where})"
                old = previous.template if previous is not None else {}
            diff = diff_templates(old, stack.template)
            changed += diff.has_differences
            print(format_diff(stack.display_name, diff, note=note))
    finally:
        assembly.discard()
    print(f"Number of stacks with differences: {changed}")
    return 1 if args.fail and changed else 0


def _find(stacks: list[Any], stack: Any) -> Any:
    for candidate in stacks:
        if candidate.hierarchical_id == stack.hierarchical_id:
            return candidate
    for candidate in stacks:
        if candidate.artifact_id == stack.artifact_id:
            return candidate
    return None
