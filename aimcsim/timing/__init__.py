"""Discrete-event timing model (SimPy): exact integer cycles, contention, action counters.

Entry point: :func:`simulate_timing` (program + architecture -> :class:`TimingResult`).
Module map: ``latency`` (pure formulas), ``decode`` (per-static-instruction pre-decoding
from the ISA spec), ``controller`` (per-tile issue and dispatch), ``crossbar`` / ``adc`` /
``dpu`` / ``memory`` / ``mesh`` (units and shared resources), ``counters`` (actions, busy
cycles, stalls), ``trace`` (Chrome/Perfetto export), ``engine`` (the chip, deadlock
detection), ``result``. The ``aimcsim run`` command lives in :mod:`aimcsim.commands.run`.
"""

from __future__ import annotations

from aimcsim.timing.controller import CycleLimitExceeded
from aimcsim.timing.counters import STALL_KINDS
from aimcsim.timing.engine import simulate_timing
from aimcsim.timing.result import TimingResult

__all__ = ["STALL_KINDS", "CycleLimitExceeded", "TimingResult", "simulate_timing"]
