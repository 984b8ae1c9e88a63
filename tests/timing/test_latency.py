"""The pure formulas of latency.py against hand-computed values, and the decoder's
footprints against the ISA tooling's ``footprint``."""

from __future__ import annotations

import random

import pytest

from aimcsim.isa import SPEC, Instruction, footprint
from aimcsim.timing import latency as lat
from aimcsim.timing.controller import Controller
from aimcsim.timing.crossbar import CrossbarState

from .conftest import arch_of


def test_hermes_mvm_one_and_four_phase() -> None:
    n_in, phase = lat.input_phases(lat.PULSE_WIDTH, 8, 1, 1, 1)
    assert (n_in, phase) == (1, 128)
    window = lat.adc_window_cycles(lat.ADC_INTEGRATING, 8, 300.0, 1000.0)
    readout = lat.adc_sample_cycles(lat.ADC_INTEGRATING, 8, 300.0, 4, 1000.0)
    assert (window, readout) == (77, 4)  # 256 x 300 ps = 76.8 ns, hidden in the 128-cycle input
    assert lat.mvm_cycles(1, 128, 1, 1, 1, readout, window, True) == 133
    assert lat.mvm_cycles(1, 128, 4, 1, 1, readout, window, True) == 520
    # both within 2 % of the 133 ns / 521 ns derived from 63.1 / 16.1 TOPS
    assert abs(133 - 131072 * 64 / 63.1e3) / 133 < 0.02
    assert abs(520 - 131072 * 64 / 16.1e3) / 520 < 0.02


def test_bit_serial_and_sampling_adc() -> None:
    assert lat.input_phases(lat.BIT_SERIAL, 8, 3, 2, 9) == (3, 2)
    assert lat.mvm_cycles(3, 2, 2, 1, 4, 5, 0, False) == 3 * 2 * (2 + 1 + 20)
    assert lat.adc_rounds(65, 16) == 5
    assert lat.adc_busy_cycles(999, 3, 2, 4, 5, False) == 3 * 2 * 4 * 5


def test_adc_steps_per_kind() -> None:
    assert [lat.adc_steps(k, 6) for k in ("flash", "sar", "ramp", "integrating")] == [0, 6, 64, 64]
    with pytest.raises(ValueError, match="unknown ADC kind"):
        lat.adc_steps("pipelined", 8)


@pytest.mark.parametrize(
    ("kind", "bits", "step_ps", "fixed", "clock_mhz", "sample", "window"),
    [
        ("flash", 8, 500.0, 2, 1000.0, 2, 0),  # constant
        ("flash", 16, 500.0, 2, 1000.0, 2, 0),
        ("sar", 8, 500.0, 1, 1000.0, 1 + 4, 0),  # 8 x 0.5 ns = 4 cycles exactly
        ("sar", 5, 500.0, 1, 1000.0, 1 + 3, 0),  # 2.5 cycles -> 3
        ("sar", 8, 97.66, 0, 1000.0, 1, 0),  # ISAAC / PUMA: 781 ps -> one 1 GHz cycle
        ("sar", 16, 97.66, 0, 1000.0, 2, 0),
        ("sar", 8, 1000.0, 0, 100.0, 1, 0),  # 8 ns at 100 MHz: one 10 ns cycle
        ("ramp", 4, 500.0, 1, 1000.0, 1 + 8, 0),  # 16 x 0.5 ns
        ("ramp", 8, 500.0, 1, 1000.0, 1 + 128, 0),
        ("integrating", 8, 300.0, 4, 1000.0, 4, 77),  # HERMES CCO
        ("integrating", 10, 300.0, 4, 1000.0, 4, 308),
    ],
)
def test_adc_conversion_closed_forms(
    kind: str, bits: int, step_ps: float, fixed: int, clock_mhz: float, sample: int, window: int
) -> None:
    assert lat.adc_sample_cycles(kind, bits, step_ps, fixed, clock_mhz) == sample
    assert lat.adc_window_cycles(kind, bits, step_ps, clock_mhz) == window


