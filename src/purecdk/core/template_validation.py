"""The hook between synthesis and template validation (``purecdk.core.validation``)."""

from __future__ import annotations

from typing import Any


def validate_session(root: Any, session: Any) -> None:
    """Validate the synthesized templates if the validation package is available."""
    try:
        from purecdk.core.validation import hook  # type: ignore[attr-defined]
    except ImportError:
        return
    hook.validate_session(root, session)
