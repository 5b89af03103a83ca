#!/usr/bin/env python3
"""Generate ``src/purecdk/core/_analytics_allowlist.py`` from the oracle's aws-cdk-lib.

With ``@aws-cdk/core:enableAdditionalMetadataCollection`` on, aws-cdk-lib records each L2 construct's
properties and method calls, redacted against two tables in ``core/lib/analytics-data-source/``:
``AWS_CDK_CONSTRUCTOR_PROPS`` (per module and class: which keys may be reported and how) and ``AWS_CDK_ENUMS``
(the values of each enum, which are reported literally). This tool reads both with Node.js from the aws-cdk-lib
jsii bundle in ``.oracle/venv`` and writes the slice purecdk needs: the modules purecdk implements and the enums
those tables name.

Usage::

    python3 tools/gen_analytics_allowlist.py

Standard library (and the machine's ``node``) only; never imported by purecdk or its tests.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "src" / "purecdk" / "core" / "_analytics_allowlist.py"
MODULES = (
    "aws-cdk-lib.core",
    "aws-cdk-lib.aws-ecr",
    "aws-cdk-lib.aws-events",
    "aws-cdk-lib.aws-events-targets",
    "aws-cdk-lib.aws-iam",
    "aws-cdk-lib.aws-kms",
    "aws-cdk-lib.aws-lambda",
    "aws-cdk-lib.aws-logs",
    "aws-cdk-lib.aws-sns",
    "aws-cdk-lib.aws-sqs",
)
"""The modules (as the tables name them: ``-`` instead of ``_``) whose constructs purecdk implements."""

_DUMP = """
const c = require(process.argv[1] + "/classes.js").AWS_CDK_CONSTRUCTOR_PROPS;
const e = require(process.argv[1] + "/enums.js").AWS_CDK_ENUMS;
process.stdout.write(JSON.stringify({classes: c, enums: e}));
"""


def _load_tables() -> dict[str, Any]:
    sys.path.insert(0, str(ROOT / "tools"))
    import regen_golden

    bundle = regen_golden._oracle_jsii_bundle()
    if bundle is None:
        raise SystemExit("aws-cdk-lib is not installed in .oracle/venv (run tools/regen_golden.py once)")
    with tempfile.TemporaryDirectory() as tmp:
        with tarfile.open(bundle) as tar:
            for name in ("classes.js", "enums.js"):
                member = tar.getmember(f"package/core/lib/analytics-data-source/{name}")
                member.name = name
                tar.extract(member, tmp)
        out = subprocess.run(["node", "-e", _DUMP, tmp], check=True, capture_output=True, text=True).stdout
    return dict(json.loads(out))


PYTHON_MODULES = (
    "",
    "aws_ecr",
    "aws_events",
    "aws_events_targets",
    "aws_iam",
    "aws_kms",
    "aws_lambda",
    "aws_logs",
    "aws_sns",
    "aws_sqs",
)
"""The oracle's Python binding modules whose structs' field orders are read ("" is the core, ``aws_cdk``)."""

_STRUCT = re.compile(
    r'@jsii\.data_type\(\s*jsii_type="[^"]+",\s*jsii_struct_bases=\[[^\]]*\],\s*name_mapping=\{([^}]*)\},?\s*\)\s*'
    r"class (\w+)"
)
_MAPPING = re.compile(r'"(\w+)": "(\w+)"')


def _struct_orders() -> tuple[dict[str, list[str]], dict[str, str]]:
    """For each struct of ``PYTHON_MODULES``: its fields (JavaScript names) in the order jsii's Python bindings
    pass them (their ``name_mapping``); and the Python names whose JavaScript name is not plain camelCase."""
    sys.path.insert(0, str(ROOT / "tools"))
    import regen_golden

    bundle = regen_golden._oracle_jsii_bundle()
    assert bundle is not None
    package = bundle.parent.parent
    orders: dict[str, list[str]] = {}
    irregular: dict[str, str] = {}
    for module in PYTHON_MODULES:
        source = (package / module / "__init__.py").read_text(encoding="utf-8")
        for match in _STRUCT.finditer(source):
            name = match.group(2)
            if name.startswith("Cfn"):
                continue  # L1 property structs: purecdk's L1s never record analytics
            pairs = _MAPPING.findall(match.group(1))
            orders[f"{module}.{name}" if module else name] = [js for _, js in pairs]
            irregular.update((py, js) for py, js in pairs if _camel(py) != js)
    return orders, dict(sorted(irregular.items()))


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


def _enum_names(value: Any, enums: dict[str, Any], found: set[str]) -> None:
    if isinstance(value, str) and value in enums:
        found.add(value)
    elif isinstance(value, dict):
        for item in value.values():
            _enum_names(item, enums, found)
    elif isinstance(value, list):
        for item in value:
            _enum_names(item, enums, found)


def _literal(value: Any) -> str:
    """``value`` (strings, numbers, lists, dicts) as a Python literal: JSON, one level of nesting per line."""
    text = json.dumps(value, indent=1)
    if re.search(r"\b(true|false|null)\b", text):
        raise SystemExit("unexpected JSON literal in the tables: extend _literal")
    return text


def main() -> int:
    """Write the generated module."""
    tables = _load_tables()
    classes = {module: tables["classes"][module] for module in MODULES if module in tables["classes"]}
    names: set[str] = set()
    _enum_names(classes, tables["enums"], names)
    enums = {name: tables["enums"][name] for name in sorted(names)}
    orders, irregular = _struct_orders()
    TARGET.write_text(
        "# Generated by tools/gen_analytics_allowlist.py from aws-cdk-lib 2.275.0 -- do not edit by hand.\n"
        '"""What aws-cdk-lib may report of L2 construct properties and method arguments (see analytics_metadata)."""\n'
        "\n"
        "from typing import Any\n"
        "\n"
        f"CONSTRUCTOR_PROPS: dict[str, Any] = {_literal(classes)}\n"
        '"""``AWS_CDK_CONSTRUCTOR_PROPS`` of the modules purecdk implements: module -> class -> allowed keys."""\n'
        "\n"
        f"ENUMS: dict[str, list[Any]] = {_literal(enums)}\n"
        '"""``AWS_CDK_ENUMS`` named by ``CONSTRUCTOR_PROPS``: enum name -> its values (reported literally)."""\n'
        "\n"
        f"STRUCT_FIELDS: dict[str, list[str]] = {_literal(orders)}\n"
        '"""Per struct (``<python module>.<name>``): its fields in the order the jsii Python bindings pass them."""\n'
        "\n"
        f"IRREGULAR_NAMES: dict[str, str] = {_literal(irregular)}\n"
        '"""Python names of struct fields whose JavaScript name is not their plain camelCase (``enforce_ssl``)."""\n',
        encoding="utf-8",
    )
    print(f"wrote {TARGET.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
