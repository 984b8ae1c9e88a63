"""The error type of the tuner."""

from __future__ import annotations

from aimcsim.errors import AimcSimError


class TuneError(AimcSimError):
    """Bad tune input: an unknown layer or knob, a bad search-space file, a budget no
    candidate can meet, a study that belongs to another tuning problem."""
