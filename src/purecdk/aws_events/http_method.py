"""``HttpMethod``: the HTTP methods of API destinations and OAuth connections."""

from __future__ import annotations

import enum


class HttpMethod(enum.Enum):
    """An HTTP method."""

    POST = "POST"
    GET = "GET"
    HEAD = "HEAD"
    OPTIONS = "OPTIONS"
    PUT = "PUT"
    PATCH = "PATCH"
    DELETE = "DELETE"
