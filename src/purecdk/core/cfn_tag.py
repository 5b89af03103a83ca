"""``CfnTag``: a key/value tag as L1 resources take it."""

from __future__ import annotations

import dataclasses


@dataclasses.dataclass(frozen=True)
class CfnTag:
    """A CloudFormation resource tag."""

    key: str
    value: str
