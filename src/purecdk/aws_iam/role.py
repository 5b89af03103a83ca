"""``Role``: an IAM role, its trust policy, inline and managed policies, and imported roles."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from purecdk.aws_iam._generated import CfnRole
from purecdk.aws_iam._util import AttachedPolicies, UniqueStringSet, construct_error
from purecdk.aws_iam.grant import Grant
from purecdk.aws_iam.policy import Policy, _Validation
from purecdk.aws_iam.policy_document import PolicyDocument
from purecdk.aws_iam.policy_statement import PolicyStatement
from purecdk.aws_iam.principals import (
    AccountPrincipal,
    ArnPrincipal,
    PrincipalPolicyFragment,
    ServicePrincipal,
    _MutatingDocument,
    default_add_principal_to_assume_role,
)
from purecdk.aws_iam.protocols import AddToPrincipalPolicyResult
from purecdk.aws_iam.references import RoleReference
from purecdk.constructs import Construct, DependencyGroup
from purecdk.core.analytics_metadata import add_construct_metadata, add_method_metadata
from purecdk.core.annotations import Annotations
from purecdk.core.arn import ArnFormat
from purecdk.core.aspects import AspectPriority, Aspects
from purecdk.core.feature_flags import FeatureFlags
from purecdk.core.removal_policy import RemovalPolicy
from purecdk.core.resource import Resource
from purecdk.core.stack import Stack
from purecdk.core.structs import get_field
from purecdk.core.tokens import Token

if TYPE_CHECKING:
    from purecdk.aws_iam.protocols import IManagedPolicy, IPrincipal, IRole
    from purecdk.core.duration import Duration

MAX_INLINE_SIZE = 10000
MAX_MANAGEDPOL_SIZE = 6000
_ROLE_NAME = r"(?a)^[\w+=,.@-]{1,64}$"
_ROLE_PATH = r"^(/|/[\u0021-\u007F]+/)$"
_ASPECT_PRIORITIES_MUTATING = "@aws-cdk/core:aspectPrioritiesMutating"


class RoleGrants:
    """Grants on a role: passing it to a service, assuming it."""

    def __init__(self, role: Any) -> None:
        self._role = role

    @staticmethod
    def from_role(role: Any) -> RoleGrants:
        """The grants of ``role``."""
        return RoleGrants(role)

    def assume_role(self, identity: IPrincipal) -> Grant:
        """Allow ``identity`` to assume the role."""
        if isinstance(identity, (ServicePrincipal, AccountPrincipal)):
            raise construct_error(
                self._role,
                "Cannot use a service or account principal with grantAssumeRole, use assumeRolePolicy instead.",
            )
        return Grant.add_to_principal(
            grantee=identity, actions=["sts:AssumeRole"], resource_arns=[self._role.role_ref.role_arn]
        )

    def pass_role(self, identity: IPrincipal) -> Grant:
        """Allow ``identity`` to pass the role to a service."""
        return Grant.add_to_principal(
            grantee=identity, actions=["iam:PassRole"], resource_arns=[self._role.role_ref.role_arn]
        )


class _SplitLargePolicy:
    """The aspect that moves statements that do not fit the role's default policy into managed policies."""

    def __init__(self, role: Role) -> None:
        self._role = role

    def visit(self, node: Any) -> None:
        if node is self._role:
            self._role._split_large_policy()


