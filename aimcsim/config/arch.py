"""Architecture configuration: the chip the timing and functional models simulate.

An :class:`ArchConfig` is a tree of frozen dataclasses. Each field's meaning, unit and
valid range are declared with :func:`~aimcsim.config.schema.param`; ``aimcsim config show``
prints them. Defaults describe a small generic PCM chip; presets (TOML files in
``aimcsim/config/presets/``) describe published chips and cite their sources.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from aimcsim.config.noise import AnalogIoConfig, DeviceNoiseConfig
from aimcsim.config.schema import param, section

INPUT_ENCODINGS = ("bit_serial", "pulse_width")
NOC_MODES = ("packet", "circuit")
ADC_KINDS = ("flash", "sar", "ramp", "integrating")


@dataclass(frozen=True)
class ChipConfig:
    """The chip as a whole: clock and the 2-D mesh of tiles."""

    name: str = param("generic", "name of the chip, shown in reports")
    clock_mhz: float = param(
        1000.0,
        "chip clock frequency; one cycle = 1000/clock_mhz ns",
        unit="MHz",
        min=1.0,
        max=10000.0,
    )
    mesh_rows: int = param(4, "rows of the tile mesh", min=1, max=64)
    mesh_cols: int = param(4, "columns of the tile mesh", min=1, max=64)

    @property
    def n_tiles(self) -> int:
        """Number of tiles on the chip (mesh_rows x mesh_cols)."""
        return self.mesh_rows * self.mesh_cols

    @property
    def cycle_ns(self) -> float:
        """Duration of one clock cycle in nanoseconds."""
        return 1000.0 / self.clock_mhz


@dataclass(frozen=True)
class CrossbarConfig:
    """One analog array: rows are inputs (word lines), columns are outputs (bit lines)."""

    rows: int = param(256, "rows (inputs) of one crossbar", min=1, max=2048)
    cols: int = param(256, "columns (outputs) of one crossbar", min=1, max=2048)
    per_tile: int = param(1, "crossbars in one tile", min=1, max=16)
    read_phases: int = param(
        1,
        "read phases per input phase by default (1: one-phase read; 4: HERMES-like "
        "four-phase high-precision read); an XCFG instruction may override it",
        min=1,
        max=8,
    )
    settle_cycles: int = param(
        2,
        "bit-line settling before the ADC samples, per read phase",
        unit="cycles",
        min=0,
        max=1_000_000,
    )
    program_cycles_per_iteration: int = param(
        1000,
        "one write-verify iteration on one row (pulse + verify read)",
        unit="cycles",
        min=1,
        max=1_000_000_000,
    )
    program_iterations: int = param(
        10, "write-verify iterations per row when programming weights", min=1, max=1000
    )


@dataclass(frozen=True)
class DacConfig:
    """Input drivers of a crossbar's rows."""

    bits: int = param(
        8, "input precision, sign included (codes +-(2^(bits-1)-1))", unit="bits", min=1, max=16
    )
    encoding: str = param(
        "bit_serial",
        "'bit_serial': bits_per_phase bits per input phase, shift-and-add of phase results; "
        "'pulse_width': one phase whose pulse lasts up to 2^(bits-1) steps",
        choices=INPUT_ENCODINGS,
    )
    bits_per_phase: int = param(
        1, "input bits applied per phase in bit-serial mode", unit="bits", min=1, max=16
    )
    cycles_per_phase: int = param(
        1,
        "duration of one bit-serial input phase (drive + integrate)",
        unit="cycles",
        min=1,
        max=100_000,
    )
    cycles_per_pulse_step: int = param(
        1,
        "duration of one pulse-width step (unit pulse)",
        unit="cycles",
        min=1,
        max=100_000,
    )


