"""``PolicyStatement`` and ``Effect``: one statement of an IAM policy document."""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from purecdk.aws_iam._util import js_json, merge_principal, validate_condition_object
from purecdk.core.tokens import Token

if TYPE_CHECKING:
    from purecdk.aws_iam.protocols import IPrincipal

_ACTION = re.compile(r"^(\*|[a-zA-Z0-9-]+:[a-zA-Z0-9*]+)$")
_ALPHANUMERIC = re.compile(r"^[0-9A-Za-z]*$")

DEFAULT_ARN_SIZE_ESTIMATE = 150
ARN_SIZE_ESTIMATE_CONTEXT_KEY = "@aws-cdk/aws-iam.arnSizeEstimate"


class Effect(enum.Enum):
    """Whether a statement allows or denies."""

    ALLOW = "Allow"
    DENY = "Deny"


class _OrderedSet:
    """Insertion-ordered set of values (strings, or principals compared by identity)."""

    __slots__ = ("_items", "_keys")

    def __init__(self) -> None:
        self._items: list[Any] = []
        self._keys: set[Any] | None = None  # made on the first push: most sets of a statement stay empty

    @staticmethod
    def _key(x: Any) -> Any:
        return x if isinstance(x, str) else ("#id", id(x))

    def push(self, *xs: Any) -> list[Any]:
        added: list[Any] = []
        if not xs:
            return added
        keys = self._keys
        if keys is None:
            keys = self._keys = set()
        for x in xs:
            key = self._key(x)
            if key not in keys:
                keys.add(key)
                self._items.append(x)
                added.append(x)
        return added

    def __len__(self) -> int:
        return len(self._items)

    def copy(self) -> list[Any]:
        return list(self._items)

    def direct(self) -> list[Any]:
        return self._items


def _as_list(values: Any) -> list[Any]:
    """Props given as a list (or a list token)."""
    if values is None:
        return []
    if isinstance(values, (list, tuple)):
        return list(values)
    raise TypeError(f"Expected a list, got {type(values).__name__} {values!r}")


