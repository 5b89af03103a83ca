"""Reference structs: the identifying attributes of IAM resources (``role.role_ref`` and friends).

They are the generated structs of ``purecdk.interfaces.aws_iam``, the types the L1 classes return too.
"""

from __future__ import annotations

from purecdk.interfaces.aws_iam import (
    GroupReference,
    ManagedPolicyReference,
    OIDCProviderReference,
    PolicyReference,
    RoleReference,
    SAMLProviderReference,
    UserReference,
)

__all__ = [
    "GroupReference",
    "ManagedPolicyReference",
    "OIDCProviderReference",
    "PolicyReference",
    "RoleReference",
    "SAMLProviderReference",
    "UserReference",
]
