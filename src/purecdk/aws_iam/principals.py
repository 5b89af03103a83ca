"""IAM principals: who a statement applies to (services, accounts, ARNs, federated identities, ...)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from purecdk.aws_iam._util import LITERAL_STRING_KEY, js_json, merge_principal, validate_condition_object
from purecdk.aws_iam.protocols import AddToPrincipalPolicyResult
from purecdk.core.tokens import Token

if TYPE_CHECKING:
    from purecdk.aws_iam.policy_document import PolicyDocument
    from purecdk.aws_iam.policy_statement import PolicyStatement
    from purecdk.aws_iam.protocols import IPrincipal

_OPT_IN_REGIONS = frozenset(
    {
        "af-south-1", "ap-east-1", "ap-east-2", "ap-south-2", "ap-southeast-3", "ap-southeast-4",
        "ap-southeast-5", "ap-southeast-6", "ap-southeast-7", "ca-west-1", "eu-central-2", "eu-south-1",
        "eu-south-2", "il-central-1", "me-central-1", "me-south-1", "mx-central-1",
    }
)  # fmt: skip
_SERVICE_NAME = re.compile(
    r"^([^.]+)(?:(?:\.amazonaws\.com(?:\.cn)?)|(?:\.c2s\.ic\.gov)|(?:\.sc2s\.sgov\.gov))?$"
)
_ORGANIZATION_ID = re.compile(r"^o-[a-z0-9]{10,32}$")


class PrincipalPolicyFragment:
    """How a principal appears in a policy: its ``Principal`` JSON and the conditions it brings."""

    def __init__(
        self, principal_json: Mapping[str, Any], conditions: Mapping[str, Any] | None = None
    ) -> None:
        self.principal_json: Mapping[str, Any] = principal_json
        self.conditions: Mapping[str, Any] = conditions if conditions is not None else {}


class ComparablePrincipal:
    """Helpers for principals that can be compared by their ``dedupe_string``."""

    @staticmethod
    def is_comparable_principal(x: Any) -> bool:
        """Whether ``x`` has a ``dedupe_string`` method."""
        return callable(getattr(x, "dedupe_string", None))

    @staticmethod
    def dedupe_string_for(x: Any) -> str | None:
        """``x.dedupe_string()``, or ``None`` when ``x`` is not comparable."""
        return x.dedupe_string() if ComparablePrincipal.is_comparable_principal(x) else None  # type: ignore[no-any-return]


class PrincipalBase:
    """The base of the principal classes: a principal that has no identity policy of its own."""

    def __init__(self) -> None:
        self.principal_account: str | None = None
        self.assume_role_action: str = "sts:AssumeRole"

    @property
    def grant_principal(self) -> IPrincipal:
        """The principal itself."""
        return self  # type: ignore[return-value]

    def _js_own_properties(self) -> dict[str, Any]:
        """The fields aws-cdk-lib's JavaScript principal object enumerates (for the analytics metadata)."""
        return {
            "grantPrincipal": self,
            "principalAccount": self.principal_account,
            "assumeRoleAction": self.assume_role_action,
        }

    @property
    def policy_fragment(self) -> PrincipalPolicyFragment:
        """How this principal appears in a policy."""
        raise NotImplementedError

    def add_to_policy(self, statement: PolicyStatement) -> bool:
        """Add to the principal's identity policy (there is none: returns ``False``)."""
        return self.add_to_principal_policy(statement).statement_added

    def add_to_principal_policy(self, _statement: PolicyStatement) -> AddToPrincipalPolicyResult:
        """Add to the principal's identity policy (there is none)."""
        return AddToPrincipalPolicyResult(statement_added=False)

    def add_to_assume_role_policy(self, document: PolicyDocument) -> None:
        """Add the statement that lets this principal assume a role to ``document``."""
        from purecdk.aws_iam.policy_statement import PolicyStatement

        document.add_statements(PolicyStatement(actions=[self.assume_role_action], principals=[self]))  # type: ignore[list-item]

    def dedupe_string(self) -> str | None:
        """A string identifying equivalent principals, or ``None`` when there is none."""
        return None

    def to_string(self) -> str:
        """A human-readable description."""
        return js_json(self.policy_fragment.principal_json)

    def to_json(self) -> Mapping[str, Any]:
        """The principal JSON."""
        return self.policy_fragment.principal_json

    def with_conditions(self, conditions: Mapping[str, Any]) -> PrincipalBase:
        """This principal, with conditions added to every statement it is used in."""
        return PrincipalWithConditions(self, conditions)  # type: ignore[arg-type]

    def with_session_tags(self) -> PrincipalBase:
        """This principal, also allowed ``sts:TagSession`` in trust policies."""
        return SessionTagsPrincipal(self)  # type: ignore[arg-type]

    def __str__(self) -> str:
        return self.to_string()


