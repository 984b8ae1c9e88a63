"""Pareto fronts over named objectives, and the tidy table of every evaluated point."""

from __future__ import annotations

import functools
import math
import tempfile
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from aimcsim.sweep import OBJECTIVES, SweepError, parse_objectives, run_sweep, timing_evaluate
from aimcsim.sweep.pareto import front

from .conftest import MLP_DIGITS

METRIC = st.one_of(st.floats(-5, 5, allow_nan=False), st.just(np.nan), st.sampled_from([0.0, 1.0]))


def _dominates(a: np.ndarray, b: np.ndarray, maximise: list[bool]) -> bool:
    better_eq = all((x >= y) if up else (x <= y) for x, y, up in zip(a, b, maximise, strict=True))
    better = any((x > y) if up else (x < y) for x, y, up in zip(a, b, maximise, strict=True))
    return better_eq and better


@given(
    table=st.integers(1, 4).flatmap(
        lambda k: arrays(float, st.tuples(st.integers(0, 12), st.just(k)), elements=METRIC)
    ),
    data=st.data(),
)
@settings(max_examples=200, deadline=None)
def test_no_point_on_the_front_is_beaten_on_every_objective(table: np.ndarray, data: Any) -> None:
    names = data.draw(
        st.lists(
            st.sampled_from(["latency", "energy", "error", "top1", "area"]),
            min_size=table.shape[1],
            max_size=table.shape[1],
            unique=True,
        )
    )
    objectives = parse_objectives(names, values=True)
    df = pd.DataFrame(table, columns=[o.column for o in objectives])
    mask = front(df, objectives, repeats=1)
    maximise = [o.maximise for o in objectives]
    finite = np.isfinite(table).all(axis=1)
    for i in range(len(table)):
        beaten = any(
            _dominates(table[j], table[i], maximise) for j in range(len(table)) if finite[j]
        )
        assert mask[i] == (finite[i] and not beaten)


def test_objective_names_are_checked() -> None:
    assert [o.name for o in parse_objectives(None, values=True)] == ["latency", "energy", "error"]
    assert [o.name for o in parse_objectives(None, values=False)] == ["latency", "energy"]
    assert parse_objectives("top1, area", values=True) == [OBJECTIVES["top1"], OBJECTIVES["area"]]
    with pytest.raises(SweepError, match="unknown objective 'energi'; did you mean 'energy'"):
        parse_objectives("latency,energi", values=True)
    with pytest.raises(SweepError, match="'error' needs the value model"):
        parse_objectives("latency,error", values=False)
    with pytest.raises(SweepError, match="given twice"):
        parse_objectives("area,area", values=True)
    with pytest.raises(SweepError, match="name at least one"):
        parse_objectives(" , ", values=True)


def test_low_precision_points_leave_the_front_when_error_counts(tmp_path: Path) -> None:
    """A 4-bit ADC is fast and cheap but inaccurate: on a latency-energy front alone it may
    sit there, with the default objectives (error included) it must not be beaten by a
    point that is better in every one of them."""
    kw: dict[str, Any] = {"n_samples": 48, "plot": False}
    grid = ["tile.adc.bits=4,8", "tile.adc.conversion_cycles=1,4"]
    df = run_sweep(str(MLP_DIGITS), grid, tmp_path / "a", **kw)
    costs = df[["inference_ns", "inference_energy_pj", "mean_rel_error"]].to_numpy(float)
    for i in np.flatnonzero(df["pareto"]):
        assert not any(
            (costs[j] <= costs[i]).all() and (costs[j] < costs[i]).any() for j in range(len(df))
        )
    accurate = df[df["tile.adc.bits"] == 8]
    assert accurate["pareto"].any()  # the 8-bit points are not dominated on error
    only_speed = run_sweep(str(MLP_DIGITS), grid, tmp_path / "b", objectives="latency,energy", **kw)
    assert only_speed["pareto"].sum() <= df["pareto"].sum()


