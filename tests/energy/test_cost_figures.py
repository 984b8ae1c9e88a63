"""The numpy core of the cost figures (aimcsim.energy.figures) on hand-made columns, and
the timing result's numpy columns against its DataFrames."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from aimcsim.energy.figures import (
    dynamic_energy_by_layer_pj,
    energy_totals_pj,
    inference_span_cycles,
    setup_cycles,
    throughput_rates,
)
from aimcsim.simulation import chip_of
from aimcsim.timing import simulate_timing
from aimcsim.workload import load_workload

WORKLOADS = Path(__file__).resolve().parents[2] / "workloads"

LAYER = np.array([-1, 0, 0, 1, -1, -1])
ACTION = np.array(["xbar.program", "xbar.read", "adc.convert", "dpu.mac", "leakage", "leakage"])
ENERGY_PJ = np.array([100.0, 10.0, 5.0, 2.0, 30.0, 10.0])


def test_energy_totals_split_setup_inference_and_leakage() -> None:
    totals = energy_totals_pj(LAYER, ACTION, ENERGY_PJ, inference_cycles=25, total_cycles=100)
    assert totals == {
        "energy_pj": 157.0,
        "dynamic_energy_pj": 117.0,
        "leakage_energy_pj": 40.0,
        "setup_energy_pj": 100.0,
        "inference_energy_pj": 17.0 + 40.0 * 0.25,
    }


def test_dynamic_energy_by_layer_leaves_leakage_out() -> None:
    assert dynamic_energy_by_layer_pj(LAYER, ACTION, ENERGY_PJ) == {-1: 100.0, 0: 15.0, 1: 2.0}


def test_span_and_setup_cycles_leave_the_setup_layer_out() -> None:
    layer, start, end = np.array([-1, 0, 1]), np.array([0, 40, 70]), np.array([900, 80, 120])
    assert inference_span_cycles(layer, start, end, 1000) == 120 - 40
    assert setup_cycles(layer, start, 1000) == 40
    only_setup = np.array([-1])
    assert inference_span_cycles(only_setup, np.array([0]), np.array([9]), 1000) == 1000
    assert setup_cycles(only_setup, np.array([0]), 1000) == 1000


def test_throughput_rates() -> None:
    rates = throughput_rates(4, 2000.0, 800.0, 1000)
    assert rates == pytest.approx(
        {
            "inferences_per_s": 4 / 2e-6,
            "energy_per_inference_pj": 200.0,
            "tops": 8000 / 2e-6 / 1e12,
            "tops_per_w": 8000 / 800e-12 / 1e12,
        },
        rel=1e-15,
    )
    assert set(throughput_rates(None, 2000.0, 800.0, 1000).values()) == {None}
    assert throughput_rates(4, 2000.0, 800.0, None)["tops"] is None
    assert throughput_rates(4, 2000.0, 0.0, 1000)["tops_per_w"] is None


def test_timing_result_columns_equal_its_tables() -> None:
    workload = load_workload(WORKLOADS / "mlp-digits")
    timing = simulate_timing(workload.program, chip_of(workload))
    for columns, frame in (
        (timing.layer_columns(), timing.per_layer),
        (timing.counter_columns(), timing.counters),
        (timing.component_columns(), timing.components),
    ):
        assert list(columns) == list(frame.columns)
        for name, values in columns.items():
            assert values.tolist() == frame[name].tolist(), name
