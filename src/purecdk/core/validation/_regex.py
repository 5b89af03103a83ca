"""Schema patterns (Rust ``fancy-regex`` syntax) translated to Python ``re``.

Handles ``\\p{..}``/``\\P{..}`` Unicode classes (from generated data), inline flags in the middle of
a pattern (``x(?i)y`` becomes ``x(?i:y)``), ``(?<name>`` groups, ``\\x{..}``/``\\u{..}`` escapes and
``$``/``\\z`` meaning end of text. A pattern that cannot be translated (or that the Rust engine
would reject, such as lone surrogates) yields None and is not checked.
"""

from __future__ import annotations

import re
import warnings
from functools import lru_cache

from ._data import unicode_classes

_HEX_BRACED = r"\{([0-9A-Fa-f]{1,6})\}"


def _unicode_body(name: str) -> str | None:
    body = unicode_classes().get(name)
    return body or None


def _translate(pattern: str) -> str | None:
    out: list[str] = []
    # Stack of indexes into ``out`` where an open group started; used to close inline-flag scopes.
    groups: list[int] = []
    pending_close: list[int] = [0]  # per group depth: how many ")" to add when it closes
    in_class = False
    class_start = 0
    i, n = 0, len(pattern)
    while i < n:
        c = pattern[i]
        if c == "\\":
            if i + 1 >= n:
                return None
            d = pattern[i + 1]
            if d in "pP":
                if i + 2 < n and pattern[i + 2] == "{":
                    end = pattern.find("}", i + 3)
                    if end < 0:
                        return None
                    name, i_next = pattern[i + 3 : end], end + 1
                else:
                    name, i_next = pattern[i + 2 : i + 3], i + 3
                body = _unicode_body(name)
                if body is None:
                    return None
                if in_class:
                    if d == "P":
                        # Only "[\P{X}]" (the whole class) is supported: negate the class.
                        if pattern[class_start:i] not in ("[", "[^") or not pattern.startswith("]", i_next):
                            return None
                        negated = pattern[class_start:i] == "["
                        out[-1] = "[^" if negated else "["
                    out.append(body)
                else:
                    out.append(("[^" if d == "P" else "[") + body + "]")
                i = i_next
                continue
            if d in "xu" and i + 2 < n and pattern[i + 2] == "{":
                m = re.compile(_HEX_BRACED).match(pattern, i + 2)
                if not m:
                    return None
                cp = int(m.group(1), 16)
                if 0xD800 <= cp <= 0xDFFF or cp > 0x10FFFF:
                    return None
                out.append(f"\\U{cp:08x}")
                i = m.end()
                continue
            if d == "u":
                hexpart = pattern[i + 2 : i + 6]
                if len(hexpart) != 4 or not all(h in "0123456789abcdefABCDEF" for h in hexpart):
                    return None
                if 0xD800 <= int(hexpart, 16) <= 0xDFFF:
                    return None
                out.append("\\u" + hexpart)
                i += 6
                continue
            if d == "z":
                out.append(r"\Z")
                i += 2
                continue
            out.append(pattern[i : i + 2])
            i += 2
            if (
                in_class
                and d in "wWdDsS"
                and i < n
                and pattern[i] == "-"
                and i + 1 < n
                and pattern[i + 1] != "]"
            ):
                out.append("\\-")  # Rust reads "[\\w-/]" as \w, "-", "/"; Python rejects the range
                i += 1
            continue
        if in_class:
            if c == "[" and pattern.startswith("[:", i):
                return None  # POSIX classes
            if c == "]" and i > class_start + 1 and not (pattern[class_start:i] == "[^"):
                in_class = False
            out.append(c)
            i += 1
            continue
        if c == "[":
            in_class = True
            class_start = i
            out.append("[")
            i += 1
            if i < n and pattern[i] == "^":
                out.append("^")
                i += 1
            if i < n and pattern[i] == "]":
                out.append("\\]")
                i += 1
            continue
        if c == "$":
            out.append(r"\Z")
            i += 1
            continue
        if c == "(":
            m = re.match(r"\(\?([imsxU-]+)\)", pattern[i:])
            if m:
                flags = m.group(1).replace("U", "")
                if "-" in flags:
                    return None
                out.append(f"(?{flags}:" if flags else "(?:")
                pending_close[-1] += 1
                i += m.end()
                continue
            if pattern.startswith("(?<", i) and not pattern.startswith(("(?<=", "(?<!"), i):
                out.append("(?P<")
                i += 3
            elif pattern.startswith("(?P<", i):
                out.append("(?P<")
                i += 4
            else:
                out.append("(")
                i += 1
            groups.append(len(out))
            pending_close.append(0)
            continue
        if c == ")":
            out.append(")" * pending_close.pop())
            if not pending_close:
                return None
            if groups:
                groups.pop()
            out.append(")")
            i += 1
            continue
        out.append(c)
        i += 1
    if in_class or len(pending_close) != 1:
        return None
    out.append(")" * pending_close[0])
    return "".join(out)


@lru_cache(maxsize=4096)
def compile_pattern(pattern: str) -> re.Pattern[str] | None:
    """The compiled Python equivalent of a schema pattern, or None when it cannot be checked."""
    translated = _translate(pattern)
    if translated is None:
        return None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            return re.compile(translated)
        except (re.error, OverflowError, RecursionError):
            return None


def matches(pattern: str, value: str) -> bool | None:
    """Whether ``value`` matches ``pattern`` anywhere (JSON-schema semantics); None if uncheckable."""
    compiled = compile_pattern(pattern)
    if compiled is None:
        return None
    return compiled.search(value) is not None
