"""``python -m purecdk``: the ``purecdk`` command line."""

import sys

from purecdk.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
