"""aws_kms: the ``AWS::KMS`` construct library (L2 constructs, and the L1 classes from ``_generated``)."""

from ._generated import (
    CfnAlias,
    CfnAliasProps,
    CfnKey,
    CfnKeyProps,
    CfnReplicaKey,
    CfnReplicaKeyProps,
)
from .alias import Alias
from .key import Key, KeySpec, KeyUsage
from .key_grants import KeyGrants
from .protocols import AliasReference, IAlias, IKey, KeyReference
from .via_service_principal import ViaServicePrincipal

__all__ = [
    "Alias",
    "AliasReference",
    "CfnAlias",
    "CfnAliasProps",
    "CfnKey",
    "CfnKeyProps",
    "CfnReplicaKey",
    "CfnReplicaKeyProps",
    "IAlias",
    "IKey",
    "Key",
    "KeyGrants",
    "KeyReference",
    "KeySpec",
    "KeyUsage",
    "ViaServicePrincipal",
]
