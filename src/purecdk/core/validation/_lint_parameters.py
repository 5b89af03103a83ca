"""W2001: a parameter nothing in the template references.

Observed on the engine bundled with aws-cdk-lib 2.275 (``tests/validation/fixtures/lint_cases.json``): a ``Ref``
anywhere (resources, metadata, conditions, outputs, rules, ``Fn::FindInMap`` keys) or a ``${Name}`` in a
``Fn::Sub`` string (not ``${!Name}``, not a name the ``Fn::Sub`` variable map defines) counts as a reference.
Reported at ``Parameters/Name``, not attributed to a resource.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._engine import TemplateChecker

_SUB_VARIABLE = re.compile(r"\$\{([^}!][^}]*)\}")


def _collect(value: Any, names: set[str]) -> None:
    if isinstance(value, dict):
        for key, item in value.items():
            if key == "Ref" and isinstance(item, str):
                names.add(item)
            elif key == "Fn::Sub":
                text = item if isinstance(item, str) else item[0] if isinstance(item, list) and item else None
                defined = item[1] if isinstance(item, list) and len(item) == 2 and isinstance(item[1], dict) else {}
                if isinstance(text, str):
                    names.update(n for n in _SUB_VARIABLE.findall(text) if n not in defined)
            _collect(item, names)
    elif isinstance(value, list):
        for item in value:
            _collect(item, names)


def check_unused_parameters(checker: TemplateChecker) -> None:
    """W2001 for every parameter of the template."""
    if not checker.parameters:
        return
    names: set[str] = set()
    for section, value in checker.template.items():
        if section != "Parameters":
            _collect(value, names)
    section_pos = checker._index_of(checker.template, "Parameters")
    logical_id, checker._logical_id = checker._logical_id, None
    for name in checker.parameters:
        if name not in names:
            checker._emit(
                None,
                "W2001",
                f"Parameter '{name}' is not referenced anywhere in the template",
                (f"Parameters/{name}",),
                (section_pos, checker._index_of(checker.parameters, name)),
            )
    checker._logical_id = logical_id
