"""The ``aimcsim`` subcommands: argument parsing and printing only, no model logic.

Each module registers its subcommands with ``add_parsers(subparsers)`` and imports the
models it drives inside its handlers, so that parsing the command line stays fast.
"""
