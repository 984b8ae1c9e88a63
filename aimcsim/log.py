"""Progress and diagnostics through :mod:`logging`, under the ``aimcsim`` logger.

Library modules log to ``logging.getLogger(__name__)`` and never configure handlers (the
package installs a ``NullHandler``), so an embedding program decides what it sees. The CLI
calls :func:`configure_cli_logging`: messages go to stderr with the seconds since the command
started, INFO and above by default, DEBUG with ``-v``, warnings only with ``-q`` or ``--json``.
"""

from __future__ import annotations

import logging
import sys
import time

ROOT_LOGGER = "aimcsim"


class _ElapsedFormatter(logging.Formatter):
    """``[   1.2 s] message`` (``warning: `` before warnings and errors)."""

    def __init__(self, started_s: float) -> None:
        super().__init__()
        self.started_s = started_s

    def format(self, record: logging.LogRecord) -> str:
        elapsed_s = record.created - self.started_s
        level = "" if record.levelno < logging.WARNING else f"{record.levelname.lower()}: "
        return f"[{elapsed_s:6.1f} s] {level}{record.getMessage()}"


def configure_cli_logging(verbosity: int = 0, quiet: bool = False) -> None:
    """Send the ``aimcsim`` logger's records to stderr for a command-line run.

    ``verbosity`` 0: INFO (progress), 1+: DEBUG; ``quiet``: WARNING and above only.
    Calling it again replaces the handler (one per process).
    """
    logger = logging.getLogger(ROOT_LOGGER)
    for handler in list(logger.handlers):
        if getattr(handler, "_aimcsim_cli", False):
            logger.removeHandler(handler)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(_ElapsedFormatter(time.time()))
    handler._aimcsim_cli = True  # type: ignore[attr-defined]
    logger.addHandler(handler)
    logger.setLevel(logging.WARNING if quiet else logging.DEBUG if verbosity > 0 else logging.INFO)
    logger.propagate = False
