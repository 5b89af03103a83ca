"""Secret-handling rules: W1011 (a parameter referenced where a dynamic reference belongs), W2501 (password
properties given literal strings or parameters without ``NoEcho``) and W2509 (password-like parameters without
``NoEcho``).

Observed on the engine bundled with aws-cdk-lib 2.275 (``tests/validation/fixtures/lint_cases.json``):

- W2501 looks at every key named like a password property, at any depth of a resource's properties (Lambda
  environment variables included). A value whose resolved form (``Fn::If`` branches, joins, pseudo parameters) is a
  string without a ``{{resolve:...}}`` dynamic reference is "hardcoded"; a ``Ref`` to a parameter whose
  ``NoEcho`` is not true is reported once, on the parameter.
- W1011 only concerns a fixed list of secret properties; a ``Ref`` (or ``Fn::Sub`` variable) naming a parameter.
- W2509: ``String`` parameters whose name contains ``password`` or ``secret`` (any case), ``NoEcho`` not true.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._engine import TemplateChecker

#: W2501: keys holding passwords (exact spelling).
PASSWORD_KEYS = frozenset(
    {
        "AccountPassword",
        "AdminPassword",
        "ADDomainJoinPassword",
        "CrossRealmTrustPrincipalPassword",
        "KdcAdminPassword",
        "Password",
        "DbPassword",
        "MasterUserPassword",
        "PasswordParam",
    }
)

#: W1011: secret properties per resource type (``*``: every item of a list).
SECRET_PATHS: dict[str, tuple[str, ...]] = {
    "AWS::DirectoryService::MicrosoftAD": ("Password",),
    "AWS::DirectoryService::SimpleAD": ("Password",),
    "AWS::ElastiCache::ReplicationGroup": ("AuthToken",),
    "AWS::IAM::User": ("LoginProfile.Password",),
    "AWS::KinesisFirehose::DeliveryStream": ("RedshiftDestinationConfiguration.Password",),
    "AWS::OpsWorks::App": ("AppSource.Password",),
    "AWS::OpsWorks::Stack": ("RdsDbInstances.*.DbPassword", "CustomCookbooksSource.Password"),
    "AWS::RDS::DBCluster": ("MasterUserPassword",),
    "AWS::RDS::DBInstance": ("MasterUserPassword",),
    "AWS::Redshift::Cluster": ("MasterUserPassword",),
}

_PASSWORD_NAME = re.compile("password|secret", re.IGNORECASE)
_SUB_VARIABLE = re.compile(r"\$\{([^}!][^}]*)\}")
_NO_VALUE = {"Ref": "AWS::NoValue"}
_DYNAMIC_REFERENCE = re.compile(r"\{\{resolve:.+\}\}")

Path = tuple[Any, ...]


def _no_echo(parameter: Any) -> bool:
    value = parameter.get("NoEcho") if isinstance(parameter, dict) else None
    return value is True or (isinstance(value, str) and value.lower() == "true")


def _branches(value: Any) -> Iterator[Any]:
    """``value`` or the branches of its ``Fn::If`` (recursively), ``AWS::NoValue`` left out."""
    if isinstance(value, dict) and len(value) == 1 and "Fn::If" in value:
        arg = value["Fn::If"]
        if isinstance(arg, list) and len(arg) == 3:
            for branch in arg[1:]:
                yield from _branches(branch)
        return
    if value != _NO_VALUE:
        yield value


def _ref_parameter(checker: TemplateChecker, value: Any) -> str | None:
    if isinstance(value, dict) and len(value) == 1 and isinstance(value.get("Ref"), str):
        return value["Ref"] if value["Ref"] in checker.parameters else None
    return None


def _mentions_parameter(checker: TemplateChecker, value: Any) -> bool:
    if isinstance(value, dict):
        if _ref_parameter(checker, value) is not None:
            return True
        return any(_mentions_parameter(checker, v) for v in value.values())
    if isinstance(value, list):
        return any(_mentions_parameter(checker, v) for v in value)
    if isinstance(value, str):
        return any(name in checker.parameters for name in _SUB_VARIABLE.findall(value))
    return False


def _position(checker: TemplateChecker, root: Any, path: Path) -> tuple[int, ...]:
    out = []
    for key in path:
        out.append(checker._index_of(root, key))
        root = root[key]
    return tuple(out)


def _emit_for_parameter(checker: TemplateChecker, rule: str, message: str, name: str) -> None:
    """A diagnostic on a parameter: not attributed to a resource (the stack is the violating construct)."""
    logical_id, checker._logical_id = checker._logical_id, None
    section = checker._index_of(checker.template, "Parameters")
    checker._emit(
        None, rule, message, (f"Parameters/{name}",), (section, checker._index_of(checker.parameters, name))
    )
    checker._logical_id = logical_id


def check_parameters(checker: TemplateChecker) -> None:
    """W2509 for every parameter of the template."""
    for name, parameter in checker.parameters.items():
        if not isinstance(parameter, dict) or parameter.get("Type") != "String" or _no_echo(parameter):
            continue
        if _PASSWORD_NAME.search(name):
            message = f"Parameter '{name}' appears to be a password but does not have NoEcho set to true"
            _emit_for_parameter(checker, "W2509", message, name)


def _password_values(value: Any, path: Path) -> Iterator[tuple[str, Path, Any]]:
    """(key, path, value) of every password key inside ``value``."""
    if isinstance(value, dict):
        for key, item in value.items():
            if key in PASSWORD_KEYS:
                yield key, path + (key,), item
            yield from _password_values(item, path + (key,))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _password_values(item, path + (i,))


def check_passwords(
    checker: TemplateChecker, type_name: str, props: dict[str, Any], props_pos: tuple[int, ...], reported: set[str]
) -> None:
    """W2501 and W1011 for one resource's properties (``reported``: parameters already given a W2501)."""
    for key, path, value in _password_values(props, ()):
        hardcoded = False
        for branch in _branches(value):
            parameter = _ref_parameter(checker, branch)
            if parameter is not None:
                message = f"Parameter {parameter} used as {key}, therefore NoEcho should be True"
                if not _no_echo(checker.parameters[parameter]) and message not in reported:
                    reported.add(message)
                    _emit_for_parameter(checker, "W2501", message, parameter)
            elif not _mentions_parameter(checker, branch):
                hardcoded = hardcoded or any(
                    isinstance(c, str) and not _DYNAMIC_REFERENCE.search(c) for c in checker._resolve(branch)
                )
        if hardcoded:
            checker._emit(
                None,
                "W2501",
                f"Property '{key}' should not be a hardcoded string - use a parameter with NoEcho or a dynamic "
                "reference",
                ("Properties",) + path,
                props_pos + _position(checker, props, path),
            )
    for dotted in SECRET_PATHS.get(type_name, ()):
        for path, value in _locations(props, dotted.split("."), ()):
            for name in _referenced_parameters(checker, value):
                checker._emit(
                    None,
                    "W1011",
                    f"Use dynamic references (e.g., SSM SecureString) instead of parameter '{name}' for secrets",
                    ("Properties",) + path,
                    props_pos + _position(checker, props, path),
                )


