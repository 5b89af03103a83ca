"""``KeyGrants``: granting principals the use of a key, through its key policy and their identity policies."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from purecdk.aws_iam import AccountPrincipal, Grant
from purecdk.aws_iam.grantable_resources import ResourceWithPolicies
from purecdk.aws_kms import _perms
from purecdk.aws_kms._generated import CfnKey
from purecdk.core.feature_flags import FeatureFlags
from purecdk.core.resource import Resource
from purecdk.core.stack import Stack

if TYPE_CHECKING:
    from purecdk.aws_iam.protocols import IGrantable

DEFAULT_KEY_POLICIES = "@aws-cdk/aws-kms:defaultKeyPolicies"
REDUCE_CROSS_ACCOUNT_REGION_POLICY_SCOPE = "@aws-cdk/aws-kms:reduceCrossAccountRegionPolicyScope"


def _is_owned_resource(principal: Any) -> bool:
    return hasattr(principal, "node") and Resource.is_owned_resource(principal)


class KeyGrants:
    """The grants of a key."""

    def __init__(self, *, resource: Any, trust_account_identities: bool | None = None) -> None:
        self._resource = resource
        self._trust_account_identities = (
            trust_account_identities
            if trust_account_identities is not None
            else FeatureFlags.of(resource).is_enabled(DEFAULT_KEY_POLICIES)
        )
        self._policy_resource: Any = ResourceWithPolicies.of(resource)

    @staticmethod
    def from_key(resource: Any, trust_account_identities: bool | None = None) -> KeyGrants:
        """The grants of ``resource`` (a key)."""
        return KeyGrants(resource=resource, trust_account_identities=trust_account_identities)

    def actions(self, grantee: IGrantable, *actions: str) -> Grant:
        """Allow ``grantee`` the ``actions`` on the key."""
        depends_account = self._grantee_stack_depends_on_key_stack(grantee)
        principal = AccountPrincipal(depends_account) if depends_account else grantee.grant_principal
        cross_environment = self._from_another_account(grantee) or self._from_another_region(grantee)
        key_arn = self._resource.key_ref.key_arn
        if self._policy_resource is None:
            return Grant.add_to_principal(grantee=grantee, actions=list(actions), resource_arns=[key_arn])
        if not isinstance(self._resource, CfnKey) and self._trust_account_identities and not cross_environment:
            return Grant.add_to_principal_or_resource(
                grantee=grantee,
                actions=list(actions),
                resource=self._policy_resource,
                resource_arns=[key_arn],
                resource_self_arns=["*"],
            )
        return Grant.add_to_principal_and_resource(
            grantee=grantee,
            actions=list(actions),
            resource=self._policy_resource,
            resource_arns=["*"] if cross_environment else [key_arn],
            resource_self_arns=None if cross_environment else ["*"],
            resource_policy_principal=principal,
        )

    def admin(self, grantee: IGrantable) -> Grant:
        """Allow ``grantee`` to administer the key."""
        return self.actions(grantee, *_perms.ADMIN_ACTIONS)

    def decrypt(self, grantee: IGrantable) -> Grant:
        """Allow ``grantee`` to decrypt with the key."""
        return self.actions(grantee, *_perms.DECRYPT_ACTIONS)

    def encrypt(self, grantee: IGrantable) -> Grant:
        """Allow ``grantee`` to encrypt with the key."""
        return self.actions(grantee, *_perms.ENCRYPT_ACTIONS)

    def encrypt_decrypt(self, grantee: IGrantable) -> Grant:
        """Allow ``grantee`` to encrypt and decrypt with the key."""
        return self.actions(grantee, *_perms.DECRYPT_ACTIONS, *_perms.ENCRYPT_ACTIONS)

    def sign(self, grantee: IGrantable) -> Grant:
        """Allow ``grantee`` to sign with the key."""
        return self.actions(grantee, *_perms.SIGN_ACTIONS)

    def verify(self, grantee: IGrantable) -> Grant:
        """Allow ``grantee`` to verify signatures with the key."""
        return self.actions(grantee, *_perms.VERIFY_ACTIONS)

    def sign_verify(self, grantee: IGrantable) -> Grant:
        """Allow ``grantee`` to sign and verify with the key."""
        return self.actions(grantee, *_perms.SIGN_ACTIONS, *_perms.VERIFY_ACTIONS)

    def generate_mac(self, grantee: IGrantable) -> Grant:
        """Allow ``grantee`` to generate HMACs with the key."""
        return self.actions(grantee, *_perms.GENERATE_HMAC_ACTIONS)

    def verify_mac(self, grantee: IGrantable) -> Grant:
        """Allow ``grantee`` to verify HMACs with the key."""
        return self.actions(grantee, *_perms.VERIFY_HMAC_ACTIONS)

    def _grantee_stack_depends_on_key_stack(self, grantee: IGrantable) -> str | None:
        principal = grantee.grant_principal
        if not _is_owned_resource(principal):
            return None
        key_stack = Stack.of(self._resource)
        grantee_stack = Stack.of(principal)
        if key_stack is grantee_stack:
            return None
        return grantee_stack.account if key_stack in grantee_stack.dependencies else None

    def _from_another_region(self, grantee: IGrantable) -> bool:
        principal = grantee.grant_principal
        if not _is_owned_resource(principal):
            return False
        key_stack = Stack.of(self._resource)
        identity_stack = Stack.of(principal)
        if FeatureFlags.of(self._resource).is_enabled(REDUCE_CROSS_ACCOUNT_REGION_POLICY_SCOPE):
            return key_stack.region != identity_stack.region and self._resource.env.region != identity_stack.region
        return key_stack.region != identity_stack.region  # type: ignore[no-any-return]

    def _from_another_account(self, grantee: IGrantable) -> bool:
        principal = grantee.grant_principal
        if not _is_owned_resource(principal):
            return False
        key_stack = Stack.of(self._resource)
        identity_stack = Stack.of(principal)
        if FeatureFlags.of(self._resource).is_enabled(REDUCE_CROSS_ACCOUNT_REGION_POLICY_SCOPE):
            return key_stack.account != identity_stack.account and self._resource.env.account != identity_stack.account
        return key_stack.account != identity_stack.account  # type: ignore[no-any-return]

