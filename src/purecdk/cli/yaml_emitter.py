"""YAML as ``cdk synth`` prints it.

The cdk CLI prints templates with the ``yaml`` npm package: ``yaml.stringify(template, {schema: "yaml-1.1",
lineWidth: 0})``. This module reproduces that output for JSON data (dicts, lists, strings, numbers,
booleans, ``None``): block style, two-space indentation, sequences indented under their key, intrinsic
functions in their long form (``Fn::GetAtt:``), strings quoted only where YAML 1.1 would read them as
something else, and multi-line strings as literal blocks (``|-``). ``tests/cli/test_cdk_cli.py`` compares it
byte for byte with the real CLI.
"""

from __future__ import annotations

import json
import re
from typing import Any

from purecdk.core.tokens.js import js_number

_STEP = "  "
_MIN_MULTILINE_DOUBLE_QUOTED = 40
_MAX_IMPLICIT_KEY = 1024

# strings that need double quotes whatever else they contain
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
# strings that cannot be written plain (yaml's stringifyString.plainString)
_NOT_PLAIN = re.compile(
    r"^[\n\t ,\[\]{}#&*!|>'\"%@`]|^[?-]\Z|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]\Z"
)
_DOCUMENT_MARKER = re.compile(r"^(%|---|\.\.\.)", re.MULTILINE)
# plain scalars that YAML 1.1 resolves to something other than a string: null, booleans, numbers,
# sexagesimal numbers and timestamps (not the merge key ``<<``: the CLI's schema leaves it out)
_NON_STRING = [
    re.compile(p)
    for p in (
        r"^(?:~|[Nn]ull|NULL)?\Z",
        r"^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)\Z",
        r"^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)\Z",
        r"^[-+]?0b[0-1_]+\Z",
        r"^[-+]?0[0-7_]+\Z",
        r"^[-+]?[0-9][0-9_]*\Z",
        r"^[-+]?0x[0-9a-fA-F_]+\Z",
        r"^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)\Z",
        r"^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+\Z",
        r"^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*\Z",
        r"^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\Z",
        r"^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*\Z",
        r"^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})"
        r"(?:(?:t|T|[ \t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\.[0-9]+)?)"
        r"(?:[ \t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?\Z",
    )
]
_U_ESCAPES = {"0000": "\\0", "0007": "\\a", "000b": "\\v", "001b": "\\e", "0085": "\\N", "00a0": "\\_"}
_U_ESCAPES.update({"2028": "\\L", "2029": "\\P"})
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_BLOCK_END_NEWLINES = re.compile(r"(?:^|(?<!\n))\n+(?!\n|\Z)")


def to_yaml(value: Any) -> str:
    """``value`` (parsed JSON) as the cdk CLI prints it, ending with a newline."""
    return _node(value, "", implicit_key=False) + "\n"


def _node(value: Any, indent: str, *, implicit_key: bool) -> str:
    if isinstance(value, dict):
        return _mapping(value, indent)
    if isinstance(value, (list, tuple)):
        return _sequence(value, indent)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, (int, float)):
        return js_number(value)
    if isinstance(value, str):
        return _string(value, indent, implicit_key)
    raise TypeError(f"cannot write a {type(value).__name__} as YAML: {value!r}")


def _js_items(mapping: dict[str, Any]) -> list[tuple[str, Any]]:
    # a JavaScript object lists its integer-like keys first, in ascending order
    def is_index(key: str) -> bool:
        return key.isdigit() and key.isascii() and (key == "0" or key[0] != "0") and int(key) < 2**32 - 1

    items = list(mapping.items())
    if not any(is_index(k) for k, _ in items):
        return items
    first = sorted((kv for kv in items if is_index(kv[0])), key=lambda kv: int(kv[0]))
    return first + [kv for kv in items if not is_index(kv[0])]


def _mapping(mapping: dict[str, Any], indent: str) -> str:
    if not mapping:
        return "{}"
    return f"\n{indent}".join(_pair(str(k), v, indent) for k, v in _js_items(mapping))


def _sequence(items: list[Any] | tuple[Any, ...], indent: str) -> str:
    if not items:
        return "[]"
    item_indent = indent + _STEP
    return f"\n{indent}".join("- " + _node(item, item_indent, implicit_key=False) for item in items)


def _pair(key: str, value: Any, indent: str) -> str:
    inner = indent + _STEP
    key_text = _node(key, inner, implicit_key=True)
    explicit = len(key_text) > _MAX_IMPLICIT_KEY
    head = f"? {key_text}\n{indent}:" if explicit else f"{key_text}:"
    value_text = _node(value, inner, implicit_key=False)
    is_collection = isinstance(value, (dict, list, tuple))
    if not explicit and is_collection and ("\n" in value_text or len(value) > 0):
        separator = f"\n{inner}"
    elif value_text == "" or value_text.startswith("\n"):
        separator = ""
    else:
        separator = " "
    return head + separator + value_text


