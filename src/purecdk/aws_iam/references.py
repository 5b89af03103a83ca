"""Reference structs: the identifying attributes of IAM resources (``role.role_ref`` and friends)."""

from __future__ import annotations

import dataclasses


@dataclasses.dataclass(frozen=True, kw_only=True)
class RoleReference:
    """A reference to a role."""

    role_arn: str
    role_name: str


@dataclasses.dataclass(frozen=True, kw_only=True)
class UserReference:
    """A reference to a user."""

    user_arn: str
    user_name: str


@dataclasses.dataclass(frozen=True, kw_only=True)
class GroupReference:
    """A reference to a group."""

    group_arn: str
    group_name: str


@dataclasses.dataclass(frozen=True, kw_only=True)
class ManagedPolicyReference:
    """A reference to a managed policy."""

    policy_arn: str


@dataclasses.dataclass(frozen=True, kw_only=True)
class PolicyReference:
    """A reference to an inline policy."""

    policy_id: str


@dataclasses.dataclass(frozen=True, kw_only=True)
class SAMLProviderReference:
    """A reference to a SAML identity provider."""

    saml_provider_arn: str


@dataclasses.dataclass(frozen=True, kw_only=True)
class OIDCProviderReference:
    """A reference to an OpenID Connect identity provider."""

    oidc_provider_arn: str
