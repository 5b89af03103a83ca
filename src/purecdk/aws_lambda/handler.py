"""``Handler``: special values of a function's ``handler``."""

from __future__ import annotations

from typing import ClassVar


class Handler:
    """Special handler values: ``Handler.FROM_IMAGE`` for functions whose code is a container image."""

    FROM_IMAGE: ClassVar[str] = "FROM_IMAGE"
    """The handler is the image's ``CMD`` (or ``cmd`` of the image code); no ``Handler`` is rendered."""
