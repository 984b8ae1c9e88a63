"""Crossbar state of the timing model: window, read configuration, cached MVM cost.

Each crossbar keeps the state that XWIN and XCFG set (they execute in the controller's
issue stage and take effect for the MVMs issued after them; an MVM in flight keeps the
configuration it started with). Whenever the state changes, the MVM latency, the ADC
busy time and the action counts of one MVM are recomputed once from
:mod:`aimcsim.timing.latency`, so an MVM costs no formula evaluation at run time.

PROG programs the weight block into the crossbar; until the workload block table exists,
the block's shape is taken to be the crossbar's current window (``nrows`` rows are
programmed, ``nrows * program_iterations * program_cycles_per_iteration`` cycles).
"""

from __future__ import annotations

from aimcsim.config.arch import TileConfig
from aimcsim.timing import latency as lat


class CrossbarState:
    """One crossbar: its window, read configuration and the cost of one MVM under them.

    Attributes with cycle units are integers. ``free_at_cycle`` is the cycle from which the
    crossbar can start its next MVM or PROG.
    """

    __slots__ = (
        "adc_busy_cycles",
        "adcs",
        "bits_per_phase",
        "clock_mhz",
        "col0",
        "dac_busy_cycles",
        "encoding",
        "in_bits",
        "itime_cycles",
        "mvm_cycles",
        "n_adc_convert",
        "n_dac_drive",
        "n_xbar_read",
        "ncols",
        "nrows",
        "prog_cycles",
        "read_phases",
        "row0",
        "tile_cfg",
    )

    def __init__(self, tile_cfg: TileConfig, clock_mhz: float) -> None:
        self.tile_cfg = tile_cfg
        self.clock_mhz = clock_mhz
        xcfg = tile_cfg.crossbar
        self.row0, self.nrows, self.col0, self.ncols = 0, xcfg.rows, 0, xcfg.cols
        self.encoding = lat.PULSE_WIDTH if tile_cfg.dac.encoding == "pulse_width" else 0
        self.in_bits = tile_cfg.dac.bits
        self.bits_per_phase = tile_cfg.dac.bits_per_phase
        self.read_phases = xcfg.read_phases
        self.itime_cycles = 0
        self.adcs = tile_cfg.adc.count
        self.mvm_cycles = 0
        self.adc_busy_cycles = 0
        self.dac_busy_cycles = 0
        self.n_dac_drive = self.n_xbar_read = self.n_adc_convert = 0
        self.prog_cycles = 0
        self._recompute()

    def set_window(self, row0: int, nrows: int, col0: int, ncols: int) -> str | None:
        """Apply XWIN; returns a problem description if the window leaves the crossbar."""
        xcfg = self.tile_cfg.crossbar
        if row0 + nrows > xcfg.rows or col0 + ncols > xcfg.cols:
            return (
                f"window rows [{row0}, {row0 + nrows}) x cols [{col0}, {col0 + ncols}) leaves "
                f"the {xcfg.rows}x{xcfg.cols} crossbar"
            )
        self.row0, self.nrows, self.col0, self.ncols = row0, nrows, col0, ncols
        self._recompute()
        return None

    def configure(
        self, encoding: int, in_bits: int, bits_per_phase: int, read_phases: int, itime: int
    ) -> None:
        """Apply XCFG. ``itime`` > 0 replaces the conversion time the ADC kind gives
        (:mod:`aimcsim.timing.latency`): the time per column sample of a sampling ADC, the
        counting window of an integrating one. The gain does not change timing."""
        self.encoding = encoding
        self.in_bits = in_bits
        self.bits_per_phase = bits_per_phase
        self.read_phases = read_phases
        self.itime_cycles = itime
        self._recompute()

    def _recompute(self) -> None:
        t = self.tile_cfg
        n_in, phase_cycles = lat.input_phases(
            self.encoding,
            self.in_bits,
            self.bits_per_phase,
            t.dac.cycles_per_phase,
            t.dac.cycles_per_pulse_step,
        )
        adc = t.adc
        clock_mhz = self.clock_mhz
        integrating = adc.kind == lat.ADC_INTEGRATING
        sample = lat.adc_sample_cycles(
            adc.kind, adc.bits, adc.step_ps, adc.conversion_cycles, clock_mhz
        )
        window = lat.adc_window_cycles(adc.kind, adc.bits, adc.step_ps, clock_mhz)
        if self.itime_cycles:
            if integrating:
                window = self.itime_cycles
            else:
                sample = self.itime_cycles
        rounds = lat.adc_rounds(self.ncols, self.adcs)
        self.mvm_cycles = lat.mvm_cycles(
            n_in,
            phase_cycles,
            self.read_phases,
            t.crossbar.settle_cycles,
            rounds,
            sample,
            window,
            integrating,
        )
        self.adc_busy_cycles = lat.adc_busy_cycles(
            self.mvm_cycles, n_in, self.read_phases, rounds, sample, integrating
        )
        reads = n_in * self.read_phases
        self.dac_busy_cycles = reads * phase_cycles
        self.n_xbar_read = reads
        self.n_dac_drive = self.nrows * reads
        self.n_adc_convert = self.ncols * (n_in if integrating else reads)
        self.prog_cycles = lat.program_cycles(
            self.nrows, t.crossbar.program_iterations, t.crossbar.program_cycles_per_iteration
        )
