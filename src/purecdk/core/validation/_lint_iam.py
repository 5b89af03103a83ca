"""IAM policy document rules: E3510 (identity policies), E3512 (resource-based policies), E3513 (ECR repository
policies), E3530 (role trust policies) and W3037 (a managed policy statement without resources).

Conditions, messages and paths were observed on the engine bundled with aws-cdk-lib 2.275
(``tests/validation/fixtures/lint_cases.json``). The resource-based and trust checks are shallow: a literal document
object without a ``Statement`` key, and -- trust policies only -- statements (literal objects in a literal list)
lacking ``Effect``, ``Action``/``NotAction`` or ``Principal``. E3510 validates identity documents against a policy
grammar (keys, types, enums, ``Sid`` pattern and duplicates, condition operators and values, resource ARNs), once
per combination of the conditions of the document's ``Fn::If``s; other intrinsic functions are not entered, except
that an ``Fn::Sub`` resource is checked in its resolved form.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from ._values import fmt_value

if TYPE_CHECKING:
    from ._engine import TemplateChecker

#: E3510: identity policy documents (``*``: every item of a literal list).
IDENTITY_POLICY_PATHS: dict[str, tuple[str, ...]] = {
    "AWS::IAM::Group": ("Policies.*.PolicyDocument",),
    "AWS::IAM::GroupPolicy": ("PolicyDocument",),
    "AWS::IAM::ManagedPolicy": ("PolicyDocument",),
    "AWS::IAM::Policy": ("PolicyDocument",),
    "AWS::IAM::Role": ("Policies.*.PolicyDocument",),
    "AWS::IAM::RolePolicy": ("PolicyDocument",),
    "AWS::IAM::User": ("Policies.*.PolicyDocument",),
    "AWS::IAM::UserPolicy": ("PolicyDocument",),
    "AWS::SSO::PermissionSet": ("InlinePolicy",),
}

#: Documents checked only for a missing ``Statement``: (rule, message, suggested fix).
_RESOURCE_POLICY = (
    "E3512",
    "Resource-based policy must have a Statement property",
    "Add a Statement array to the policy document",
)
STATEMENT_REQUIRED: dict[str, dict[str, tuple[str, str, str]]] = {
    "AWS::KMS::Key": {"KeyPolicy": _RESOURCE_POLICY},
    "AWS::OpenSearchService::Domain": {"AccessPolicies": _RESOURCE_POLICY},
    "AWS::S3::BucketPolicy": {"PolicyDocument": _RESOURCE_POLICY},
    "AWS::SNS::TopicPolicy": {"PolicyDocument": _RESOURCE_POLICY},
    "AWS::SQS::QueuePolicy": {"PolicyDocument": _RESOURCE_POLICY},
    "AWS::ECR::Repository": {
        "RepositoryPolicyText": (
            "E3513",
            "ECR repository policy must have a Statement property",
            "Add a Statement array to the RepositoryPolicyText",
        )
    },
    "AWS::IAM::Role": {
        "AssumeRolePolicyDocument": (
            "E3530",
            "'Statement' is a required property",
            "Add a Statement array to the AssumeRolePolicyDocument",
        )
    },
}

#: E3530: what every trust policy statement needs (keys any of which satisfies it, message, fix).
TRUST_STATEMENT_REQUIREMENTS: tuple[tuple[tuple[str, ...], str, str], ...] = (
    (("Effect",), "'Effect' is a required property", "Add Effect (Allow or Deny) to the statement"),
    (
        ("Action", "NotAction"),
        "'Action' or 'NotAction' is a required property",
        "Add Action or NotAction to the statement",
    ),
    (("Principal",), "'Principal' is a required property", "Add Principal to the statement"),
)

_DOCUMENT_KEYS = ("Version", "Statement")
_STATEMENT_KEYS = ("Sid", "Effect", "Action", "NotAction", "Resource", "NotResource", "Condition")
_VERSIONS = ["2008-10-17", "2012-10-17"]
_EFFECTS = ["Allow", "Deny"]
_SID_PATTERN = "^[A-Za-z0-9]+$"
_SID_RE = re.compile(_SID_PATTERN)
_CONDITION_OPERATOR_RE = re.compile(
    r"(ForAnyValue:|ForAllValues:)?("
    r"String(Not)?Equals(IgnoreCase)?|String(Not)?Like|Numeric(Not)?Equals|Numeric(Less|Greater)Than(Equals)?|"
    r"Date(Not)?Equals|Date(Less|Greater)Than(Equals)?|Bool|BinaryEquals|(Not)?IpAddress|Arn(Not)?(Equals|Like)|Null"
    r")(IfExists)?"
)
_NULL_VALUES: list[Any] = ["true", "false", True, False]
#: The ARN pattern the engine prints for a bad ``Resource`` / ``NotResource``; ``_ARN_RE`` is what it accepts
#: (fitted to its answers: three-part ``arn:aws:s3`` passes, which the printed pattern alone would reject).
_ARN_PATTERN = (
    r"^(arn:(aws[A-Za-z\-]*?|[A-Za-z?*\-]*[?*][A-Za-z?*\-]*):[^:*?]+:[^:]*(:(?:\d{12}|\*|aws)?:.+|)|\*)$"
)
_ARN_RE = re.compile(
    r"^(arn:(aws[A-Za-z\-]*?|[A-Za-z?*\-]*[?*][A-Za-z?*\-]*):[^:*?]+(:[^:]*(:(?:\d{12}|\*|aws)?:.+|))?|\*)$"
)

Path = tuple[Any, ...]


def _is_intrinsic(value: Any) -> bool:
    return isinstance(value, dict) and len(value) == 1 and next(iter(value)).startswith(("Fn::", "Ref"))


class _Reporter:
    """Emits one rule's diagnostics at paths inside one document (``root``), each (path, message) once."""

    def __init__(self, checker: TemplateChecker, rule: str, prefix: Path, prefix_pos: tuple[int, ...]):
        self.checker, self.rule, self.prefix, self.prefix_pos = checker, rule, prefix, prefix_pos
        self.root: Any = None
        self.seen: set[tuple[Path, str]] = set()

    def emit(self, path: Path, message: str, fix: str | None = None) -> None:
        if (path, message) in self.seen:
            return
        self.seen.add((path, message))
        pos: list[int] = []
        value: Any = self.root
        for key in path:
            pos.append(self.checker._index_of(value, key))
            value = value[key]
        self.checker._emit(
            None, self.rule, message, ("Properties",) + self.prefix + path, self.prefix_pos + tuple(pos), fix
        )


