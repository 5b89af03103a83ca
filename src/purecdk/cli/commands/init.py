"""``purecdk init app --language python``: a new project whose first ``purecdk synth`` works."""

from __future__ import annotations

import argparse
import os
import re
from typing import Any

from purecdk.cli.errors import CliError

HELP = "create a new purecdk project in the current (empty) directory"
DESCRIPTION = """\
Create a new CDK app in the current directory, which must be empty (hidden files such as .git are fine):
app.py, cdk.json ("app": "python3 app.py", and the recommended feature flags of `cdk init`),
requirements.txt, README.md, .gitignore, and a <project>/<project>_stack.py whose stack holds one example
resource (an ECR repository: CloudFormation refuses a template without resources).
The project is named after the directory.
"""
EPILOG = """\
example:
  mkdir hello-cdk && cd hello-cdk
  purecdk init app --language python
  purecdk synth
"""
TEMPLATES = {"app": "a CDK app with one stack"}
LANGUAGES = ["python"]


def add_parser(subparsers: Any) -> None:
    """Register ``init``."""
    parser = subparsers.add_parser(
        "init",
        help=HELP,
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("template", nargs="?", choices=sorted(TEMPLATES), help="the kind of project: app")
    parser.add_argument("-l", "--language", choices=LANGUAGES, default="python", help="the language (python)")
    parser.add_argument("--list", action="store_true", help="list the templates")
    parser.set_defaults(handler=run)


def names_for(directory: str) -> tuple[str, str, str]:
    """``(project name, Python package, stack class)`` for a project in ``directory``."""
    name = os.path.basename(os.path.abspath(directory))
    words = [w for w in re.split(r"[^A-Za-z0-9]+", name) if w]
    if not words:
        raise CliError(f"Cannot name a project after the directory {name!r}: use letters and digits.")
    package = "_".join(w.lower() for w in words)
    if package[0].isdigit():
        package = "app_" + package
    stack_class = "".join(w[0].upper() + w[1:] for w in words) + "Stack"
    if stack_class[0].isdigit():
        stack_class = "App" + stack_class
    return name, package, stack_class


def run(args: argparse.Namespace) -> int:
    """Write the project files."""
    from purecdk import __version__
    from purecdk.cli import init_templates as t

    if args.list or args.template is None:
        print("Available templates:")
        for name, text in TEMPLATES.items():
            print(f"* {name}: {text}\n   └─ purecdk init {name} --language [{'|'.join(LANGUAGES)}]")
        return 0 if args.list else 2
    directory = os.getcwd()
    visible = [f for f in os.listdir(directory) if not f.startswith(".")]
    if visible:
        raise CliError("`purecdk init` cannot be run in a non-empty directory!")
    name, package, stack_class = names_for(directory)
    files = {
        "app.py": t.APP_PY.format(package=package, stack_class=stack_class),
        "cdk.json": t.cdk_json(),
        "requirements.txt": t.REQUIREMENTS.format(version=__version__),
        "README.md": t.README.format(name=name),
        ".gitignore": t.GITIGNORE,
        f"{package}/__init__.py": "",
        f"{package}/{package}_stack.py": t.STACK_PY.format(stack_class=stack_class),
    }
    for relative, text in files.items():
        path = os.path.join(directory, relative)
        if os.path.exists(path):
            continue
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
    print(f"Applying project template {args.template} for {args.language}")
    print(f"Created {name}: {', '.join(files)}")
    print(
        "Next: python3 -m venv .venv && . .venv/bin/activate && pip install -r requirements.txt"
        " && purecdk synth"
    )
    return 0
