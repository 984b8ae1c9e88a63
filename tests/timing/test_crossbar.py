"""Crossbar and ADC timing: exact MVM cycles derived here from the config fields."""

from __future__ import annotations

import math

import pytest

from aimcsim.config.arch import ArchConfig

from .conftest import arch_of, run


def adc_sample_and_window(arch: ArchConfig) -> tuple[int, int]:
    """(cycles per column sample after the read phase, counting window of an integrating
    ADC) written out from the config."""
    a = arch.tile.adc
    steps = {"flash": 0, "sar": a.bits, "ramp": 2**a.bits, "integrating": 2**a.bits}[a.kind]
    step_cycles = math.ceil(steps * a.step_ps * arch.chip.clock_mhz / 1e6)
    if a.kind == "integrating":
        return a.conversion_cycles, step_cycles
    return a.conversion_cycles + step_cycles, 0


def mvm_cycles(arch: ArchConfig, ncols: int, read_phases: int | None = None) -> int:
    """The MVM latency written out from the config (bit-serial or pulse-width inputs)."""
    t = arch.tile
    phases = read_phases or t.crossbar.read_phases
    if t.dac.encoding == "bit_serial":
        n_in = math.ceil(t.dac.bits / t.dac.bits_per_phase)
        phase = t.dac.cycles_per_phase
    else:
        n_in = 1
        phase = 2 ** (t.dac.bits - 1) * t.dac.cycles_per_pulse_step
    sample, window = adc_sample_and_window(arch)
    convert = math.ceil(ncols / t.adc.count) * sample
    if t.adc.kind == "integrating":
        return n_in * (phases * (max(phase, window) + t.crossbar.settle_cycles) + convert)
    return n_in * phases * (phase + t.crossbar.settle_cycles + convert)


PROLOGUE = """
    .tile 0
        li r1, 0
        li r2, 64
"""


def test_single_mvm_completes_at_issue_plus_latency() -> None:
    arch = arch_of()
    res = run(PROLOGUE + "    mvm x0, r1, r2, 0\n    halt\n")
    lat = mvm_cycles(arch, arch.tile.crossbar.cols)
    # tiny: 8 bit-serial phases of drive 1 + settle 2 + 4 rounds of an 8-bit SAR conversion
    # (1 sampling cycle + 8 bit decisions of 500 ps = 4 cycles)
    assert lat == 8 * (1 + 2 + 4 * (1 + 4))
    # two li issue at cycles 0 and 1, the MVM issues at 2 and completes at 2 + lat, not before
    assert res.total_cycles == 2 + lat
    row = res.layer(-1)
    assert (row["start_cycle"], row["end_cycle"], row["busy_cycles"]) == (2, 2 + lat, lat)
    rows, cols = arch.tile.crossbar.rows, arch.tile.crossbar.cols
    assert res.count("dac.drive") == rows * 8
    assert res.count("xbar.read") == 8
    assert res.count("adc.convert") == cols * 8
    comps = res.components.set_index("component")
    assert comps.loc["chip.tile[0].xbar[0]", "busy_cycles"] == lat


@pytest.mark.parametrize("same_output", [False, True])
def test_two_back_to_back_mvms_on_one_crossbar(same_output: bool) -> None:
    arch = arch_of()
    out2 = "r2" if same_output else "r3"
    res = run(
        PROLOGUE
        + f"""
        li r3, 200
        mvm x0, r1, r2, 0
        mvm x0, r1, {out2}, 0
        halt
    """
    )
    lat = mvm_cycles(arch, 64)
    # first MVM issues at 3; the second waits for the crossbar (or the WAW on r2) to free
    assert res.total_cycles == 3 + 2 * lat
    row = res.layer(-1)
    stall = (3 + lat) - 4
    if same_output:
        assert row["stall_dependency_cycles"] == stall
        assert row["stall_xbar_cycles"] == 0
    else:
        assert row["stall_xbar_cycles"] == stall
        assert row["stall_dependency_cycles"] == 0


@pytest.mark.parametrize("adcs", [16, 32, 64])
@pytest.mark.parametrize("ncols", [16, 48, 64])
def test_more_active_columns_than_adcs_serialise_conversions(adcs: int, ncols: int) -> None:
    arch = arch_of(overrides=[f"tile.adc.count={adcs}"])
    res = run(
        PROLOGUE + f"    xwin x0, 0, 64, 0, {ncols}\n    mvm x0, r1, r2, 0\n    halt\n",
        overrides=[f"tile.adc.count={adcs}"],
    )
    rounds = math.ceil(ncols / adcs)
    lat = 8 * (1 + 2 + rounds * 5)
    assert lat == mvm_cycles(arch, ncols)
    assert res.total_cycles == 3 + lat
    assert res.count("adc.convert") == ncols * 8


