"""``Group``: an IAM group, and groups defined elsewhere."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from purecdk.aws_iam._generated import CfnGroup
from purecdk.aws_iam._util import AttachedPolicies, LazyList
from purecdk.aws_iam.policy import Policy
from purecdk.aws_iam.principals import ArnPrincipal, PrincipalPolicyFragment
from purecdk.aws_iam.protocols import AddToPrincipalPolicyResult
from purecdk.aws_iam.references import GroupReference
from purecdk.constructs import Construct
from purecdk.core.analytics_metadata import add_construct_metadata, add_method_metadata
from purecdk.core.annotations import Annotations
from purecdk.core.arn import ArnFormat
from purecdk.core.resource import Resource
from purecdk.core.stack import Stack
from purecdk.core.tokens import Token

if TYPE_CHECKING:
    from purecdk.aws_iam.policy_statement import PolicyStatement
    from purecdk.aws_iam.protocols import IGroup, IManagedPolicy, IPrincipal, IUser


class _GroupBase(Resource):
    """What created and imported groups share: inline policies, users, the principal."""

    group_arn: str
    group_name: str

    def __init__(self, scope: Construct, id: str, **kwargs: Any) -> None:
        super().__init__(scope, id, **kwargs)
        self.principal_account: str | None = self.env.account
        self.assume_role_action = "sts:AssumeRole"
        self._attached_policies = AttachedPolicies()
        self.default_policy: Policy | None = None

    @property
    def grant_principal(self) -> IPrincipal:
        """The group itself."""
        return self  # type: ignore[return-value]

    @property
    def policy_fragment(self) -> PrincipalPolicyFragment:
        """The group's ARN as a principal (groups cannot be principals of resource policies)."""
        return ArnPrincipal(self.group_arn).policy_fragment

    @property
    def group_ref(self) -> GroupReference:
        """A reference to this group."""
        return GroupReference(group_arn=self.group_arn, group_name=self.group_name)

    def attach_inline_policy(self, policy: Policy) -> None:
        """Attach an inline policy."""
        self._attached_policies.attach(policy)
        policy.attach_to_group(self)  # type: ignore[arg-type]

    def add_managed_policy(self, policy: IManagedPolicy) -> None:
        """Attach a managed policy (ignored for imported groups)."""

    def add_user(self, user: IUser) -> None:
        """Add a user to the group."""
        user.add_to_group(self)  # type: ignore[arg-type]

    def add_to_principal_policy(self, statement: PolicyStatement) -> AddToPrincipalPolicyResult:
        """Add a statement to the group's default inline policy (created on first use)."""
        if self.default_policy is None:
            self.default_policy = Policy(self, "DefaultPolicy")
            self.default_policy.attach_to_group(self)  # type: ignore[arg-type]
        self.default_policy.add_statements(statement)
        return AddToPrincipalPolicyResult(statement_added=True, policy_dependable=self.default_policy)

    def add_to_policy(self, statement: PolicyStatement) -> bool:
        """Add a statement to the group's default inline policy."""
        return self.add_to_principal_policy(statement).statement_added


class Group(_GroupBase):
    """An IAM group."""

    _IS_IAM_GROUP = True

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        group_name: str | None = None,
        managed_policies: Sequence[IManagedPolicy] | None = None,
        path: str | None = None,
    ) -> None:
        super().__init__(scope, id, physical_name=group_name)
        add_construct_metadata(self, locals())
        self._managed_policies: list[IManagedPolicy] = list(managed_policies or [])
        self._path = path
        self._resource = CfnGroup(
            self,
            "Resource",
            group_name=self.physical_name,
            managed_policy_arns=Token.as_list(
                LazyList(self._managed_policies, lambda p: p.managed_policy_arn),
                display_hint="managedPolicyArns",
            ),
            path=path,
        )
        self.group_name = self.get_resource_name_attribute(self._resource.ref)
        path_prefix = (path[1:] if path.startswith("/") else path) if path else ""
        self.group_arn = self.get_resource_arn_attribute(
            self._resource.attr_arn,
            {
                "region": "",
                "service": "iam",
                "resource": "group",
                "resource_name": f"{path_prefix}{self.physical_name}",
            },
        )
        self._warn_if_too_many_managed_policies()

    @staticmethod
    def from_group_arn(scope: Construct, id: str, group_arn: str) -> IGroup:
        """A group, by ARN."""
        components = Stack.of(scope).split_arn(group_arn, ArnFormat.SLASH_RESOURCE_NAME)
        return _ImportedGroup(scope, id, group_arn, str(components.resource_name), components.account)  # type: ignore[return-value]

    @staticmethod
    def from_group_name(scope: Construct, id: str, group_name: str) -> IGroup:
        """A group of this account, by name."""
        arn = Stack.of(scope).format_arn(
            {"service": "iam", "region": "", "resource": "group", "resource_name": group_name}
        )
        return Group.from_group_arn(scope, id, arn)

    def add_managed_policy(self, policy: IManagedPolicy) -> None:
        """Attach a managed policy (once)."""
        add_method_metadata(self, "addManagedPolicy", [policy])
        if any(mp is policy for mp in self._managed_policies):
            return
        self._managed_policies.append(policy)
        self._warn_if_too_many_managed_policies()

    def _warn_if_too_many_managed_policies(self) -> None:
        if len(self._managed_policies) > 10:
            Annotations.of(self).add_warning_v2(
                "@aws-cdk/aws-iam:groupMaxPoliciesExceeded",
                f"You added {len(self._managed_policies)} to IAM Group {self.physical_name}. "
                "The maximum number of managed policies attached to an IAM group is 10.",
            )


class _ImportedGroup(_GroupBase):
    def __init__(
        self, scope: Construct, id: str, group_arn: str, group_name: str, account: str | None
    ) -> None:
        self.group_arn = group_arn
        self.group_name = group_name
        super().__init__(scope, id)
        self.principal_account = account