_REMOVED = object()
_MAX_CONDITIONS = 4


def _condition_names(value: Any, out: dict[str, None]) -> None:
    if isinstance(value, dict):
        arg = value.get("Fn::If") if len(value) == 1 else None
        if isinstance(arg, list) and len(arg) == 3 and isinstance(arg[0], str):
            out[arg[0]] = None
        for item in value.values():
            _condition_names(item, out)
    elif isinstance(value, list):
        for item in value:
            _condition_names(item, out)


def _pick(value: Any, chosen: dict[str, bool]) -> Any:
    """``value`` with every ``Fn::If`` replaced by its chosen branch (``AWS::NoValue`` drops the key or item)."""
    if isinstance(value, dict):
        arg = value.get("Fn::If") if len(value) == 1 else None
        if isinstance(arg, list) and len(arg) == 3 and isinstance(arg[0], str):
            branch = arg[1] if chosen[arg[0]] else arg[2]
            return _REMOVED if branch == {"Ref": "AWS::NoValue"} else _pick(branch, chosen)
        out = {}
        for key, item in value.items():
            picked = _pick(item, chosen)
            if picked is not _REMOVED:
                out[key] = picked
        return out
    if isinstance(value, list):
        return [picked for picked in (_pick(item, chosen) for item in value) if picked is not _REMOVED]
    return value


def _scenarios(checker: TemplateChecker, value: Any) -> list[Any]:
    """The values ``value`` takes for every combination of the conditions of its ``Fn::If``s (static conditions
    fixed); nothing when there are too many conditions to enumerate."""
    names: dict[str, None] = {}
    _condition_names(value, names)
    if not names:
        return [value]
    fixed = {name: checker._condition_value(name) for name in names}
    free = [name for name, known in fixed.items() if known is None]
    if len(free) > _MAX_CONDITIONS:
        return []
    out = []
    for mask in range(2 ** len(free)):
        chosen = {name: bool(known) for name, known in fixed.items() if known is not None}
        chosen.update({name: bool(mask >> i & 1) for i, name in enumerate(free)})
        picked = _pick(value, chosen)
        if picked is not _REMOVED:
            out.append(picked)
    return out


def _documents(props: dict[str, Any], dotted: str) -> Iterator[tuple[Path, Any]]:
    """(path, value) of the documents at a dotted path through literal lists and objects."""
    found: list[tuple[Path, Any]] = [((), props)]
    for part in dotted.split("."):
        nxt: list[tuple[Path, Any]] = []
        for path, value in found:
            if part == "*":
                if isinstance(value, list):
                    nxt.extend((path + (i,), item) for i, item in enumerate(value))
            elif isinstance(value, dict) and not _is_intrinsic(value) and part in value:
                nxt.append((path + (part,), value[part]))
        found = nxt
    return iter(found)


