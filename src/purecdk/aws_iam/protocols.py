"""The IAM interfaces (``I…``) as ``typing.Protocol`` classes, and the results of adding statements.

Other construct libraries depend on these protocols, never on the concrete classes, so that modules
which refer to each other (IAM and KMS) do not import each other's implementations.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from purecdk.core.resource import IResource
from purecdk.core.struct_class import Struct

if TYPE_CHECKING:
    from purecdk.aws_iam.grant import Grant
    from purecdk.aws_iam.policy_document import PolicyDocument
    from purecdk.aws_iam.policy_statement import PolicyStatement
    from purecdk.aws_iam.principals import PrincipalPolicyFragment
    from purecdk.core.resource import ResourceEnvironment


class AddToPrincipalPolicyResult(Struct, kw_only=True):
    """The result of adding a statement to a principal's policy."""

    statement_added: bool
    """Whether the statement was added to the principal's policy."""
    policy_dependable: Any = None
    """Something to depend on to be sure the statement is in place (required when added)."""


class AddToResourcePolicyResult(Struct, kw_only=True):
    """The result of adding a statement to a resource policy."""

    statement_added: bool
    """Whether the statement was added to the resource policy."""
    policy_dependable: Any = None
    """Something to depend on to be sure the statement is in place (the resource when absent)."""


@runtime_checkable
class IGrantable(Protocol):
    """Anything permissions can be granted to: it has a principal."""

    @property
    def grant_principal(self) -> IPrincipal: ...


@runtime_checkable
class IPrincipal(IGrantable, Protocol):
    """Something that can be named in a policy's ``Principal`` and, maybe, be given an identity policy."""

    @property
    def assume_role_action(self) -> str: ...

    @property
    def policy_fragment(self) -> PrincipalPolicyFragment: ...

    @property
    def principal_account(self) -> str | None: ...

    def add_to_policy(self, statement: PolicyStatement) -> bool: ...

    def add_to_principal_policy(self, statement: PolicyStatement) -> AddToPrincipalPolicyResult: ...


@runtime_checkable
class IAssumeRolePrincipal(IPrincipal, Protocol):
    """A principal that writes its own statements into a role's trust policy."""

    def add_to_assume_role_policy(self, document: PolicyDocument) -> None: ...


@runtime_checkable
class IComparablePrincipal(IPrincipal, Protocol):
    """A principal with a string that is the same for equivalent principals (for statement merging)."""

    def dedupe_string(self) -> str | None: ...


@runtime_checkable
class IManagedPolicy(Protocol):
    """A managed policy (created here, imported, or AWS managed)."""

    @property
    def managed_policy_arn(self) -> str: ...


@runtime_checkable
class IPolicy(IResource, Protocol):
    """An inline policy."""

    @property
    def policy_name(self) -> str: ...


@runtime_checkable
class IIdentity(IPrincipal, IResource, Protocol):
    """A user, group or role: a principal that policies can be attached to."""

    def add_managed_policy(self, policy: IManagedPolicy) -> None: ...

    def attach_inline_policy(self, policy: Any) -> None: ...


@runtime_checkable
class IRole(IIdentity, Protocol):
    """An IAM role."""

    @property
    def role_arn(self) -> str: ...

    @property
    def role_name(self) -> str: ...

    def grant(self, grantee: IPrincipal, *actions: str) -> Grant: ...

    def grant_pass_role(self, grantee: IPrincipal) -> Grant: ...

    def grant_assume_role(self, grantee: IPrincipal) -> Grant: ...


@runtime_checkable
class IUser(IIdentity, Protocol):
    """An IAM user."""

    @property
    def user_arn(self) -> str: ...

    @property
    def user_name(self) -> str: ...

    def add_to_group(self, group: IGroup) -> None: ...


@runtime_checkable
class IGroup(IIdentity, Protocol):
    """An IAM group."""

    @property
    def group_arn(self) -> str: ...

    @property
    def group_name(self) -> str: ...


@runtime_checkable
class IResourceWithPolicy(IResource, Protocol):
    """A resource with a resource policy that statements can be added to."""

    def add_to_resource_policy(self, statement: PolicyStatement) -> AddToResourcePolicyResult: ...


@runtime_checkable
class IResourceWithPolicyV2(Protocol):
    """Anything with an environment and a resource policy (constructs or L1 resources)."""

    @property
    def env(self) -> ResourceEnvironment: ...

    def add_to_resource_policy(self, statement: PolicyStatement) -> AddToResourcePolicyResult: ...
