"""``RemovalPolicy``: what happens to a resource when it leaves the stack."""

from __future__ import annotations

import enum


class RemovalPolicy(enum.Enum):
    """What to do with a resource when it is removed from the stack or replaced."""

    DESTROY = "destroy"
    RETAIN = "retain"
    SNAPSHOT = "snapshot"
    RETAIN_ON_UPDATE_OR_DELETE = "retain-on-update-or-delete"


class CfnDeletionPolicy(enum.Enum):
    """The ``DeletionPolicy``/``UpdateReplacePolicy`` attribute values."""

    DELETE = "Delete"
    RETAIN = "Retain"
    RETAIN_EXCEPT_ON_CREATE = "RetainExceptOnCreate"
    SNAPSHOT = "Snapshot"
