"""``User``: an IAM user, and users defined elsewhere."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from purecdk.aws_iam._generated import CfnUser, CfnUserToGroupAddition
from purecdk.aws_iam._util import AttachedPolicies, LazyList, construct_error
from purecdk.aws_iam.policy import Policy
from purecdk.aws_iam.principals import ArnPrincipal, PrincipalPolicyFragment
from purecdk.aws_iam.protocols import AddToPrincipalPolicyResult
from purecdk.aws_iam.references import UserReference
from purecdk.constructs import Construct
from purecdk.core.analytics_metadata import add_construct_metadata, add_method_metadata
from purecdk.core.arn import Arn, ArnFormat
from purecdk.core.resource import Resource
from purecdk.core.secret_value import SecretValue
from purecdk.core.stack import Stack
from purecdk.core.tokens import Token

if TYPE_CHECKING:
    from purecdk.aws_iam.policy_statement import PolicyStatement
    from purecdk.aws_iam.protocols import IGroup, IManagedPolicy, IPrincipal, IUser


class User(Resource):
    """An IAM user."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        groups: Sequence[IGroup] | None = None,
        managed_policies: Sequence[IManagedPolicy] | None = None,
        password: SecretValue | None = None,
        password_reset_required: bool | None = None,
        path: str | None = None,
        permissions_boundary: IManagedPolicy | None = None,
        user_name: str | None = None,
    ) -> None:
        super().__init__(scope, id, physical_name=user_name)
        add_construct_metadata(self, locals())
        self.assume_role_action = "sts:AssumeRole"
        self.principal_account: str | None = self.env.account
        self._managed_policies: list[IManagedPolicy] = list(managed_policies or [])
        self._groups: list[str] = []
        self.permissions_boundary = permissions_boundary
        self._path = path
        self._attached_policies = AttachedPolicies()
        self.default_policy: Policy | None = None
        self._resource = CfnUser(
            self,
            "Resource",
            user_name=self.physical_name,
            groups=Token.as_list(LazyList(self._groups, lambda name: name)),
            managed_policy_arns=Token.as_list(
                LazyList(self._managed_policies, lambda p: p.managed_policy_arn),
                display_hint="managedPolicyArns",
            ),
            path=path,
            permissions_boundary=permissions_boundary.managed_policy_arn if permissions_boundary else None,
            login_profile=self._login_profile(password, password_reset_required),
        )
        self.user_name: str = self.get_resource_name_attribute(self._resource.ref)
        path_prefix = (path[1:] if path.startswith("/") else path) if path else ""
        self.user_arn: str = self.get_resource_arn_attribute(
            self._resource.attr_arn,
            {
                "region": "",
                "service": "iam",
                "resource": "user",
                "resource_name": f"{path_prefix}{self.physical_name}",
            },
        )
        self.policy_fragment: PrincipalPolicyFragment = ArnPrincipal(self.user_arn).policy_fragment
        for group in groups or []:
            self.add_to_group(group)

    @staticmethod
    def from_user_name(scope: Construct, id: str, user_name: str) -> IUser:
        """A user of this account, by name."""
        arn = Stack.of(scope).format_arn(
            {"service": "iam", "region": "", "resource": "user", "resource_name": user_name}
        )
        return User.from_user_attributes(scope, id, user_arn=arn)

    @staticmethod
    def from_user_arn(scope: Construct, id: str, user_arn: str) -> IUser:
        """A user, by ARN."""
        return User.from_user_attributes(scope, id, user_arn=user_arn)

    @staticmethod
    def from_user_attributes(
        scope: Construct, id: str, attrs: Any = None, *, user_arn: str | None = None
    ) -> IUser:
        """A user, by its attributes."""
        if user_arn is None:
            from purecdk.core.structs import get_field

            user_arn = get_field(attrs, "user_arn")
        if user_arn is None:
            raise TypeError("from_user_attributes() needs user_arn")
        return _ImportedUser(scope, id, user_arn)  # type: ignore[return-value]

    @property
    def grant_principal(self) -> IPrincipal:
        """The user itself."""
        return self  # type: ignore[return-value]

    @property
    def user_ref(self) -> UserReference:
        """A reference to this user."""
        return UserReference(user_arn=self.user_arn, user_name=self.user_name)

    def add_to_group(self, group: IGroup) -> None:
        """Add the user to a group."""
        add_method_metadata(self, "addToGroup", [group])
        self._groups.append(group.group_name)

    def add_managed_policy(self, policy: IManagedPolicy) -> None:
        """Attach a managed policy (once)."""
        add_method_metadata(self, "addManagedPolicy", [policy])
        if any(mp is policy for mp in self._managed_policies):
            return
        self._managed_policies.append(policy)

    def attach_inline_policy(self, policy: Policy) -> None:
        """Attach an inline policy."""
        add_method_metadata(self, "attachInlinePolicy", [policy])
        self._attached_policies.attach(policy)
        policy.attach_to_user(self)  # type: ignore[arg-type]

    def add_to_principal_policy(self, statement: PolicyStatement) -> AddToPrincipalPolicyResult:
        """Add a statement to the user's default inline policy (created on first use)."""
        add_method_metadata(self, "addToPrincipalPolicy", [statement])
        if self.default_policy is None:
            self.default_policy = Policy(self, "DefaultPolicy")
            self.default_policy.attach_to_user(self)  # type: ignore[arg-type]
        self.default_policy.add_statements(statement)
        return AddToPrincipalPolicyResult(statement_added=True, policy_dependable=self.default_policy)

    def add_to_policy(self, statement: PolicyStatement) -> bool:
        """Add a statement to the user's default inline policy."""
        add_method_metadata(self, "addToPolicy", [statement])
        return self.add_to_principal_policy(statement).statement_added

    def _login_profile(self, password: Any, password_reset_required: bool | None) -> Any:
        if password is not None:
            if not SecretValue.is_secret_value(password):
                raise TypeError(
                    f"password must be a SecretValue (SecretValue.secrets_manager(...), ...), got "
                    f"{type(password).__name__} (at {self.node.path})"
                )
            return CfnUser.LoginProfileProperty(
                password=password.unsafe_unwrap(), password_reset_required=password_reset_required
            )
        if password_reset_required:
            raise construct_error(
                self, 'Cannot set "passwordResetRequired" without specifying "initialPassword"'
            )
        return None


