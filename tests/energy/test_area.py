"""Chip area from the energy tables' per-component area entries (aimcsim.energy.area).

Fidelity: the hermes table's area entries give one HERMES core 1.59 TOPS/mm^2 at the timing
model's streaming MVM peak (Khaddam-Aljameh et al., JSSC 2022); see the decomposition in
``aimcsim/energy/tables/hermes.toml``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from aimcsim import cli
from aimcsim.config.loader import load_arch
from aimcsim.energy import (
    AREA_KINDS,
    area_breakdown,
    area_mm2,
    builtin_table,
    chip_area_mm2,
    chip_components,
    core_area_mm2,
    list_tables,
    table_from_dict,
)
from aimcsim.energy.calibration import streaming_mvm_program, streaming_ops
from aimcsim.errors import EnergyError
from aimcsim.report import read_report, write_report
from aimcsim.report.result import AREA_COLUMNS, SUMMARY_KEYS
from aimcsim.sweep import METRIC_COLUMNS, run_sweep, timing_evaluate
from aimcsim.timing import simulate_timing

PRESET_OF_TABLE = {
    "hermes": "hermes",
    "puma": "puma",
    "yu2025-rram": "yu2025-rram",
    "generic-pcm": "standard",
}


@pytest.mark.parametrize("name", sorted(PRESET_OF_TABLE))
def test_every_table_covers_every_kind_with_a_source(name: str) -> None:
    assert sorted(PRESET_OF_TABLE) == list_tables()
    table = builtin_table(name)
    assert set(AREA_KINDS) <= set(table.area), f"{name} lacks {set(AREA_KINDS) - set(table.area)}"
    for entry in table.area.values():
        assert entry.source.strip()
    arch = load_arch(preset=PRESET_OF_TABLE[name])
    frame = area_mm2(arch, table=table)
    assert (frame["area_mm2"] >= 0).all()
    assert chip_area_mm2(arch, table) > 0


@pytest.mark.parametrize("preset", ["hermes", "puma", "yu2025-rram", "tiny"])
def test_area_covers_the_components_of_the_timing_model(preset: str) -> None:
    """Every component the timing model creates is one of chip_components (same names)."""
    arch = load_arch(preset=preset)
    result = simulate_timing(streaming_mvm_program(arch, 1), arch)
    created = set(zip(result.components["component"], result.components["kind"], strict=True))
    assert {k for _, k in created} <= set(AREA_KINDS)
    assert created <= set(chip_components(arch))
    # Costing the timing model's own component records works as well.
    assert len(area_mm2(arch, result.components)) == len(result.components)


def test_missing_kind_is_an_error_naming_it() -> None:
    data = dict(builtin_table("hermes").data)
    data["area"] = {k: v for k, v in data["area"].items() if k != "adc"}
    table = table_from_dict(data, origin="<test>")
    with pytest.raises(EnergyError, match="no area entry for component kind 'adc'"):
        chip_area_mm2(load_arch(preset="hermes"), table)


def test_bad_area_entries_are_rejected() -> None:
    data = dict(builtin_table("hermes").data)
    data["area"] = {
        "xbar": {"um2_per_byte": 1.0, "source": "x"},
        "adc": {"um2": 1.0},
        "dac": {"um2": 1.0, "um2_per_row": 2.0, "source": "x"},
    }
    with pytest.raises(EnergyError) as err:
        table_from_dict(data, origin="<test>")
    text = str(err.value)
    assert "area.xbar: rule 'um2_per_byte' applies only to" in text
    assert "area.adc: missing 'source'" in text
    assert "area.dac: needs exactly one of" in text


def test_doubling_crossbars_adds_exactly_the_crossbar_area() -> None:
    one = load_arch(preset="hermes")
    two = load_arch(preset="hermes", overrides=["tile.crossbar.per_tile=2"])
    table = builtin_table("hermes")
    per_xbar = table.area_um2("xbar", one) + table.area_um2("dac", one)
    added = chip_area_mm2(two, table) - chip_area_mm2(one, table)
    assert added == pytest.approx(one.chip.n_tiles * per_xbar / 1e6, rel=1e-12)


@pytest.mark.parametrize(("name", "ratio"), [("hermes", 7 / 6), ("puma", 2.0)])
def test_adc_area_scales_with_bits_per_rule(name: str, ratio: float) -> None:
    """hermes: um2_per_adc_bit (linear: 7/6 from 6 to 7 bits); puma: um2_per_adc_step (2x)."""
    table = builtin_table(name)
    preset = PRESET_OF_TABLE[name]
    six = load_arch(preset=preset, overrides=["tile.adc.bits=6"])
    seven = load_arch(preset=preset, overrides=["tile.adc.bits=7"])
    assert table.area_um2("adc", seven) / table.area_um2("adc", six) == pytest.approx(ratio)
    b6 = area_breakdown(six, table).set_index("kind")
    b7 = area_breakdown(seven, table).set_index("kind")
    assert b7.loc["adc", "area_mm2"] / b6.loc["adc", "area_mm2"] == pytest.approx(ratio)
    others = [k for k in b6.index if k != "adc"]
    assert b7.loc[others, "area_mm2"].tolist() == b6.loc[others, "area_mm2"].tolist()


def test_puma_entries_are_the_isaac_numbers() -> None:
    arch = load_arch(preset="puma")
    table = builtin_table("puma")
    # One 8-bit ADC = 0.0012 mm^2, a 2-bit 128x128 crossbar = 2.5e-5 mm^2 (x 8 slices),
    # one 1-bit DAC = 1.67e-7 mm^2 (x 128 rows x 8 slices).
    assert table.area_um2("adc", arch) == pytest.approx(arch.tile.adc.count * 1200.0)
    assert table.area_um2("xbar", arch) == pytest.approx(8 * 25.0)
    assert table.area_um2("dac", arch) == pytest.approx(8 * 128 * 0.167)


def test_hermes_core_reproduces_published_tops_per_mm2() -> None:
    """Streaming MVMs on all 64 cores (timing model) / area of one core = 1.59 TOPS/mm^2."""
    arch = load_arch(preset="hermes")
    n_mvm = 20
    result = simulate_timing(streaming_mvm_program(arch, n_mvm), arch)
    seconds = result.total_cycles * arch.chip.cycle_ns * 1e-9
    tops_per_core = streaming_ops(arch, n_mvm) / seconds / 1e12 / arch.chip.n_tiles
    density = tops_per_core / core_area_mm2(arch)
    assert density == pytest.approx(1.59, rel=0.05)
    assert density == pytest.approx(1.59, rel=0.01)  # the calibration


def test_report_round_trip_includes_area(tmp_path: Path) -> None:
    from aimcsim.report.result import RunResult, make_summary

    assert "area_mm2" in SUMMARY_KEYS
    arch = load_arch(preset="tiny")
    area = area_breakdown(arch)
    assert tuple(area.columns) == AREA_COLUMNS
    layers = pd.DataFrame(
        {"layer": [], "start_cycle": [], "end_cycle": [], "rel_error": []}, dtype=float
    )
    energy = pd.DataFrame({"action": [], "energy_pj": [], "layer": []})
    summary = make_summary(layers, energy, 10, 1.0, area_mm2=float(area["area_mm2"].sum()))
    result = RunResult(
        meta={}, layers=None, energy=None, components=None, summary=summary, area=area
    )
    write_report(result, tmp_path / "r", figures=True)
    text = (tmp_path / "r" / "area.csv").read_text(encoding="utf-8")
    assert text.splitlines()[0] == "kind,count,area_mm2,source"
    back = read_report(tmp_path / "r")
    assert back.area is not None
    pd.testing.assert_frame_equal(back.area, result.area)
    assert back.summary["area_mm2"] == pytest.approx(chip_area_mm2(arch))
    html = (tmp_path / "r" / "report.html").read_text(encoding="utf-8")
    assert 'id="area"' in html and "xbar" in html


def test_sweep_csv_has_area_and_area_keys_need_no_simulation(tmp_path: Path) -> None:
    calls = []

    def counting(overrides: list[str], seed: int) -> dict[str, Any]:
        calls.append(tuple(overrides))
        return timing_evaluate("streaming-mvm", "tiny", None, 2, overrides, seed)

    df = run_sweep(
        "streaming-mvm",
        ["tile.crossbar.per_tile=1,2", "area.adc=0,1000000"],
        tmp_path / "s",
        preset="tiny",
        evaluate=counting,
        evaluator_id="area-test",
        plot=False,
    )
    assert "area_mm2" in METRIC_COLUMNS and "area_mm2" in df.columns
    assert len(calls) == 2  # area keys re-cost, they do not re-simulate
    arch1 = load_arch(preset="tiny", overrides=["tile.crossbar.per_tile=1"])
    table = builtin_table("generic-pcm")
    base = df[(df["tile.crossbar.per_tile"] == 1)].set_index("area.adc")["area_mm2"]
    no_adc = (
        chip_area_mm2(arch1, table)
        - area_breakdown(arch1, table).set_index("kind").loc["adc", "area_mm2"]
    )
    assert base[0] == pytest.approx(no_adc)
    assert base[1000000] - base[0] == pytest.approx(arch1.chip.n_tiles * 1.0)
    two = df[(df["tile.crossbar.per_tile"] == 2) & (df["area.adc"] == 0)]["area_mm2"].iloc[0]
    assert two > base[0]


def test_area_cli(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["area", "--preset", "hermes"]) == 0
    out = capsys.readouterr().out
    assert "xbar" in out and "Khaddam-Aljameh" in out and "0.61981 mm^2" in out
    assert cli.main(["energy", "show", "--preset", "puma"]) == 0
    assert "um2_per_adc_step" in capsys.readouterr().out
