"""``Key``: a KMS key with its key policy, aliases and grants; keys defined elsewhere."""

from __future__ import annotations

import enum
import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from purecdk.aws_iam import AccountRootPrincipal, AddToResourcePolicyResult, PolicyDocument, PolicyStatement
from purecdk.aws_kms import _perms
from purecdk.aws_kms._generated import CfnKey
from purecdk.aws_kms.key_grants import DEFAULT_KEY_POLICIES, KeyGrants
from purecdk.aws_kms.protocols import KeyReference
from purecdk.constructs import Construct
from purecdk.core.analytics_metadata import JsObject, add_construct_metadata, add_method_metadata
from purecdk.core.arn import ArnFormat
from purecdk.core.feature_flags import FeatureFlags
from purecdk.core.resource import Resource
from purecdk.core.stack import Stack

if TYPE_CHECKING:
    from purecdk.aws_iam.grant import Grant
    from purecdk.aws_iam.protocols import IGrantable
    from purecdk.aws_kms.alias import Alias
    from purecdk.aws_kms.protocols import IKey
    from purecdk.core.duration import Duration
    from purecdk.core.removal_policy import RemovalPolicy


class KeySpec(enum.Enum):
    """The type of key material."""

    SYMMETRIC_DEFAULT = "SYMMETRIC_DEFAULT"
    RSA_2048 = "RSA_2048"
    RSA_3072 = "RSA_3072"
    RSA_4096 = "RSA_4096"
    ECC_NIST_P256 = "ECC_NIST_P256"
    ECC_NIST_P384 = "ECC_NIST_P384"
    ECC_NIST_P521 = "ECC_NIST_P521"
    ECC_SECG_P256K1 = "ECC_SECG_P256K1"
    HMAC_224 = "HMAC_224"
    HMAC_256 = "HMAC_256"
    HMAC_384 = "HMAC_384"
    HMAC_512 = "HMAC_512"
    SM2 = "SM2"
    ML_DSA_44 = "ML_DSA_44"
    ML_DSA_65 = "ML_DSA_65"
    ML_DSA_87 = "ML_DSA_87"
    ECC_NIST_EDWARDS25519 = "ECC_NIST_EDWARDS25519"


class KeyUsage(enum.Enum):
    """What the key is used for."""

    ENCRYPT_DECRYPT = "ENCRYPT_DECRYPT"
    SIGN_VERIFY = "SIGN_VERIFY"
    GENERATE_VERIFY_MAC = "GENERATE_VERIFY_MAC"
    KEY_AGREEMENT = "KEY_AGREEMENT"


_S = KeySpec
_HMAC = [_S.HMAC_224, _S.HMAC_256, _S.HMAC_384, _S.HMAC_512]
_ML_DSA = [_S.ML_DSA_44, _S.ML_DSA_65, _S.ML_DSA_87]
_DENIED_SPECS: dict[KeyUsage, list[KeySpec]] = {
    KeyUsage.ENCRYPT_DECRYPT: [
        _S.ECC_NIST_P256,
        _S.ECC_NIST_P384,
        _S.ECC_NIST_P521,
        _S.ECC_SECG_P256K1,
        *_HMAC,
        *_ML_DSA,
    ],
    KeyUsage.SIGN_VERIFY: [_S.SYMMETRIC_DEFAULT, *_HMAC],
    KeyUsage.GENERATE_VERIFY_MAC: [
        _S.RSA_2048,
        _S.RSA_3072,
        _S.RSA_4096,
        _S.ECC_NIST_P256,
        _S.ECC_NIST_P384,
        _S.ECC_NIST_P521,
        _S.ECC_SECG_P256K1,
        _S.SYMMETRIC_DEFAULT,
        _S.SM2,
        *_ML_DSA,
    ],
    KeyUsage.KEY_AGREEMENT: [
        _S.SYMMETRIC_DEFAULT,
        _S.RSA_2048,
        _S.RSA_3072,
        _S.RSA_4096,
        _S.ECC_SECG_P256K1,
        *_HMAC,
        *_ML_DSA,
    ],
}


def _error(scope: Any, message: str) -> ValueError:
    return ValueError(f"{message} (at {scope.node.path})")