class _PrincipalAdapter(PrincipalBase):
    """A principal that wraps another one."""

    def __init__(self, wrapped: IPrincipal) -> None:
        super().__init__()
        self.wrapped = wrapped
        self.assume_role_action = wrapped.assume_role_action
        self.principal_account = wrapped.principal_account

    @property
    def policy_fragment(self) -> PrincipalPolicyFragment:
        return self.wrapped.policy_fragment

    def add_to_policy(self, statement: PolicyStatement) -> bool:
        return self.wrapped.add_to_policy(statement)

    def add_to_principal_policy(self, statement: PolicyStatement) -> AddToPrincipalPolicyResult:
        return self.wrapped.add_to_principal_policy(statement)

    def _append_dedupe(self, append: str) -> str | None:
        inner = ComparablePrincipal.dedupe_string_for(self.wrapped)
        return f"{type(self).__name__}:{inner}:{append}" if inner is not None else None


class PrincipalWithConditions(_PrincipalAdapter):
    """A principal with extra conditions for every statement it appears in."""

    def __init__(self, principal: IPrincipal, conditions: Mapping[str, Any]) -> None:
        super().__init__(principal)
        self._additional_conditions: dict[str, Any] = dict(conditions)

    def add_to_assume_role_policy(self, doc: PolicyDocument) -> None:
        """Add the wrapped principal's trust statements, with this principal's conditions."""

        def mutate(statement: PolicyStatement) -> PolicyStatement:
            statement.add_actions(self.assume_role_action)
            statement.add_conditions(self.conditions)
            return statement

        default_add_principal_to_assume_role(self.wrapped, _MutatingDocument(doc, mutate))

    def add_condition(self, key: str, value: Any) -> None:
        """Add a condition (merged into an existing one with the same operator)."""
        validate_condition_object(value)
        existing = self._additional_conditions.get(key)
        if not existing:
            self._additional_conditions[key] = value
            return
        validate_condition_object(existing)
        self._additional_conditions[key] = {**existing, **value}

    def add_conditions(self, conditions: Mapping[str, Any]) -> None:
        """Add several conditions."""
        for key, value in conditions.items():
            self.add_condition(key, value)

    @property
    def conditions(self) -> dict[str, Any]:
        """The wrapped principal's conditions merged with the added ones."""
        merged: dict[str, Any] = dict(self.wrapped.policy_fragment.conditions)
        for operator, condition in self._additional_conditions.items():
            existing = merged.get(operator)
            if not existing:
                merged[operator] = condition
                continue
            if Token.is_unresolved(condition) or Token.is_unresolved(existing):
                raise ValueError(
                    f'multiple "{operator}" conditions cannot be merged '
                    "if one of them contains an unresolved token"
                )
            validate_condition_object(existing)
            validate_condition_object(condition)
            merged[operator] = {**existing, **condition}
        return merged

    @property
    def policy_fragment(self) -> PrincipalPolicyFragment:
        return PrincipalPolicyFragment(self.wrapped.policy_fragment.principal_json, self.conditions)

    def to_string(self) -> str:
        return str(self.wrapped)

    def to_json(self) -> Mapping[str, Any]:
        return self.policy_fragment.principal_json

    def dedupe_string(self) -> str | None:
        return self._append_dedupe(js_json(self.conditions))