def test_points_table_is_tidy_and_parquet_matches(tmp_path: Path) -> None:
    evaluate = functools.partial(timing_evaluate, "streaming-mvm", "tiny", None, 2)
    df = run_sweep(
        "streaming-mvm",
        ["tile.adc.count=16,64", "energy.adc.convert=0.5,1.5"],
        tmp_path,
        preset="tiny",
        evaluate=evaluate,
        evaluator_id="s2",
        plot=False,
    )
    tidy = pd.read_csv(tmp_path / "points.csv", keep_default_na=False, na_values=[""])
    assert tidy.columns[:5].tolist() == [
        "point",
        "repeat",
        "seed",
        "tile.adc.count",
        "energy.adc.convert",
    ]
    assert "pareto" not in tidy and len(tidy) == len(df) == 4
    assert tidy["energy_pj"].tolist() == pytest.approx(df["energy_pj"].tolist())
    pytest.importorskip("pyarrow")
    parquet = pd.read_parquet(tmp_path / "points.parquet")
    tidy["error"] = tidy["error"].astype(object).fillna("")  # an empty cell reads as NaN
    pd.testing.assert_frame_equal(parquet, tidy, check_dtype=False)


def test_unmeasured_named_objective_is_dropped_with_a_warning(tmp_path: Path) -> None:
    evaluate = functools.partial(timing_evaluate, "streaming-mvm", "tiny", None, 2)
    warnings: list[str] = []
    df = run_sweep(
        "streaming-mvm",
        ["tile.adc.count=16,64"],
        tmp_path,
        preset="tiny",
        evaluate=evaluate,
        evaluator_id="s2",
        objectives="latency,error",
        plot=False,
        warn=warnings.append,
    )
    assert warnings == ["objective 'error' has no value at any point; the front ignores it"]
    assert df["pareto"].sum() == 1


# A sweep with values evaluated: metrics drawn per point (NaN or a failure at some), the
# front read back from sweep.csv as a user would.
POINT_METRICS = st.one_of(
    st.tuples(
        st.sampled_from([1.0, 2.0, 3.0]) | st.floats(0.5, 4.0),  # latency, ties likely
        st.sampled_from([10.0, 20.0]) | st.floats(5.0, 30.0),  # energy
        st.sampled_from([0.1, 0.2]) | st.floats(0.0, 1.0) | st.just(math.nan),  # error
    ),
    st.just("failed"),
)


class _Drawn:
    """A serial evaluator returning the drawn metrics of point ``chip.clock_mhz=i``."""

    def __init__(self, metrics: list[Any]) -> None:
        self.metrics = metrics

    def __call__(self, overrides: list[str], seed: int) -> dict[str, Any]:
        clock = next(o.split("=")[1] for o in overrides if o.startswith("chip.clock_mhz="))
        drawn = self.metrics[int(float(clock)) - 1]
        if drawn == "failed":
            return {"error": "the point failed"}
        latency, energy, error = drawn
        return {
            "total_cycles": 100,
            "latency_ns": latency,
            "inference_ns": latency,
            "inference_energy_pj": energy,
            "energy_pj": energy,
            "mean_rel_error": error,
            "top1": 0.5,
        }


@given(metrics=st.lists(POINT_METRICS, min_size=1, max_size=12))
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_sweep_front_with_values_is_never_beaten_on_latency_energy_and_error(
    metrics: list[Any],
) -> None:
    counts = ",".join(str(i) for i in range(1, len(metrics) + 1))
    with tempfile.TemporaryDirectory() as tmp:
        run_sweep(
            "streaming-mvm",
            [f"chip.clock_mhz={counts}"],
            Path(tmp) / "out",
            preset="tiny",
            evaluate=_Drawn(metrics),
            evaluator_id="drawn",
            plot=False,
        )
        df = pd.read_csv(Path(tmp) / "out" / "sweep.csv", dtype={"error": str})
    columns = ["inference_ns", "inference_energy_pj", "mean_rel_error"]
    if df["mean_rel_error"].isna().all():  # no value measured anywhere: error is left out
        columns.pop()
    costs = df[columns].to_numpy(float)
    on_front = df["pareto"].to_numpy(bool)
    valid = np.isfinite(costs).all(axis=1) & df["error"].isna().to_numpy()
    assert not (on_front & ~valid).any()  # NaN and failed points never on the front
    for i in np.flatnonzero(on_front):
        beaten = (costs[valid] <= costs[i]).all(axis=1) & (costs[valid] < costs[i]).any(axis=1)
        assert not beaten.any()
    for i in np.flatnonzero(valid & ~on_front):  # and every point off it is beaten
        beaten = (costs[valid] <= costs[i]).all(axis=1) & (costs[valid] < costs[i]).any(axis=1)
        assert beaten.any()
