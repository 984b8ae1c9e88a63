"""Typed errors of aimcsim.

Every error a user can cause with bad input is an :class:`AimcSimError`; the CLI turns
one into a single message on stderr and exit code 2. Messages name the file, line or key
at fault, so that nobody has to read a traceback to know what to fix.
"""

from __future__ import annotations


class AimcSimError(Exception):
    """Base class of every error that bad input (files, options, values) can cause."""


class ConfigError(AimcSimError):
    """An architecture or noise configuration is invalid (unknown key, bad value, conflict)."""


class IsaError(AimcSimError):
    """An ISA spec, assembly text or binary program is invalid.

    ``file``, ``line`` and ``col`` locate the fault when known; they are part of the message.
    """

    def __init__(
        self,
        message: str,
        file: str | None = None,
        line: int | None = None,
        col: int | None = None,
    ) -> None:
        self.file = file
        self.line = line
        self.col = col
        self.bare_message = message
        super().__init__(_locate(message, file, line, col))


class ProgramError(AimcSimError):
    """A program is well-formed but cannot run on this chip (bad tile id, buffer overflow...)."""


class DeadlockError(AimcSimError):
    """The simulation ran out of events while some tile controllers had not halted."""


class WorkloadError(AimcSimError):
    """A workload trace directory is missing files or is inconsistent."""


class CompileError(AimcSimError):
    """A model cannot be compiled (unsupported operator, chip too small...)."""


class InputFileError(AimcSimError):
    """A file given to aimcsim cannot be read as what it should be (missing, not UTF-8, not
    TOML, a corrupt archive...). ``file`` names it; it is part of the message."""

    def __init__(self, message: str, file: str | None = None) -> None:
        self.file = file
        self.bare_message = message
        super().__init__(_locate(message, file, None, None))


class OutputPathError(AimcSimError):
    """An output path cannot or may not be written (it holds the user's files, an input, is
    not writable...); nothing was touched. ``file`` names the path; it is part of the
    message. See :mod:`aimcsim.output_path`."""

    def __init__(self, message: str, file: str | None = None) -> None:
        self.file = file
        self.bare_message = message
        super().__init__(_locate(message, file, None, None))


class NoiseModelError(AimcSimError):
    """Bad input to the functional/noise model (shape mismatch, NaN, negative time...)."""


class TrainError(AimcSimError):
    """Hardware-aware training cannot run: an ONNX operator the trainer does not support,
    samples without labels, torch missing (``aimcsim train``)."""


class EnergyError(AimcSimError):
    """An energy table is invalid or lacks an entry for an action or component kind that
    was counted (never costed as a silent zero)."""


def _locate(message: str, file: str | None, line: int | None, col: int | None) -> str:
    """Prefix ``message`` with ``file:line:col:`` as far as known."""
    where = ""
    if file is not None:
        where = file
    if line is not None:
        where += f":{line}" if where else f"line {line}"
        if col is not None:
            where += f":{col}"
    return f"{where}: {message}" if where else message
