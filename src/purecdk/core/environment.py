"""``Environment``: the account and region a stack deploys to."""

from __future__ import annotations

from purecdk.core.struct_class import Struct

UNKNOWN_ACCOUNT = "unknown-account"
UNKNOWN_REGION = "unknown-region"


class Environment(Struct):
    """The AWS account and region of a stack (either may be left out: environment-agnostic)."""

    account: str | None = None
    region: str | None = None


def format_environment(account: str, region: str) -> str:
    """The ``aws://account/region`` form the cloud assembly uses."""
    return f"aws://{account}/{region}"
