"""Roles defined outside the app: ``ImportedRole`` (mutable) and ``ImmutableRole`` (no policy updates)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from purecdk.aws_iam._util import MAX_POLICY_NAME_LEN, AttachedPolicies
from purecdk.aws_iam.grant import Grant
from purecdk.aws_iam.policy import Policy
from purecdk.aws_iam.principals import ArnPrincipal, PrincipalPolicyFragment
from purecdk.aws_iam.protocols import AddToPrincipalPolicyResult
from purecdk.aws_iam.references import RoleReference
from purecdk.constructs import Construct, Dependable, DependencyGroup
from purecdk.core.analytics_metadata import add_construct_metadata, add_method_metadata
from purecdk.core.annotations import Annotations
from purecdk.core.feature_flags import FeatureFlags
from purecdk.core.names import Names
from purecdk.core.resource import Resource
from purecdk.core.tokens import Token

if TYPE_CHECKING:
    from purecdk.aws_iam.policy_statement import PolicyStatement
    from purecdk.aws_iam.protocols import IManagedPolicy, IPrincipal

_STACK_SAFE_POLICY_NAME = "@aws-cdk/aws-iam:importedRoleStackSafeDefaultPolicyName"


class ImportedRole(Resource):
    """A role referenced by ARN; statements added to it go into a new inline policy in this stack."""

    _FQN = "aws-cdk-lib.Resource"  # private in aws-cdk-lib too

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        role_arn: str,
        role_name: str,
        account: str | None = None,
        default_policy_name: str | None = None,
    ) -> None:
        super().__init__(scope, id, account=account)
        add_construct_metadata(self, locals())
        self.role_arn = role_arn
        self.role_name = role_name
        self.assume_role_action = "sts:AssumeRole"
        self.policy_fragment: PrincipalPolicyFragment = ArnPrincipal(role_arn).policy_fragment
        self.principal_account: str | None = account
        self._default_policy_name = default_policy_name
        self._attached_policies = AttachedPolicies()
        self.default_policy: Policy | None = None

    @property
    def grant_principal(self) -> IPrincipal:
        """The role itself."""
        return self  # type: ignore[return-value]

    @property
    def role_ref(self) -> RoleReference:
        """A reference to this role."""
        return RoleReference(role_arn=self.role_arn, role_name=self.role_name)

    def add_to_policy(self, statement: PolicyStatement) -> bool:
        """Add a statement to this role's policy in this stack."""
        add_method_metadata(self, "addToPolicy", [statement])
        return self.add_to_principal_policy(statement).statement_added

    def add_to_principal_policy(self, statement: PolicyStatement) -> AddToPrincipalPolicyResult:
        """Add a statement to this role's policy in this stack (created on first use)."""
        add_method_metadata(self, "addToPrincipalPolicy", [statement])
        if self.default_policy is None:
            unique = FeatureFlags.of(self).is_enabled(_STACK_SAFE_POLICY_NAME)
            prefix = "Policy"
            name = f"{prefix}{Names.unique_id(self)}" if unique else prefix
            if len(name) > MAX_POLICY_NAME_LEN:
                name = prefix + Names.unique_resource_name(self, max_length=MAX_POLICY_NAME_LEN - len(prefix))
            policy_name = self._default_policy_name if self._default_policy_name is not None else name
            self.default_policy = Policy(self, policy_name, policy_name=policy_name if unique else None)
            self.attach_inline_policy(self.default_policy)
        self.default_policy.add_statements(statement)
        return AddToPrincipalPolicyResult(statement_added=True, policy_dependable=self.default_policy)

    def attach_inline_policy(self, policy: Policy) -> None:
        """Attach an inline policy (only when it is defined for the same account)."""
        add_method_metadata(self, "attachInlinePolicy", [policy])
        comparison = Token.compare_strings(self.env.account, policy.env.account)
        if comparison in ("SAME", "BOTH_UNRESOLVED", "ONE_UNRESOLVED"):
            self._attached_policies.attach(policy)
            policy.attach_to_role(self)  # type: ignore[arg-type]

    def add_managed_policy(self, policy: IManagedPolicy) -> None:
        """Attach a managed policy defined in this app (others cannot be attached to an imported role)."""
        add_method_metadata(self, "addManagedPolicy", [policy])
        attach = getattr(policy, "attach_to_role", None)
        if attach is not None:
            attach(self)
            return
        Annotations.of(self).add_warning_v2(
            "@aws-cdk/aws-iam:IRoleCantBeUsedWithIManagedPolicy",
            f"Can't combine imported IManagedPolicy: {policy.managed_policy_arn} to imported role IRole: "
            f"{self.role_name}. Use ManagedPolicy directly.",
        )

    def grant(self, grantee: IPrincipal, *actions: str) -> Grant:
        """Allow ``grantee`` to perform ``actions`` on this role."""
        add_method_metadata(self, "grant", [grantee, *actions])
        return Grant.add_to_principal(grantee=grantee, actions=list(actions), resource_arns=[self.role_arn])

    def grant_pass_role(self, identity: IPrincipal) -> Grant:
        """Allow ``identity`` to pass this role."""
        add_method_metadata(self, "grantPassRole", [identity])
        return self.grant(identity, "iam:PassRole")

    def grant_assume_role(self, identity: IPrincipal) -> Grant:
        """Allow ``identity`` to assume this role."""
        add_method_metadata(self, "grantAssumeRole", [identity])
        return self.grant(identity, "sts:AssumeRole")

    def dedupe_string(self) -> str | None:
        """Roles with the same ARN are the same principal."""
        add_method_metadata(self, "dedupeString", [])
        return f"ImportedRole:{self.role_arn}"