class KeyBase(Resource):
    """What created and imported keys share: aliases, the key policy and grants."""

    _FQN = "aws-cdk-lib.Resource"  # aws-cdk-lib does not export KeyBase: imported keys report Resource

    key_arn: str
    key_id: str
    policy: PolicyDocument | None
    trust_account_identities: bool

    def __init__(self, scope: Construct, id: str, **kwargs: Any) -> None:
        super().__init__(scope, id, **kwargs)
        self._aliases: list[Alias] = []
        self._grants: KeyGrants | None = None
        self.node.add_validation(_PolicyValidation(self))

    @property
    def key_ref(self) -> KeyReference:
        """A reference to this key."""
        return KeyReference(key_arn=self.key_arn, key_id=self.key_id)

    @property
    def grants(self) -> KeyGrants:
        """The grants of this key."""
        if self._grants is None:
            self._grants = KeyGrants.from_key(self, self.trust_account_identities)
        return self._grants

    def add_alias(self, alias_name: str) -> Alias:
        """Add an alias (``alias/`` is prepended when missing)."""
        from purecdk.aws_kms.alias import Alias

        alias_id = f"Alias{alias_name}" if self._aliases else "Alias"
        alias = Alias(self, alias_id, alias_name=alias_name, target_key=self)  # type: ignore[arg-type]
        self._aliases.append(alias)
        return alias

    def add_to_resource_policy(
        self, statement: PolicyStatement, allow_no_op: bool | None = None
    ) -> AddToResourcePolicyResult:
        """Add a statement to the key policy (nothing happens for keys whose policy is not known here)."""
        if self.policy is None:
            if allow_no_op is None or allow_no_op:
                return AddToResourcePolicyResult(statement_added=False)
            arn = json.dumps(Stack.of(self).resolve(self.key_arn), separators=(",", ":"))
            raise _error(self, f"Unable to add statement to IAM resource policy for KMS key: {arn}")
        self.policy.add_statements(statement)
        return AddToResourcePolicyResult(statement_added=True, policy_dependable=self.policy)

    def grant(self, grantee: IGrantable, *actions: str) -> Grant:
        """Allow ``grantee`` the ``actions`` on this key."""
        return self.grants.actions(grantee, *actions)

    def grant_decrypt(self, grantee: IGrantable) -> Grant:
        """Allow ``grantee`` to decrypt."""
        return self.grants.decrypt(grantee)

    def grant_encrypt(self, grantee: IGrantable) -> Grant:
        """Allow ``grantee`` to encrypt."""
        return self.grants.encrypt(grantee)

    def grant_encrypt_decrypt(self, grantee: IGrantable) -> Grant:
        """Allow ``grantee`` to encrypt and decrypt."""
        return self.grants.encrypt_decrypt(grantee)

    def grant_sign(self, grantee: IGrantable) -> Grant:
        """Allow ``grantee`` to sign."""
        return self.grants.sign(grantee)

    def grant_verify(self, grantee: IGrantable) -> Grant:
        """Allow ``grantee`` to verify signatures."""
        return self.grants.verify(grantee)

    def grant_sign_verify(self, grantee: IGrantable) -> Grant:
        """Allow ``grantee`` to sign and verify."""
        return self.grants.sign_verify(grantee)

    def grant_generate_mac(self, grantee: IGrantable) -> Grant:
        """Allow ``grantee`` to generate HMACs."""
        return self.grants.generate_mac(grantee)

    def grant_verify_mac(self, grantee: IGrantable) -> Grant:
        """Allow ``grantee`` to verify HMACs."""
        return self.grants.verify_mac(grantee)


class _PolicyValidation:
    def __init__(self, key: KeyBase) -> None:
        self._key = key

    def validate(self) -> list[str]:
        policy = self._key.policy
        return policy.validate_for_resource_policy() if policy is not None else []