def test_mvms_of_two_crossbars_contend_for_the_tile_adc_bank() -> None:
    arch = arch_of()
    res = run(
        PROLOGUE
        + """
        li r3, 200
        mvm x0, r1, r2, 0
        mvm x1, r1, r3, 0
        halt
    """
    )
    lat = mvm_cycles(arch, 64)
    assert res.total_cycles == 3 + 2 * lat  # x1 starts when x0 releases the bank
    assert res.layer(-1)["stall_adc_cycles"] == (3 + lat) - 4


def test_pulse_width_integrating_adc_and_four_phase_read() -> None:
    over = [
        "tile.dac.encoding=pulse_width",
        "tile.adc.kind=integrating",
        "tile.adc.step_ps=300",
        "tile.adc.conversion_cycles=3",
    ]
    arch = arch_of(overrides=over)
    one = run(PROLOGUE + "    mvm x0, r1, r2, 0\n    halt\n", overrides=over)
    four = run(
        PROLOGUE + "    xcfg x0, pulse_width, 8, 1, 4, 0, 0\n    mvm x0, r1, r2, 0\n    halt\n",
        overrides=over,
    )
    rounds = 64 // 16
    assert one.total_cycles == 2 + (128 + 2) + rounds * 3 == 2 + mvm_cycles(arch, 64)
    assert four.total_cycles == 3 + 4 * (128 + 2) + rounds * 3 == 3 + mvm_cycles(arch, 64, 4)
    assert four.count("xbar.read") == 4 and four.count("adc.convert") == 64
    assert four.count("dac.drive") == 64 * 4


def test_integrating_adc_window_longer_than_the_input_stretches_each_read_phase() -> None:
    # 10-bit CCO of 300 ps/LSB counts for ceil(1024 * 0.3) = 308 cycles > the 128-cycle input
    over = [
        "tile.dac.encoding=pulse_width",
        "tile.adc.kind=integrating",
        "tile.adc.bits=10",
        "tile.adc.step_ps=300",
        "tile.adc.conversion_cycles=3",
    ]
    arch = arch_of(overrides=over)
    res = run(PROLOGUE + "    mvm x0, r1, r2, 0\n    halt\n", overrides=over)
    assert res.total_cycles == 2 + (308 + 2) + 4 * 3 == 2 + mvm_cycles(arch, 64)
    # XCFG itime replaces the counting window
    res = run(
        PROLOGUE + "    xcfg x0, pulse_width, 8, 1, 1, 0, 200\n    mvm x0, r1, r2, 0\n    halt\n",
        overrides=over,
    )
    assert res.total_cycles == 3 + (200 + 2) + 4 * 3


@pytest.mark.parametrize(
    ("kind", "sample_4bit", "sample_8bit"),
    [
        # flash: conversion_cycles (1) whatever the bits
        ("flash", 1, 1),
        # sar: 1 + ceil(bits * 0.5 ns)
        ("sar", 1 + 2, 1 + 4),
        # ramp: 1 + ceil(2^bits * 0.5 ns)
        ("ramp", 1 + 8, 1 + 128),
    ],
)
def test_sampling_adc_kinds_scale_with_bits(kind: str, sample_4bit: int, sample_8bit: int) -> None:
    for bits, sample in ((4, sample_4bit), (8, sample_8bit)):
        over = [f"tile.adc.kind={kind}", f"tile.adc.bits={bits}", "tile.adc.step_ps=500"]
        res = run(PROLOGUE + "    mvm x0, r1, r2, 0\n    halt\n", overrides=over)
        assert res.total_cycles == 2 + 8 * (1 + 2 + 4 * sample), (kind, bits)
        assert res.total_cycles == 2 + mvm_cycles(arch_of(overrides=over), 64)


def test_xcfg_bit_serial_bits_per_phase_and_itime() -> None:
    res = run(
        PROLOGUE + "    xcfg x0, bit_serial, 6, 4, 1, 0, 5\n    mvm x0, r1, r2, 0\n    halt\n"
    )
    # ceil(6/4) = 2 phases of (drive 1 + settle 2 + 4 rounds x itime 5)
    assert res.total_cycles == 3 + 2 * (1 + 2 + 4 * 5)


def test_prog_latency_uses_the_window_rows() -> None:
    arch = arch_of()
    cb = arch.tile.crossbar
    res = run("""
    .tile 0
        xwin x0, 0, 10, 0, 64
        prog x0, 0
        halt
    """)
    assert res.total_cycles == 1 + 10 * cb.program_iterations * cb.program_cycles_per_iteration
    assert res.count("xbar.program_row") == 10


def test_window_outside_crossbar_is_a_program_error() -> None:
    from aimcsim.errors import ProgramError

    with pytest.raises(ProgramError, match="leaves the 64x64 crossbar"):
        run(".tile 0\n xwin x0, 0, 65, 0, 64\n halt\n")
