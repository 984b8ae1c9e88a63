"""Ledger invariants: sum over layers = total, linear in counts, leakage = power x time."""

from __future__ import annotations

import pandas as pd
import pytest

from aimcsim.config.loader import load_arch
from aimcsim.energy import (
    LEAKAGE_LAYER,
    LEDGER_COLUMNS,
    build_ledger,
    builtin_table,
    energy_by_kind_pj,
    energy_by_layer_pj,
    recost,
    total_energy_pj,
)
from aimcsim.errors import EnergyError

COUNTS = [
    {
        "layer": 0,
        "component": "chip.tile[0].xbar[0]",
        "kind": "xbar",
        "action": "xbar.read",
        "count": 10,
    },
    {
        "layer": 0,
        "component": "chip.tile[0].xbar[0].dac",
        "kind": "dac",
        "action": "dac.drive",
        "count": 2560,
    },
    {
        "layer": 0,
        "component": "chip.tile[0].adc",
        "kind": "adc",
        "action": "adc.convert",
        "count": 2560,
    },
    {"layer": 1, "component": "chip.tile[1].dpu", "kind": "dpu", "action": "dpu.op", "count": 64},
    {
        "layer": 1,
        "component": "chip.noc.link[(0,0)->(1,0)]",
        "kind": "link",
        "action": "noc.flit_hop",
        "count": 7,
    },
]
COMPONENTS = [
    {"component": "chip.tile[0].xbar[0]", "kind": "xbar", "busy_cycles": 5, "utilization": 0.5},
    {"component": "chip.tile[0].adc", "kind": "adc", "busy_cycles": 5, "utilization": 0.5},
]


def _ledger(scale: int = 1) -> pd.DataFrame:
    arch = load_arch(preset="hermes")
    counts = [dict(c, count=c["count"] * scale) for c in COUNTS]
    return build_ledger(counts, builtin_table("hermes"), arch, COMPONENTS, total_cycles=1000)


def test_columns_and_sum_over_layers() -> None:
    ledger = _ledger()
    assert tuple(ledger.columns) == LEDGER_COLUMNS
    by_layer = energy_by_layer_pj(ledger)
    assert set(by_layer) == {LEAKAGE_LAYER, 0, 1}
    assert sum(by_layer.values()) == pytest.approx(total_energy_pj(ledger))
    assert sum(energy_by_kind_pj(ledger).values()) == pytest.approx(total_energy_pj(ledger))


def test_dynamic_energy_is_linear_in_counts() -> None:
    one, three = _ledger(1), _ledger(3)
    dyn1 = one[one["action"] != "leakage"]["energy_pj"].sum()
    dyn3 = three[three["action"] != "leakage"]["energy_pj"].sum()
    assert dyn3 == pytest.approx(3 * dyn1)


def test_leakage_is_power_times_time() -> None:
    ledger = _ledger()
    leak = ledger[ledger["action"] == "leakage"].set_index("component")["energy_pj"]
    # hermes: adc 30 mW, xbar 6.2 mW; 1000 cycles of 1 ns; 1 mW x 1 ns = 1 pJ.
    assert leak["chip.tile[0].adc"] == pytest.approx(30.0 * 1000)
    assert leak["chip.tile[0].xbar[0]"] == pytest.approx(6.2 * 1000)


def test_row_energy_is_count_times_table_entry() -> None:
    ledger = _ledger()
    row = ledger[ledger["action"] == "dac.drive"].iloc[0]
    assert row["energy_pj"] == pytest.approx(2560 * 4.86)


def test_unknown_action_or_kind_is_an_error() -> None:
    arch = load_arch(preset="hermes")
    bad = [dict(COUNTS[0], action="xbar.levitate")]
    with pytest.raises(EnergyError, match="'xbar.levitate'"):
        build_ledger(bad, builtin_table("hermes"), arch)
    with pytest.raises(EnergyError, match="kind 'flux'"):
        build_ledger(
            COUNTS,
            builtin_table("hermes"),
            arch,
            [{"component": "c", "kind": "flux"}],
            total_cycles=1,
        )


def test_recost_without_resimulation() -> None:
    arch = load_arch(preset="hermes")
    ledger = _ledger()
    doubled = builtin_table("hermes").with_overrides(action_pj={"dpu.op": 0.2})
    again = recost(ledger, doubled, arch)
    delta = total_energy_pj(again) - total_energy_pj(ledger)
    assert delta == pytest.approx(64 * (0.2 - 0.1))
    assert list(again["count"]) == list(ledger["count"])


def test_empty_counters() -> None:
    ledger = build_ledger([], builtin_table("hermes"), load_arch(preset="hermes"))
    assert tuple(ledger.columns) == LEDGER_COLUMNS and len(ledger) == 0