class SessionTagsPrincipal(_PrincipalAdapter):
    """A principal whose trust statements also allow ``sts:TagSession``."""

    def __init__(self, principal: IPrincipal) -> None:
        super().__init__(principal)

    def add_to_assume_role_policy(self, doc: PolicyDocument) -> None:
        """Add the wrapped principal's trust statements, with ``sts:TagSession`` added."""

        def mutate(statement: PolicyStatement) -> PolicyStatement:
            statement.add_actions("sts:TagSession")
            return statement

        default_add_principal_to_assume_role(self.wrapped, _MutatingDocument(doc, mutate))

    def dedupe_string(self) -> str | None:
        return self._append_dedupe("")


class ArnPrincipal(PrincipalBase):
    """A principal given by its ARN (a user, a role, an account root)."""

    def __init__(self, arn: str) -> None:
        super().__init__()
        self.arn = arn

    @property
    def policy_fragment(self) -> PrincipalPolicyFragment:
        return PrincipalPolicyFragment({"AWS": [self.arn]})

    def to_string(self) -> str:
        return f"ArnPrincipal({self.arn})"

    def in_organization(self, organization_id: str) -> PrincipalBase:
        """This principal, limited to members of an AWS Organization."""
        return self.with_conditions({"StringEquals": {"aws:PrincipalOrgID": organization_id}})

    def dedupe_string(self) -> str | None:
        return f"ArnPrincipal:{self.arn}"


class _StackDependentToken:
    """A token whose value is computed from the stack it is resolved in."""

    def __init__(self, fn: Any) -> None:
        self._fn = fn
        self.creation_stack: list[str] = []

    def resolve(self, context: Any) -> Any:
        from purecdk.core.stack import Stack

        return self._fn(Stack.of(context.scope))

    def to_json(self) -> str:
        return "<unresolved-token>"

    def __str__(self) -> str:
        return Token.as_string(self)


class AccountPrincipal(ArnPrincipal):
    """The root of an AWS account (``arn:<partition>:iam::<account>:root``)."""

    def __init__(self, account_id: Any) -> None:
        super().__init__(
            str(_StackDependentToken(lambda stack: f"arn:{stack.partition}:iam::{account_id}:root"))
        )
        if not Token.is_unresolved(account_id) and not isinstance(account_id, str):
            raise ValueError("accountId should be of type string")
        self.account_id = account_id
        self.principal_account = account_id

    def to_string(self) -> str:
        return f"AccountPrincipal({self.account_id})"


class AccountRootPrincipal(AccountPrincipal):
    """The root of the account of the stack the policy is in."""

    def __init__(self) -> None:
        super().__init__(str(_StackDependentToken(lambda stack: stack.account)))

    def to_string(self) -> str:
        return "AccountRootPrincipal()"


class _ServicePrincipalToken:
    """The standardized name of a service principal, computed for the stack it is resolved in."""

    def __init__(self, service: str, opts: Mapping[str, Any]) -> None:
        self._service = service
        self._opts = opts
        self.creation_stack: list[str] = []

    def resolve(self, context: Any) -> Any:
        from purecdk.core.stack import Stack

        stack = Stack.of(context.scope)
        match = _SERVICE_NAME.match(self._service)
        service = f"{match.group(1)}.amazonaws.com" if match else self._service
        region = self._opts.get("region")
        if (
            region
            and not Token.is_unresolved(region)
            and stack.region != region
            and region in _OPT_IN_REGIONS
            and service.endswith(".amazonaws.com")
        ):
            service = service[: -len(".amazonaws.com")] + f".{region}.amazonaws.com"
        return service

    def to_json(self) -> str:
        return f"<{self._service}>"

    def __str__(self) -> str:
        return Token.as_string(self, display_hint=self._service)


