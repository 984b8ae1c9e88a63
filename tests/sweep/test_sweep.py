"""Sweeps: identical sweep.csv whatever the executor, re-costing, resume, input errors."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import pytest

from aimcsim.cli import main as cli_main
from aimcsim.config import load_arch
from aimcsim.sweep import (
    SweepError,
    make_points,
    pareto_mask,
    parse_grid,
    repeat_seed,
    run_sweep,
    timing_evaluate,
)
from aimcsim.timing import simulate_timing
from aimcsim.workload import load_workload

GRID = ["tile.adc.count=16,32,64", "tile.dac.bits=4,8", "energy.adc.convert=0.5,1.5"]
"""12 points, 6 distinct simulations (energy.adc.convert only re-costs)."""

EVALUATE = functools.partial(timing_evaluate, "streaming-mvm", "tiny", None, 4)


def _sweep(out: Path, **kw: Any) -> str:
    run_sweep(
        "streaming-mvm",
        GRID,
        out,
        preset="tiny",
        evaluate=EVALUATE,
        evaluator_id="stream4",
        plot=False,
        **kw,
    )
    return (out / "sweep.csv").read_text(encoding="utf-8")


def test_same_csv_serial_and_processes(tmp_path: Path) -> None:
    serial = _sweep(tmp_path / "s")
    assert serial.count("\n") == 13
    assert _sweep(tmp_path / "p", executor="processes", workers=2) == serial


@pytest.mark.slow  # ~20 s of worker start-up; test_determinism.py covers Dask quickly
def test_same_csv_on_dask(tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    serial = _sweep(tmp_path / "s")
    assert _sweep(tmp_path / "d", executor="dask", workers=2) == serial


def test_energy_points_are_recosted_and_sweeps_resume(tmp_path: Path) -> None:
    calls: list[list[str]] = []

    def counting(overrides: list[str], seed: int) -> dict[str, Any]:
        calls.append(overrides)
        return EVALUATE(overrides, seed)

    df = run_sweep(
        "streaming-mvm",
        GRID,
        tmp_path,
        preset="tiny",
        evaluate=counting,
        evaluator_id="stream4",
        plot=False,
    )
    assert len(df) == 12 and len(calls) == 6
    cheap, dear = df.iloc[0], df.iloc[1]  # differ only in energy.adc.convert
    assert cheap["total_cycles"] == dear["total_cycles"]
    assert dear["energy_pj"] > cheap["energy_pj"] > 0
    calls.clear()
    again = run_sweep(
        "streaming-mvm", GRID, tmp_path, preset="tiny", evaluate=counting, evaluator_id="stream4"
    )
    assert calls == []  # everything cached
    assert again.equals(df)
    assert (tmp_path / "pareto.png").stat().st_size > 1000


def test_energy_override_changes_energy_linearly(tmp_path: Path) -> None:
    grid = ["energy.adc.convert=1.0,2.0,3.0"]
    df = run_sweep(
        "streaming-mvm",
        grid,
        tmp_path,
        preset="tiny",
        evaluate=EVALUATE,
        evaluator_id="stream4",
        plot=False,
    )
    e = list(df["energy_pj"])
    assert e[2] - e[1] == pytest.approx(e[1] - e[0]) and e[1] > e[0]


def test_seeds_are_common_random_numbers() -> None:
    """Every point's noise comes from the root seed alone (repeat 0 is the root seed), never
    from its config; repeats get distinct seeds derived from the root and the repeat index."""
    grid = parse_grid(["tile.adc.count=16,32", "energy.dpu.op=0.1,0.2"])
    points = make_points(grid, preset="tiny", seed=7, repeats=3)
    assert {p.seeds for p in points} == {(7, repeat_seed(7, 1), repeat_seed(7, 2))}
    assert len(set(points[0].seeds)) == 3
    assert points[0].sim_keys == points[1].sim_keys  # energy-only difference: one simulation
    assert points[0].sim_keys != points[2].sim_keys
    assert make_points(grid, preset="tiny", seed=8)[0].seeds == (8,)


def test_random_points_are_reproducible() -> None:
    grid = parse_grid(["tile.adc.count=4,8,16,32,64", "tile.dac.bits=4,6,8"])
    a = make_points(grid, preset="tiny", random_n=5, seed=3)
    b = make_points(grid, preset="tiny", random_n=5, seed=3)
    assert [p.values for p in a] == [p.values for p in b] and len(a) == 5


@pytest.mark.parametrize(
    ("grid", "match"),
    [
        (["tile.adc.bitz=4,6"], "unknown sweep key 'tile.adc.bitz'; did you mean 'tile.adc.bits'"),
        (["adc.bits=4"], "did you mean 'tile.adc.bits'"),
        (["energy.adc.convrt=1"], "did you mean 'energy.adc.convert'"),
        ([], "empty grid"),
        (["tile.adc.bits="], "no values"),
        (["tile.adc.bits=four"], "sweep point 0"),
        (["energy.adc.convert=lots"], "must be a number"),
        (["energy.table=pumma"], "did you mean 'puma'"),
    ],
)
def test_bad_input_fails_before_work(tmp_path: Path, grid: list[str], match: str) -> None:
    def never(overrides: list[str], seed: int) -> dict[str, Any]:
        raise AssertionError("no work may start")

    with pytest.raises(SweepError, match=match):
        run_sweep("streaming-mvm", grid, tmp_path / "o", preset="tiny", evaluate=never)
    assert not (tmp_path / "o" / "cache").exists()


def test_unreachable_scheduler_fails_before_work(tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    with pytest.raises(SweepError, match="cannot reach the Dask scheduler"):
        run_sweep(
            "streaming-mvm",
            ["tile.adc.bits=4,6"],
            tmp_path,
            preset="tiny",
            executor="dask",
            scheduler="tcp://127.0.0.1:9",
        )
    assert not (tmp_path / "cache").exists()


def test_pareto_mask() -> None:
    import numpy as np

    costs = np.array([[1.0, 3.0], [2.0, 2.0], [3.0, 1.0], [2.0, 3.0], [np.nan, 0.0]])
    assert list(pareto_mask(costs)) == [True, True, True, False, False]


def test_cli_sweep(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:

    rc = cli_main(
        [
            "sweep",
            "streaming-mvm",
            "--preset",
            "tiny",
            "--n-mvm",
            "2",
            "--grid",
            "tile.adc.count=16,64",
            "--no-progress",
            "-o",
            str(tmp_path),
        ]
    )
    assert rc == 0 and "2 points" in capsys.readouterr().out
    assert (tmp_path / "sweep.csv").exists()
    assert (
        cli_main(["sweep", "streaming-mvm", "--grid", "tile.adc.bitz=4", "-o", str(tmp_path)]) == 2
    )
    assert "did you mean" in capsys.readouterr().err


def test_workload_sweep_end_to_end(tmp_path: Path) -> None:
    """The default evaluator of a workload directory: aimcsim.simulate, with accuracy."""
    wl = Path(__file__).resolve().parents[2] / "workloads" / "mlp-digits"
    if not (wl / "program.bin").exists():
        pytest.skip("mlp-digits workload not built")
    pytest.importorskip("aimcsim.simulation")
    df = run_sweep(
        str(wl),
        ["tile.adc.bits=4,8", "energy.table=generic-pcm,puma"],
        tmp_path,
        n_samples=16,
        plot=False,
    )
    assert len(df) == 4 and df["top1"].notna().all() and df["mean_rel_error"].notna().all()
    assert df.loc[0, "mean_rel_error"] > df.loc[2, "mean_rel_error"]  # 4-bit ADC is worse
    assert df.loc[0, "total_cycles"] == df.loc[1, "total_cycles"]  # table only: re-costed
    assert df.loc[0, "energy_pj"] != df.loc[1, "energy_pj"]
    assert len(list((tmp_path / "cache").iterdir())) == 2


def test_unpicklable_evaluator_fails_before_work(tmp_path: Path) -> None:
    def local(overrides: list[str], seed: int) -> dict[str, Any]:
        raise AssertionError("no work may start")

    with pytest.raises(SweepError, match="cannot be sent to worker processes"):
        run_sweep(
            "streaming-mvm",
            ["tile.adc.bits=4,6"],
            tmp_path,
            preset="tiny",
            evaluate=local,
            executor="processes",
            workers=2,
        )


def test_base_overrides_reach_the_simulation(tmp_path: Path) -> None:
    """--set values on top of the grid change what is simulated, not only the costing."""
    grid = ["tile.dac.bits=4,8"]
    plain = run_sweep("streaming-mvm", grid, tmp_path / "a", preset="tiny", n_mvm=2, plot=False)
    slow_adc = run_sweep(
        "streaming-mvm",
        grid,
        tmp_path / "b",
        preset="tiny",
        n_mvm=2,
        plot=False,
        base_overrides=["tile.adc.conversion_cycles=10"],
    )
    assert (slow_adc["total_cycles"] > plain["total_cycles"]).all()


def test_workload_sweep_uses_the_chip_it_was_compiled_for(tmp_path: Path) -> None:
    workload = Path(__file__).resolve().parents[2] / "workloads" / "mlp-digits"
    df = run_sweep(
        str(workload),
        ["tile.adc.bits=8"],
        tmp_path,
        functional=False,
        plot=False,
        progress=False,
    )
    expected = simulate_timing(load_workload(workload).program, load_arch("tiny")).total_cycles
    assert int(df["total_cycles"].iloc[0]) == expected


def test_sweep_at_a_time_after_programming(tmp_path: Path) -> None:
    """Drift over a day raises the error at every point; the two sweeps share no cache entry."""
    workload = str(Path(__file__).resolve().parents[2] / "workloads" / "mlp-digits")
    grid = ["tile.adc.bits=6,8"]
    kw = {"n_samples": 60, "plot": False}
    fresh = run_sweep(workload, grid, tmp_path, **kw)
    day = run_sweep(workload, grid, tmp_path, t_inference_s=86400.0, **kw)
    assert (day["mean_rel_error"] > fresh["mean_rel_error"]).all()
    assert len(list((tmp_path / "cache").glob("*.json"))) == 4
    with pytest.raises(SweepError, match="must be a time >= 0 s"):
        run_sweep(workload, grid, tmp_path / "bad", t_inference_s=-1.0, **kw)


def test_cli_sweep_takes_one_time(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    workload = str(Path(__file__).resolve().parents[2] / "workloads" / "mlp-digits")
    args = ["sweep", workload, "--grid", "tile.adc.bits=8", "-o", str(tmp_path)]
    assert cli_main([*args, "--t-inference", "0,1d"]) == 2
    assert "a sweep takes one time" in capsys.readouterr().err


MLP_DIGITS = Path(__file__).resolve().parents[2] / "workloads" / "mlp-digits"


def test_model_sweep_compiles_for_every_point(tmp_path: Path) -> None:
    """A model file is compiled for each point's chip: crossbar counts follow the crossbar
    size, and each point's cycles are those of compiling and simulating that chip directly."""
    from aimcsim.compiler import compile_model

    model = str(MLP_DIGITS / "model.onnx")
    df = run_sweep(
        model,
        ["tile.crossbar.rows=16,64"],
        tmp_path,
        preset="tiny",
        samples=str(MLP_DIGITS / "tensors.npz"),
        n_samples=32,
        plot=False,
    )
    # 64-64-10 MLP: fc1 (64 in, 64 out) and fc2 (64 in, 10 out), 64 crossbar columns
    assert list(df["crossbars"]) == [4 + 4, 1 + 1]
    assert (df["error"].fillna("") == "").all() and df["top1"].notna().all()
    for row in df.itertuples():
        arch = load_arch("tiny", overrides=[f"tile.crossbar.rows={row[2]}"])
        direct = simulate_timing(compile_model(model, arch).program, arch).total_cycles
        assert int(row.total_cycles) == direct
    assert df.columns[-3:].tolist() == ["area_mm2", "pareto", "error"]


