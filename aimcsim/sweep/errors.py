"""The error and warning types of sweeps."""

from __future__ import annotations

from aimcsim.errors import AimcSimError


class SweepError(AimcSimError):
    """Bad sweep input (unknown key, empty or oversized grid, wrong value type, bad option,
    unreachable or non-Dask scheduler)."""


class SweepWarning(UserWarning):
    """Something a sweep recovered from (a corrupt cache entry that was recomputed)."""