def test_integrating_window_stretches_short_read_phases_only() -> None:
    # window 77 < input 128: the input sets the read phase; window 308 > 128: the ADC does
    assert lat.mvm_cycles(1, 128, 1, 1, 1, 4, 77, True) == 128 + 1 + 4
    assert lat.mvm_cycles(1, 128, 1, 1, 1, 4, 308, True) == 308 + 1 + 4
    assert lat.mvm_cycles(2, 128, 4, 1, 2, 4, 308, True) == 2 * (4 * (308 + 1) + 2 * 4)


def test_network_formulas() -> None:
    assert lat.payload_flits(33, 16) == 3
    assert lat.packet_flit_counts(16 * 130, 16, 64, 2) == [66, 66, 4]
    assert lat.message_flits(16 * 130, 16, 64, 2) == 136
    assert lat.mesh_hops(0, 63, 8) == 14
    assert lat.packet_unloaded_cycles(3, 10, 2) == 16
    assert lat.circuit_unloaded_cycles(3, 10, 2, 4) == 28


def test_dpu_and_memory_formulas() -> None:
    assert lat.dpu_elementwise_cycles(33, 16, 4, 2) == 4 + 3 * 2
    assert lat.dpu_reduction_cycles(33, 4, 16, 4, 1) == 4 + 12
    assert lat.dpu_normalisation_cycles(16, 2, 16, 4, 3) == 4 + 3 * 2 * 3
    assert lat.dpu_matmul_cycles(4, 8, 16, 64, 4) == 4 + 8
    assert lat.memory_access_cycles(100, 10, 16) == 10 + 7


def test_crossbar_state_counts() -> None:
    xs = CrossbarState(arch_of().tile, arch_of().chip.clock_mhz)
    assert xs.set_window(0, 32, 0, 48) is None
    xs.configure(lat.BIT_SERIAL, 8, 2, 2, 0)
    assert (xs.n_xbar_read, xs.n_dac_drive, xs.n_adc_convert) == (8, 32 * 8, 48 * 8)
    assert xs.mvm_cycles == 4 * 2 * (1 + 2 + 3 * (1 + 4))  # 3 rounds of 8-bit SAR (1 + 4)


@pytest.mark.parametrize(
    "ispec", [i for i in SPEC.instructions if i.reads or i.writes], ids=lambda i: i.mnemonic
)
def test_decoded_footprints_match_the_isa_footprint(ispec: object) -> None:
    """The controller's pre-decoded footprints equal aimcsim.isa.footprint's."""
    from aimcsim.isa.program import Program
    from aimcsim.timing.engine import Chip

    rng = random.Random(7)
    operands = []
    for f in ispec.fields:  # type: ignore[attr-defined]
        hi = min(f.max, 5 if f.kind in ("uimm", "simm") else f.max)
        lo = max(f.min, 1 if f.kind == "uimm" else f.min)
        operands.append(rng.randint(lo, max(lo, hi)) if f.kind != "xbar" else 0)
    if ispec.mnemonic in ("send", "recv"):  # type: ignore[attr-defined]
        operands[1] = 1
    instr = Instruction(ispec.mnemonic, tuple(operands))  # type: ignore[attr-defined]
    prog = Program("2.0.0")
    prog.stream(0).instructions.append(instr)
    chip = Chip(prog, arch_of(), trace=False, max_cycles=None)
    ctrl: Controller = chip.controllers[0]
    ctrl.regs[1:] = [100 * i for i in range(1, 16)]
    xs = ctrl.xbars[0]
    u = ctrl.code[0][1]
    reads = ctrl._spans(u.reads, xs)
    writes = ctrl._spans(u.writes, xs)
    ref_r, ref_w = footprint(instr, ctrl.regs, (xs.nrows, xs.ncols))
    assert reads == tuple((a, a + n) for a, n in ref_r)
    assert writes == tuple((a, a + n) for a, n in ref_w)