@dataclass(frozen=True)
class AdcConfig:
    """The tile's bank of analog-to-digital converters, shared by its crossbars' columns."""

    bits: int = param(
        8, "output precision, sign included (codes +-(2^(bits-1)-1))", unit="bits", min=1, max=16
    )
    count: int = param(
        256,
        "ADCs in the tile's bank, shared through a column multiplexer by the columns of all "
        "the tile's crossbars; with fewer ADCs than active columns, conversions take "
        "ceil(columns / count) rounds, and MVMs on two crossbars of a tile take turns",
        min=1,
        max=2048,
    )
    kind: str = param(
        "flash",
        "converter architecture, which sets how conversion time grows with bits: 'flash' "
        "(constant: conversion_cycles), 'sar' (one bit decision per step: bits steps), "
        "'ramp' (single-slope ramp after sampling: 2^bits steps), 'integrating' (CCO or "
        "charge-integrating ADC counting 2^bits steps while the input is applied, as on "
        "HERMES: each read phase lasts at least the counting window, then a readout of "
        "conversion_cycles follows)",
        choices=ADC_KINDS,
    )
    step_ps: float = param(
        1000.0,
        "duration of one conversion step: one bit decision (sar), one ramp or counter LSB "
        "(ramp, integrating); flash ignores it. Step time is rounded up to whole cycles "
        "once per conversion",
        unit="ps",
        min=0.001,
        max=1e9,
    )
    conversion_cycles: int = param(
        1,
        "fixed part of one conversion of one column sample: the whole conversion (flash), "
        "sampling and reset added to the step time (sar, ramp), or the readout after the "
        "input (integrating)",
        unit="cycles",
        min=0,
        max=100_000,
    )


@dataclass(frozen=True)
class BufferConfig:
    """The tile's local buffer of activations."""

    size_elements: int = param(
        65536, "capacity of the tile buffer", unit="elements", min=1, max=1 << 30
    )
    element_bytes: int = param(1, "bytes per stored activation element", unit="bytes", min=1, max=8)


@dataclass(frozen=True)
class TileConfig:
    """One tile: crossbars with their converters, a buffer and a digital unit."""

    crossbar: CrossbarConfig = section(CrossbarConfig)
    dac: DacConfig = section(DacConfig)
    adc: AdcConfig = section(AdcConfig)
    buffer: BufferConfig = section(BufferConfig)


@dataclass(frozen=True)
class NocConfig:
    """The 2-D mesh network-on-chip joining the tiles (XY routing)."""

    mode: str = param(
        "packet",
        "'packet': wormhole packets in flits, links held flit by flit; 'circuit': a path is "
        "set up once per transfer and held for its duration (IBM heterogeneous AIMC style)",
        choices=NOC_MODES,
    )
    router_delay_cycles: int = param(
        2, "pipeline delay of one router hop", unit="cycles", min=0, max=10_000
    )
    link_bytes: int = param(32, "link width = flit size", unit="bytes", min=1, max=4096)
    header_flits: int = param(1, "header flits added to every packet", min=0, max=64)
    max_packet_flits: int = param(
        64, "payload flits per packet (longer messages are split)", min=1, max=65536
    )
    circuit_setup_cycles_per_hop: int = param(
        4, "circuit mode: path set-up cost per hop", unit="cycles", min=0, max=10_000
    )


@dataclass(frozen=True)
class DpuConfig:
    """The tile's digital processing unit (vector ALU)."""

    lanes: int = param(
        16, "elements processed per cycle by simple element-wise ops", min=1, max=4096
    )
    startup_cycles: int = param(
        4, "pipeline fill of every DPU instruction", unit="cycles", min=0, max=10_000
    )
    simple_cycles: int = param(
        1,
        "per lane group: add, sub, mul, max, copy, relu, affine, quant",
        unit="cycles",
        min=1,
        max=1000,
    )
    transcendental_cycles: int = param(
        4, "per lane group: exp, sigmoid, tanh, gelu", unit="cycles", min=1, max=1000
    )
    reduction_cycles: int = param(
        1, "per lane group and operand vector: sum, pooling", unit="cycles", min=1, max=1000
    )
    normalisation_cycles: int = param(
        3,
        "per lane group and pass: softmax and layer norm (three passes each)",
        unit="cycles",
        min=1,
        max=1000,
    )
    macs_per_cycle: int = param(
        64, "multiply-accumulates per cycle of the digital matmul", min=1, max=1 << 20
    )


