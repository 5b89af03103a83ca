"""``python -m purecdk.lifecycle_preview``: the same as ``purecdk ecr lifecycle-preview``."""

from __future__ import annotations

import sys

from purecdk.lifecycle_preview.cli import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
