"""Pausing Python's cyclic garbage collector while an app is synthesized, and collecting less often while
the tree of an app run for synthesis is built.

Synthesis allocates millions of short-lived objects while the whole construct tree (one big web of reference
cycles: every construct and its node point at each other) is alive, so the collector finds nothing to free and
only rescans the tree. Pauses nest; the collector runs again when the last one ends, and only if it was running
before the first began.

While the tree is built it only grows, and the collector's default schedule (a young-generation collection
every 700 allocations, full collections each time the tree has grown by a quarter) rescans it again and again:
for a thousand repositories that is about a quarter of the building time. ``collect_less_often`` (an ``App``
the cdk CLI runs, until its synthesis ends) keeps the collector running, on a sparser schedule;
``restore_schedule`` puts the previous one back. Unlike a pause, an app that never gets synthesized leaves
the collector working.

When such a program ends, the interpreter's last collections would traverse and free the whole tree (for a
thousand repositories, about 0.4 s of the time the cdk CLI waits for the app) although the operating system
reclaims the memory anyway: ``skip_collection_at_exit`` freezes what is alive then (``gc.freeze``), so the
collector leaves it alone. Objects that are not in reference cycles are still freed as before.
"""

from __future__ import annotations

import atexit
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


_BUILD_THRESHOLD = 20_000
"""Allocations between young-generation collections while a tree is built (CPython's default: 700)."""

_saved_schedule: tuple[int, ...] | None = None


def collect_less_often() -> None:
    """Collect young objects every ``_BUILD_THRESHOLD`` allocations (and so older ones rarer too) until
    ``restore_schedule``; a schedule that is already sparser, or a disabled collector, is left alone."""
    global _saved_schedule
    current = gc.get_threshold()
    if _saved_schedule is not None or current[0] == 0 or current[0] >= _BUILD_THRESHOLD:
        return
    _saved_schedule = current
    gc.set_threshold(_BUILD_THRESHOLD, *current[1:])


def restore_schedule() -> None:
    """Put back the schedule ``collect_less_often`` replaced (unless it was changed since)."""
    global _saved_schedule
    saved, _saved_schedule = _saved_schedule, None
    if saved is not None and gc.get_threshold()[0] == _BUILD_THRESHOLD:
        gc.set_threshold(*saved)


_freeze_at_exit_registered = False


def skip_collection_at_exit() -> None:
    """At interpreter exit, after the exit handlers registered later (an app's auto-synthesis) have run, freeze
    every object then alive so the final collections skip them (registered once per process)."""
    global _freeze_at_exit_registered
    if not _freeze_at_exit_registered:
        _freeze_at_exit_registered = True
        atexit.register(gc.freeze)