class _ImportedUser(Resource):
    def __init__(self, scope: Construct, id: str, user_arn: str) -> None:
        super().__init__(scope, id)
        self.principal_account: str | None = (
            Stack.of(scope).split_arn(user_arn, ArnFormat.SLASH_RESOURCE_NAME).account
        )
        self.user_name: str = str(Arn.extract_resource_name(user_arn, "user")).split("/")[-1]
        self.user_arn = user_arn
        self.assume_role_action = "sts:AssumeRole"
        self.policy_fragment: PrincipalPolicyFragment = ArnPrincipal(user_arn).policy_fragment
        self._attached_policies = AttachedPolicies()
        self.default_policy: Policy | None = None
        self._group_id = 0

    @property
    def grant_principal(self) -> Any:
        return self

    @property
    def user_ref(self) -> UserReference:
        return UserReference(user_arn=self.user_arn, user_name=self.user_name)

    def add_to_policy(self, statement: PolicyStatement) -> bool:
        return self.add_to_principal_policy(statement).statement_added

    def add_to_principal_policy(self, statement: PolicyStatement) -> AddToPrincipalPolicyResult:
        if self.default_policy is None:
            self.default_policy = Policy(self, "Policy")
            self.default_policy.attach_to_user(self)  # type: ignore[arg-type]
        self.default_policy.add_statements(statement)
        return AddToPrincipalPolicyResult(statement_added=True, policy_dependable=self.default_policy)

    def add_to_group(self, group: Any) -> None:
        group_ref = getattr(group, "group_ref", None)
        group_name = group_ref.group_name if group_ref is not None else group.group_name
        CfnUserToGroupAddition(
            Stack.of(group),
            f"{self.user_name}Group{self._group_id}",
            group_name=group_name,
            users=[self.user_name],
        )
        self._group_id += 1

    def attach_inline_policy(self, policy: Policy) -> None:
        self._attached_policies.attach(policy)
        policy.attach_to_user(self)  # type: ignore[arg-type]

    def add_managed_policy(self, _policy: Any) -> None:
        raise construct_error(self, "Cannot add managed policy to imported User")
