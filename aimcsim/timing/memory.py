"""Global memories shared by all tiles: SRAM banks and DRAM channels.

* SRAM: ``memory.sram_banks`` banks, each holding one contiguous address range of
  ``sram_bytes / sram_banks`` bytes (partitioned by address range). An access is served
  by the bank holding its first byte.
* DRAM: ``memory.dram_channels`` channels, interleaved every :data:`DRAM_INTERLEAVE_BYTES`
  bytes; an access is served by the channel holding its first byte.

An access of ``n`` bytes occupies its bank/channel for ``ceil(n / bytes_per_cycle)``
transfer cycles and completes ``latency`` cycles after its transfer ends:
``end = max(request, bank free) + ceil(n / bytes_per_cycle) + latency``. Requests are made
by the tile controllers at their simulated time (the controller synchronises SimPy's clock
to the request cycle first), in SimPy's deterministic event order, so this reservation is
the same FIFO arbitration a SimPy resource would give, at no event cost.
"""

from __future__ import annotations

from aimcsim.config.arch import MemoryConfig
from aimcsim.errors import ProgramError
from aimcsim.timing import latency as lat
from aimcsim.timing.counters import Counters

DRAM_INTERLEAVE_BYTES = 4096
"""DRAM address interleave between channels (one page)."""

SPACE_SRAM, SPACE_DRAM = 0, 1
"""Codes of the ISA's ``enum:space``."""


class Bank:
    """One SRAM bank or DRAM channel: when it is free, and its component id."""

    __slots__ = ("component", "free_at_cycle")

    def __init__(self, component: int) -> None:
        self.component = component
        self.free_at_cycle = 0


class MemorySystem:
    """The SRAM banks and DRAM channels of the chip."""

    def __init__(self, cfg: MemoryConfig, counters: Counters) -> None:
        self.cfg = cfg
        self.counters = counters
        self.sram = [
            Bank(counters.component(f"chip.sram.bank[{b}]", "sram")) for b in range(cfg.sram_banks)
        ]
        self.dram = [
            Bank(counters.component(f"chip.dram.channel[{c}]", "dram"))
            for c in range(cfg.dram_channels)
        ]
        self._sram_range_bytes = max(1, lat.ceil_div(cfg.sram_bytes, cfg.sram_banks))

    def bank_of(self, space: int, addr_bytes: int, n_bytes: int) -> Bank:
        """The bank (SRAM) or channel (DRAM) serving an access; ProgramError when an SRAM
        access leaves the SRAM or an address is negative."""
        if addr_bytes < 0:
            raise ProgramError(f"negative memory address {addr_bytes}")
        if space == SPACE_SRAM:
            if addr_bytes + n_bytes > self.cfg.sram_bytes:
                raise ProgramError(
                    f"SRAM access [{addr_bytes}, {addr_bytes + n_bytes}) bytes leaves the "
                    f"{self.cfg.sram_bytes}-byte global SRAM"
                )
            return self.sram[addr_bytes // self._sram_range_bytes]
        return self.dram[(addr_bytes // DRAM_INTERLEAVE_BYTES) % len(self.dram)]

    def access(self, space: int, bank: Bank, n_bytes: int, now_cycle: int) -> tuple[int, int]:
        """Reserve ``bank`` for an access requested at ``now_cycle``.

        Returns (completion cycle, cycles waited for the bank).
        """
        if space == SPACE_SRAM:
            latency, bpc = self.cfg.sram_latency_cycles, self.cfg.sram_bytes_per_cycle
        else:
            latency, bpc = self.cfg.dram_latency_cycles, self.cfg.dram_bytes_per_cycle
        occupancy = lat.transfer_cycles(n_bytes, bpc)
        start = max(now_cycle, bank.free_at_cycle)
        bank.free_at_cycle = start + occupancy
        self.counters.busy_cycles[bank.component] += occupancy
        return start + occupancy + latency, start - now_cycle