def _locations(value: Any, parts: list[str], path: Path) -> Iterator[tuple[Path, Any]]:
    if not parts:
        yield path, value
    elif parts[0] == "*":
        if isinstance(value, list):
            for i, item in enumerate(value):
                yield from _locations(item, parts[1:], path + (i,))
    elif isinstance(value, dict) and parts[0] in value:
        yield from _locations(value[parts[0]], parts[1:], path + (parts[0],))


def _referenced_parameters(checker: TemplateChecker, value: Any) -> list[str]:
    """Parameters a secret value names directly: ``Ref`` or ``Fn::Sub`` variables (not inside ``Fn::If``)."""
    parameter = _ref_parameter(checker, value)
    if parameter is not None:
        return [parameter]
    if not (isinstance(value, dict) and len(value) == 1 and "Fn::Sub" in value):
        return []
    arg = value["Fn::Sub"]
    text = arg if isinstance(arg, str) else arg[0] if isinstance(arg, list) and arg else None
    variables = arg[1] if isinstance(arg, list) and len(arg) == 2 and isinstance(arg[1], dict) else {}
    if not isinstance(text, str):
        return []
    names = [n for n in _SUB_VARIABLE.findall(text) if n in checker.parameters and n not in variables]
    return list(dict.fromkeys(names))
