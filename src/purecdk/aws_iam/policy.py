"""``Policy``: an inline policy attached to users, groups and roles (``AWS::IAM::Policy``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from purecdk.aws_iam._generated import CfnPolicy
from purecdk.aws_iam._util import LazyList, construct_error, generate_policy_name
from purecdk.aws_iam.policy_document import PolicyDocument
from purecdk.aws_iam.principals import ArnPrincipal, PrincipalPolicyFragment
from purecdk.aws_iam.protocols import AddToPrincipalPolicyResult
from purecdk.aws_iam.references import PolicyReference
from purecdk.constructs import Construct
from purecdk.core.analytics_metadata import add_construct_metadata, add_method_metadata
from purecdk.core.resource import Resource
from purecdk.core.tokens import Lazy, Token

if TYPE_CHECKING:
    from purecdk.aws_iam.policy_statement import PolicyStatement
    from purecdk.aws_iam.protocols import IGroup, IPolicy, IPrincipal, IRole, IUser

_NEEDS_RESOURCE_POLICY = (
    "This grant operation needs to add a resource policy so needs access to a principal. "
    "Grant permissions to a Role or User, instead of a {kind}."
)


class _ConditionalCfnPolicy(CfnPolicy):
    """The policy resource, rendered only when the policy has statements and is attached (or is forced)."""

    _owner: Policy

    def _should_synthesize(self) -> bool:
        owner = self._owner
        return owner._force or owner._reference_taken or (not owner.document.is_empty and owner._is_attached)


class Policy(Resource):
    """An inline IAM policy; rendered only when it has statements and is attached to a principal."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        document: PolicyDocument | None = None,
        force: bool | None = None,
        groups: Sequence[IGroup] | None = None,
        policy_name: str | None = None,
        roles: Sequence[IRole] | None = None,
        statements: Sequence[PolicyStatement] | None = None,
        users: Sequence[IUser] | None = None,
    ) -> None:
        self._resource: CfnPolicy
        super().__init__(
            scope,
            id,
            physical_name=policy_name
            or Lazy.string(lambda: generate_policy_name(scope, self._resource.logical_id)),
        )
        add_construct_metadata(self, locals())
        self.document: PolicyDocument = document if document else PolicyDocument()
        self._roles: list[Any] = []
        self._users: list[Any] = []
        self._groups: list[Any] = []
        self._reference_taken = False
        resource = _ConditionalCfnPolicy(
            self,
            "Resource",
            policy_document=self.document,
            policy_name=self.physical_name,
            roles=Token.as_list(LazyList(self._roles, lambda r: r.role_name)),
            users=Token.as_list(LazyList(self._users, lambda u: u.user_name)),
            groups=Token.as_list(LazyList(self._groups, lambda g: g.group_name)),
        )
        resource._owner = self
        self._resource = resource
        self.policy_ref = PolicyReference(policy_id=resource.attr_id)
        self._policy_name = self.physical_name
        self._force = bool(force)
        for user in users or []:
            self.attach_to_user(user)
        for group in groups or []:
            self.attach_to_group(group)
        for role in roles or []:
            self.attach_to_role(role)
        for statement in statements or []:
            self.add_statements(statement)
        self.grant_principal: IPrincipal = _PolicyGrantPrincipal(self, "Policy")  # type: ignore[assignment]
        self.node.add_validation(_Validation(self._validate_policy))

    @staticmethod
    def from_policy_name(scope: Construct, id: str, policy_name: str) -> IPolicy:
        """An inline policy defined elsewhere, by name."""
        return _ImportedPolicy(scope, id, policy_name)  # type: ignore[return-value]

    def add_statements(self, *statement: PolicyStatement) -> None:
        """Add statements to the policy document."""
        add_method_metadata(self, "addStatements", statement)
        self.document.add_statements(*statement)

    def attach_to_user(self, user: IUser) -> None:
        """Attach the policy to a user."""
        add_method_metadata(self, "attachToUser", [user])
        if any(u.user_arn == user.user_arn for u in self._users):
            return
        self._users.append(user)
        user.attach_inline_policy(self)

    def attach_to_role(self, role: IRole) -> None:
        """Attach the policy to a role."""
        add_method_metadata(self, "attachToRole", [role])
        if any(r.role_arn == role.role_arn for r in self._roles):
            return
        self._roles.append(role)
        role.attach_inline_policy(self)

    def attach_to_group(self, group: IGroup) -> None:
        """Attach the policy to a group."""
        add_method_metadata(self, "attachToGroup", [group])
        if any(g.group_arn == group.group_arn for g in self._groups):
            return
        self._groups.append(group)
        group.attach_inline_policy(self)

    @property
    def policy_name(self) -> str:
        """The name of the policy (reading it forces the policy to be rendered)."""
        self._reference_taken = True
        return self._policy_name

    @property
    def _is_attached(self) -> bool:
        return len(self._groups) + len(self._users) + len(self._roles) > 0

    def _validate_policy(self) -> list[str]:
        result = []
        if self.document.is_empty:
            if self._force:
                result.append(
                    "Policy created with force=true is empty. You must add statements to the policy"
                )
            if not self._force and self._reference_taken:
                result.append(
                    "This Policy has been referenced by a resource, "
                    "so it must contain at least one statement."
                )
        if not self._is_attached:
            if self._force:
                result.append(
                    "Policy created with force=true must be attached to at least one principal: "
                    "user, group or role"
                )
            if not self._force and self._reference_taken:
                result.append(
                    "This Policy has been referenced by a resource, "
                    "so it must be attached to at least one user, group or role."
                )
        result.extend(self.document.validate_for_identity_policy())
        return result


class _ImportedPolicy(Resource):
    def __init__(self, scope: Construct, id: str, policy_name: str) -> None:
        super().__init__(scope, id)
        self.policy_name = policy_name

    @property
    def policy_ref(self) -> PolicyReference:
        raise construct_error(self, "Cannot use a Policy.fromPolicyName() here.")


class _Validation:
    """An ``IValidation`` calling a function."""

    def __init__(self, fn: Any) -> None:
        self._fn = fn

    def validate(self) -> list[str]:
        return self._fn()  # type: ignore[no-any-return]


class _PolicyGrantPrincipal:
    """The principal of a (managed) policy: grants add statements to the policy itself."""

    def __init__(self, policy: Any, kind: str) -> None:
        self._policy = policy
        self._kind = kind

        def fail() -> str:
            raise construct_error(policy, _NEEDS_RESOURCE_POLICY.format(kind=kind))

        self.policy_fragment: PrincipalPolicyFragment = ArnPrincipal(Lazy.string(fail)).policy_fragment
        self.principal_account: str | None = policy.env.account

    @property
    def grant_principal(self) -> Any:
        return self

    @property
    def assume_role_action(self) -> str:
        raise construct_error(self._policy, _NEEDS_RESOURCE_POLICY.format(kind=self._kind))

    def add_to_policy(self, statement: PolicyStatement) -> bool:
        return self.add_to_principal_policy(statement).statement_added

    def add_to_principal_policy(self, statement: PolicyStatement) -> AddToPrincipalPolicyResult:
        self._policy.add_statements(statement)
        return AddToPrincipalPolicyResult(statement_added=True, policy_dependable=self._policy)

    def __str__(self) -> str:
        return f"{self._kind}({self._policy.node.path})"
