"""The ``aimcsim`` command line: argument parsing and error reporting, no model logic.

Each module of :mod:`aimcsim.commands` contributes its subcommands with
``add_parsers(subparsers)``; each subcommand sets ``func`` to a handler ``(args) -> int``.
A library error (:class:`~aimcsim.errors.AimcSimError`) becomes one line on stderr and exit
code 2; so does a missing input file. SIGINT / SIGTERM end any command with one line and exit
code 130 / 143 (:mod:`aimcsim.interrupts`). This module and the package's ``__init__`` import
only the standard library, so the handlers are in place before numpy, numba or pandas load.
"""

from __future__ import annotations

import argparse
import importlib
import os
import signal
import sys
from collections.abc import Sequence

from aimcsim import __version__
from aimcsim.errors import AimcSimError
from aimcsim.interrupts import Interrupted, signals_raise

EXIT_USAGE = 2
EXIT_SIGINT = 128 + signal.SIGINT
EXIT_SIGTERM = 128 + signal.SIGTERM

COMMAND_MODULES = (
    "aimcsim.commands.run",
    "aimcsim.commands.compile",
    "aimcsim.commands.sweep",
    "aimcsim.commands.tune",
    "aimcsim.commands.search",
    "aimcsim.commands.train",
    "aimcsim.commands.report",
    "aimcsim.commands.tile_error",
    "aimcsim.commands.energy",
    "aimcsim.commands.config",
    "aimcsim.commands.isa",
)


def build_parser() -> argparse.ArgumentParser:
    """The full argument parser with every subcommand registered."""
    parser = argparse.ArgumentParser(
        prog="aimcsim",
        description="Cycle-accurate simulator of analog in-memory computing chips, with noise.",
    )
    parser.add_argument("--version", action="version", version=f"aimcsim {__version__}")
    parser.add_argument(
        "-v", "--verbose", action="count", default=0, help="also print diagnostics (debug log)"
    )
    parser.add_argument(
        "-q", "--quiet", action="store_true", help="print no progress, only results and warnings"
    )
    subparsers = parser.add_subparsers(title="commands", metavar="COMMAND")
    for module_name in COMMAND_MODULES:
        module = importlib.import_module(module_name)
        register = getattr(module, "add_parsers", None) or module.add_parser
        register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the process exit code.

    SIGINT and SIGTERM are handled from the start (before the command modules and their
    heavy imports load): one line on stderr, exit code 130 / 143, temporaries removed.
    """
    # Run as the program itself (no argv), the process ends next: a signal during the
    # interpreter's exit then changes nothing (no traceback from a restored default handler).
    with signals_raise(restore=argv is not None):
        try:
            return _run(argv)
        except (Interrupted, KeyboardInterrupt) as exc:
            return _interrupted(exc)
        except Exception as exc:
            # A signal that lands inside machinery which wraps exceptions (class creation's
            # __set_name__, an import) arrives as the cause of another error: still a signal.
            cause = _interrupt_in_chain(exc)
            if cause is None:
                raise
            return _interrupted(cause)


def _interrupt_in_chain(exc: BaseException) -> BaseException | None:
    """The Interrupted / KeyboardInterrupt that ``exc`` was raised from, if any."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        if isinstance(current, Interrupted | KeyboardInterrupt):
            return current
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return None


def _interrupted(exc: BaseException) -> int:
    """One line on stderr for a SIGINT/SIGTERM; the exit code 130/143."""
    code = exc.exit_code if isinstance(exc, Interrupted) else EXIT_SIGINT
    what = "terminated" if code == EXIT_SIGTERM else "interrupted"
    print(f"aimcsim: {what} ({signal.Signals(code - 128).name})", file=sys.stderr)
    return code


def _run(argv: Sequence[str] | None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not hasattr(args, "func"):
        parser.print_help()
        return EXIT_USAGE
    from aimcsim.log import configure_cli_logging

    configure_cli_logging(args.verbose, quiet=args.quiet or bool(getattr(args, "json", False)))
    try:
        return int(args.func(args) or 0)
    except AimcSimError as exc:
        print(f"aimcsim: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except FileNotFoundError as exc:
        print(f"aimcsim: error: {exc.filename}: no such file", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        # The reader went away (e.g. `aimcsim ... | head`): not an error of ours.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