class PolicyStatement:
    """A statement of a policy document: effect, actions, resources, principals and conditions."""

    def __init__(
        self,
        *,
        actions: Sequence[str] | None = None,
        conditions: Mapping[str, Any] | None = None,
        effect: Effect | None = None,
        not_actions: Sequence[str] | None = None,
        not_principals: Sequence[IPrincipal] | None = None,
        not_resources: Sequence[str] | None = None,
        principals: Sequence[IPrincipal] | None = None,
        resources: Sequence[str] | None = None,
        sid: str | None = None,
    ) -> None:
        self._action = _OrderedSet()
        self._not_action = _OrderedSet()
        self._principal: dict[str, list[Any]] = {}
        self._not_principal: dict[str, list[Any]] = {}
        self._resource = _OrderedSet()
        self._not_resource = _OrderedSet()
        self._condition: dict[str, Any] = {}
        self._principals = _OrderedSet()
        self._not_principals = _OrderedSet()
        self._principal_conditions_json: str | None = None
        self._frozen = False
        self._sid = sid
        self._effect = _effect(effect) if effect else Effect.ALLOW
        self._add_actions(_as_list(actions))
        self.add_not_actions(*_as_list(not_actions))
        self.add_principals(*_as_list(principals))
        self.add_not_principals(*_as_list(not_principals))
        self.add_resources(*_as_list(resources))
        self.add_not_resources(*_as_list(not_resources))
        if conditions is not None:
            self.add_conditions(conditions)

    @staticmethod
    def from_json(obj: Any) -> PolicyStatement:
        """A statement from its JSON form (as ``to_statement_json`` renders it)."""
        from purecdk.aws_iam.principals import _JsonPrincipal

        ret = PolicyStatement(
            sid=obj.get("Sid"),
            actions=_ensure_list(obj.get("Action")),
            resources=_ensure_list(obj.get("Resource")),
            conditions=obj.get("Condition"),
            effect=obj.get("Effect"),
            not_actions=_ensure_list(obj.get("NotAction")),
            not_resources=_ensure_list(obj.get("NotResource")),
            principals=[_JsonPrincipal(obj["Principal"])] if obj.get("Principal") else None,  # type: ignore[list-item]
            not_principals=[_JsonPrincipal(obj["NotPrincipal"])] if obj.get("NotPrincipal") else None,  # type: ignore[list-item]
        )
        errors = ret.validate_for_any_policy()
        if errors:
            raise ValueError("Incorrect Policy Statement: " + "\n".join(errors))
        return ret

    # -- sid and effect ------------------------------------------------------------------------------

    @property
    def sid(self) -> str | None:
        """The statement id."""
        return self._sid

    @sid.setter
    def sid(self, value: str | None) -> None:
        self._assert_not_frozen("sid")
        self._sid = value

    @property
    def effect(self) -> Effect:
        """Whether the statement allows or denies."""
        return self._effect

    @effect.setter
    def effect(self, value: Effect) -> None:
        self._assert_not_frozen("effect")
        self._effect = _effect(value)

    # -- actions -------------------------------------------------------------------------------------

    def add_actions(self, *actions: str) -> None:
        """Add actions to the ``Action`` section."""
        self._add_actions(list(actions))

    def _add_actions(self, actions: list[str]) -> None:
        self._assert_not_frozen("addActions")
        if actions and len(self._not_action) > 0:
            raise ValueError("Cannot add 'Actions' to policy statement if 'NotActions' have been added")
        _validate_actions(actions)
        self._action.push(*actions)

    def add_not_actions(self, *not_actions: str) -> None:
        """Add actions to the ``NotAction`` section (everything but these)."""
        self._assert_not_frozen("addNotActions")
        if not_actions and len(self._action) > 0:
            raise ValueError("Cannot add 'NotActions' to policy statement if 'Actions' have been added")
        _validate_actions(list(not_actions))
        self._not_action.push(*not_actions)

    # -- principals ----------------------------------------------------------------------------------

    @property
    def has_principal(self) -> bool:
        """Whether the statement has a ``Principal`` or ``NotPrincipal``."""
        return len(self._principals) + len(self._not_principals) > 0

    def add_principals(self, *principals: IPrincipal) -> None:
        """Add principals to the ``Principal`` section."""
        self._assert_not_frozen("addPrincipals")
        if principals and len(self._not_principals) > 0:
            raise ValueError("Cannot add 'Principals' to policy statement if 'NotPrincipals' have been added")
        for principal in principals:
            _validate_principal(principal)
        for principal in self._principals.push(*principals):
            fragment = principal.policy_fragment
            merge_principal(self._principal, fragment.principal_json)
            self._add_principal_conditions(fragment.conditions)

    def add_not_principals(self, *not_principals: IPrincipal) -> None:
        """Add principals to the ``NotPrincipal`` section."""
        self._assert_not_frozen("addNotPrincipals")
        if not_principals and len(self._principals) > 0:
            raise ValueError("Cannot add 'NotPrincipals' to policy statement if 'Principals' have been added")
        for principal in not_principals:
            _validate_principal(principal)
        for principal in self._not_principals.push(*not_principals):
            fragment = principal.policy_fragment
            merge_principal(self._not_principal, fragment.principal_json)
            self._add_principal_conditions(fragment.conditions)

    def add_aws_account_principal(self, account_id: str) -> None:
        """Add an account's root as a principal."""
        from purecdk.aws_iam.principals import AccountPrincipal

        self.add_principals(AccountPrincipal(account_id))  # type: ignore[arg-type]

    def add_arn_principal(self, arn: str) -> None:
        """Add a principal by ARN."""
        from purecdk.aws_iam.principals import ArnPrincipal

        self.add_principals(ArnPrincipal(arn))  # type: ignore[arg-type]

    def add_service_principal(
        self,
        service: str,
        opts: Any = None,
        *,
        conditions: Mapping[str, Any] | None = None,
        region: str | None = None,
    ) -> None:
        """Add a service principal."""
        from purecdk.aws_iam.principals import ServicePrincipal
        from purecdk.core.structs import get_field

        if conditions is None:
            conditions = get_field(opts, "conditions")
        if region is None:
            region = get_field(opts, "region")
        self.add_principals(ServicePrincipal(service, conditions=conditions, region=region))  # type: ignore[arg-type]

    def add_federated_principal(self, federated: Any, conditions: Mapping[str, Any]) -> None:
        """Add a federated principal."""
        from purecdk.aws_iam.principals import FederatedPrincipal

        self.add_principals(FederatedPrincipal(federated, conditions))  # type: ignore[arg-type]

    def add_account_root_principal(self) -> None:
        """Add the root of this stack's account as a principal."""
        from purecdk.aws_iam.principals import AccountRootPrincipal

        self.add_principals(AccountRootPrincipal())  # type: ignore[arg-type]

    def add_canonical_user_principal(self, canonical_user_id: str) -> None:
        """Add a canonical user principal."""
        from purecdk.aws_iam.principals import CanonicalUserPrincipal

        self.add_principals(CanonicalUserPrincipal(canonical_user_id))  # type: ignore[arg-type]

    def add_any_principal(self) -> None:
        """Add everyone (``"AWS": "*"``) as a principal."""
        from purecdk.aws_iam.principals import AnyPrincipal

        self.add_principals(AnyPrincipal())  # type: ignore[arg-type]

    # -- resources -----------------------------------------------------------------------------------

    def add_resources(self, *arns: str) -> None:
        """Add resources to the ``Resource`` section."""
        self._assert_not_frozen("addResources")
        if arns and len(self._not_resource) > 0:
            raise ValueError("Cannot add 'Resources' to policy statement if 'NotResources' have been added")
        self._resource.push(*arns)

    def add_not_resources(self, *arns: str) -> None:
        """Add resources to the ``NotResource`` section."""
        self._assert_not_frozen("addNotResources")
        if arns and len(self._resource) > 0:
            raise ValueError("Cannot add 'NotResources' to policy statement if 'Resources' have been added")
        self._not_resource.push(*arns)

    def add_all_resources(self) -> None:
        """Add the ``"*"`` resource."""
        self.add_resources("*")

    @property
    def has_resource(self) -> bool:
        """Whether the statement has at least one resource."""
        return len(self._resource) > 0

    # -- conditions ----------------------------------------------------------------------------------

    def add_condition(self, key: str, value: Any) -> None:
        """Add a condition; one with the same operator is merged (the last value of a key wins)."""
        self._assert_not_frozen("addCondition")
        validate_condition_object(value)
        existing = self._condition.get(key)
        if existing and isinstance(existing, Mapping) and isinstance(value, Mapping):
            self._condition[key] = {**existing, **value}
        else:
            self._condition[key] = value

    def add_conditions(self, conditions: Mapping[str, Any]) -> None:
        """Add several conditions."""
        for key in list(conditions.keys()):
            self.add_condition(key, conditions[key])

    def add_account_condition(self, account_id: str) -> None:
        """Add ``StringEquals: {sts:ExternalId: account_id}``."""
        self.add_condition("StringEquals", {"sts:ExternalId": account_id})

    def add_source_account_condition(self, account_id: str) -> None:
        """Add ``StringEquals: {aws:SourceAccount: account_id}``."""
        self.add_condition("StringEquals", {"aws:SourceAccount": account_id})

    def add_source_arn_condition(self, arn: str) -> None:
        """Add ``ArnEquals: {aws:SourceArn: arn}``."""
        self.add_condition("ArnEquals", {"aws:SourceArn": arn})

    def _add_principal_conditions(self, conditions: Mapping[str, Any]) -> None:
        these = js_json(conditions)
        if self._principal_conditions_json is None:
            self._principal_conditions_json = these
        elif self._principal_conditions_json != these:
            raise ValueError(
                "All principals in a PolicyStatement must have the same Conditions "
                f"(got '{self._principal_conditions_json}' and '{these}'). Use multiple statements instead."
            )
        self.add_conditions(conditions)

    # -- copies and rendering ------------------------------------------------------------------------

    def copy(
        self,
        *,
        actions: Sequence[str] | None = None,
        conditions: Mapping[str, Any] | None = None,
        effect: Effect | None = None,
        not_actions: Sequence[str] | None = None,
        not_principals: Sequence[IPrincipal] | None = None,
        not_resources: Sequence[str] | None = None,
        principals: Sequence[IPrincipal] | None = None,
        resources: Sequence[str] | None = None,
        sid: str | None = None,
    ) -> PolicyStatement:
        """A new statement with the same contents, except what is overridden."""
        return PolicyStatement(
            sid=sid if sid is not None else self.sid,
            effect=effect if effect is not None else self.effect,
            actions=actions if actions is not None else self.actions,
            not_actions=not_actions if not_actions is not None else self.not_actions,
            principals=principals if principals is not None else self.principals,
            not_principals=not_principals if not_principals is not None else self.not_principals,
            resources=resources if resources is not None else self.resources,
            not_resources=not_resources if not_resources is not None else self.not_resources,
            conditions=conditions if conditions is not None else self.conditions,
        )

    def to_statement_json(self) -> Any:
        """The statement as policy JSON (unresolved; single values collapsed, empty sections dropped)."""
        return normalize_statement(
            {
                "Action": self._action.direct(),
                "NotAction": self._not_action.direct(),
                "Condition": self._condition,
                "Effect": self.effect.value,
                "Principal": self._principal,
                "NotPrincipal": self._not_principal,
                "Resource": self._resource.direct(),
                "NotResource": self._not_resource.direct(),
                "Sid": self.sid,
            }
        )

    def to_json(self) -> Any:
        """Same as ``to_statement_json``."""
        return self.to_statement_json()

    def to_string(self) -> str:
        """The statement as a string token (renders as its JSON)."""
        return Token.as_string(_StatementToken(self), display_hint="PolicyStatement")

    def __str__(self) -> str:
        return self.to_string()

    # -- validation ----------------------------------------------------------------------------------

    def validate_for_any_policy(self) -> list[str]:
        """Errors that make the statement invalid in any policy."""
        errors = []
        if len(self._action) == 0 and len(self._not_action) == 0:
            errors.append("A PolicyStatement must specify at least one 'action' or 'notAction'.")
        return errors

    def validate_for_resource_policy(
        self, options: Any = None, *, skip_resource_validation: bool | None = None
    ) -> list[str]:
        """Errors that make the statement invalid in a resource policy."""
        from purecdk.core.structs import get_field

        if skip_resource_validation is None:
            skip_resource_validation = get_field(options, "skip_resource_validation")
        errors = self.validate_for_any_policy()
        if len(self._principals) == 0 and len(self._not_principals) == 0:
            errors.append(
                "A PolicyStatement used in a resource-based policy must specify at least one IAM principal."
            )
        if not skip_resource_validation and len(self._resource) == 0 and len(self._not_resource) == 0:
            errors.append(
                "A PolicyStatement used in a resource-based policy must specify at least one resource."
            )
        return errors

    def validate_for_trust_policy(self) -> list[str]:
        """Errors that make the statement invalid in a role's trust policy."""
        errors = self.validate_for_any_policy()
        if len(self._principals) == 0 and len(self._not_principals) == 0:
            errors.append("A PolicyStatement used in a trust policy must specify at least one IAM principal.")
        return errors

    def validate_for_identity_policy(self) -> list[str]:
        """Errors that make the statement invalid in an identity policy."""
        errors = self.validate_for_any_policy()
        if len(self._principals) > 0 or len(self._not_principals) > 0:
            errors.append(
                "A PolicyStatement used in an identity-based policy cannot specify any IAM principals."
            )
        if len(self._resource) == 0 and len(self._not_resource) == 0:
            errors.append(
                "A PolicyStatement used in an identity-based policy must specify at least one resource."
            )
        if (
            self._sid is not None
            and not Token.is_unresolved(self._sid)
            and not _ALPHANUMERIC.match(self._sid)
        ):
            errors.append(
                f"Statement ID (sid) '{self._sid}' must be alphanumeric (A-Z, a-z, 0-9) when used in an "
                "identity-based policy. See https://docs.aws.amazon.com/IAM/latest/UserGuide/"
                "reference_policies_elements_sid.html"
            )
        return errors

    # -- accessors -----------------------------------------------------------------------------------

    @property
    def actions(self) -> list[str]:
        """The actions (a copy)."""
        return self._action.copy()

    @property
    def not_actions(self) -> list[str]:
        """The not-actions (a copy)."""
        return self._not_action.copy()

    @property
    def principals(self) -> list[IPrincipal]:
        """The principals (a copy)."""
        return self._principals.copy()

    @property
    def not_principals(self) -> list[IPrincipal]:
        """The not-principals (a copy)."""
        return self._not_principals.copy()

    @property
    def resources(self) -> list[str]:
        """The resources (a copy)."""
        return self._resource.copy()

    @property
    def not_resources(self) -> list[str]:
        """The not-resources (a copy)."""
        return self._not_resource.copy()

    @property
    def conditions(self) -> Any:
        """The conditions (a shallow copy)."""
        return dict(self._condition)

    def freeze(self) -> PolicyStatement:
        """Forbid further changes (done when the statement is rendered)."""
        self._frozen = True
        return self

    @property
    def frozen(self) -> bool:
        """Whether ``freeze`` was called."""
        return self._frozen

    def _estimate_size(self, options: Mapping[str, int]) -> int:
        """An estimate of the statement's size in a policy document (tokens count as ``arn_estimate``)."""
        action_estimate = options["action_estimate"]
        arn_estimate = options["arn_estimate"]
        size = len(f'"Effect": "{self.effect.value}",')

        def count(key: str, values: list[str], token_size: int) -> int:
            if not values:
                return 0
            return len(key) + 5 + sum((token_size if Token.is_unresolved(v) else len(v)) + 3 for v in values)

        size += count("Action", self.actions, action_estimate)
        size += count("NotAction", self.not_actions, action_estimate)
        size += count("Resource", self.resources, arn_estimate)
        size += count("NotResource", self.not_resources, arn_estimate)
        size += len(self.principals) * arn_estimate
        size += len(self.not_principals) * arn_estimate
        size += len(js_json(self.conditions))
        return size

    def _assert_not_frozen(self, method: str) -> None:
        if self._frozen:
            raise ValueError(
                f"{method}: freeze() has been called on this PolicyStatement previously, "
                "so it can no longer be modified"
            )


