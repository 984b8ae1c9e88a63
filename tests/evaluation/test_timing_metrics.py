"""The timing tier of ``evaluate`` (numpy columns, no tables) gives the report path's figures:
the summary of ``simulate`` (``run.json``) and its layer table (``layers.csv``)."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

import aimcsim
from aimcsim.simulation import chip_of, simulate
from aimcsim.workload import Workload, load_workload

WORKLOADS = Path(__file__).resolve().parents[2] / "workloads"

CONFIGS = {
    "own chip": (),
    "flash ADC": ("tile.adc.kind=flash", "tile.adc.conversion_cycles=3"),
    "integrating ADC": ("tile.adc.kind=integrating", "tile.adc.conversion_cycles=40"),
    "750 MHz": ("chip.clock_mhz=750",),
    "one more row of tiles": ("chip.mesh_rows={rows_plus_one}",),
}
"""Overrides on top of each workload's own chip (``{rows_plus_one}``: its mesh rows + 1)."""

REL = 1e-12


def close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return math.isclose(a, b, rel_tol=REL, abs_tol=0.0) or a == b


def overrides_for(workload: Workload, config: str) -> list[str]:
    rows_plus_one = chip_of(workload).chip.mesh_rows + 1
    return [o.format(rows_plus_one=rows_plus_one) for o in CONFIGS[config]]


@pytest.mark.parametrize("config", CONFIGS)
@pytest.mark.parametrize("name", ["mlp-digits", "cnn-digits", "bert-tiny"])
def test_timing_tier_equals_report_figures(name: str, config: str) -> None:
    workload = load_workload(WORKLOADS / name)
    overrides = overrides_for(workload, config)
    arch = chip_of(workload, overrides)
    report = simulate(workload, arch, functional=False)
    s = report.summary
    fast = aimcsim.evaluate(workload, fidelity="timing", overrides=overrides)
    per_inference = s["energy_per_inference_pj"]
    expected = {
        "latency_ns": s["inference_ns"],
        "inferences_per_s": s["inferences_per_s"],
        "energy_pj": s["inference_energy_pj"],
        "energy_per_inference_pj": per_inference,
        "area_mm2": s["area_mm2"],
        "edap_pj_ns_mm2": per_inference * s["inference_ns"] * s["area_mm2"],
        "utilisation": s["mapped_crossbar_fraction"],
        "tops": s["tops"],
        "tops_per_w": s["tops_per_w"],
    }
    for key, value in expected.items():
        assert close(fast[key], value), (key, fast[key], value)
    macs = report.energy.loc[report.energy["action"] == "dpu.mac", "count"].sum()
    analog = s["analog_macs_per_inference"] * s["n_slots"]
    assert close(fast["analog_mac_ratio"], analog / (analog + float(macs)))
    dnn = report.layers[report.layers["layer"] >= 0]
    assert [r["layer"] for r in fast["layers"]] == dnn["layer"].tolist()
    assert [r["layer_name"] for r in fast["layers"]] == dnn["layer_name"].tolist()
    assert [r["kind"] for r in fast["layers"]] == dnn["kind"].tolist()
    assert [r["latency_cycles"] for r in fast["layers"]] == dnn["latency_cycles"].tolist()
    for row, energy_pj in zip(fast["layers"], dnn["energy_pj"], strict=True):
        assert close(row["energy_pj"], float(energy_pj)), (row, energy_pj)


def test_configs_move_the_figures() -> None:
    """The configs above are different design points (the comparison is not vacuous)."""
    workload = load_workload(WORKLOADS / "mlp-digits")
    figures = {
        config: aimcsim.evaluate(
            workload, fidelity="timing", overrides=overrides_for(workload, config)
        )
        for config in CONFIGS
    }
    keys = ("latency_ns", "energy_pj", "area_mm2")
    points = {tuple(f[k] for k in keys) for f in figures.values()}
    assert len(points) == len(CONFIGS)
