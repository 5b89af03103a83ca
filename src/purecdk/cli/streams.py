"""Where the command line prints what, by the cdk CLI's policy.

Results (a template, a stack listing) go to stdout and errors to stderr. Everything else (progress, warnings,
what the app itself prints) goes to stderr, except in CI, where the cdk CLI sends it to stdout: CI is when the
``CI`` environment variable is set to anything but ``false`` or ``0``.
"""

from __future__ import annotations

import os
import sys
from typing import TextIO


def in_ci() -> bool:
    """Whether the ``CI`` environment variable says this runs in continuous integration, as the cdk CLI reads it."""
    value = os.environ.get("CI")
    return value is not None and value not in ("false", "0")


def message_stream() -> TextIO:
    """The stream for messages that are neither results nor errors: stdout in CI, stderr otherwise."""
    return sys.stdout if in_ci() else sys.stderr


def info(text: str) -> None:
    """Print a message line (progress, a warning) where the cdk CLI prints it."""
    print(text, file=message_stream())


def error(text: str) -> None:
    """Print an error line on stderr."""
    print(text, file=sys.stderr)