class _StatementToken:
    def __init__(self, statement: PolicyStatement) -> None:
        self._statement = statement

    def resolve(self, context: Any) -> Any:
        return self._statement.to_statement_json()


def _effect(value: Any) -> Effect:
    if isinstance(value, Effect):
        return value
    if isinstance(value, str):
        for member in Effect:
            if value in (member.value, member.name):
                return member
    raise ValueError(f"Invalid effect: {value!r} (use Effect.ALLOW or Effect.DENY)")


def _ensure_list(field: Any) -> list[str] | None:
    if field is None:
        return None
    if not isinstance(field, (str, list)) or (
        isinstance(field, list) and any(not isinstance(f, str) for f in field)
    ):
        raise ValueError("Fields must be either a string or an array of strings")
    return field if isinstance(field, list) else [field]


def _validate_actions(actions: list[str]) -> None:
    if Token.is_unresolved(actions):
        return
    for action in actions:
        if not Token.is_unresolved(action) and not _ACTION.match(action):
            raise ValueError(
                f"Action '{action}' is invalid. An action string consists of a service namespace, a colon, "
                "and the name of an action. Action names can include wildcards."
            )


def _validate_principal(principal: Any) -> None:
    if getattr(type(principal), "_IS_IAM_GROUP", False):
        raise ValueError("Cannot use an IAM Group as the 'Principal' or 'NotPrincipal' in an IAM Policy")


