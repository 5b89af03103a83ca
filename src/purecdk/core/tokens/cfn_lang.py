"""CloudFormation's way of joining strings: the smallest ``Fn::Join`` that does the job."""

from __future__ import annotations

from typing import Any

from purecdk.core.tokens.js import js_number


def is_intrinsic(x: Any) -> bool:
    """Whether ``x`` looks like a CloudFormation intrinsic (``{"Ref": ..}`` or ``{"Fn::...": ..}``)."""
    if not isinstance(x, dict) or len(x) != 1:
        return False
    key = next(iter(x))
    return key == "Ref" or (isinstance(key, str) and key.startswith("Fn::") and key != "Fn::If") or key == "Fn::If"


def is_name_of_intrinsic(name: str) -> bool:
    """Whether ``name`` is ``Ref`` or an ``Fn::`` name (``Fn::GetArtifactAtt``/``Fn::GetParam`` excluded)."""
    if not name.startswith("Fn::"):
        return name == "Ref"
    return name not in ("Fn::GetArtifactAtt", "Fn::GetParam")


def _concatable(x: Any) -> bool:
    from purecdk.core.tokens.token import unresolved

    return isinstance(x, (str, int, float)) and not isinstance(x, bool) and not unresolved(x)


def _text(x: Any) -> str:
    return x if isinstance(x, str) else js_number(x)


def minimal_cloudformation_join(delimiter: str, values: list[Any]) -> list[Any]:
    """Merge adjacent literals and splice nested joins with the same delimiter."""
    from purecdk.core.tokens.token import unresolved

    values = list(values)
    i = 0
    while i < len(values):
        el = values[i]
        if (
            isinstance(el, dict)
            and len(el) == 1
            and "Fn::Join" in el
            and isinstance(el["Fn::Join"], list)
            and len(el["Fn::Join"]) == 2
            and el["Fn::Join"][0] == delimiter
            and isinstance(el["Fn::Join"][1], list)
            and not unresolved(el["Fn::Join"][1])
        ):
            values[i : i + 1] = el["Fn::Join"][1]
        elif i > 0 and _concatable(values[i - 1]) and _concatable(el):
            values[i - 1] = f"{_text(values[i - 1])}{delimiter}{_text(el)}"
            del values[i]
        else:
            i += 1
    return values


def cfn_concat(left: Any, right: Any) -> Any:
    """Concatenate two resolved values (either may be ``None``) as CloudFormation would."""
    parts = [p for p in (left, right) if p is not None]
    if not parts:
        return ""
    if len(parts) == 1:
        return parts[0]
    if _concatable(parts[0]) and _concatable(parts[1]):
        return f"{_text(parts[0])}{_text(parts[1])}"
    return {"Fn::Join": ["", minimal_cloudformation_join("", parts)]}
