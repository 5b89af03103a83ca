"""The one exception the command line turns into a message and an exit status."""

from __future__ import annotations


class CliError(Exception):
    """A failure to report to the user: ``message`` on stderr, then exit with ``exit_code``."""

    def __init__(self, message: str, exit_code: int = 1) -> None:
        super().__init__(message)
        self.exit_code = exit_code