@dataclass(frozen=True)
class MemoryConfig:
    """Global SRAM and DRAM shared by the tiles."""

    sram_bytes: int = param(8 << 20, "global SRAM capacity", unit="bytes", min=0, max=1 << 40)
    sram_banks: int = param(4, "independent SRAM banks (ports)", min=1, max=1024)
    sram_latency_cycles: int = param(4, "SRAM access latency", unit="cycles", min=0, max=100_000)
    sram_bytes_per_cycle: int = param(
        32, "bandwidth of one SRAM bank", unit="bytes/cycle", min=1, max=1 << 20
    )
    dram_channels: int = param(1, "DRAM channels", min=1, max=64)
    dram_latency_cycles: int = param(
        100, "DRAM access latency", unit="cycles", min=0, max=1_000_000
    )
    dram_bytes_per_cycle: int = param(
        16, "bandwidth of one DRAM channel", unit="bytes/cycle", min=1, max=1 << 20
    )


@dataclass(frozen=True)
class ArchConfig:
    """A whole AIMC chip: tiles, network, digital units, memories and device/IO noise."""

    chip: ChipConfig = section(ChipConfig)
    tile: TileConfig = section(TileConfig)
    noc: NocConfig = section(NocConfig)
    dpu: DpuConfig = section(DpuConfig)
    memory: MemoryConfig = section(MemoryConfig)
    noise: DeviceNoiseConfig = section(DeviceNoiseConfig)
    io: AnalogIoConfig = section(AnalogIoConfig)


@dataclass(frozen=True)
class DerivedLimit:
    """A stated bound on a quantity computed from several keys, each within its own range:
    an exponent of 2, a size or a count whose product could overflow int64 or ask for an
    absurd allocation. Checked by :func:`validate`; add one here for any new such product."""

    name: str
    keys: tuple[str, ...]
    value: Callable[[ArchConfig], int]
    max: int
    why: str


DERIVED_LIMITS: tuple[DerivedLimit, ...] = (
    DerivedLimit(
        "weight bits",
        ("noise.bits_per_cell", "noise.cells_per_weight"),
        lambda a: a.noise.bits_per_cell * a.noise.cells_per_weight,
        32,
        "bit slicing quantises |w| to 2^bits - 1 integer levels (int64) and recombines the "
        "slices in float64, exact only well below 2^53",
    ),
)
"""Every bounded product of config keys (see :class:`DerivedLimit`)."""


def validate(arch: ArchConfig) -> list[str]:
    """Cross-field checks; returns every violation found (empty when the config is sound)."""
    problems: list[str] = []
    for limit in DERIVED_LIMITS:
        value = limit.value(arch)
        if value > limit.max:
            problems.append(
                f"{limit.name} = {' x '.join(limit.keys)} = {value} exceeds {limit.max}: "
                f"{limit.why}"
            )
    t = arch.tile
    if t.dac.encoding == "bit_serial" and t.dac.bits_per_phase > t.dac.bits:
        problems.append(
            f"tile.dac.bits_per_phase ({t.dac.bits_per_phase}) exceeds tile.dac.bits ({t.dac.bits})"
        )
    if t.adc.count > t.crossbar.cols:
        problems.append(
            f"tile.adc.count ({t.adc.count}) exceeds tile.crossbar.cols "
            f"({t.crossbar.cols}): an ADC would have no column to convert"
        )
    if t.crossbar.cols % t.adc.count != 0:
        problems.append(
            f"tile.crossbar.cols ({t.crossbar.cols}) is not a multiple of "
            f"tile.adc.count ({t.adc.count}): the column multiplexer needs "
            "an equal share of columns per ADC"
        )
    if t.adc.kind in ("flash", "integrating") and t.adc.conversion_cycles < 1:
        problems.append(
            f"tile.adc.conversion_cycles must be >= 1 for a {t.adc.kind!r} ADC (it is the "
            f"whole conversion or the readout), got {t.adc.conversion_cycles}"
        )
    if t.buffer.size_elements < t.crossbar.rows + t.crossbar.cols:
        problems.append(
            f"tile.buffer.size_elements ({t.buffer.size_elements}) cannot hold one MVM's "
            f"input and output ({t.crossbar.rows} + {t.crossbar.cols} elements)"
        )
    if arch.io.noise_management != "none" and arch.io.inp_bound != 1.0:
        problems.append(
            f"io.inp_bound must be 1 when io.noise_management is "
            f"{arch.io.noise_management!r} (got {arch.io.inp_bound}); aihwkit has the same rule"
        )
    return problems