class ServicePrincipal(PrincipalBase):
    """An AWS service (``lambda.amazonaws.com``, or just ``lambda``)."""

    def __init__(
        self, service: str, *, conditions: Mapping[str, Any] | None = None, region: str | None = None
    ) -> None:
        super().__init__()
        self.service = service
        self._opts: dict[str, Any] = {}
        if conditions is not None:
            self._opts["conditions"] = conditions
        if region is not None:
            self._opts["region"] = region

    @staticmethod
    def service_principal_name(service: str) -> str:
        """The standardized principal name of ``service`` (a token resolved per stack)."""
        return str(_ServicePrincipalToken(service, {}))

    @staticmethod
    def from_static_service_principle_name(service_principal_name: str) -> ServicePrincipal:
        """A service principal rendered exactly as given."""
        return _StaticServicePrincipal(service_principal_name)

    @property
    def policy_fragment(self) -> PrincipalPolicyFragment:
        return PrincipalPolicyFragment(
            {"Service": [str(_ServicePrincipalToken(self.service, self._opts))]}, self._opts.get("conditions")
        )

    def to_string(self) -> str:
        return f"ServicePrincipal({self.service})"

    def dedupe_string(self) -> str | None:
        return f"ServicePrincipal:{self.service}:{js_json(self._opts)}"


class _StaticServicePrincipal(ServicePrincipal):
    @property
    def policy_fragment(self) -> PrincipalPolicyFragment:
        return PrincipalPolicyFragment({"Service": [self.service]}, self._opts.get("conditions"))


class OrganizationPrincipal(PrincipalBase):
    """Every principal of an AWS Organization."""

    def __init__(self, organization_id: str) -> None:
        super().__init__()
        self.organization_id = organization_id
        if not Token.is_unresolved(organization_id) and not _ORGANIZATION_ID.match(organization_id):
            raise ValueError(
                "Expected Organization ID must match regex pattern ^o-[a-z0-9]{10,32}$, "
                f"received {organization_id}"
            )

    @property
    def policy_fragment(self) -> PrincipalPolicyFragment:
        return PrincipalPolicyFragment(
            {"AWS": ["*"]}, {"StringEquals": {"aws:PrincipalOrgID": self.organization_id}}
        )

    def to_string(self) -> str:
        return f"OrganizationPrincipal({self.organization_id})"

    def dedupe_string(self) -> str | None:
        return f"OrganizationPrincipal:{self.organization_id}"


class CanonicalUserPrincipal(PrincipalBase):
    """An AWS account given by its canonical user id (S3)."""

    def __init__(self, canonical_user_id: str) -> None:
        super().__init__()
        self.canonical_user_id = canonical_user_id

    @property
    def policy_fragment(self) -> PrincipalPolicyFragment:
        return PrincipalPolicyFragment({"CanonicalUser": [self.canonical_user_id]})

    def to_string(self) -> str:
        return f"CanonicalUserPrincipal({self.canonical_user_id})"

    def dedupe_string(self) -> str | None:
        return f"CanonicalUserPrincipal:{self.canonical_user_id}"


class FederatedPrincipal(PrincipalBase):
    """A federated identity provider (web identity, SAML, Cognito)."""

    def __init__(
        self,
        federated: str,
        conditions: Mapping[str, Any] | None = None,
        assume_role_action: str | None = None,
    ) -> None:
        super().__init__()
        self.federated = federated
        self.conditions: Mapping[str, Any] = conditions if conditions is not None else {}
        self.assume_role_action = assume_role_action if assume_role_action is not None else "sts:AssumeRole"

    @property
    def policy_fragment(self) -> PrincipalPolicyFragment:
        return PrincipalPolicyFragment({"Federated": [self.federated]}, self.conditions)

    def to_string(self) -> str:
        return f"FederatedPrincipal({self.federated})"

    def dedupe_string(self) -> str | None:
        return f"FederatedPrincipal:{self.federated}:{self.assume_role_action}:{js_json(self.conditions)}"


class WebIdentityPrincipal(FederatedPrincipal):
    """A web identity provider (``sts:AssumeRoleWithWebIdentity``)."""

    def __init__(self, identity_provider: str, conditions: Mapping[str, Any] | None = None) -> None:
        super().__init__(
            identity_provider, conditions if conditions is not None else {}, "sts:AssumeRoleWithWebIdentity"
        )

    def to_string(self) -> str:
        return f"WebIdentityPrincipal({self.federated})"


class AnyPrincipal(ArnPrincipal):
    """Everyone (``"AWS": "*"``)."""

    def __init__(self) -> None:
        super().__init__("*")

    def to_string(self) -> str:
        return "AnyPrincipal()"


class Anyone(AnyPrincipal):
    """Deprecated alias of ``AnyPrincipal``."""