def check_policy_documents(
    checker: TemplateChecker, type_name: str, props: dict[str, Any], props_pos: tuple[int, ...]
) -> None:
    """E3510 / E3512 / E3513 / E3530 for one resource's properties."""
    for name, (rule, message, fix) in STATEMENT_REQUIRED.get(type_name, {}).items():
        document = props.get(name)
        if not isinstance(document, dict) or _is_intrinsic(document):
            continue
        reporter = _Reporter(checker, rule, (name,), props_pos + (checker._index_of(props, name),))
        reporter.root = document
        if "Statement" not in document:
            reporter.emit((), message, fix)
        elif rule == "E3530" and isinstance(document["Statement"], list):
            _check_trust_statements(reporter, document["Statement"])
    for dotted in IDENTITY_POLICY_PATHS.get(type_name, ()):
        for path, document in _documents(props, dotted):
            pos = props_pos
            value: Any = props
            for key in path:
                pos += (checker._index_of(value, key),)
                value = value[key]
            reporter = _Reporter(checker, "E3510", path, pos)
            for scenario in _scenarios(checker, document):
                reporter.root = scenario
                _check_identity_document(reporter, scenario)
            if type_name == "AWS::IAM::ManagedPolicy" and _lacks_resource(document):
                checker._emit(
                    None, "W3037", "IAM policy statement has Action but no Resource", ("Properties",) + path, pos
                )


def _lacks_resource(document: Any) -> bool:
    """W3037 (managed policies only): a literal statement with ``Action`` but neither ``Resource`` nor
    ``NotResource`` (keys, whatever their value) in a literal statement list."""
    statements = document.get("Statement") if isinstance(document, dict) else None
    return isinstance(statements, list) and any(
        isinstance(s, dict) and "Action" in s and "Resource" not in s and "NotResource" not in s for s in statements
    )


def _check_trust_statements(reporter: _Reporter, statements: list[Any]) -> None:
    for i, statement in enumerate(statements):
        if not isinstance(statement, dict) or _is_intrinsic(statement):
            continue
        for keys, message, fix in TRUST_STATEMENT_REQUIREMENTS:
            if not any(key in statement for key in keys):
                reporter.emit(("Statement", i), message + " in trust policy statement", fix)


def _check_identity_document(reporter: _Reporter, document: Any) -> None:
    """One identity policy document (``null`` counts as missing for required keys, as a wrong type elsewhere)."""
    path: Path = ()
    if _is_intrinsic(document):
        return
    if not isinstance(document, dict):
        reporter.emit(path, f"{fmt_value(document)} is not of type 'object'")
        return
    for key in document:
        if key not in _DOCUMENT_KEYS:
            reporter.emit(path + (key,), f"Additional properties are not allowed ({fmt_value(key)} was unexpected)")
    if document.get("Statement") is None:
        reporter.emit(path, "'Statement' is a required property")
    if "Version" in document:
        _check_enum(reporter, document["Version"], path + ("Version",), _VERSIONS)
    statements = document.get("Statement")
    if statements is None or _is_intrinsic(statements):
        return
    statement_path = path + ("Statement",)
    if isinstance(statements, dict):
        _check_statement(reporter, statements, statement_path)
        return
    if not isinstance(statements, list):
        reporter.emit(statement_path, f"{fmt_value(statements)} is not of type 'object', 'array'")
        return
    if not statements:
        reporter.emit(statement_path, "[] is too short (minimum 1 item)")
    sids: dict[str, int] = {}
    for i, statement in enumerate(statements):
        if _is_intrinsic(statement):
            continue
        if not isinstance(statement, dict):
            reporter.emit(statement_path + (i,), f"{fmt_value(statement)} is not of type 'object'")
            continue
        _check_statement(reporter, statement, statement_path + (i,))
        sid = statement.get("Sid")
        if isinstance(sid, str):
            if sid in sids:
                reporter.emit(
                    statement_path + (i, "Sid"), f"{fmt_value(sid)} is a duplicate of Statement.{sids[sid]}.Sid"
                )
            else:
                sids[sid] = i


def _check_enum(reporter: _Reporter, value: Any, path: Path, allowed: list[str]) -> None:
    if _is_intrinsic(value):
        return
    if not isinstance(value, str):
        reporter.emit(path, f"{fmt_value(value)} is not of type 'string'")
    elif value not in allowed:
        reporter.emit(path, f"{fmt_value(value)} is not one of {fmt_value(allowed)}")


