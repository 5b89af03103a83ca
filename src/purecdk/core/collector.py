"""Pausing Python's cyclic garbage collector while an app is synthesized.

Synthesis allocates millions of short-lived objects while the whole construct tree (one big web of reference
cycles: every construct and its node point at each other) is alive, so the collector finds nothing to free and
only rescans the tree. Pauses nest; the collector runs again when the last one ends, and only if it was running
before the first began.
"""

from __future__ import annotations

import gc

_pauses = 0
_was_enabled = True


def pause() -> None:
    """Stop automatic collection until the matching ``resume``."""
    global _pauses, _was_enabled
    if _pauses == 0:
        _was_enabled = gc.isenabled()
        gc.disable()
    _pauses += 1


def resume() -> None:
    """End one ``pause``; the last one re-enables the collector if it was enabled before."""
    global _pauses
    if _pauses == 0:
        return
    _pauses -= 1
    if _pauses == 0 and _was_enabled:
        gc.enable()
