"""aimcsim.evaluate: fidelity tiers, plain picklable results, batches on processes and Dask
that give the same table as serially."""

from __future__ import annotations

import math
import pickle
from pathlib import Path

import pandas as pd
import pytest

import aimcsim
from aimcsim.errors import WorkloadError
from aimcsim.evaluation import EvalTask, evaluate_many

MLP = str(Path(__file__).resolve().parents[2] / "workloads" / "mlp-digits")
TIMING_KEYS = {"latency_ns", "energy_pj", "edap_pj_ns_mm2", "area_mm2", "utilisation", "layers"}


def test_tiers_report_what_they_measure() -> None:
    timing = aimcsim.evaluate(MLP, fidelity="timing")
    assert set(timing) >= TIMING_KEYS and "accuracy" not in timing
    assert timing["latency_ns"] > 0 and 0 < timing["utilisation"] <= 1
    assert timing["edap_pj_ns_mm2"] == pytest.approx(
        timing["energy_per_inference_pj"] * timing["latency_ns"] * timing["area_mm2"]
    )
    assert [la["layer_name"] for la in timing["layers"]] == ["fc1", "relu1", "fc2"]
    assert timing["analog_mac_ratio"] == 1.0  # every MAC of the MLP is on a crossbar

    values = aimcsim.evaluate(
        MLP, fidelity="values", n_samples=64, repeats=3, t_inference_s=[0.0, 86400.0]
    )
    assert "latency_ns" not in values
    acc = values["accuracy"]
    assert [a["t_inference_s"] for a in acc] == [0.0, 86400.0]
    assert all(a["top1_std"] > 0 or a["top1_std"] == 0 for a in acc)
    assert acc[1]["mean_rel_error_mean"] > acc[0]["mean_rel_error_mean"]  # drift
    full = aimcsim.evaluate(
        MLP, fidelity="full", n_samples=64, repeats=3, t_inference_s=[0.0, 86400.0]
    )
    assert full["accuracy"] == acc  # the same noise: root seed and crossbar only
    assert {k: full[k] for k in TIMING_KEYS} == {k: timing[k] for k in TIMING_KEYS}
    assert pickle.loads(pickle.dumps(full)) == full


def test_one_repeat_has_no_std_and_a_model_file_compiles_for_the_chip() -> None:
    one = aimcsim.evaluate(MLP, fidelity="values", n_samples=32)
    assert math.isnan(one["accuracy"][0]["top1_std"])
    onnx = aimcsim.evaluate(Path(MLP) / "model.onnx", "tiny", fidelity="timing")
    assert onnx["latency_ns"] == aimcsim.evaluate(MLP, fidelity="timing")["latency_ns"]
    with pytest.raises(WorkloadError, match="needs an arch"):
        aimcsim.evaluate(Path(MLP) / "model.onnx", fidelity="timing")
    with pytest.raises(WorkloadError, match="fidelity"):
        aimcsim.evaluate(MLP, fidelity="exact")


def _table(results: list[dict]) -> pd.DataFrame:
    rows = [
        {k: v for k, v in r.items() if k not in ("layers", "layer_errors", "tag")} for r in results
    ]
    return pd.DataFrame(rows)


@pytest.mark.parametrize(
    "n", [12, pytest.param(100, marks=pytest.mark.slow, id="100")], ids=lambda n: str(n)
)
def test_evaluations_on_dask_equal_the_serial_table(n: int) -> None:
    """n evaluations (100 in the slow run) on a local Dask cluster of two workers give the
    serial table: the workers compute what this process may have memoised."""
    pytest.importorskip("distributed")
    tasks = [
        EvalTask(
            MLP,
            "tiny",
            (f"chip.clock_mhz={500 + 10 * i}", f"tile.adc.bits={4 + i % 5}"),
            fidelity="timing",
            seed=i,
        )
        for i in range(n)
    ]
    serial = _table(evaluate_many(tasks))
    dask = _table(evaluate_many(tasks, executor="dask", workers=2))
    pd.testing.assert_frame_equal(serial, dask)
    assert serial["latency_ns"].nunique() > 1  # the clock moved the latency


def test_values_batches_agree_across_executors() -> None:
    tasks = [
        EvalTask(
            MLP,
            None,
            (f"tile.adc.bits={b}",),
            fidelity="values",
            n_samples=48,
            t_inference_s=(3600.0,),
        )
        for b in (4, 6, 8)
    ]
    serial = _table(evaluate_many(tasks))
    processes = _table(evaluate_many(tasks, executor="processes", workers=2))
    assert "error" not in serial.columns
    pd.testing.assert_frame_equal(serial, processes)


def test_a_bad_point_is_a_row_with_its_error() -> None:
    [row] = evaluate_many([EvalTask(MLP, "tiny", ("tile.adc.bits=99",), fidelity="timing")])
    assert "tile.adc.bits" in row["error"]


def test_readme_example_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    import re

    repo = Path(MLP).parents[1]
    readme = (repo / "README.md").read_text(encoding="utf-8")
    section = readme.split("`aimcsim.evaluate`", 1)[1]
    code = re.search(r"```python\n(.*?)```", section, flags=re.S)
    assert code
    monkeypatch.chdir(repo)
    namespace: dict = {}
    exec(compile(code.group(1), "README.md", "exec"), namespace)
    assert len(namespace["rows"]) == 6 and all("error" not in r for r in namespace["rows"])


def test_timing_memo_returns_the_fresh_result_per_design_point() -> None:
    from aimcsim import evaluation

    evaluation._TIMING_MEMO.clear()
    fresh = aimcsim.evaluate(MLP, fidelity="timing")
    assert len(evaluation._TIMING_MEMO) == 1
    again = aimcsim.evaluate(MLP, fidelity="timing", seed=7)
    assert {k: v for k, v in again.items() if k != "seed"} == {
        k: v for k, v in fresh.items() if k != "seed"
    }
    again["layers"][0]["latency_cycles"] = -1  # the caller's copy, not the memo's
    assert aimcsim.evaluate(MLP, fidelity="timing")["layers"] == fresh["layers"]
    slower = aimcsim.evaluate(MLP, fidelity="timing", overrides=["chip.clock_mhz=500"])
    assert slower["latency_ns"] > fresh["latency_ns"]
    assert len(evaluation._TIMING_MEMO) == 2
    full = aimcsim.evaluate(MLP, fidelity="full", n_samples=16)
    assert full["latency_ns"] == fresh["latency_ns"] and len(evaluation._TIMING_MEMO) == 2


def test_a_workload_compiled_in_memory_is_not_memoised() -> None:
    from aimcsim import evaluation

    evaluation._TIMING_MEMO.clear()
    model = str(Path(MLP) / "model.onnx")
    first = aimcsim.evaluate(model, "tiny", fidelity="timing")
    assert aimcsim.evaluate(model, "tiny", fidelity="timing") == first
    assert len(evaluation._TIMING_MEMO) == 0