def _check_statement(reporter: _Reporter, statement: dict[str, Any], path: Path) -> None:
    for key in statement:
        if key not in _STATEMENT_KEYS:
            reporter.emit(path + (key,), f"Additional properties are not allowed ({fmt_value(key)} was unexpected)")
    if statement.get("Effect") is None:
        reporter.emit(path, "'Effect' is a required property")
    else:
        _check_enum(reporter, statement["Effect"], path + ("Effect",), _EFFECTS)
    for pair in (("Action", "NotAction"), ("Resource", "NotResource")):
        present = [key for key in pair if statement.get(key) is not None]
        message = f"Only one of {fmt_value(list(pair))} is a required property"
        if not present:
            reporter.emit(path, message)
        elif len(present) == 2:
            for key in pair:
                reporter.emit(path + (key,), message)
    for key in ("Action", "NotAction", "Resource", "NotResource"):
        if key in statement:
            _check_string_or_list(reporter, statement[key], path + (key,), min_items=key.endswith("Action"))
    for key in ("Resource", "NotResource"):
        value = statement.get(key)
        items = list(enumerate(value)) if isinstance(value, list) else [(None, value)]
        for i, item in items:
            _check_arn(reporter, item, path + (key,) if i is None else path + (key, i))
    if "Condition" in statement:
        _check_condition(reporter, statement["Condition"], path + ("Condition",))
    sid = statement.get("Sid")
    if "Sid" in statement and not _is_intrinsic(sid):
        if not isinstance(sid, str):
            reporter.emit(path + ("Sid",), f"{fmt_value(sid)} is not of type 'string'")
        elif not _SID_RE.match(sid):
            reporter.emit(path + ("Sid",), f"{fmt_value(sid)} does not match '{_SID_PATTERN}'")


def _json_text(value: Any) -> str:
    """A value as the engine prints it in condition messages (objects as compact JSON)."""
    if isinstance(value, dict):
        return json.dumps(value, separators=(",", ":"))
    return fmt_value(value)


def _check_condition(reporter: _Reporter, condition: Any, path: Path) -> None:
    """Operators (the IAM set, optional ``ForAnyValue:``/``ForAllValues:`` prefix and ``IfExists`` suffix) and
    their values: plain ``Null`` takes booleans (or ``"true"``/``"false"``), the others scalars or string lists."""
    if _is_intrinsic(condition):
        return
    if not isinstance(condition, dict):
        reporter.emit(path, f"{_json_text(condition)} is not of type 'object'")
        return
    for operator, block in condition.items():
        if not _CONDITION_OPERATOR_RE.fullmatch(operator):
            reporter.emit(path + (operator,), f"{fmt_value(operator)} is not a valid IAM condition operator")
            continue
        if _is_intrinsic(block):
            continue
        if not isinstance(block, dict):
            reporter.emit(path + (operator,), f"{_json_text(block)} is not of type 'object'")
            continue
        is_null = operator == "Null"
        for key, value in block.items():
            _check_condition_value(reporter, value, path + (operator, key), is_null)


def _check_condition_value(reporter: _Reporter, value: Any, path: Path, is_null: bool) -> None:
    if _is_intrinsic(value):
        return
    if is_null:
        items = list(enumerate(value)) if isinstance(value, list) else [(None, value)]
        for i, item in items:
            if _is_intrinsic(item):
                continue
            if not any(item == v and type(item) is type(v) for v in _NULL_VALUES):
                where = path if i is None else path + (i,)
                reporter.emit(where, f"{_json_text(item)} is not one of {fmt_value(_NULL_VALUES)}")
        return
    if isinstance(value, list):
        for i, item in enumerate(value):
            if not isinstance(item, str) and not _is_intrinsic(item):
                reporter.emit(path + (i,), f"{_json_text(item)} is not of type 'string'")
    elif value is None or isinstance(value, dict):
        reporter.emit(path, f"{_json_text(value)} is not of type 'boolean', 'number', 'string', 'array'")


def _check_arn(reporter: _Reporter, value: Any, path: Path) -> None:
    """A resource ARN: a literal string, or the string an ``Fn::Sub`` (string form) resolves to."""
    if isinstance(value, dict) and len(value) == 1 and isinstance(value.get("Fn::Sub"), str):
        candidates = reporter.checker._resolve_sub(value["Fn::Sub"], 0)
    elif isinstance(value, str):
        candidates = [value]
    else:
        return
    for candidate in candidates:
        if isinstance(candidate, str) and not _ARN_RE.match(candidate):
            reporter.emit(path, f"{fmt_value(candidate)} does not match '{_ARN_PATTERN}'")
            return


def _check_string_or_list(reporter: _Reporter, actions: Any, path: Path, min_items: bool) -> None:
    """Actions / resources: a string or a list of strings (actions: not empty). ARN patterns are not checked."""
    if _is_intrinsic(actions) or actions is None or isinstance(actions, str):
        return
    if not isinstance(actions, list):
        reporter.emit(path, f"{fmt_value(actions)} is not of type 'string', 'array'")
        return
    if not actions and min_items:
        reporter.emit(path, "[] is too short (minimum 1 item)")
    for i, action in enumerate(actions):
        if not isinstance(action, str) and not _is_intrinsic(action) and action is not None:
            reporter.emit(path + (i,), f"{fmt_value(action)} is not of type 'string'")
