"""``CfnTag``: a key/value tag as L1 resources take it."""

from __future__ import annotations

from purecdk.core.struct_class import Struct


class CfnTag(Struct):
    """A CloudFormation resource tag."""

    key: str
    value: str
