"""``aimcsim tune`` end to end on a small problem: the outputs, resuming a study, refusing a
study of another problem, and the same trials whatever the executor."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from aimcsim.cli import main
from aimcsim.compiler.layer_settings import load_layer_settings

ROOT = Path(__file__).resolve().parents[2]
MLP = str(ROOT / "workloads" / "mlp-digits")


def _tune(out: Path, *extra: str) -> int:
    return main(
        [
            "-q",
            "tune",
            MLP,
            "--preset",
            "tiny",
            "--n-samples",
            "64",
            "--batch",
            "2",
            "-o",
            str(out),
            *extra,
        ]
    )


def test_outputs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    assert _tune(out, "--trials", "2", "--t-inference", "0,1d") == 0
    printed = capsys.readouterr().out
    assert "network top1 at t = 86400 s" in printed and "fc1" in printed
    names = {p.name for p in out.iterdir()}
    expected = {"layer_settings.toml", "trials.csv", "before_after.csv", "pareto.png", "tune.json"}
    assert expected <= names
    trials = pd.read_csv(out / "trials.csv")
    assert list(trials["trial"]) == [0, 1]
    assert {"top1_t0s", "top1_t86400s", "latency_ns", "energy_pj", "seed", "pareto"} <= set(trials)
    summary = json.loads((out / "tune.json").read_text())
    table = load_layer_settings(out / "layer_settings.toml")
    assert summary["best_settings"] == {n: s.set_keys() for n, s in table.layers.items()}
    assert summary["budget"]["max_latency_ns"] == summary["default_scores"]["latency_ns"]
    ba = pd.read_csv(out / "before_after.csv")
    assert set(ba[ba["scope"] == "network"]["metric"]) >= {"top1", "latency_ns"}
    # a second run replaces the earlier output
    assert _tune(out, "--trials", "2", "--t-inference", "0,1d") == 0


def test_resume_and_refusal(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    storage = f"sqlite:///{tmp_path / 'study.db'}"
    out = tmp_path / "out"
    assert _tune(out, "--trials", "2", "--storage", storage) == 0
    trials = pd.read_csv(out / "trials.csv")
    # the same study continues: one more trial, the first two unchanged
    assert _tune(out, "--trials", "3", "--storage", storage) == 0
    resumed = pd.read_csv(out / "trials.csv")
    assert list(resumed["trial"]) == [0, 1, 2]
    kept = ["pareto", "best"]
    pd.testing.assert_frame_equal(resumed.iloc[:2].drop(columns=kept), trials.drop(columns=kept))
    # another problem in the same study is refused (exit 2), the outputs left as they were
    before = (out / "trials.csv").read_bytes()
    assert _tune(out, "--trials", "4", "--storage", storage, "--t-inference", "1h") == 2
    assert "--study 'aimcsim-tune'" in capsys.readouterr().err
    assert (out / "trials.csv").read_bytes() == before


def test_same_trials_serial_and_on_processes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import aimcsim.evaluation

    pools: list[object] = []

    class CountedPool(aimcsim.evaluation.ProcessPoolExecutor):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)  # type: ignore[arg-type]
            pools.append(self)

    monkeypatch.setattr(aimcsim.evaluation, "ProcessPoolExecutor", CountedPool)
    assert _tune(tmp_path / "serial", "--trials", "4", "--no-plot") == 0
    assert (
        _tune(
            tmp_path / "procs",
            "--trials",
            "4",
            "--no-plot",
            "--executor",
            "processes",
            "--workers",
            "2",
        )
        == 0
    )
    for name in ("trials.csv", "before_after.csv", "layer_settings.toml", "tune.json"):
        assert (tmp_path / "serial" / name).read_bytes() == (tmp_path / "procs" / name).read_bytes()
    # the baseline, two batches of trials and the before/after run share one pool
    assert len(pools) == 1


def test_repeats_score_every_candidate_on_several_programmings(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert _tune(out, "--trials", "2", "--repeats", "2") == 0
    summary = json.loads((out / "tune.json").read_text())
    assert summary["repeats"] == 2
    # the figures are means over two programmings: a std exists only with repeats
    assert all(a["top1_std"] is not None for a in summary["after"]["accuracy"])