def derive_estimate_size_options(scope: Any) -> dict[str, int]:
    """The size estimates for tokens (``@aws-cdk/aws-iam.arnSizeEstimate`` overrides the ARN estimate)."""
    arn_estimate = scope.node.try_get_context(ARN_SIZE_ESTIMATE_CONTEXT_KEY)
    if arn_estimate is None:
        arn_estimate = DEFAULT_ARN_SIZE_ESTIMATE
    if not isinstance(arn_estimate, (int, float)) or isinstance(arn_estimate, bool):
        raise ValueError(
            f"Context value {ARN_SIZE_ESTIMATE_CONTEXT_KEY} should be a number, got {js_json(arn_estimate)}"
        )
    return {"action_estimate": 20, "arn_estimate": arn_estimate}  # type: ignore[dict-item]


# -- rendering ---------------------------------------------------------------------------------------


def normalize_statement(s: Mapping[str, Any]) -> dict[str, Any]:
    """Collapse single-element lists, drop empty sections, de-duplicate actions and resources."""
    out = {
        "Action": _norm(s.get("Action"), unique=True),
        "NotAction": _norm(s.get("NotAction"), unique=True),
        "Condition": _norm(s.get("Condition")),
        "Effect": _norm(s.get("Effect")),
        "Principal": _norm_principal(s.get("Principal")),
        "NotPrincipal": _norm_principal(s.get("NotPrincipal")),
        "Resource": _norm(s.get("Resource"), unique=True),
        "NotResource": _norm(s.get("NotResource"), unique=True),
        "Sid": _norm(s.get("Sid")),
    }
    return {k: v for k, v in out.items() if v is not None}


def _norm(values: Any, *, unique: bool = False) -> Any:
    if values is None:
        return None
    if Token.is_unresolved(values):
        return values
    if isinstance(values, list):
        if not values:
            return None
        if len(values) == 1:
            return values[0]
        return _unique(values) if unique else values
    if isinstance(values, Mapping) and not values:
        return None
    return values


def _unique(values: Iterable[Any]) -> list[Any]:
    out: list[Any] = []
    seen: set[Any] = set()
    for v in values:
        key = v if isinstance(v, (str, int, float)) else ("#id", id(v))
        if key not in seen:
            seen.add(key)
            out.append(v)
    return out


def _norm_principal(principal: Any) -> Any:
    from purecdk.aws_iam._util import LITERAL_STRING_KEY

    if not principal or not isinstance(principal, Mapping):
        return None
    if LITERAL_STRING_KEY in principal:
        return principal[LITERAL_STRING_KEY][0]
    result = {}
    for key, value in principal.items():
        norm = _norm(value)
        if norm:
            result[key] = norm
    return result
