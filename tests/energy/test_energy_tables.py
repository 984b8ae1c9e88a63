"""Energy tables: every counted action and kind priced in every shipped table, with sources."""

from __future__ import annotations

import pytest

from aimcsim.config.loader import list_presets, load_arch
from aimcsim.energy import (
    COMPONENT_KINDS,
    all_actions,
    builtin_table,
    list_tables,
    select_table,
    spec_actions,
    table_from_dict,
    table_hash,
)
from aimcsim.errors import EnergyError


@pytest.mark.parametrize("name", list_tables())
def test_every_action_and_kind_has_a_sourced_entry(name: str) -> None:
    table = builtin_table(name)
    assert set(all_actions()) <= set(table.actions), name
    assert set(COMPONENT_KINDS) <= set(table.leakage), name
    for entry in table.actions.values():
        assert entry.source.strip() and entry.value >= 0
    for leak in table.leakage.values():
        assert leak.source.strip() and leak.leakage_mw >= 0


def test_action_vocabulary_covers_the_spec() -> None:
    assert {"dac.drive", "xbar.read", "adc.convert", "noc.flit_hop"} <= set(all_actions())
    assert set(spec_actions()) <= set(all_actions())


@pytest.mark.parametrize("preset", [p.name for p in list_presets()])
def test_every_preset_selects_a_table(preset: str) -> None:
    arch = load_arch(preset=preset)
    table = select_table(arch)
    resolved = table.resolve(arch)
    assert all(v >= 0 for v in resolved.values())


def test_explicit_table_wins_and_unknown_is_an_error() -> None:
    arch = load_arch(preset="hermes")
    assert select_table(arch).name == "hermes"
    assert select_table(arch, energy_table="puma").name == "puma"
    with pytest.raises(EnergyError, match="did you mean 'puma'"):
        select_table(arch, energy_table="pumma")
    with pytest.raises(EnergyError, match="no shipped energy table for chip 'nochip'"):
        select_table("nochip")


def test_missing_action_is_an_error_naming_action_and_table() -> None:
    table = table_from_dict(
        {"name": "t", "actions": {"xbar.read": {"energy_pj": 1.0, "source": "s"}}}
    )
    with pytest.raises(EnergyError, match=r"table 't'.*'adc.convert'"):
        table.action_energy_pj("adc.convert")
    with pytest.raises(EnergyError, match=r"table 't'.*kind 'adc'"):
        table.leakage_mw("adc")


def test_entries_need_a_source_and_one_rule() -> None:
    with pytest.raises(EnergyError, match="missing 'source'"):
        table_from_dict({"name": "t", "actions": {"a.b": {"energy_pj": 1.0}}})
    with pytest.raises(EnergyError, match="exactly one"):
        table_from_dict(
            {"name": "t", "actions": {"a.b": {"energy_pj": 1.0, "pj_per_cell": 1, "source": "s"}}}
        )
    with pytest.raises(EnergyError, match=">= 0"):
        table_from_dict({"name": "t", "actions": {"a.b": {"energy_pj": -1, "source": "s"}}})
    with pytest.raises(EnergyError, match="unknown top-level key 'actoins'"):
        table_from_dict({"name": "t", "actoins": {}})


def test_rules_scale_with_the_chip() -> None:
    table = builtin_table("hermes")
    a8 = load_arch(preset="hermes")
    a6 = load_arch(preset="hermes", overrides=["tile.adc.bits=6"])
    small = load_arch(preset="hermes", overrides=["tile.crossbar.rows=128"])
    assert table.action_energy_pj("adc.convert", a8) == pytest.approx(
        4 * table.action_energy_pj("adc.convert", a6)
    )
    assert table.action_energy_pj("xbar.read", a8) == pytest.approx(
        2 * table.action_energy_pj("xbar.read", small)
    )
    assert table.action_energy_pj("adc.convert", a8) == pytest.approx(0.5, rel=1e-3)
    with pytest.raises(EnergyError, match="needs the chip config"):
        table.action_energy_pj("xbar.read")


def test_hash_is_canonical_and_changes_with_content() -> None:
    table = builtin_table("puma")
    assert table.sha256 == table_hash(dict(table.data))
    assert len(table.sha256) == 64
    other = table.with_overrides(action_pj={"adc.convert": 2.0})
    assert other.sha256 != table.sha256
    assert other.action_energy_pj("adc.convert") == 2.0
    with pytest.raises(EnergyError, match="unknown action"):
        table.with_overrides(action_pj={"adc.convrt": 1.0})


def test_puma_numbers_follow_isaac() -> None:
    arch = load_arch(preset="puma")
    table = select_table(arch)
    # ISAAC Table 1: 8-bit ADC, 2 mW at 1.28 GS/s.
    assert table.action_energy_pj("adc.convert", arch) == pytest.approx(2.0 / 1.28, rel=1e-3)
    # ISAAC: 128x128 array, 0.3 mW x 100 ns.
    assert table.action_energy_pj("xbar.read", arch) == pytest.approx(30.0, rel=1e-3)


def test_timing_model_counts_only_priced_actions_and_kinds() -> None:
    """A real timing run (mlp-digits: MVMs, DPU ops, loads/stores, sends) is fully priced."""
    from pathlib import Path

    wl = Path(__file__).resolve().parents[2] / "workloads" / "mlp-digits"
    if not (wl / "program.bin").exists():
        pytest.skip("mlp-digits workload not built")
    timing = pytest.importorskip("aimcsim.timing")
    from aimcsim.workload.format import load_workload

    arch = load_arch(preset="tiny")
    result = timing.simulate_timing(load_workload(wl).program, arch)
    assert set(result.counters["action"]) <= set(all_actions())
    assert set(result.components["kind"]) <= set(COMPONENT_KINDS)
    for name in list_tables():
        table = builtin_table(name)
        for action in set(result.counters["action"]):
            table.action_energy_pj(action, arch)
        for kind in set(result.components["kind"]):
            table.leakage_mw(kind)
