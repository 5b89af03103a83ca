"""The hash functions synthesis needs (md5, sha1, sha256), without loading OpenSSL.

``hashlib`` loads the OpenSSL library when it is imported: ~2 ms and ~4 MiB at the start of every CDK app.
CPython also ships small built-in implementations of these three functions (the ones ``hashlib`` itself falls
back to); they give the same digests and load in a fraction of that. ``hashlib``'s are used when a Python was
built without them.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

__all__ = ["md5", "sha1", "sha256"]


def _hash_function(name: str, builtin_modules: tuple[str, ...]) -> Callable[..., Any]:
    for module in builtin_modules:
        try:
            return getattr(importlib.import_module(module), name)  # type: ignore[no-any-return]
        except ImportError:
            continue
    return getattr(importlib.import_module("hashlib"), name)  # type: ignore[no-any-return]


md5 = _hash_function("md5", ("_md5",))
"""``hashlib.md5``'s equal: ``md5(data).hexdigest()``."""
sha1 = _hash_function("sha1", ("_sha1",))
"""``hashlib.sha1``'s equal."""
sha256 = _hash_function("sha256", ("_sha256", "_sha2"))  # _sha2 since Python 3.12
"""``hashlib.sha256``'s equal."""
