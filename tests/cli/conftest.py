"""Fixtures of the command-line tests."""

from __future__ import annotations

import pytest

from ._support import Runner, run_purecdk


@pytest.fixture
def purecdk() -> Runner:
    """Run ``purecdk`` in a directory: ``purecdk("synth", "--json", cwd=path)``."""
    return run_purecdk
