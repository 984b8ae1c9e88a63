"""HERMES energy fidelity: streaming MVMs on all 64 cores reproduce the published TOPS/W.

Le Gallo et al., Nature Electronics 6, 680-693 (2023): 9.76 TOPS/W one-phase and 2.48 TOPS/W
four-phase, 8-bit I/O 256x256 MVMs (131,072 ops each). The energy is the hermes energy
table's own entries x the timing model's counts (+ leakage x run time); see the derivation
in ``aimcsim/energy/tables/hermes.toml``.
"""

from __future__ import annotations

import importlib

import pytest

from aimcsim.config.loader import load_arch
from aimcsim.energy import build_ledger, select_table, total_energy_pj
from aimcsim.energy.calibration import streaming_mvm_program, streaming_ops, tops_per_w

PUBLISHED_TOPS_PER_W = {1: 9.76, 4: 2.48}
N_MVM = 50


def _arch(phases: int):  # type: ignore[no-untyped-def]
    return load_arch(preset="hermes", overrides=[f"tile.crossbar.read_phases={phases}"])


@pytest.mark.parametrize("phases", [1, 4])
def test_per_mvm_counts_of_the_timing_crossbar_model(phases: int) -> None:
    """Closed form: the timing model's per-MVM counts and cycles x 64 cores x N MVMs."""
    crossbar = pytest.importorskip("aimcsim.timing.crossbar")
    arch = _arch(phases)
    xb = crossbar.CrossbarState(arch.tile, arch.chip.clock_mhz)
    assert xb.mvm_cycles == {1: 133, 4: 520}[phases]
    counters = []
    components = []
    for tile in range(arch.chip.n_tiles):
        base = f"chip.tile[{tile}]"
        for comp, kind, action, n in (
            (f"{base}.xbar[0]", "xbar", "xbar.read", xb.n_xbar_read),
            (f"{base}.xbar[0].dac", "dac", "dac.drive", xb.n_dac_drive),
            (f"{base}.adc", "adc", "adc.convert", xb.n_adc_convert),
        ):
            counters.append(
                {"layer": 0, "component": comp, "kind": kind, "action": action, "count": n * N_MVM}
            )
            components.append({"component": comp, "kind": kind})
    ledger = build_ledger(
        counters, select_table(arch), arch, components, total_cycles=xb.mvm_cycles * N_MVM
    )
    eff = tops_per_w(streaming_ops(arch, N_MVM), total_energy_pj(ledger))
    assert eff == pytest.approx(PUBLISHED_TOPS_PER_W[phases], rel=0.05)
    assert eff == pytest.approx(PUBLISHED_TOPS_PER_W[phases], rel=0.002)  # the calibration


def _simulate_timing():  # type: ignore[no-untyped-def]
    try:
        timing = importlib.import_module("aimcsim.timing")
    except ImportError:
        pytest.skip("timing model not available")
    fn = getattr(timing, "simulate_timing", None)
    if fn is None:
        pytest.skip("aimcsim.timing.simulate_timing not available yet")
    return fn


@pytest.mark.parametrize("phases", [1, 4])
def test_streaming_mvms_on_the_timing_model(phases: int) -> None:
    """End to end: assembled program -> timing model -> ledger -> TOPS/W within 5 %."""
    simulate_timing = _simulate_timing()
    arch = _arch(phases)
    result = simulate_timing(streaming_mvm_program(arch, N_MVM), arch)
    ledger = build_ledger(
        result.counters,
        select_table(arch),
        arch,
        result.components,
        total_cycles=result.total_cycles,
    )
    eff = tops_per_w(streaming_ops(arch, N_MVM), total_energy_pj(ledger))
    assert eff == pytest.approx(PUBLISHED_TOPS_PER_W[phases], rel=0.05)
