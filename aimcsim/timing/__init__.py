"""Discrete-event timing model (SimPy): exact integer cycles, contention, action counters.

Entry point: :func:`simulate_timing` (program + architecture -> :class:`TimingResult`).
Module map: ``latency`` (pure formulas), ``decode`` (per-static-instruction pre-decoding
from the ISA spec), ``controller`` (per-tile issue and dispatch), ``crossbar`` / ``adc`` /
``dpu`` / ``memory`` / ``mesh`` (units and shared resources), ``counters`` (actions, busy
cycles, stalls), ``trace`` (Chrome/Perfetto recording and export), ``engine`` (the chip,
deadlock detection), ``result``. Imports run one way: engine -> controller -> units ->
counters/latency; engine -> result -> trace. The ``aimcsim run`` command lives in
:mod:`aimcsim.commands.run`.
"""

from __future__ import annotations

from aimcsim.timing.controller import DEFAULT_WATCHDOG_CYCLES, CycleLimitExceeded, RunawayLoopError
from aimcsim.timing.counters import STALL_KINDS
from aimcsim.timing.engine import simulate_timing
from aimcsim.timing.result import TimingResult

__all__ = [
    "DEFAULT_WATCHDOG_CYCLES",
    "STALL_KINDS",
    "CycleLimitExceeded",
    "RunawayLoopError",
    "TimingResult",
    "simulate_timing",
]