class Key(KeyBase):
    """A KMS key."""

    DEFAULT_DUMMY_KEY_ID = "1234abcd-12ab-34cd-56ef-1234567890ab"

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        admins: Sequence[Any] | None = None,
        alias: str | None = None,
        description: str | None = None,
        enabled: bool | None = None,
        enable_key_rotation: bool | None = None,
        key_spec: KeySpec | None = None,
        key_usage: KeyUsage | None = None,
        multi_region: bool | None = None,
        pending_window: Duration | None = None,
        policy: PolicyDocument | None = None,
        removal_policy: RemovalPolicy | None = None,
        rotation_period: Duration | None = None,
        trust_account_identities: bool | None = None,
    ) -> None:
        super().__init__(scope, id)
        add_construct_metadata(self, locals())
        spec = key_spec or KeySpec.SYMMETRIC_DEFAULT
        usage = key_usage or KeyUsage.ENCRYPT_DECRYPT
        if spec in _DENIED_SPECS[usage]:
            raise _error(self, f"key spec '{spec.value}' is not valid with usage '{usage.value}'")
        if spec.value.startswith("HMAC") and enable_key_rotation:
            raise _error(self, "key rotation cannot be enabled on HMAC keys")
        if spec is not KeySpec.SYMMETRIC_DEFAULT and enable_key_rotation:
            raise _error(self, "key rotation cannot be enabled on asymmetric keys")
        self.enable_key_rotation = enable_key_rotation
        rotation_days = None
        if rotation_period is not None:
            if enable_key_rotation is False:
                raise _error(self, "'rotationPeriod' cannot be specified when 'enableKeyRotation' is disabled")
            rotation_days = rotation_period.to_days()
            if rotation_days < 90 or rotation_days > 2560:
                raise _error(
                    self, f"'rotationPeriod' value must between 90 and 2650 days. Received: {_num(rotation_days)}"
                )
            if enable_key_rotation is None:
                self.enable_key_rotation = True

        self.policy = policy if policy is not None else PolicyDocument()
        if FeatureFlags.of(self).is_enabled(DEFAULT_KEY_POLICIES):
            if trust_account_identities is False:
                raise _error(
                    self,
                    "`trustAccountIdentities` cannot be false if the @aws-cdk/aws-kms:defaultKeyPolicies feature "
                    "flag is set",
                )
            self.trust_account_identities = True
            if policy is None:
                self._add_default_admin_policy()
        else:
            self.trust_account_identities = bool(trust_account_identities)
            if self.trust_account_identities:
                self._add_default_admin_policy()
            else:
                self._add_legacy_admin_policy()

        pending_days = None
        if pending_window is not None:
            pending_days = pending_window.to_days()
            if pending_days < 7 or pending_days > 30:
                raise _error(self, f"'pendingWindow' value must between 7 and 30 days. Received: {_num(pending_days)}")

        resource = CfnKey(
            self,
            "Resource",
            description=description,
            enable_key_rotation=self.enable_key_rotation,
            rotation_period_in_days=rotation_days,
            enabled=enabled,
            key_spec=key_spec.value if key_spec is not None else None,
            key_usage=key_usage.value if key_usage is not None else None,
            key_policy=self.policy,
            multi_region=multi_region,
            pending_window_in_days=pending_days,
        )
        self.key_arn = resource.attr_arn
        self.key_id = resource.ref
        resource.apply_removal_policy(removal_policy)
        for admin in admins or []:
            self.grant_admin(admin)
        if alias is not None:
            self.add_alias(alias)

    @staticmethod
    def from_key_arn(scope: Construct, id: str, key_arn: str) -> IKey:
        """A key defined elsewhere, by ARN (its key policy cannot be changed here)."""
        key_id = Stack.of(scope).split_arn(key_arn, ArnFormat.SLASH_RESOURCE_NAME).resource_name
        if not key_id:
            raise ValueError(
                f"KMS key ARN must be in the format 'arn:<partition>:kms:<region>:<account>:key/<keyId>', "
                f"got: '{key_arn}' (at {scope.node.path})"
            )
        return _ReferencedKey(scope, id, key_arn=key_arn, key_id=key_id)  # type: ignore[return-value]

    @staticmethod
    def from_cfn_key(cfn_key: CfnKey) -> IKey:
        """A key for an L1 ``CfnKey``; its key policy (which must be plain JSON) becomes editable."""
        from purecdk.core.tokens import Lazy

        existing = cfn_key.node.try_find_child("@FromCfnKey")
        if existing is not None:
            return existing  # type: ignore[return-value]
        try:
            key_policy = PolicyDocument.from_json(cfn_key.key_policy)
        except Exception:
            raise ValueError(
                "Could not parse the PolicyDocument of the passed AWS::KMS::Key resource because it contains "
                "CloudFormation functions. This makes it impossible to create a mutable IKey from that Policy. "
                "You have to use fromKeyArn instead, passing it the ARN attribute property of the low-level CfnKey "
                f"(at {cfn_key.node.path})"
            ) from None
        cfn_key.key_policy = Lazy.any(lambda: key_policy.to_json())
        return _FromCfnKey(cfn_key, key_policy)  # type: ignore[return-value]

    @staticmethod
    def from_lookup(
        scope: Construct,
        id: str,
        options: Any = None,
        *,
        alias_name: str | None = None,
        return_dummy_key_on_missing: bool | None = None,
    ) -> IKey:
        """An existing key found by alias through the ``cdk`` CLI's ``key-provider`` context lookup."""
        from purecdk.core.arn import Arn
        from purecdk.core.context_provider import ContextProvider
        from purecdk.core.structs import get_field
        from purecdk.core.tokens import Token

        if alias_name is None:
            alias_name = get_field(options, "alias_name")
        if return_dummy_key_on_missing is None:
            return_dummy_key_on_missing = get_field(options, "return_dummy_key_on_missing")
        if alias_name is None:
            raise TypeError("Key.from_lookup() needs alias_name")
        if Token.is_unresolved(alias_name):
            raise ValueError(f"All arguments to Key.fromLookup() must be concrete (no Tokens) (at {scope.node.path})")
        attributes = ContextProvider.get_value(
            scope,
            provider="key-provider",
            props={"aliasName": alias_name},
            dummy_value={"keyId": Key.DEFAULT_DUMMY_KEY_ID},
            must_exist=not return_dummy_key_on_missing,
        )
        key_id = str(attributes["keyId"])
        key_arn = Arn.format({"resource": "key", "service": "kms", "resource_name": key_id}, Stack.of(scope))
        return _LookedUpKey(scope, id, key_arn=key_arn, key_id=key_id)  # type: ignore[return-value]

    @staticmethod
    def is_lookup_dummy(key: Any) -> bool:
        """Whether ``key`` is the dummy key of a lookup that has not happened yet."""
        return bool(key.key_ref.key_id == Key.DEFAULT_DUMMY_KEY_ID)

    def grant_admin(self, grantee: IGrantable) -> Grant:
        """Allow ``grantee`` to administer the key."""
        add_method_metadata(self, "grantAdmin", [grantee])
        return self.grant(grantee, *_perms.ADMIN_ACTIONS)

    def _add_default_admin_policy(self) -> None:
        self.add_to_resource_policy(
            PolicyStatement(resources=["*"], actions=["kms:*"], principals=[AccountRootPrincipal()])  # type: ignore[list-item]
        )

    def _add_legacy_admin_policy(self) -> None:
        self.add_to_resource_policy(
            PolicyStatement(
                resources=["*"],
                actions=list(_perms.LEGACY_ADMIN_ACTIONS),
                principals=[AccountRootPrincipal()],  # type: ignore[list-item]
            )
        )


class _ReferencedKey(KeyBase):
    """A key known by ARN."""

    def __init__(self, scope: Construct, id: str, *, key_arn: str, key_id: str) -> None:
        super().__init__(scope, id, environment_from_arn=key_arn)
        add_construct_metadata(
            self,
            JsObject(environmentFromArn=key_arn, keyArn=key_arn, keyId=key_id, trustAccountIdentities=True),
        )
        self.key_arn = key_arn
        self.key_id = key_id
        self.policy = None
        self.trust_account_identities = True


def _num(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else str(x)


class _LookedUpKey(KeyBase):
    """A key found by a context lookup."""

    def __init__(self, scope: Construct, id: str, *, key_arn: str, key_id: str) -> None:
        super().__init__(scope, id)
        self.key_arn = key_arn
        self.key_id = key_id
        self.policy = None
        self.trust_account_identities = True


class _FromCfnKey(KeyBase):
    """The L2 view of an L1 ``CfnKey``."""

    def __init__(self, cfn_key: CfnKey, policy: PolicyDocument) -> None:
        super().__init__(cfn_key, "@FromCfnKey")
        self.key_arn = cfn_key.attr_arn
        self.key_id = cfn_key.ref
        self.policy = policy
        self.trust_account_identities = False
