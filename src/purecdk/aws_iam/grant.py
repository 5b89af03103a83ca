"""``Grant``: the outcome of giving a principal permissions: identity and resource policy statements."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from purecdk.aws_iam.policy_statement import PolicyStatement
from purecdk.constructs import Construct, Dependable
from purecdk.core.tokens import Token

if TYPE_CHECKING:
    from purecdk.aws_iam.protocols import IGrantable, IResourceWithPolicyV2


class _Roots(Dependable):
    """A dependable standing for the roots of other dependables (computed when asked)."""

    def __init__(self, dependables: list[Any], unique: bool) -> None:
        self._dependables = dependables
        self._unique = unique

    @property
    def dependency_roots(self) -> list[Construct]:
        roots: list[Construct] = []
        for dependable in self._dependables:
            for root in Dependable.of(dependable).dependency_roots:
                if not self._unique or root not in roots:
                    roots.append(root)
        return roots


class CompositeDependable:
    """Several dependables that can be depended on as one."""

    def __init__(self, *dependables: Any) -> None:
        Dependable.implement(self, _Roots(list(dependables), unique=False))


class _GrantOptions:
    __slots__ = ("grantee", "actions", "resource_arns")

    def __init__(self, grantee: Any, actions: Sequence[str], resource_arns: Sequence[str]) -> None:
        self.grantee = grantee
        self.actions = list(actions)
        self.resource_arns = list(resource_arns)


def _same_account(resource: Any, grantee: IGrantable) -> bool:
    principal_account = grantee.grant_principal.principal_account
    if not principal_account:
        return False
    comparison = Token.compare_strings(resource.env.account, principal_account)
    return comparison in ("SAME", "BOTH_UNRESOLVED")


class Grant:
    """The statements a grant added, and something to depend on until they are in place."""

    def __init__(
        self,
        *,
        options: _GrantOptions,
        principal_statement: PolicyStatement | None = None,
        resource_statement: PolicyStatement | None = None,
        policy_dependable: Any = None,
    ) -> None:
        self._options = options
        self.principal_statement = principal_statement
        self.resource_statement = resource_statement
        self.principal_statements: list[PolicyStatement] = (
            [principal_statement] if principal_statement else []
        )
        self.resource_statements: list[PolicyStatement] = [resource_statement] if resource_statement else []
        self._dependables: list[Any] = [policy_dependable] if policy_dependable is not None else []
        Dependable.implement(self, _Roots(self._dependables, unique=True))

    # -- the ways to grant ---------------------------------------------------------------------------

    @staticmethod
    def add_to_principal(
        *,
        grantee: IGrantable,
        actions: Sequence[str],
        resource_arns: Sequence[str],
        conditions: Mapping[str, Any] | None = None,
        scope: Any = None,
    ) -> Grant:
        """Add a statement to the grantee's identity policy (if it has one)."""
        options = _GrantOptions(grantee, actions, resource_arns)
        statement = PolicyStatement(
            actions=list(actions), resources=list(resource_arns), conditions=conditions
        )
        added = grantee.grant_principal.add_to_principal_policy(statement)
        if not added.statement_added:
            return Grant(options=options)
        if added.policy_dependable is None:
            raise ValueError(
                "Contract violation: when Principal returns statementAdded=true, "
                "it should return a dependable"
            )
        return Grant(
            options=options, principal_statement=statement, policy_dependable=added.policy_dependable
        )

    @staticmethod
    def add_to_principal_or_resource(
        *,
        grantee: IGrantable,
        actions: Sequence[str],
        resource_arns: Sequence[str],
        resource: IResourceWithPolicyV2,
        resource_self_arns: Sequence[str] | None = None,
        conditions: Mapping[str, Any] | None = None,
    ) -> Grant:
        """Add to the identity policy; also to the resource policy for a principal of another account."""
        result = Grant.add_to_principal(
            grantee=grantee, actions=actions, resource_arns=resource_arns, conditions=conditions
        )
        if result.success and _same_account(resource, grantee):
            return result
        statement = PolicyStatement(
            actions=list(actions),
            resources=list(resource_self_arns if resource_self_arns is not None else resource_arns),
            principals=[grantee.grant_principal],
        )
        resource_result = resource.add_to_resource_policy(statement)
        return Grant(
            options=_GrantOptions(grantee, actions, resource_arns),
            resource_statement=statement,
            policy_dependable=_resource_dependable(resource, resource_result),
        )

    @staticmethod
    def add_statement_to_resource_policy(
        *,
        statement: PolicyStatement,
        resource: IResourceWithPolicyV2,
        grantee: IGrantable,
        actions: Sequence[str],
        resource_arns: Sequence[str],
        resource_self_arns: Sequence[str] | None = None,
        conditions: Mapping[str, Any] | None = None,
    ) -> Grant:
        """Add ``statement`` to the resource policy only."""
        resource_result = resource.add_to_resource_policy(statement)
        return Grant(
            options=_GrantOptions(grantee, actions, resource_arns),
            resource_statement=statement,
            policy_dependable=_resource_dependable(resource, resource_result),
        )

    @staticmethod
    def add_to_principal_and_resource(
        *,
        grantee: IGrantable,
        actions: Sequence[str],
        resource_arns: Sequence[str],
        resource: IResourceWithPolicyV2,
        resource_policy_principal: Any = None,
        resource_self_arns: Sequence[str] | None = None,
        conditions: Mapping[str, Any] | None = None,
    ) -> Grant:
        """Add to both the identity policy and the resource policy."""
        result = Grant.add_to_principal(
            grantee=grantee, actions=actions, resource_arns=resource_arns, conditions=conditions
        )
        statement = PolicyStatement(
            actions=list(actions),
            resources=list(resource_self_arns if resource_self_arns is not None else resource_arns),
            principals=[resource_policy_principal or grantee.grant_principal],
        )
        resource_result = resource.add_to_resource_policy(statement)
        resource_dependable = _resource_dependable(resource, resource_result)
        return Grant(
            options=_GrantOptions(grantee, actions, resource_arns),
            principal_statement=statement,
            resource_statement=result.resource_statement,
            policy_dependable=CompositeDependable(result, resource_dependable)
            if resource_dependable
            else result,
        )

    @staticmethod
    def drop(grantee: IGrantable, _intent: str) -> Grant:
        """A grant that did nothing, and says so (``success`` is false)."""
        return Grant(options=_GrantOptions(grantee, [], []))

    # -- the outcome ---------------------------------------------------------------------------------

    @property
    def success(self) -> bool:
        """Whether a statement was added anywhere."""
        return self.principal_statement is not None or self.resource_statement is not None

    def assert_success(self) -> None:
        """Raise unless a statement was added."""
        if not self.success:
            o = self._options
            raise ValueError(
                f"Permissions for '{o.grantee}' to call '{','.join(o.actions)}' on "
                f"'{','.join(str(a) for a in o.resource_arns)}' could not be added on either identity or "
                "resource policy."
            )

    def apply_before(self, *constructs: Any) -> None:
        """Make ``constructs`` depend on the policies of this grant."""
        for construct in constructs:
            construct.node.add_dependency(self)

    def combine(self, rhs: Grant) -> Grant:
        """A grant with the statements and dependables of both."""
        principal_statements = [*self.principal_statements, *rhs.principal_statements]
        resource_statements = [*self.resource_statements, *rhs.resource_statements]
        ret = Grant(
            options=self._options,
            principal_statement=principal_statements[0] if principal_statements else None,
            resource_statement=resource_statements[0] if resource_statements else None,
        )
        ret.principal_statements[:] = principal_statements
        ret.resource_statements[:] = resource_statements
        ret._dependables.extend([*self._dependables, *rhs._dependables])
        return ret


def _resource_dependable(resource: Any, result: Any) -> Any:
    if not result.statement_added:
        return None
    return result.policy_dependable if result.policy_dependable is not None else resource
