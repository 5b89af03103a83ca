"""``LazyRole``: a role that only joins the construct tree once something uses it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from purecdk.aws_iam.protocols import AddToPrincipalPolicyResult
from purecdk.aws_iam.role import Role
from purecdk.core.analytics_metadata import add_construct_metadata, add_method_metadata
from purecdk.core.resource import Resource

if TYPE_CHECKING:
    from purecdk.aws_iam.grant import Grant
    from purecdk.aws_iam.policy import Policy
    from purecdk.aws_iam.policy_document import PolicyDocument
    from purecdk.aws_iam.policy_statement import PolicyStatement
    from purecdk.aws_iam.principals import PrincipalPolicyFragment
    from purecdk.aws_iam.protocols import IManagedPolicy, IPrincipal
    from purecdk.aws_iam.references import RoleReference
    from purecdk.constructs import Construct
    from purecdk.core.duration import Duration


class LazyRole(Resource):
    """An IAM role (``Role``'s keyword arguments) created as the child ``Default`` only when its ARN, name,
    id or policy fragment is read or a grant is made on it; statements and policies added before wait for it.
    A role never used is not synthesized."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        assumed_by: IPrincipal,
        description: str | None = None,
        external_ids: Sequence[str] | None = None,
        inline_policies: Mapping[str, PolicyDocument] | None = None,
        managed_policies: Sequence[IManagedPolicy] | None = None,
        max_session_duration: Duration | None = None,
        path: str | None = None,
        permissions_boundary: IManagedPolicy | None = None,
        role_name: str | None = None,
    ) -> None:
        super().__init__(scope, id)
        add_construct_metadata(self, locals())
        self._props: dict[str, Any] = {
            "assumed_by": assumed_by,
            "description": description,
            "external_ids": external_ids,
            "inline_policies": inline_policies,
            "managed_policies": managed_policies,
            "max_session_duration": max_session_duration,
            "path": path,
            "permissions_boundary": permissions_boundary,
            "role_name": role_name,
        }
        self.assume_role_action = "sts:AssumeRole"
        self.principal_account: str | None = self.env.account
        self._role: Role | None = None
        self._statements: list[PolicyStatement] = []
        self._policies: list[Policy] = []
        self._managed_policies: list[IManagedPolicy] = []

    @property
    def grant_principal(self) -> IPrincipal:
        """The lazy role itself."""
        return self  # type: ignore[return-value]

    def add_to_principal_policy(self, statement: PolicyStatement) -> AddToPrincipalPolicyResult:
        """Add a statement to the role's default policy (kept until the role exists)."""
        add_method_metadata(self, "addToPrincipalPolicy", [statement])
        if self._role is not None:
            return self._role.add_to_principal_policy(statement)
        self._statements.append(statement)
        return AddToPrincipalPolicyResult(statement_added=True, policy_dependable=self)

    def add_to_policy(self, statement: PolicyStatement) -> bool:
        """Same as ``add_to_principal_policy``."""
        add_method_metadata(self, "addToPolicy", [statement])
        return self.add_to_principal_policy(statement).statement_added

    def attach_inline_policy(self, policy: Policy) -> None:
        """Attach an inline policy to the role (once it exists)."""
        add_method_metadata(self, "attachInlinePolicy", [policy])
        if self._role is not None:
            self._role.attach_inline_policy(policy)
        else:
            self._policies.append(policy)

    def add_managed_policy(self, policy: IManagedPolicy) -> None:
        """Attach a managed policy to the role (once it exists)."""
        add_method_metadata(self, "addManagedPolicy", [policy])
        if self._role is not None:
            self._role.add_managed_policy(policy)
        else:
            self._managed_policies.append(policy)

    @property
    def role_arn(self) -> str:
        """The role's ARN (creates the role)."""
        return self._instantiate().role_arn

    @property
    def role_ref(self) -> RoleReference:
        """A reference to the role (creates the role)."""
        return self._instantiate().role_ref

    @property
    def role_id(self) -> str:
        """The role's unique id (creates the role)."""
        return self._instantiate().role_id

    @property
    def role_name(self) -> str:
        """The role's name (creates the role)."""
        return self._instantiate().role_name

    @property
    def policy_fragment(self) -> PrincipalPolicyFragment:
        """The role as a principal (creates the role)."""
        return self._instantiate().policy_fragment

    def grant(self, identity: IPrincipal, *actions: str) -> Grant:
        """Allow ``identity`` the ``actions`` on this role (creates the role)."""
        add_method_metadata(self, "grant", [identity, *actions])
        return self._instantiate().grant(identity, *actions)

    def grant_pass_role(self, identity: IPrincipal) -> Grant:
        """Allow ``identity`` to pass this role (creates the role)."""
        add_method_metadata(self, "grantPassRole", [identity])
        return self._instantiate().grant_pass_role(identity)

    def grant_assume_role(self, identity: IPrincipal) -> Grant:
        """Allow ``identity`` to assume this role (creates the role)."""
        add_method_metadata(self, "grantAssumeRole", [identity])
        return self._instantiate().grant_assume_role(identity)

    def _instantiate(self) -> Role:
        if self._role is None:
            role = Role(self, "Default", **self._props)
            # upstream: ``this.statements.forEach(role.addToPolicy.bind(role))`` and so on (three arguments each)
            for index, statement in enumerate(self._statements):
                add_method_metadata(role, "addToPolicy", [statement, index, self._statements])
                role.add_to_principal_policy(statement)
            for index, policy in enumerate(self._policies):
                add_method_metadata(role, "attachInlinePolicy", [policy, index, self._policies])
                role._attach_inline_policy(policy)
            for index, managed in enumerate(self._managed_policies):
                add_method_metadata(role, "addManagedPolicy", [managed, index, self._managed_policies])
                role._add_managed_policy(managed)
            self._role = role
        return self._role