class Role(Resource):
    """An IAM role: assumed by ``assumed_by``, with inline and managed policies."""

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
        super().__init__(scope, id, physical_name=role_name)
        add_construct_metadata(self, locals())
        if role_name and not Token.is_unresolved(role_name) and not re.match(_ROLE_NAME, role_name):
            raise construct_error(
                self,
                "Invalid roleName. The name must be a string of characters consisting of upper and "
                "lowercase alphanumeric characters with no spaces. You can also include any of the "
                "following characters: _+=,.@-. Length must be between 1 and 64 characters.",
            )
        self.assume_role_action = "sts:AssumeRole"
        self.principal_account: str | None = self.env.account
        self.assume_role_policy: PolicyDocument | None = _create_assume_role_policy(
            assumed_by, list(external_ids or [])
        )
        self._managed_policies: list[IManagedPolicy] = list(managed_policies or [])
        self._inline_policies: dict[str, PolicyDocument] = dict(inline_policies or {})
        self.permissions_boundary = permissions_boundary
        self._path = path
        self.default_policy: Policy | None = None
        self._attached_policies = AttachedPolicies()
        self._dependables: dict[int, DependencyGroup] = {}
        self._immutable_role: Any = None
        self._did_split = False
        self.grants = RoleGrants.from_role(self)

        seconds = max_session_duration.to_seconds() if max_session_duration else None
        if seconds is not None and (seconds < 3600 or seconds > 43200):
            raise construct_error(
                self,
                f"maxSessionDuration is set to {_js_number(seconds)}, but must be >= 3600sec (1hr) and "
                "<= 43200sec (12hrs)",
            )
        if description is not None and len(description) == 0:
            description = None
        if description is not None and len(description) > 1000:
            raise construct_error(self, "Role description must be no longer than 1000 characters.")
        _validate_role_path(self, path)

        self._resource = CfnRole(
            self,
            "Resource",
            assume_role_policy_document=self.assume_role_policy,
            managed_policy_arns=UniqueStringSet.from_(lambda: [p.managed_policy_arn for p in self._managed_policies]),
            policies=_flatten(self._inline_policies),
            path=path,
            permissions_boundary=permissions_boundary.managed_policy_arn if permissions_boundary else None,
            role_name=self.physical_name,
            max_session_duration=seconds,
            description=description,
        )
        self.role_id: str = self._resource.attr_role_id
        path_prefix = (path[1:] if path.startswith("/") else path) if path else ""
        self.role_arn: str = self.get_resource_arn_attribute(
            self._resource.attr_arn,
            {
                "region": "",
                "service": "iam",
                "resource": "role",
                "resource_name": f"{path_prefix}{self.physical_name}",
            },
        )
        self.role_name: str = self.get_resource_name_attribute(self._resource.ref)
        priority = AspectPriority.MUTATING if FeatureFlags.of(self).is_enabled(_ASPECT_PRIORITIES_MUTATING) else None
        Aspects.of(self).add(_SplitLargePolicy(self), priority=priority)
        self.policy_fragment: PrincipalPolicyFragment = ArnPrincipal(self.role_arn).policy_fragment
        self.node.add_validation(_Validation(self._validate_role))

    # -- importing -----------------------------------------------------------------------------------

    @staticmethod
    def from_role_arn(
        scope: Construct,
        id: str,
        role_arn: str,
        options: Any = None,
        *,
        add_grants_to_resources: bool | None = None,
        default_policy_name: str | None = None,
        mutable: bool | None = None,
    ) -> IRole:
        """A role defined elsewhere, by ARN (mutable: policies added here go into a new inline policy)."""
        if add_grants_to_resources is None:
            add_grants_to_resources = get_field(options, "add_grants_to_resources")
        if default_policy_name is None:
            default_policy_name = get_field(options, "default_policy_name")
        if mutable is None:
            mutable = get_field(options, "mutable")
        from purecdk.aws_iam._imported_role import ImmutableRole, ImportedRole

        scope_stack = Stack.of(scope)
        parsed = scope_stack.split_arn(role_arn, ArnFormat.SLASH_RESOURCE_NAME)
        resource_name = str(parsed.resource_name)
        role_account = parsed.account
        role_name = resource_name.split("/")[-1]
        if add_grants_to_resources is not None and mutable is not False:
            raise construct_error(scope, "'addGrantsToResources' can only be passed if 'mutable: false'")
        comparison = Token.compare_strings(role_account or "", scope_stack.account)
        same_or_unknown = comparison in ("SAME", "BOTH_UNRESOLVED", "ONE_UNRESOLVED")
        keep_mutable = mutable is not False and same_or_unknown
        imported = ImportedRole(
            scope,
            id if keep_mutable else f"MutableRole{id}",
            role_arn=role_arn,
            role_name=role_name,
            account=role_account,
            default_policy_name=default_policy_name,
        )
        if keep_mutable:
            return imported  # type: ignore[return-value]
        return ImmutableRole(scope, id, imported, bool(add_grants_to_resources))  # type: ignore[return-value]

    @staticmethod
    def from_lookup(
        scope: Construct,
        id: str,
        options: Any = None,
        *,
        role_name: str | None = None,
        add_grants_to_resources: bool | None = None,
        default_policy_name: str | None = None,
        mutable: bool | None = None,
    ) -> IRole:
        """An existing role found by name through the ``cdk`` CLI's Cloud Control context lookup."""
        from purecdk.core.context_provider import ContextProvider

        if role_name is None:
            role_name = get_field(options, "role_name")
        if role_name is None:
            raise TypeError("Role.from_lookup() needs role_name")
        if Token.is_unresolved(role_name):
            raise construct_error(scope, "All arguments to look up a role must be concrete (no Tokens)")
        dummy_arn = Stack.of(scope).format_arn(
            {"service": "iam", "account": "123456789012", "resource": "role", "resource_name": "DUMMY_ARN"}
        )
        found = ContextProvider.get_value(
            scope,
            provider="cc-api-provider",
            props={"typeName": "AWS::IAM::Role", "exactIdentifier": role_name, "propertiesToReturn": ["Arn"]},
            dummy_value=[{"Arn": dummy_arn}],
        )
        return Role.from_role_arn(
            scope,
            id,
            str(found[0]["Arn"]),
            options,
            add_grants_to_resources=add_grants_to_resources,
            default_policy_name=default_policy_name,
            mutable=mutable,
        )

    @staticmethod
    def from_role_name(
        scope: Construct,
        id: str,
        role_name: str,
        options: Any = None,
        *,
        add_grants_to_resources: bool | None = None,
        default_policy_name: str | None = None,
        mutable: bool | None = None,
    ) -> IRole:
        """A role of this account, by name."""
        arn = Stack.of(scope).format_arn(
            {"region": "", "service": "iam", "resource": "role", "resource_name": role_name}
        )
        return Role.from_role_arn(
            scope,
            id,
            arn,
            options,
            add_grants_to_resources=add_grants_to_resources,
            default_policy_name=default_policy_name,
            mutable=mutable,
        )

    @staticmethod
    def is_role(x: Any) -> bool:
        """Whether ``x`` is a ``Role``."""
        return isinstance(x, Role)

    # -- the principal -------------------------------------------------------------------------------

    @property
    def grant_principal(self) -> IPrincipal:
        """The role itself."""
        return self  # type: ignore[return-value]

    @property
    def role_ref(self) -> RoleReference:
        """A reference to this role."""
        return RoleReference(role_arn=self.role_arn, role_name=self.role_name)

    @property
    def managed_policies(self) -> list[IManagedPolicy]:
        """The managed policies attached to the role."""
        return list(self._managed_policies)

    def add_to_principal_policy(self, statement: PolicyStatement) -> AddToPrincipalPolicyResult:
        """Add a statement to the role's default inline policy (created on first use)."""
        add_method_metadata(self, "addToPrincipalPolicy", [statement])
        if self.default_policy is None:
            self.default_policy = Policy(self, "DefaultPolicy")
            self.attach_inline_policy(self.default_policy)
        self.default_policy.add_statements(statement)
        dependable = DependencyGroup()
        self._dependables[id(statement)] = dependable
        return AddToPrincipalPolicyResult(statement_added=True, policy_dependable=dependable)

    def add_to_policy(self, statement: PolicyStatement) -> bool:
        """Add a statement to the role's default inline policy."""
        add_method_metadata(self, "addToPolicy", [statement])
        return self.add_to_principal_policy(statement).statement_added

    def add_managed_policy(self, policy: IManagedPolicy) -> None:
        """Attach a managed policy (once)."""
        add_method_metadata(self, "addManagedPolicy", [policy])
        self._add_managed_policy(policy)

    def _add_managed_policy(self, policy: IManagedPolicy) -> None:
        if any(mp.managed_policy_arn == policy.managed_policy_arn for mp in self._managed_policies):
            return
        self._managed_policies.append(policy)

    def attach_inline_policy(self, policy: Policy) -> None:
        """Attach an inline policy."""
        add_method_metadata(self, "attachInlinePolicy", [policy])
        self._attach_inline_policy(policy)

    def _attach_inline_policy(self, policy: Policy) -> None:
        self._attached_policies.attach(policy)
        policy.attach_to_role(self)  # type: ignore[arg-type]

    # -- grants --------------------------------------------------------------------------------------

    def grant(self, grantee: IPrincipal, *actions: str) -> Grant:
        """Allow ``grantee`` to perform ``actions`` on this role."""
        add_method_metadata(self, "grant", [grantee, *actions])
        return Grant.add_to_principal(grantee=grantee, actions=list(actions), resource_arns=[self.role_arn])

    def grant_pass_role(self, identity: IPrincipal) -> Grant:
        """Allow ``identity`` to pass this role (``iam:PassRole``)."""
        add_method_metadata(self, "grantPassRole", [identity])
        return self.grants.pass_role(identity)

    def grant_assume_role(self, identity: IPrincipal) -> Grant:
        """Allow ``identity`` to assume this role (``sts:AssumeRole``)."""
        add_method_metadata(self, "grantAssumeRole", [identity])
        return self.grants.assume_role(identity)

    def without_policy_updates(self, options: Any = None, *, add_grants_to_resources: bool | None = None) -> IRole:
        """A view of this role to which nothing adds policies."""
        if add_grants_to_resources is None:
            add_grants_to_resources = get_field(options, "add_grants_to_resources")
        add_method_metadata(
            self, "withoutPolicyUpdates", [{"add_grants_to_resources": add_grants_to_resources}]
        )
        if self._immutable_role is None:
            from purecdk.aws_iam._imported_role import ImmutableRole

            scope = self.node.scope
            assert scope is not None
            self._immutable_role = ImmutableRole(
                scope, f"ImmutableRole{self.node.id}", self, bool(add_grants_to_resources)
            )
        return self._immutable_role  # type: ignore[no-any-return]

    def apply_removal_policy(self, policy: RemovalPolicy) -> None:
        """Apply ``policy`` to the role's resource."""
        add_method_metadata(self, "applyRemovalPolicy", [policy])
        super().apply_removal_policy(policy)

    # -- synthesis -----------------------------------------------------------------------------------

    def _validate_role(self) -> list[str]:
        errors = list(self.assume_role_policy.validate_for_trust_policy() if self.assume_role_policy else [])
        for policy in self._inline_policies.values():
            errors.extend(policy.validate_for_identity_policy())
        return errors

    def _split_large_policy(self) -> None:
        if self.default_policy is None or self._did_split:
            return
        self._did_split = True
        from purecdk.aws_iam.managed_policy import ManagedPolicy

        original = self.default_policy.document
        split = original._split_document(self, MAX_INLINE_SIZE, MAX_MANAGEDPOL_SIZE)
        count = len(self._managed_policies) + len(split) - 1
        if count > 20:
            Annotations.of(self).add_warning_v2(
                "@aws-cdk/aws-iam:rolePolicyTooLarge",
                f"Policy too large: {count} exceeds the maximum of 20 managed policies attached to a Role",
            )
        elif count > 10:
            Annotations.of(self).add_warning_v2(
                "@aws-cdk/aws-iam:rolePolicyLarge",
                f"Policy large: {count} exceeds 10 managed policies attached to a Role, this requires a quota increase",
            )

        def mark(originals: list[PolicyStatement], declaring: Construct) -> None:
            for statement in originals:
                group = self._dependables.get(id(statement))
                if group is not None:
                    group.add(declaring)

        i = 1
        for doc, originals in split:
            if doc is original:
                mark(originals, self.default_policy)
                continue
            managed = ManagedPolicy(
                self,
                f"OverflowPolicy{i}",
                description=f"Part of the policies for {self.node.path}",
                document=doc,
                roles=[self],  # type: ignore[list-item]
            )
            i += 1
            mark(originals, managed)


