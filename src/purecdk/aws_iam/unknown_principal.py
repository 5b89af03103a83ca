"""``UnknownPrincipal``: the principal of a resource imported without its role."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from purecdk.aws_iam._util import js_json
from purecdk.aws_iam.protocols import AddToPrincipalPolicyResult
from purecdk.constructs import DependencyGroup
from purecdk.core.annotations import Annotations
from purecdk.core.stack import Stack

if TYPE_CHECKING:
    from purecdk.aws_iam.policy_statement import PolicyStatement
    from purecdk.aws_iam.principals import PrincipalPolicyFragment
    from purecdk.constructs import IConstruct

_WARNING_ID = "@aws-cdk/aws-iam:unknownPrincipalAddStatementToRole"


class UnknownPrincipal:
    """A principal that cannot be known (a resource imported without its role).

    Statements added to it only produce a warning on ``resource`` asking to add them to the real role.
    """

    def __init__(self, *, resource: IConstruct) -> None:
        self.resource = resource
        self.assume_role_action = "sts:AssumeRole"
        self.grant_principal: UnknownPrincipal = self
        self.principal_account: str | None = None

    def _js_own_properties(self) -> dict[str, Any]:
        """The fields aws-cdk-lib's JavaScript object enumerates (for the analytics metadata)."""
        return {"assumeRoleAction": self.assume_role_action, "grantPrincipal": self, "resource": self.resource}

    @property
    def policy_fragment(self) -> PrincipalPolicyFragment:
        """Not available: there is no principal to name."""
        raise ValueError(f"Cannot get policy fragment of {self.resource.node.path}, resource imported without a role")

    def add_to_principal_policy(self, statement: PolicyStatement) -> AddToPrincipalPolicyResult:
        """Warn on the resource that ``statement`` must be added to its role by hand."""
        stack = Stack.of(self.resource)
        repr_ = js_json(stack.resolve(_statement_fields(statement)))
        Annotations.of(self.resource).add_warning_v2(_WARNING_ID, f"Add statement to this resource's role: {repr_}")
        return AddToPrincipalPolicyResult(statement_added=True, policy_dependable=DependencyGroup())

    def add_to_policy(self, statement: PolicyStatement) -> bool:
        """Same as ``add_to_principal_policy``; always ``True``."""
        return self.add_to_principal_policy(statement).statement_added


def _statement_fields(statement: PolicyStatement) -> dict[str, Any]:
    """The statement as aws-cdk-lib's warning prints it: its JavaScript object's fields, in their order."""
    if statement.principals or statement.not_principals:
        # the principal objects point at themselves (grantPrincipal): upstream cannot resolve them either
        raise RecursionError(
            "Unable to resolve object tree with circular reference. Path: /_principals/array/0/grantPrincipal"
        )

    def ordered_set(values: list[str]) -> dict[str, Any]:
        return {"set": {}, "array": values}

    return {
        "_action": ordered_set(statement.actions),
        "_notAction": ordered_set(statement.not_actions),
        "_principal": {},
        "_notPrincipal": {},
        "_resource": ordered_set(statement.resources),
        "_notResource": ordered_set(statement.not_resources),
        "_condition": statement.conditions,
        "_sid": statement.sid,
        "_effect": statement.effect.value,
        "_principals": ordered_set([]),
        "_notPrincipals": ordered_set([]),
        "_frozen": statement.frozen,
    }
