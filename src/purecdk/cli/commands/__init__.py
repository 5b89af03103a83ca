"""One module per ``purecdk`` subcommand, each with ``add_parser(subparsers)`` and ``run(args) -> int``."""
