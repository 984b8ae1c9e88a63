"""trials.csv, the Pareto front over feasible trials, and the before/after table."""

from __future__ import annotations

import math

import pandas as pd

from aimcsim.tune.metrics import Scores
from aimcsim.tune.space import Knob, SearchSpace
from aimcsim.tune.study import Finished
from aimcsim.tune.tables import (
    before_after_table,
    format_before_after,
    pareto_front,
    time_label,
    trials_table,
)

SPACE = SearchSpace((Knob("fc", "input_bits", (4, 8)),))


def _trial(n, error, latency, energy, feasible=True, failure=""):
    s = Scores(error, latency, energy, (0.0, 3600.0), (1 - error, 1 - error), (0.1, 0.2), failure)
    return Finished(n, {"fc.input_bits": 4 + n % 2 * 4}, s, feasible)


def test_front_holds_only_feasible_non_dominated_trials() -> None:
    trials = [
        _trial(0, 0.10, 100.0, 10.0),
        _trial(1, 0.05, 200.0, 10.0),
        _trial(2, 0.10, 150.0, 10.0),  # dominated by 0
        _trial(3, 0.01, 50.0, 5.0, feasible=False),  # best of all, but over budget
        _trial(4, math.nan, math.nan, math.nan, feasible=False, failure="refused"),
    ]
    assert pareto_front(trials).tolist() == [True, True, False, False, False]


def test_trials_table_columns() -> None:
    trials = [_trial(0, 0.1, 100.0, 10.0), _trial(1, 0.2, 90.0, 9.0)]
    df = trials_table(trials, SPACE, pareto_front(trials), trials[0], seed=7)
    assert list(df.columns) == [
        "trial", "fc.input_bits", "error", "top1_t0s", "mean_rel_error_t0s", "top1_t3600s",
        "mean_rel_error_t3600s", "latency_ns", "energy_pj", "feasible", "pareto", "best",
        "seed", "failure",
    ]  # fmt: skip
    assert df["best"].tolist() == [True, False] and set(df["seed"]) == {7}
    assert time_label(86400.0) == "86400s"


def _result(top1, rel_fc, latency):
    return {
        "latency_ns": latency,
        "energy_per_inference_pj": 2.0 * latency,
        "layers": [
            {"layer_name": "fc", "latency_cycles": latency, "energy_pj": 1.0},
            {"layer_name": "relu", "latency_cycles": 3, "energy_pj": 0.5},
        ],
        "layer_errors": [{"layer_name": "fc", "rel_error": rel_fc}],
        "accuracy": [
            {"t_inference_s": 0.0, "top1_mean": top1, "mean_rel_error_mean": rel_fc},
        ],
    }


def test_before_after_is_tidy_and_printable() -> None:
    df = before_after_table(_result(0.9, 0.2, 100), _result(0.95, 0.1, 80))
    row = df[(df["scope"] == "fc") & (df["metric"] == "rel_error")].iloc[0]
    assert (row["before"], row["after"]) == (0.2, 0.1)
    assert row["change"] == -0.1 or abs(row["change"] + 0.1) < 1e-12
    top1 = df[(df["scope"] == "network") & (df["metric"] == "top1")].iloc[0]
    assert top1["t_inference_s"] == 0.0 and top1["after"] == 0.95
    assert pd.isna(df[df["metric"] == "latency_ns"].iloc[0]["t_inference_s"])
    text = format_before_after(df)
    assert "fc" in text and "network top1 at t = 0 s: 90.00 % -> 95.00 %" in text
    assert "relu" in text  # a digital layer: latency and energy, no error
