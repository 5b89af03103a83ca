"""``RepositoryEncryption``: how a repository's images are encrypted at rest."""

from __future__ import annotations

from typing import ClassVar

__all__ = ["RepositoryEncryption"]


class RepositoryEncryption:
    """The server-side encryption of a repository: AES-256 (S3-managed keys) or a KMS key."""

    AES_256: ClassVar[RepositoryEncryption]
    """Server-side encryption with Amazon S3-managed keys (the default)."""
    KMS: ClassVar[RepositoryEncryption]
    """Server-side encryption with a key in AWS KMS (AWS-managed unless ``encryption_key`` is given)."""
    KMS_DSSE: ClassVar[RepositoryEncryption]
    """Dual-layer server-side encryption with a key in AWS KMS."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    @property
    def value(self) -> str:
        """The ``EncryptionType`` value."""
        return self._value

    def __repr__(self) -> str:
        return f"RepositoryEncryption({self._value!r})"


RepositoryEncryption.AES_256 = RepositoryEncryption("AES256")
RepositoryEncryption.KMS = RepositoryEncryption("KMS")
RepositoryEncryption.KMS_DSSE = RepositoryEncryption("KMS_DSSE")