class _RoleRoots(Dependable):
    def __init__(self, role: Any) -> None:
        self._role = role

    @property
    def dependency_roots(self) -> list[Construct]:
        return [self._role]


class ImmutableRole(Resource):
    """A view of a role that ignores policy additions (grants then only go to resource policies, if asked)."""

    _FQN = "aws-cdk-lib.Resource"  # private in aws-cdk-lib too

    def __init__(self, scope: Construct, id: str, role: Any, add_grants_to_resources: bool) -> None:
        super().__init__(scope, id, account=role.env.account, region=role.env.region)
        add_construct_metadata(self, {"role": role})
        self.role = role
        self._add_grants_to_resources = add_grants_to_resources
        self.assume_role_action = role.assume_role_action
        self.policy_fragment: PrincipalPolicyFragment = role.policy_fragment
        self.principal_account: str | None = role.principal_account
        self.role_arn: str = role.role_arn
        self.role_name: str = role.role_name
        self._stack = role.stack
        Dependable.implement(self, _RoleRoots(role))
        self.node.default_child = role.node.default_child

    @property
    def stack(self) -> Any:
        """The stack of the wrapped role."""
        return self._stack

    @property
    def grant_principal(self) -> IPrincipal:
        """This view itself."""
        return self  # type: ignore[return-value]

    @property
    def role_ref(self) -> RoleReference:
        """A reference to the wrapped role."""
        return RoleReference(role_arn=self.role_arn, role_name=self.role_name)

    def attach_inline_policy(self, _policy: Any) -> None:
        """Ignored."""
        add_method_metadata(self, "attachInlinePolicy", [_policy])

    def add_managed_policy(self, _policy: Any) -> None:
        """Ignored."""
        add_method_metadata(self, "addManagedPolicy", [_policy])

    def add_to_policy(self, statement: PolicyStatement) -> bool:
        """Ignored (returns whether grants should pretend the statement was added)."""
        add_method_metadata(self, "addToPolicy", [statement])
        return self.add_to_principal_policy(statement).statement_added

    def add_to_principal_policy(self, _statement: PolicyStatement) -> AddToPrincipalPolicyResult:
        """Ignored: reports success unless grants should go to resource policies instead."""
        add_method_metadata(self, "addToPrincipalPolicy", [_statement])
        return AddToPrincipalPolicyResult(
            statement_added=not self._add_grants_to_resources, policy_dependable=DependencyGroup()
        )

    def grant(self, grantee: IPrincipal, *actions: str) -> Grant:
        """Grants on the wrapped role."""
        add_method_metadata(self, "grant", [grantee, *actions])
        return self.role.grant(grantee, *actions)  # type: ignore[no-any-return]

    def grant_pass_role(self, grantee: IPrincipal) -> Grant:
        """``iam:PassRole`` on the wrapped role."""
        add_method_metadata(self, "grantPassRole", [grantee])
        return self.role.grant_pass_role(grantee)  # type: ignore[no-any-return]

    def grant_assume_role(self, identity: IPrincipal) -> Grant:
        """``sts:AssumeRole`` on the wrapped role."""
        add_method_metadata(self, "grantAssumeRole", [identity])
        return self.role.grant_assume_role(identity)  # type: ignore[no-any-return]