def _string(value: str, indent: str, implicit_key: bool) -> str:
    if _CONTROL.search(value):
        return _double_quoted(value, indent, implicit_key)
    return _plain(value, indent, implicit_key)


def _plain(value: str, indent: str, implicit_key: bool) -> str:
    multiline = "\n" in value
    if implicit_key and multiline:
        return _quoted(value, indent, implicit_key)
    if _NOT_PLAIN.search(value):
        if implicit_key or not multiline:
            return _quoted(value, indent, implicit_key)
        return _block(value, indent, implicit_key)
    if not implicit_key and multiline:
        return _block(value, indent, implicit_key)
    if _DOCUMENT_MARKER.search(value):
        if indent == "":
            return _block(value, indent, implicit_key, force_indent=True)
        if implicit_key and indent == _STEP:
            return _quoted(value, indent, implicit_key)
    if any(p.match(value) for p in _NON_STRING):
        return _quoted(value, indent, implicit_key)
    return value


def _quoted(value: str, indent: str, implicit_key: bool) -> str:
    if '"' in value and "'" not in value:
        return _single_quoted(value, indent, implicit_key)
    return _double_quoted(value, indent, implicit_key)


def _marker_indent(value: str, indent: str, force: bool = False) -> str:
    return indent or ("  " if force or _DOCUMENT_MARKER.search(value) else "")


def _single_quoted(value: str, indent: str, implicit_key: bool) -> str:
    if (implicit_key and "\n" in value) or re.search(r"[ \t]\n|\n[ \t]", value):
        return _double_quoted(value, indent, implicit_key)
    ind = _marker_indent(value, indent)
    body = re.sub(r"\n+", lambda m: m.group(0) + "\n" + ind, value.replace("'", "''"))
    return f"'{body}'"


def _js_json_string(value: str) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return _LONE_SURROGATE.sub(lambda m: f"\\u{ord(m.group(0)):04x}", text)


def _double_quoted(value: str, indent: str, implicit_key: bool) -> str:
    js = _js_json_string(value)
    ind = _marker_indent(value, indent)
    out: list[str] = []
    start = 0
    i = 0
    n = len(js)

    def at(k: int) -> str:
        return js[k] if k < n else ""

    while i < n:
        ch = js[i]
        if ch == " " and at(i + 1) == "\\" and at(i + 2) == "n":
            # a space before a line break is escaped so that it survives folding
            out.append(js[start:i] + "\\ ")
            i += 1
            start = i
            ch = "\\"
        if ch == "\\":
            escape = at(i + 1)
            if escape == "u":
                out.append(js[start:i])
                code = js[i + 2 : i + 6]
                if code in _U_ESCAPES:
                    out.append(_U_ESCAPES[code])
                elif code.startswith("00"):
                    out.append("\\x" + code[2:])
                else:
                    out.append(js[i : i + 6])
                i += 5
                start = i + 1
            elif escape == "n":
                if implicit_key or at(i + 2) == '"' or n < _MIN_MULTILINE_DOUBLE_QUOTED:
                    i += 1
                else:
                    # line breaks become real (doubled) line breaks in a multi-line double-quoted scalar
                    out.append(js[start:i] + "\n\n")
                    while at(i + 2) == "\\" and at(i + 3) == "n" and at(i + 4) != '"':
                        out.append("\n")
                        i += 2
                    out.append(ind)
                    if at(i + 2) == " ":
                        out.append("\\")
                    i += 1
                    start = i + 1
            else:
                i += 1
        i += 1
    return "".join(out) + js[start:] if start else js


def _block(value: str, indent: str, implicit_key: bool, *, force_indent: bool = False) -> str:
    if re.search(r"\n[\t ]+\Z", value):
        return _quoted(value, indent, implicit_key)
    ind = _marker_indent(value, indent, force_indent)
    end_start = len(value)
    while end_start > 0 and value[end_start - 1] in "\n\t ":
        end_start -= 1
    end = value[end_start:]
    newline_at = end.find("\n")
    if newline_at == -1:
        chomp = "-"
    elif value == end or newline_at != len(end) - 1:
        chomp = "+"
    else:
        chomp = ""
    if end:
        value = value[: -len(end)]
        if end.endswith("\n"):
            end = end[:-1]
        end = _BLOCK_END_NEWLINES.sub(lambda m: m.group(0) + ind, end)
    starts_with_space = False
    leading_newline = -1
    for pos, ch in enumerate(value):
        if ch == " ":
            starts_with_space = True
        elif ch == "\n":
            leading_newline = pos
        else:
            break
    start = value[: leading_newline + 1]
    if start:
        value = value[len(start) :]
        start = re.sub(r"\n+", lambda m: m.group(0) + ind, start)
    header = (("2" if ind else "1") if starts_with_space else "") + chomp
    body = re.sub(r"\n+", lambda m: m.group(0) + ind, value)
    return f"|{header}\n{ind}{start}{body}{end}"
