"""aws_kms: the ``AWS::KMS`` construct library (L1 classes from ``_generated``)."""

from ._generated import (
    CfnAlias,
    CfnAliasProps,
    CfnKey,
    CfnKeyProps,
    CfnReplicaKey,
    CfnReplicaKeyProps,
)

__all__ = [
    "CfnAlias",
    "CfnAliasProps",
    "CfnKey",
    "CfnKeyProps",
    "CfnReplicaKey",
    "CfnReplicaKeyProps",
]
