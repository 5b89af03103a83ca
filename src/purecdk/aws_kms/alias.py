"""``Alias``: a friendly name for a KMS key; aliases defined elsewhere."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from purecdk.aws_iam import AddToResourcePolicyResult, Grant
from purecdk.aws_kms import _perms
from purecdk.aws_kms._generated import CfnAlias
from purecdk.aws_kms.key import _error
from purecdk.aws_kms.protocols import AliasReference, KeyReference
from purecdk.constructs import Construct
from purecdk.core.analytics_metadata import add_construct_metadata
from purecdk.core.feature_flags import FeatureFlags
from purecdk.core.resource import Resource
from purecdk.core.stack import Stack
from purecdk.core.structs import get_field
from purecdk.core.tokens import Token, Tokenization

if TYPE_CHECKING:
    from purecdk.aws_iam.policy_statement import PolicyStatement
    from purecdk.aws_iam.protocols import IGrantable
    from purecdk.aws_kms.protocols import IAlias, IKey
    from purecdk.core.removal_policy import RemovalPolicy

REQUIRED_ALIAS_PREFIX = "alias/"
DISALLOWED_PREFIX = REQUIRED_ALIAS_PREFIX + "aws/"
_ALIAS_NAME = re.compile(r"^[a-zA-Z0-9:/_-]{1,256}$")
ALIAS_NAME_REF = "@aws-cdk/aws-kms:aliasNameRef"
APPLY_IMPORTED_ALIAS_PERMISSIONS_TO_PRINCIPAL = "@aws-cdk/aws-kms:applyImportedAliasPermissionsToPrincipal"


class _AliasBase(Resource):
    """What aliases share: ARNs, and everything delegated to the target key."""

    @property
    def alias_name(self) -> str:
        raise NotImplementedError

    @property
    def alias_target_key(self) -> IKey:
        raise NotImplementedError

    @property
    def alias_ref(self) -> AliasReference:
        """A reference to this alias."""
        return AliasReference(alias_name=self.alias_name)

    @property
    def key_ref(self) -> KeyReference:
        """The alias as a key reference (its ARN and its name)."""
        return KeyReference(key_arn=self.alias_arn, key_id=self.key_id)

    @property
    def key_arn(self) -> str:
        """The ARN of the alias (usable wherever a key ARN is)."""
        return Stack.of(self).format_arn({"service": "kms", "resource": self.alias_name})

    @property
    def alias_arn(self) -> str:
        """The ARN of the alias."""
        return Stack.of(self).format_arn({"service": "kms", "resource": self.alias_name})

    @property
    def key_id(self) -> str:
        """The alias name (usable wherever a key id is)."""
        return self.alias_name

    def add_alias(self, alias: str) -> Alias:
        """Add another alias to the target key."""
        return self.alias_target_key.add_alias(alias)  # type: ignore[no-any-return]

    def add_to_resource_policy(
        self, statement: PolicyStatement, allow_no_op: bool | None = None
    ) -> AddToResourcePolicyResult:
        """Add a statement to the target key's policy."""
        return self.alias_target_key.add_to_resource_policy(statement, allow_no_op)

    def grant(self, grantee: IGrantable, *actions: str) -> Grant:
        """Grant on the target key."""
        return self.alias_target_key.grant(grantee, *actions)

    def grant_decrypt(self, grantee: IGrantable) -> Grant:
        """Grant decryption with the target key."""
        return self.alias_target_key.grant_decrypt(grantee)

    def grant_encrypt(self, grantee: IGrantable) -> Grant:
        """Grant encryption with the target key."""
        return self.alias_target_key.grant_encrypt(grantee)

    def grant_encrypt_decrypt(self, grantee: IGrantable) -> Grant:
        """Grant encryption and decryption with the target key."""
        return self.alias_target_key.grant_encrypt_decrypt(grantee)

    def grant_sign(self, grantee: IGrantable) -> Grant:
        """Grant signing with the target key."""
        return self.alias_target_key.grant_sign(grantee)  # type: ignore[attr-defined,no-any-return]

    def grant_verify(self, grantee: IGrantable) -> Grant:
        """Grant verification with the target key."""
        return self.alias_target_key.grant_verify(grantee)  # type: ignore[attr-defined,no-any-return]

    def grant_sign_verify(self, grantee: IGrantable) -> Grant:
        """Grant signing and verification with the target key."""
        return self.alias_target_key.grant_sign_verify(grantee)  # type: ignore[attr-defined,no-any-return]

    def grant_generate_mac(self, grantee: IGrantable) -> Grant:
        """Grant HMAC generation with the target key."""
        return self.alias_target_key.grant_generate_mac(grantee)  # type: ignore[attr-defined,no-any-return]

    def grant_verify_mac(self, grantee: IGrantable) -> Grant:
        """Grant HMAC verification with the target key."""
        return self.alias_target_key.grant_verify_mac(grantee)  # type: ignore[attr-defined,no-any-return]