def _create_assume_role_policy(principal: Any, external_ids: list[str]) -> PolicyDocument:
    document = PolicyDocument()
    target: Any = document
    if external_ids:

        def mutate(statement: PolicyStatement) -> PolicyStatement:
            statement.add_condition(
                "StringEquals",
                {"sts:ExternalId": external_ids[0] if len(external_ids) == 1 else external_ids},
            )
            return statement

        target = _MutatingDocument(document, mutate)
    default_add_principal_to_assume_role(principal, target)
    return document


def _flatten(policies: Mapping[str, PolicyDocument]) -> list[CfnRole.PolicyProperty] | None:
    if not policies:
        return None
    return [CfnRole.PolicyProperty(policy_name=name, policy_document=doc) for name, doc in policies.items()]


def _validate_role_path(scope: Any, path: str | None) -> None:
    if path is None or Token.is_unresolved(path):
        return
    if len(path) == 0 or len(path) > 512:
        raise construct_error(
            scope,
            f"Role path must be between 1 and 512 characters. The provided role path is {len(path)} characters.",
        )
    if not re.match(_ROLE_PATH, path):
        raise construct_error(
            scope,
            "Role path must be either a slash or valid characters (alphanumerics and symbols) "
            "surrounded by slashes. "
            f"Valid characters are unicode characters in [\\u0021-\\u007F]. However, {path} is provided.",
        )


def _js_number(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else str(x)
