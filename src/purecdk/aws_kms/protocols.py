"""The KMS interfaces as ``typing.Protocol`` classes, and the reference structs of keys and aliases."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from purecdk.core.resource import IResource
from purecdk.interfaces.aws_kms import AliasReference, KeyReference

__all__ = ["AliasReference", "IAlias", "IKey", "KeyReference"]

if TYPE_CHECKING:
    from purecdk.aws_iam.grant import Grant
    from purecdk.aws_iam.policy_statement import PolicyStatement
    from purecdk.aws_iam.protocols import AddToResourcePolicyResult, IGrantable


@runtime_checkable
class IKey(IResource, Protocol):
    """A KMS key (created here, imported, or an alias standing for one)."""

    @property
    def key_arn(self) -> str: ...

    @property
    def key_id(self) -> str: ...

    def add_alias(self, alias: str) -> Any: ...

    def add_to_resource_policy(
        self, statement: PolicyStatement, allow_no_op: bool | None = None
    ) -> AddToResourcePolicyResult: ...

    def grant(self, grantee: IGrantable, *actions: str) -> Grant: ...

    def grant_decrypt(self, grantee: IGrantable) -> Grant: ...

    def grant_encrypt(self, grantee: IGrantable) -> Grant: ...

    def grant_encrypt_decrypt(self, grantee: IGrantable) -> Grant: ...


@runtime_checkable
class IAlias(IKey, Protocol):
    """A KMS alias."""

    @property
    def alias_name(self) -> str: ...

    @property
    def alias_target_key(self) -> IKey: ...