class StarPrincipal(PrincipalBase):
    """Everyone, as the bare string ``"Principal": "*"``."""

    @property
    def policy_fragment(self) -> PrincipalPolicyFragment:
        return PrincipalPolicyFragment({LITERAL_STRING_KEY: ["*"]}, {})

    def _js_own_properties(self) -> dict[str, Any]:
        return {**super()._js_own_properties(), "policyFragment": self.policy_fragment}

    def to_string(self) -> str:
        return "StarPrincipal()"

    def dedupe_string(self) -> str | None:
        return "StarPrincipal"


class CompositePrincipal(PrincipalBase):
    """Several principals at once (they must share the same assume-role action and have no conditions)."""

    def __init__(self, *principals: IPrincipal) -> None:
        super().__init__()
        if not principals:
            raise ValueError(
                "CompositePrincipals must be constructed with at least 1 Principal but none were passed."
            )
        self._principals: list[IPrincipal] = []
        self.assume_role_action = principals[0].assume_role_action
        self.add_principals(*principals)

    def add_principals(self, *principals: IPrincipal) -> CompositePrincipal:
        """Add more principals."""
        self._principals.extend(principals)
        return self

    def add_to_assume_role_policy(self, doc: PolicyDocument) -> None:
        """Each principal adds its own trust statement."""
        for principal in self._principals:
            default_add_principal_to_assume_role(principal, doc)

    @property
    def policy_fragment(self) -> PrincipalPolicyFragment:
        for principal in self._principals:
            fragment = principal.policy_fragment
            if fragment.conditions:
                raise ValueError(
                    "Components of a CompositePrincipal must not have conditions. "
                    f"Tried to add the following fragment: {_fragment_json(fragment)}"
                )
        principal_json: dict[str, list[Any]] = {}
        for principal in self._principals:
            merge_principal(principal_json, principal.policy_fragment.principal_json)
        return PrincipalPolicyFragment(principal_json)

    def to_string(self) -> str:
        return f"CompositePrincipal({','.join(str(p) for p in self._principals)})"

    def dedupe_string(self) -> str | None:
        inner = [ComparablePrincipal.dedupe_string_for(p) for p in self._principals]
        if any(x is None for x in inner):
            return None
        return f"CompositePrincipal[{','.join(str(x) for x in inner)}]"

    @property
    def principals(self) -> list[IPrincipal]:
        """The principals."""
        return self._principals


class _JsonPrincipal(PrincipalBase):
    """A principal given as policy JSON (``PolicyStatement.from_json``)."""

    def __init__(self, json: Any = None) -> None:
        super().__init__()
        if json is None:
            json = {}
        if isinstance(json, str):
            json = {LITERAL_STRING_KEY: [json]}
        if not isinstance(json, Mapping):
            raise ValueError(f"JSON IAM principal should be an object, got {js_json(json)}")
        self._fragment = PrincipalPolicyFragment(json, {})

    @property
    def policy_fragment(self) -> PrincipalPolicyFragment:
        return self._fragment

    def dedupe_string(self) -> str | None:
        return js_json(
            {"principalJson": self._fragment.principal_json, "conditions": self._fragment.conditions}
        )


def _fragment_json(fragment: PrincipalPolicyFragment) -> str:
    return js_json({"principalJson": fragment.principal_json, "conditions": fragment.conditions})


class _MutatingDocument:
    """A document stand-in that passes each added statement through ``mutator`` into ``wrapped``."""

    def __init__(self, wrapped: Any, mutator: Any) -> None:
        self._wrapped = wrapped
        self._mutator = mutator

    def add_statements(self, *statements: PolicyStatement) -> None:
        for statement in statements:
            self._wrapped.add_statements(self._mutator(statement))


def default_add_principal_to_assume_role(principal: Any, doc: Any) -> None:
    """Let ``principal`` add its trust statements to ``doc`` (or add the default one)."""
    if callable(getattr(principal, "add_to_assume_role_policy", None)):
        principal.add_to_assume_role_policy(doc)
        return
    from purecdk.aws_iam.policy_statement import PolicyStatement

    doc.add_statements(PolicyStatement(actions=[principal.assume_role_action], principals=[principal]))