def test_points_that_fail_become_rows(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A chip too small for the model is a row with its error; the other points still run.
    The CLI lists failed points and exits 2 only when every point failed."""
    model = str(MLP_DIGITS / "model.onnx")
    args = ["sweep", model, "--preset", "tiny", "--no-functional", "--no-progress"]
    rc = cli_main(
        [
            *args,
            "--grid",
            "tile.crossbar.rows=16,64",
            "--grid",
            "tile.crossbar.cols=32",
            "-o",
            str(tmp_path / "a"),
        ]
    )
    out = capsys.readouterr()
    assert rc == 0 and "2 points (1 failed)" in out.out
    assert "point 0 failed: the model needs 12 crossbars of 16x32" in out.err
    import pandas as pd

    df = pd.read_csv(tmp_path / "a" / "sweep.csv")
    assert df["total_cycles"].isna().tolist() == [True, False]
    assert df["pareto"].tolist() == [False, True]
    rc = cli_main(
        [
            *args,
            "--grid",
            "tile.crossbar.rows=16",
            "--grid",
            "tile.crossbar.cols=32",
            "-o",
            str(tmp_path / "b"),
        ]
    )
    assert rc == 2


def test_workload_sweep_of_a_mapping_key_says_to_sweep_the_model(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(MLP_DIGITS.parents[1])  # where the manifest's source_model is relative to
    df = run_sweep(
        "workloads/mlp-digits",
        ["tile.crossbar.rows=32,64"],
        tmp_path,
        functional=False,
        plot=False,
    )
    assert "leaves the 32x64 crossbar" in df.loc[0, "error"]
    assert (
        "sweep its model file, which is compiled for every point: aimcsim sweep "
        "workloads/mlp-digits/model.onnx --preset tiny --samples "
        "workloads/mlp-digits/tensors.npz --grid ..." in df.loc[0, "error"]
    )
    assert df.loc[1, "error"] == "" and df.loc[1, "total_cycles"] > 0


@pytest.mark.parametrize(
    ("workload", "kw", "match"),
    [
        ("model.onnx", {}, "needs the chip to compile it for"),
        ("missing.onnx", {"preset": "tiny"}, "model file 'missing.onnx' not found"),
        ("model.onnx", {"preset": "tiny", "samples": "nope.npz"}, "nope.npz: samples not found"),
        ("dir", {"samples": "x.npz"}, "apply to a model file"),
    ],
)
def test_model_sweep_input_errors_before_work(
    tmp_path: Path, workload: str, kw: dict[str, Any], match: str
) -> None:
    target = {"model.onnx": str(MLP_DIGITS / "model.onnx"), "dir": str(MLP_DIGITS)}
    with pytest.raises(SweepError, match=match):
        run_sweep(target.get(workload, workload), ["tile.adc.bits=8"], tmp_path, **kw)
    assert not (tmp_path / "cache").exists()


def test_model_sweep_same_csv_with_worker_processes(tmp_path: Path) -> None:
    """Compiling in the workers changes nothing: byte-identical sweep.csv, noise included."""
    kw: dict[str, Any] = {
        "preset": "tiny",
        "samples": str(MLP_DIGITS / "tensors.npz"),
        "n_samples": 16,
        "plot": False,
    }
    grid = ["tile.crossbar.rows=32,64", "tile.adc.bits=6,8"]
    model = str(MLP_DIGITS / "model.onnx")
    run_sweep(model, grid, tmp_path / "s", **kw)
    run_sweep(model, grid, tmp_path / "p", executor="processes", workers=2, **kw)
    serial = (tmp_path / "s" / "sweep.csv").read_text(encoding="utf-8")
    assert serial == (tmp_path / "p" / "sweep.csv").read_text(encoding="utf-8")
    assert serial.count("\n") == 5
