"""Reference structs: the identifying attributes of IAM resources (``role.role_ref`` and friends)."""

from __future__ import annotations

from purecdk.core.struct_class import Struct


class RoleReference(Struct, kw_only=True):
    """A reference to a role."""

    role_arn: str
    role_name: str


class UserReference(Struct, kw_only=True):
    """A reference to a user."""

    user_arn: str
    user_name: str


class GroupReference(Struct, kw_only=True):
    """A reference to a group."""

    group_arn: str
    group_name: str


class ManagedPolicyReference(Struct, kw_only=True):
    """A reference to a managed policy."""

    policy_arn: str


class PolicyReference(Struct, kw_only=True):
    """A reference to an inline policy."""

    policy_id: str


class SAMLProviderReference(Struct, kw_only=True):
    """A reference to a SAML identity provider."""

    saml_provider_arn: str


class OIDCProviderReference(Struct, kw_only=True):
    """A reference to an OpenID Connect identity provider."""

    oidc_provider_arn: str
