"""HERMES peak throughput: 64 cores streaming 256x256 MVMs reach 63.1 TOPS one-phase and
16.1 TOPS four-phase (Le Gallo et al., Nature Electronics 2023), within 2 %."""

from __future__ import annotations

import pytest

from aimcsim.config.loader import load_arch
from aimcsim.isa import assemble
from aimcsim.timing import simulate_timing

N_MVM = 40
OPS_PER_MVM = 2 * 256 * 256


def streaming_program(n_tiles: int, four_phase_xcfg: bool) -> str:
    lines = []
    for t in range(n_tiles):
        lines += [
            f".tile {t}",
            "    li r1, 0",
            "    li r2, 256",
            "    li r3, 0",
            f"    li r4, {N_MVM}",
        ]
        if four_phase_xcfg:
            lines.append("    xcfg x0, pulse_width, 8, 1, 4, 0, 0")
        lines += [
            "loop:",
            "    mvm x0, r1, r2, 0",
            "    addi r3, r3, 1",
            "    bne r3, r4, loop",
            "    halt",
        ]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize(
    ("mode", "overrides", "xcfg", "paper_tops"),
    [
        ("one-phase", [], False, 63.1),
        ("four-phase (--set)", ["tile.crossbar.read_phases=4"], False, 16.1),
        ("four-phase (XCFG)", [], True, 16.1),
    ],
)
def test_hermes_peak_tops(mode: str, overrides: list[str], xcfg: bool, paper_tops: float) -> None:
    arch = load_arch(preset="hermes", overrides=overrides)
    n_tiles = arch.chip.n_tiles
    assert n_tiles == 64
    res = simulate_timing(assemble(streaming_program(n_tiles, xcfg), "<hermes>"), arch)
    # steady state: every tile's MVM stream from its first issue to its last completion
    row = res.layer(-1)
    window_cycles = row["end_cycle"] - row["start_cycle"]
    seconds = window_cycles * 1e-6 / arch.chip.clock_mhz
    tops = n_tiles * N_MVM * OPS_PER_MVM / seconds / 1e12
    assert tops == pytest.approx(paper_tops, rel=0.02), mode
    # and the whole run, prologue included, is within 2 % as well
    total_tops = n_tiles * N_MVM * OPS_PER_MVM / (res.total_ns * 1e-9) / 1e12
    assert total_tops == pytest.approx(paper_tops, rel=0.02), mode
    # every crossbar is busy for all but the prologue
    xbars = res.components[res.components["kind"] == "xbar"]
    assert len(xbars) == 64 and (xbars["utilization"] > 0.98).all()
