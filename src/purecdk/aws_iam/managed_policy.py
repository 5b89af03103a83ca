"""``ManagedPolicy``: a standalone policy for users, groups and roles (``AWS::IAM::ManagedPolicy``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from purecdk.aws_iam._generated import CfnManagedPolicy
from purecdk.aws_iam._util import LazyList
from purecdk.aws_iam.policy import _PolicyGrantPrincipal, _Validation
from purecdk.aws_iam.policy_document import PolicyDocument
from purecdk.aws_iam.references import ManagedPolicyReference
from purecdk.constructs import Construct
from purecdk.core.analytics_metadata import add_construct_metadata, add_method_metadata
from purecdk.core.arn import Arn, ArnFormat
from purecdk.core.pseudo import Aws
from purecdk.core.resource import Resource
from purecdk.core.stack import Stack
from purecdk.core.structs import reference_attribute
from purecdk.core.tokens import Token

if TYPE_CHECKING:
    from purecdk.aws_iam.policy_statement import PolicyStatement
    from purecdk.aws_iam.protocols import IGroup, IManagedPolicy, IPrincipal, IRole, IUser


class ManagedPolicy(Resource):
    """A customer managed policy."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        description: str | None = None,
        document: PolicyDocument | None = None,
        groups: Sequence[IGroup] | None = None,
        managed_policy_name: str | None = None,
        path: str | None = None,
        roles: Sequence[IRole] | None = None,
        statements: Sequence[PolicyStatement] | None = None,
        users: Sequence[IUser] | None = None,
    ) -> None:
        super().__init__(scope, id, physical_name=managed_policy_name)
        add_construct_metadata(self, locals())
        self.description: str = description or ""
        self.path: str = path or "/"
        self.document: PolicyDocument = document if document else PolicyDocument()
        self._roles: list[Any] = []
        self._users: list[Any] = []
        self._groups: list[Any] = []
        self._resource = CfnManagedPolicy(
            self,
            "Resource",
            policy_document=self.document,
            managed_policy_name=self.physical_name,
            description=self.description,
            path=self.path,
            roles=Token.as_list(LazyList(self._roles, lambda r: _ref(r, "role_ref", "role_name"))),
            users=Token.as_list(LazyList(self._users, lambda u: _ref(u, "user_ref", "user_name"))),
            groups=Token.as_list(LazyList(self._groups, lambda g: _ref(g, "group_ref", "group_name"))),
        )
        self.managed_policy_arn: str = self.get_resource_arn_attribute(
            self._resource.ref,
            {"region": "", "service": "iam", "resource": "policy", "resource_name": self.physical_name},
        )
        for user in users or []:
            self.attach_to_user(user)
        for group in groups or []:
            self.attach_to_group(group)
        for role in roles or []:
            self.attach_to_role(role)
        for statement in statements or []:
            self.add_statements(statement)
        self.grant_principal: IPrincipal = _PolicyGrantPrincipal(self, "ManagedPolicy")  # type: ignore[assignment]
        self.node.add_validation(_Validation(self._validate_managed_policy))

    @staticmethod
    def from_managed_policy_name(scope: Construct, id: str, managed_policy_name: str) -> IManagedPolicy:
        """A customer managed policy of this account, by name."""
        stack = Stack.of(scope)
        arn = stack.format_arn(
            {
                "service": "iam",
                "region": "",
                "account": stack.account,
                "resource": "policy",
                "resource_name": managed_policy_name,
            }
        )
        return _ImportedManagedPolicy(scope, id, arn)

    @staticmethod
    def from_managed_policy_arn(scope: Construct, id: str, managed_policy_arn: str) -> IManagedPolicy:
        """A managed policy, by ARN."""
        return _ImportedManagedPolicy(scope, id, managed_policy_arn)

    @staticmethod
    def from_aws_managed_policy_name(managed_policy_name: str) -> IManagedPolicy:
        """An AWS managed policy (``arn:<partition>:iam::aws:policy/<name>``); not a construct."""
        return _AwsManagedPolicy(managed_policy_name)

    @property
    def managed_policy_name(self) -> str:
        """The name of the policy."""
        name = Stack.of(self).split_arn(self._resource.ref, ArnFormat.SLASH_RESOURCE_NAME).resource_name
        return self.get_resource_name_attribute(str(name))

    @property
    def managed_policy_ref(self) -> ManagedPolicyReference:
        """A reference to this policy."""
        return ManagedPolicyReference(policy_arn=self.managed_policy_arn)

    def add_statements(self, *statement: PolicyStatement) -> None:
        """Add statements to the policy document."""
        add_method_metadata(self, "addStatements", statement)
        self.document.add_statements(*statement)

    def attach_to_user(self, user: Any) -> None:
        """Attach the policy to a user."""
        add_method_metadata(self, "attachToUser", [user])
        arn = _ref(user, "user_ref", "user_arn")
        if not any(_ref(u, "user_ref", "user_arn") == arn for u in self._users):
            self._users.append(user)

    def attach_to_role(self, role: IRole) -> None:
        """Attach the policy to a role."""
        add_method_metadata(self, "attachToRole", [role])
        if not any(_ref(r, "role_ref", "role_arn") == role.role_arn for r in self._roles):
            self._roles.append(role)

    def attach_to_group(self, group: Any) -> None:
        """Attach the policy to a group."""
        add_method_metadata(self, "attachToGroup", [group])
        arn = _ref(group, "group_ref", "group_arn")
        if not any(_ref(g, "group_ref", "group_arn") == arn for g in self._groups):
            self._groups.append(group)

    def _validate_managed_policy(self) -> list[str]:
        result = []
        if self.document.is_empty:
            result.append("Managed Policy is empty. You must add statements to the policy")
        result.extend(self.document.validate_for_identity_policy())
        return result


_ref = reference_attribute


class _ImportedManagedPolicy(Resource):
    def __init__(self, scope: Construct, id: str, managed_policy_arn: str) -> None:
        super().__init__(scope, id)
        self.managed_policy_arn = managed_policy_arn

    @property
    def managed_policy_ref(self) -> ManagedPolicyReference:
        return ManagedPolicyReference(policy_arn=self.managed_policy_arn)


class _AwsManagedPolicy:
    """An AWS managed policy: only its ARN is known (it is not a construct)."""

    def __init__(self, managed_policy_name: str) -> None:
        self.managed_policy_arn: str = Arn.format(
            {
                "partition": Aws.PARTITION,
                "service": "iam",
                "region": "",
                "account": "aws",
                "resource": "policy",
                "resource_name": managed_policy_name,
            }
        )

    def _js_own_properties(self) -> dict[str, Any]:
        """The fields aws-cdk-lib's JavaScript object enumerates (for the analytics metadata)."""
        return {"managedPolicyArn": self.managed_policy_arn}

    @property
    def managed_policy_ref(self) -> ManagedPolicyReference:
        return ManagedPolicyReference(policy_arn=self.managed_policy_arn)

    @property
    def node(self) -> Any:
        raise ValueError("The result of fromAwsManagedPolicyName can not be used in this API")