class Alias(_AliasBase):
    """An alias of a KMS key (``AWS::KMS::Alias``)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        alias_name: str,
        target_key: IKey,
        removal_policy: RemovalPolicy | None = None,
    ) -> None:
        alias_name = _normalize_alias_name(scope, alias_name)
        super().__init__(scope, id, physical_name=alias_name)
        add_construct_metadata(self, locals())
        self._alias_target_key = target_key
        self._resource = CfnAlias(self, "Resource", alias_name=self.physical_name, target_key_id=target_key.key_arn)
        if removal_policy is not None:
            self._resource.apply_removal_policy(removal_policy)
        name_source = (
            self._resource.ref if FeatureFlags.of(self).is_enabled(ALIAS_NAME_REF) else self._resource.alias_name
        )
        self._alias_name = self.get_resource_name_attribute(name_source)

    @property
    def alias_name(self) -> str:
        """The name of the alias."""
        return self._alias_name

    @property
    def alias_target_key(self) -> IKey:
        """The key the alias points to."""
        return self._alias_target_key

    def generate_physical_name(self) -> str:
        """Generated alias names start with ``alias/``."""
        return REQUIRED_ALIAS_PREFIX + super().generate_physical_name()

    @staticmethod
    def from_alias_attributes(
        scope: Construct, id: str, attrs: Any = None, *, alias_name: str | None = None, alias_target_key: Any = None
    ) -> IAlias:
        """An alias defined elsewhere whose target key is known."""
        if alias_name is None:
            alias_name = get_field(attrs, "alias_name")
        if alias_target_key is None:
            alias_target_key = get_field(attrs, "alias_target_key")
        return _AliasWithAttributes(scope, id, str(alias_name), alias_target_key)  # type: ignore[return-value]

    @staticmethod
    def from_alias_name(scope: Construct, id: str, alias_name: str) -> IAlias:
        """An alias defined elsewhere, by name (grants go to principals, conditioned on the alias)."""
        return _ImportedAlias(scope, id, alias_name)  # type: ignore[return-value]


def _normalize_alias_name(scope: Any, alias_name: str) -> str:
    if Token.is_unresolved(alias_name):
        fragments = Tokenization.reverse_string(alias_name)
        first = fragments.fragments[0] if fragments.fragments else None
        if first is not None and first.kind == "literal" and first.value:
            literal = str(first.value)
            if not literal.startswith(REQUIRED_ALIAS_PREFIX):
                alias_name = REQUIRED_ALIAS_PREFIX + alias_name
            if literal.lower().startswith(DISALLOWED_PREFIX):
                raise _error(scope, f"Alias cannot start with {DISALLOWED_PREFIX}: {alias_name}")
            if not _ALIAS_NAME.match(literal):
                raise _error(scope, "Alias name must be between 1 and 256 characters in a-zA-Z0-9:/_-")
        return alias_name
    if not alias_name.startswith(REQUIRED_ALIAS_PREFIX):
        alias_name = REQUIRED_ALIAS_PREFIX + alias_name
    if alias_name == REQUIRED_ALIAS_PREFIX:
        raise _error(scope, f'Alias must include a value after "{REQUIRED_ALIAS_PREFIX}": {alias_name}')
    if alias_name.lower().startswith(DISALLOWED_PREFIX):
        raise _error(scope, f"Alias cannot start with {DISALLOWED_PREFIX}: {alias_name}")
    if not _ALIAS_NAME.match(alias_name):
        raise _error(scope, "Alias name must be between 1 and 256 characters in a-zA-Z0-9:/_-")
    return alias_name


class _AliasWithAttributes(_AliasBase):
    def __init__(self, scope: Construct, id: str, alias_name: str, target: IKey) -> None:
        super().__init__(scope, id)
        self._name = alias_name
        self._target = target

    @property
    def alias_name(self) -> str:
        return self._name

    @property
    def alias_target_key(self) -> IKey:
        return self._target


class _ImportedAlias(Resource):
    """An alias known only by name."""

    def __init__(self, scope: Construct, id: str, alias_name: str) -> None:
        super().__init__(scope, id)
        self._scope_stack = Stack.of(scope)
        self.key_arn: str = Stack.of(self).format_arn({"service": "kms", "resource": alias_name})
        self.key_id = alias_name
        self.alias_name = alias_name

    @property
    def alias_target_key(self) -> IKey:
        raise _error(self, "Cannot access aliasTargetKey on an Alias imported by Alias.fromAliasName().")

    def add_alias(self, _alias: str) -> Alias:
        raise _error(self, "Cannot call addAlias on an Alias imported by Alias.fromAliasName().")

    def add_to_resource_policy(
        self, _statement: PolicyStatement, _allow_no_op: bool | None = None
    ) -> AddToResourcePolicyResult:
        return AddToResourcePolicyResult(statement_added=False)

    @property
    def key_ref(self) -> KeyReference:
        return KeyReference(key_arn=self.key_arn, key_id=self.key_id)

    @property
    def alias_ref(self) -> AliasReference:
        return AliasReference(alias_name=self.alias_name)

    def grant(self, grantee: IGrantable, *actions: str) -> Grant:
        if not FeatureFlags.of(self).is_enabled(APPLY_IMPORTED_ALIAS_PERMISSIONS_TO_PRINCIPAL):
            return Grant.drop(grantee, "")
        return Grant.add_to_principal(
            grantee=grantee,
            actions=list(actions),
            resource_arns=[self._scope_stack.format_arn({"service": "kms", "resource": "key", "resource_name": "*"})],
            conditions={"ForAnyValue:StringEquals": {"kms:ResourceAliases": self.alias_name}},
        )

    def grant_decrypt(self, grantee: IGrantable) -> Grant:
        return self.grant(grantee, *_perms.DECRYPT_ACTIONS)

    def grant_encrypt(self, grantee: IGrantable) -> Grant:
        return self.grant(grantee, *_perms.ENCRYPT_ACTIONS)

    def grant_encrypt_decrypt(self, grantee: IGrantable) -> Grant:
        return self.grant(grantee, *_perms.DECRYPT_ACTIONS, *_perms.ENCRYPT_ACTIONS)

    def grant_sign(self, grantee: IGrantable) -> Grant:
        return self.grant(grantee, *_perms.SIGN_ACTIONS)

    def grant_verify(self, grantee: IGrantable) -> Grant:
        return self.grant(grantee, *_perms.VERIFY_ACTIONS)

    def grant_sign_verify(self, grantee: IGrantable) -> Grant:
        return self.grant(grantee, *_perms.SIGN_ACTIONS, *_perms.VERIFY_ACTIONS)

    def grant_generate_mac(self, grantee: IGrantable) -> Grant:
        return self.grant(grantee, *_perms.GENERATE_HMAC_ACTIONS)

    def grant_verify_mac(self, grantee: IGrantable) -> Grant:
        return self.grant(grantee, *_perms.VERIFY_HMAC_ACTIONS)
