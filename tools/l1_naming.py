"""Naming rules of the L1 generator: CloudFormation names to jsii camelCase and Python snake_case.

These reproduce what aws-cdk-lib does: property names go through the npm ``camelcase`` package
(with plural acronyms such as ``ARNs`` treated as one word), and jsii's Python binding turns the
camelCase name into snake_case.
"""

from __future__ import annotations

import keyword
import re

_SEPARATORS = re.compile(r"[_.\- ]+([A-Za-z0-9_]|$)")
_DIGITS = re.compile(r"\d+([A-Za-z0-9_]|$)")
_PLURAL_ACRONYM = re.compile(r"(ARN|VPC)s(?=[A-Z]|$)")
_BINARY_UNIT = re.compile(r"([KMGTP])iB(?![a-z])")


def _is_upper(c: str) -> bool:
    return c.upper() == c and c.lower() != c


def _is_lower(c: str) -> bool:
    return c.lower() == c and c.upper() != c


def camelcase(s: str) -> str:
    """Port of the npm ``camelcase`` package (v6), default options."""
    if not s:
        return s
    if len(s) == 1:
        return s.lower()
    if s != s.lower():
        out = list(s)
        last_lower = last_upper = last_last_upper = False
        i = 0
        while i < len(out):
            c = out[i]
            if last_lower and _is_upper(c):
                out.insert(i, "-")
                last_lower = False
                last_last_upper = last_upper
                last_upper = True
                i += 1
            elif last_upper and last_last_upper and _is_lower(c):
                out.insert(i - 1, "-")
                last_last_upper = last_upper
                last_upper = False
                last_lower = True
            else:
                last_lower = _is_lower(c)
                last_last_upper = last_upper
                last_upper = _is_upper(c)
            i += 1
        s = "".join(out)
    s = re.sub(r"^[_.\- ]+", "", s).lower()
    s = _SEPARATORS.sub(lambda m: m.group(1).upper(), s)
    return _DIGITS.sub(lambda m: m.group(0).upper(), s)


def jsii_name(cfn_name: str) -> str:
    """The jsii (TypeScript) property name aws-cdk-lib gives a CloudFormation property."""
    return camelcase(_PLURAL_ACRONYM.sub(lambda m: m.group(1)[0] + m.group(1)[1:].lower() + "s", cfn_name))


def python_name(jsii: str) -> str:
    """The Python name jsii gives a camelCase name (keywords get a trailing underscore)."""
    s = _BINARY_UNIT.sub(lambda m: m.group(1) + "ib", jsii)
    s = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", s)
    s = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", s).lower()
    if keyword.iskeyword(s):
        s += "_"
    return s
