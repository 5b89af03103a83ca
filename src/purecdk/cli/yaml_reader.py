"""Reading YAML CloudFormation templates, for ``purecdk diff --template FILE``.

Covers what templates use: block mappings and sequences (compact forms included), plain, single- and
double-quoted scalars (multi-line too), literal and folded block scalars, flow collections, comments,
explicit keys (``? key``), and CloudFormation's short-form intrinsics (``!Ref``, ``!GetAtt``, ``!Sub``, ...),
which become their JSON form as the cdk CLI reads them. Plain scalars resolve with the YAML 1.2 core schema
(the cdk CLI's): ``true``/``false``, ``null``/``~``, integers and floats; everything else is a string.
Anchors, aliases and multiple documents are not supported and raise :class:`YamlError`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

_BOOL = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}
_NULL = ("", "~", "null", "Null", "NULL")
_INT = re.compile(r"[-+]?[0-9]+")
_OCT = re.compile(r"0o[0-7]+")
_HEX = re.compile(r"0x[0-9a-fA-F]+")
_FLOAT = re.compile(r"[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?")
_INF = re.compile(r"[-+]?\.(inf|Inf|INF)")
_NAN = re.compile(r"\.(nan|NaN|NAN)")
_ESCAPES = {
    "0": "\0", "a": "\a", "b": "\b", "t": "\t", "\t": "\t", "n": "\n", "v": "\v", "f": "\f", "r": "\r",
    "e": "\x1b", " ": " ", '"': '"', "/": "/", "\\": "\\", "N": "\x85", "_": "\xa0", "L": "\u2028",
    "P": "\u2029",
}  # fmt: skip
_HEX_ESCAPES = {"x": 2, "u": 4, "U": 8}
_SHORT_FORMS = {
    "Base64", "Cidr", "FindInMap", "GetAZs", "ImportValue", "Join", "Sub", "Select", "Split", "Transform",
    "And", "Equals", "If", "Not", "Or", "GetAtt", "Contains", "EachMemberEquals", "EachMemberIn", "RefAll",
    "ValueOf", "ValueOfAll", "Length", "ToJsonString", "ForEach",
}  # fmt: skip


class YamlError(ValueError):
    """The text is not YAML this reader understands; the message gives the line."""


@dataclass
class _Line:
    number: int
    indent: int
    text: str  # without the indentation


def _resolve_plain(text: str) -> Any:
    if text in _NULL:
        return None
    if text in _BOOL:
        return _BOOL[text]
    if _INT.fullmatch(text):
        return int(text)
    if _OCT.fullmatch(text):
        return int(text[2:], 8)
    if _HEX.fullmatch(text):
        return int(text[2:], 16)
    if _FLOAT.fullmatch(text):
        return float(text)
    if _INF.fullmatch(text):
        return float("-inf") if text.startswith("-") else float("inf")
    if _NAN.fullmatch(text):
        return float("nan")
    return text


def _apply_tag(tag: str, value: Any, line: int) -> Any:
    if tag in ("!Ref", "!Condition"):
        return {tag[1:]: value}
    if tag == "!GetAtt" and isinstance(value, str):
        resource, _, attribute = value.partition(".")
        return {"Fn::GetAtt": [resource, attribute]}
    if tag[1:] in _SHORT_FORMS:
        return {f"Fn::{tag[1:]}": value}
    if tag == "!!str":
        return "" if value is None else value if isinstance(value, str) else str(value)
    raise YamlError(f"line {line}: unsupported tag {tag}")


def _strip_comment(text: str) -> str:
    """``text`` without a trailing comment (``#`` at the start or after a space, outside quotes)."""
    quote = ""
    i = 0
    while i < len(text):
        c = text[i]
        if quote:
            if c == "\\" and quote == '"':
                i += 1
            elif c == quote:
                quote = ""
        elif c in "\"'" and (i == 0 or text[i - 1] in " \t[{,:"):
            quote = c
        elif c == "#" and (i == 0 or text[i - 1] in " \t"):
            return text[:i].rstrip(" \t")
        i += 1
    return text.rstrip(" \t")


def _fold(lines: list[str]) -> str:
    """Join the lines of a multi-line flow scalar: a line break is a space, n+1 line breaks are n newlines."""
    out = lines[0]
    blank = 0
    for part in lines[1:]:
        if part == "":
            blank += 1
            continue
        out += ("\n" * blank if blank else " ") + part
        blank = 0
    return out + "\n" * blank if blank else out


class _Reader:
    def __init__(self, text: str) -> None:
        self.lines: list[_Line] = []
        for n, raw in enumerate(text.replace("\r\n", "\n").split("\n"), start=1):
            stripped = raw.lstrip(" ")
            self.lines.append(_Line(n, len(raw) - len(stripped), stripped))
        self.pos = 0

    # -- lines ---------------------------------------------------------------------------------------
    def _meaningful(self, line: _Line) -> bool:
        text = line.text.strip(" \t")
        return bool(text) and not text.startswith("#")

    def peek(self) -> _Line | None:
        """The next line with content, skipping blank and comment lines."""
        while self.pos < len(self.lines) and not self._meaningful(self.lines[self.pos]):
            self.pos += 1
        return self.lines[self.pos] if self.pos < len(self.lines) else None

    # -- documents -----------------------------------------------------------------------------------
    def document(self) -> Any:
        """The one document of the text (an optional ``---`` first, ``...`` last)."""
        line = self.peek()
        if line is not None and line.indent == 0 and (line.text == "---" or line.text.startswith("--- ")):
            rest = line.text[3:].strip(" \t")
            if rest:
                line.text, line.indent = rest, 4
            else:
                self.pos += 1
        value = self.node(0, -1)
        line = self.peek()
        if line is not None and line.text.strip(" \t") == "...":
            self.pos += 1
            line = self.peek()
        if line is not None:
            raise YamlError(f"line {line.number}: unexpected content {line.text!r} (one document only)")
        return value

    def node(self, min_indent: int, parent_indent: int) -> Any:
        """The node starting at the next line, if it is indented at least ``min_indent``."""
        line = self.peek()
        if line is None or line.indent < min_indent:
            return None
        text = _strip_comment(line.text)
        if text == "-" or text.startswith("- "):
            return self.sequence(line.indent)
        if text == "?" or text.startswith("? ") or self._key_end(text) is not None:
            return self.mapping(line.indent)
        self.pos += 1
        return self.inline(line.text, line, parent_indent)

    # -- collections ---------------------------------------------------------------------------------
    def sequence(self, indent: int) -> list[Any]:
        """A block sequence whose dashes are at column ``indent``."""
        items: list[Any] = []
        while True:
            line = self.peek()
            if line is None or line.indent != indent:
                break
            text = _strip_comment(line.text)
            if not (text == "-" or text.startswith("- ")):
                break
            rest = line.text[1:]
            spaces = len(rest) - len(rest.lstrip(" "))
            content = rest.lstrip(" ")
            if not _strip_comment(content):
                self.pos += 1
                items.append(self.node(indent + 1, indent))
                continue
            # compact form: the rest of the line is a node indented past the dash
            line.text, line.indent = content, indent + 1 + spaces
            items.append(self.node(line.indent, indent))
        return items

    def _key_end(self, text: str) -> int | None:
        """Where the ``:`` of a ``key: value`` line is, or ``None`` if the line is not a mapping entry."""
        if not text or text[0] in "[{":
            return None
        if text[0] in "\"'":
            end = self._quoted_end(text, 0)
            if end is None:
                return None
            rest = text[end + 1 :].lstrip(" ")
            offset = len(text) - len(rest)
            return offset if rest == ":" or rest.startswith(": ") else None
        match = re.search(r":(?= |$)", text)
        return match.start() if match else None

    @staticmethod
    def _quoted_end(text: str, start: int) -> int | None:
        quote = text[start]
        i = start + 1
        while i < len(text):
            if quote == '"' and text[i] == "\\":
                i += 2
                continue
            if text[i] == quote:
                if quote == "'" and text[i + 1 : i + 2] == "'":
                    i += 2
                    continue
                return i
            i += 1
        return None

    def mapping(self, indent: int) -> dict[str, Any]:
        """A block mapping whose keys are at column ``indent``."""
        result: dict[str, Any] = {}
        while True:
            line = self.peek()
            if line is None or line.indent != indent:
                break
            text = _strip_comment(line.text)
            if text == "?" or text.startswith("? "):
                key, value = self._explicit_entry(line, indent)
            else:
                end = self._key_end(text)
                if end is None:
                    break
                key = self._key(text[:end].rstrip(" "), line)
                rest = line.text[end + 1 :].lstrip(" ")
                self.pos += 1
                value = self.value_after_key(rest, line, indent)
            result[str(key)] = value
        return result

    def _explicit_entry(self, line: _Line, indent: int) -> tuple[Any, Any]:
        rest = line.text[1:].lstrip(" ")
        self.pos += 1
        key = self.inline(rest, line, indent) if _strip_comment(rest) else self.node(indent + 1, indent)
        colon = self.peek()
        if colon is None or colon.indent != indent or not (colon.text == ":" or colon.text.startswith(": ")):
            return key, None
        self.pos += 1
        return key, self.value_after_key(colon.text[1:].lstrip(" "), colon, indent)

    def _key(self, text: str, line: _Line) -> Any:
        if text and text[0] in "\"'":
            return self.quoted([text], line)
        return text

    def value_after_key(self, rest: str, line: _Line, indent: int) -> Any:
        """The value of a key at column ``indent``: on the same line (``rest``), or on the lines below."""
        if _strip_comment(rest):
            return self.inline(rest, line, indent)
        following = self.peek()
        if following is not None and following.indent == indent:
            text = _strip_comment(following.text)
            if text == "-" or text.startswith("- "):
                return self.sequence(indent)  # a sequence may sit at its key's indentation
            return None
        return self.node(indent + 1, indent)

    # -- scalars and inline values -------------------------------------------------------------------
    def inline(self, text: str, line: _Line, parent_indent: int) -> Any:
        """The value at the end of ``line`` (whose rest is ``text``), with its continuation lines."""
        text = text.lstrip(" ")
        if text.startswith("!"):
            tag, _, rest = text.partition(" ")
            rest = rest.lstrip(" ")
            if _strip_comment(rest):
                inner = self.inline(rest, line, parent_indent)
            else:
                inner = self.node(parent_indent + 1, parent_indent)
            return _apply_tag(tag, inner, line.number)
        if text.startswith("&") or text.startswith("*"):
            raise YamlError(f"line {line.number}: anchors and aliases are not supported")
        if text[:1] in ("|", ">"):
            return self.block_scalar(text, line, parent_indent)
        if text[:1] in ("[", "{"):
            return self.flow(text, line, parent_indent)
        if text[:1] in ("'", '"'):
            return self.quoted(self._quoted_lines(text, line), line)
        parts = [_strip_comment(text)]
        while True:
            j, blanks = self.pos, 0
            while j < len(self.lines) and not self.lines[j].text.strip(" \t"):
                j, blanks = j + 1, blanks + 1
            if j >= len(self.lines) or self.lines[j].indent <= parent_indent:
                break
            following = _strip_comment(self.lines[j].text)
            if not following or following in ("...", "---") or self._key_end(following) is not None:
                break  # a comment, a document marker or a key ends a multi-line plain scalar
            parts.extend([""] * blanks + [following])
            self.pos = j + 1
        return _resolve_plain(_fold(parts) if len(parts) > 1 else parts[0])

    def _quoted_lines(self, text: str, line: _Line) -> list[str]:
        lines = [text]
        while self._quoted_end("\n".join(lines), 0) is None:
            if self.pos >= len(self.lines):
                raise YamlError(f"line {line.number}: unterminated quoted scalar")
            lines.append(self.lines[self.pos].text)
            self.pos += 1
        joined = "\n".join(lines)
        end = self._quoted_end(joined, 0)
        assert end is not None
        trailing = _strip_comment(joined[end + 1 :])
        if trailing:
            raise YamlError(f"line {line.number}: unexpected {trailing!r} after a quoted scalar")
        return joined[: end + 1].split("\n")

    def quoted(self, lines: list[str], line: _Line) -> str:
        """A quoted scalar from its raw lines (first starts with the quote, last ends with it)."""
        raw = "\n".join(lines)
        quote = raw[0]
        body = raw[1 : self._quoted_end(raw, 0)]
        if quote == "'":
            parts = body.split("\n")
            last = len(parts) - 1
            trimmed = [
                (p.lstrip(" \t") if i else p) if i == last else (p.strip(" \t") if i else p.rstrip(" \t"))
                for i, p in enumerate(parts)
            ]
            return _fold(trimmed).replace("''", "'")
        return self._double(body, line)

    @staticmethod
    def _double(body: str, line: _Line) -> str:
        out: list[str] = []
        trailing = 0  # unescaped spaces at the end of out, dropped at a line break
        i = 0
        while i < len(body):
            c = body[i]
            if c == "\\":
                nxt = body[i + 1 : i + 2]
                if nxt == "\n":  # escaped line break: join without a space
                    i += 2
                    while i < len(body) and body[i] in " \t":
                        i += 1
                    trailing = 0
                    continue
                if nxt in _HEX_ESCAPES:
                    width = _HEX_ESCAPES[nxt]
                    digits = body[i + 2 : i + 2 + width]
                    if len(digits) != width or not re.fullmatch(r"[0-9a-fA-F]+", digits):
                        raise YamlError(f"line {line.number}: bad escape \\{nxt}{digits}")
                    out.append(chr(int(digits, 16)))
                    i += 2 + width
                elif nxt in _ESCAPES:
                    out.append(_ESCAPES[nxt])
                    i += 2
                else:
                    raise YamlError(f"line {line.number}: unknown escape \\{nxt}")
                trailing = 0
                continue
            if c == "\n":
                if trailing:
                    del out[-trailing:]
                breaks = 1
                i += 1
                while True:
                    while i < len(body) and body[i] in " \t":
                        i += 1
                    if i < len(body) and body[i] == "\n":
                        breaks += 1
                        i += 1
                    else:
                        break
                out.append("\n" * (breaks - 1) if breaks > 1 else " ")
                trailing = 0
                continue
            out.append(c)
            trailing = trailing + 1 if c in " \t" else 0
            i += 1
        return "".join(out)

    def block_scalar(self, header: str, line: _Line, parent_indent: int) -> str:
        """A literal (``|``) or folded (``>``) scalar with its chomping and indentation indicators."""
        match = re.fullmatch(r"([|>])([1-9]?)([+-]?)([1-9]?)", _strip_comment(header))
        if not match:
            raise YamlError(f"line {line.number}: bad block scalar header {header!r}")
        style, digit1, chomp, digit2 = match.groups()
        digit = digit1 or digit2
        raw: list[tuple[int, str]] = []
        while self.pos < len(self.lines):
            candidate = self.lines[self.pos]
            if candidate.text.strip(" \t") and candidate.indent <= parent_indent:
                break
            raw.append((candidate.indent, candidate.text))
            self.pos += 1
        if digit:
            indent = parent_indent + int(digit) if parent_indent >= 0 else int(digit)
        else:
            indent = next((n for n, t in raw if t.strip(" \t")), parent_indent + 1)
        body: list[str] = []
        for n, t in raw:
            if not t.strip(" \t") and n <= indent:
                body.append("")
            else:
                body.append(" " * (n - indent) + t)
        content_end = len(body)
        while content_end and body[content_end - 1] == "":
            content_end -= 1
        trailing_breaks = len(body) - content_end
        lines = body[:content_end]
        if style == "|":
            text = "\n".join(lines)
        else:
            text = _fold_block(lines)
        if not lines:
            return "\n" * trailing_breaks if chomp == "+" else ""
        if chomp == "-":
            return text
        if chomp == "+":
            return text + "\n" * (trailing_breaks + 1)
        return text + "\n"

    def flow(self, text: str, line: _Line, parent_indent: int) -> Any:
        """A flow collection (``[...]``/``{...}``), possibly spread over several lines."""
        buffer = _strip_comment(text)
        while not _balanced(buffer):
            if self.pos >= len(self.lines):
                raise YamlError(f"line {line.number}: unterminated flow collection")
            buffer += " " + _strip_comment(self.lines[self.pos].text)
            self.pos += 1
        parser = _FlowParser(buffer, line.number)
        value = parser.value()
        parser.end()
        return value


def _fold_block(lines: list[str]) -> str:
    """The content of a folded (``>``) block scalar: breaks between text lines become spaces."""
    text = ""
    previous = ""  # "text", "more" (more indented) or "" before the first line
    blank = 0
    for current in lines:
        if current == "":
            blank += 1
            continue
        kind = "more" if current[0] in " \t" else "text"
        if not previous:
            text += "\n" * blank + current
        elif previous == "text" and kind == "text":
            text += (" " if blank == 0 else "\n" * blank) + current
        else:
            text += "\n" * (blank + 1) + current
        previous, blank = kind, 0
    return text


def _balanced(text: str) -> bool:
    depth = 0
    quote = ""
    i = 0
    while i < len(text):
        c = text[i]
        if quote:
            if c == "\\" and quote == '"':
                i += 1
            elif c == quote:
                quote = ""
        elif c in "\"'":
            quote = c
        elif c in "[{":
            depth += 1
        elif c in "]}":
            depth -= 1
        i += 1
    return depth <= 0 and not quote


class _FlowParser:
    """``[a, b]`` and ``{k: v}`` on one (joined) line."""

    def __init__(self, text: str, line: int) -> None:
        self.text = text
        self.i = 0
        self.line = line

    def _ws(self) -> None:
        while self.i < len(self.text) and self.text[self.i] in " \t":
            self.i += 1

    def end(self) -> None:
        """Fail unless everything was read."""
        self._ws()
        if self.i != len(self.text):
            raise YamlError(f"line {self.line}: unexpected {self.text[self.i :]!r} after a flow collection")

    def value(self) -> Any:
        """The next value: a collection, a tagged value or a scalar."""
        self._ws()
        c = self.text[self.i : self.i + 1]
        if c == "[":
            return self._sequence()
        if c == "{":
            return self._mapping()
        if c == "!":
            start = self.i
            while self.i < len(self.text) and self.text[self.i] not in " ,]}":
                self.i += 1
            tag = self.text[start : self.i]
            return _apply_tag(tag, self.value(), self.line)
        if c in ("'", '"'):
            end = _Reader._quoted_end(self.text, self.i)
            if end is None:
                raise YamlError(f"line {self.line}: unterminated quoted scalar")
            raw = self.text[self.i : end + 1]
            self.i = end + 1
            body = raw[1:-1]
            return body.replace("''", "'") if c == "'" else _Reader._double(body, _Line(self.line, 0, ""))
        start = self.i
        while self.i < len(self.text):
            ch = self.text[self.i]
            if ch in ",]}" or (ch == ":" and self.text[self.i + 1 : self.i + 2] in (" ", ",", "]", "}", "")):
                break
            self.i += 1
        return _resolve_plain(self.text[start : self.i].strip(" \t"))

    def _expect(self, char: str) -> None:
        self._ws()
        if self.text[self.i : self.i + 1] != char:
            raise YamlError(f"line {self.line}: expected {char!r} in {self.text!r}")
        self.i += 1

    def _sequence(self) -> list[Any]:
        self._expect("[")
        items: list[Any] = []
        while True:
            self._ws()
            if self.text[self.i : self.i + 1] == "]":
                self.i += 1
                return items
            items.append(self.value())
            self._ws()
            if self.text[self.i : self.i + 1] == ",":
                self.i += 1

    def _mapping(self) -> dict[str, Any]:
        self._expect("{")
        result: dict[str, Any] = {}
        while True:
            self._ws()
            if self.text[self.i : self.i + 1] == "}":
                self.i += 1
                return result
            key = self.value()
            self._ws()
            value = None
            if self.text[self.i : self.i + 1] == ":":
                self.i += 1
                value = self.value()
            result[str(key)] = value
            self._ws()
            if self.text[self.i : self.i + 1] == ",":
                self.i += 1


def parse_yaml(text: str) -> Any:
    """The data of a YAML document (see the module docstring for what is supported)."""
    if not text.strip(" \t"):
        return None
    return _Reader(text).document()
