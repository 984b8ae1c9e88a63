"""``aimcsim search``: the space, the study (deterministic, resumable), the tables."""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pytest

from aimcsim.sweep import SweepError, timing_evaluate
from aimcsim.sweep.pareto import pareto_mask
from aimcsim.sweep.search import SearchOptions, run_search
from aimcsim.sweep.space import corner_values, parse_space

from .conftest import MLP_DIGITS

STREAM = functools.partial(timing_evaluate, "streaming-mvm", "tiny", None, 2)
SPACE = ["tile.adc.count=2,4,8,16,32,64", "chip.clock_mhz=250,500,1000", "tile.adc.bits=4:8:int"]


def _search(out: Path, evaluate: Any = STREAM, **kw: Any) -> pd.DataFrame:
    options = {k: kw.pop(k) for k in ("trials", "batch", "seed", "storage", "study") if k in kw}
    search = SearchOptions(**{"trials": 12, "batch": 4, **options})
    return run_search(
        "streaming-mvm",
        kw.pop("space", SPACE),
        out,
        search,
        preset="tiny",
        evaluate=evaluate,
        evaluator_id="stream-2",
        plot=False,
        **kw,
    )


def _read(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, keep_default_na=False, na_values=[""])


def test_space_specs_become_distributions() -> None:
    space = parse_space(
        ["tile.adc.bits=4:8:int", "chip.clock_mhz=250,500", "io.input_range=0.01:0.1:log"]
    )
    assert [type(d).__name__ for d in space.values()] == [
        "IntDistribution",
        "CategoricalDistribution",
        "FloatDistribution",
    ]
    assert space["io.input_range"].log  # type: ignore[attr-defined]
    assert corner_values(space)[:4] == [
        ("tile.adc.bits", 4),
        ("tile.adc.bits", 8),
        ("chip.clock_mhz", 250),
        ("chip.clock_mhz", 500),
    ]


@pytest.mark.parametrize(
    ("item", "match"),
    [
        ("tile.adc.bits", "expected KEY=LO:HI"),
        ("tile.adc.bits=8:4:int", "low end must be below"),
        ("tile.adc.bits=4:8:integer", "unknown or repeated range flag 'integer'"),
        ("tile.adc.bits=4:8:int:int", "repeated range flag"),
        ("tile.adc.bits=4.5:8:int", "integer ends"),
        ("io.input_range=0:1:log", "log range needs a low end > 0"),
        ("io.input_range=a:1", "range end 'a' is not a finite number"),
        ("io.input_range=nan:1", "not a finite number"),
        ("chip.clock_mhz=250,,500", "an empty value"),
        ("chip.clock_mhz=250,250", "given twice"),
        ("tile.adc.bitz=4:8:int", "did you mean 'tile.adc.bits'"),
        ("compile.n_slot=1:4:int", "did you mean 'compile.n_slots'"),
    ],
)
def test_bad_space_specs_name_the_item(item: str, match: str) -> None:
    with pytest.raises(SweepError, match=match):
        parse_space([item])


def test_same_tables_for_any_executor_and_worker_count(tmp_path: Path) -> None:
    serial = _search(tmp_path / "serial")
    _search(tmp_path / "procs", executor="processes", workers=2)
    for name in ("search.csv", "pareto.csv", "points.csv", "summary.json"):
        assert (tmp_path / "serial" / name).read_bytes() == (tmp_path / "procs" / name).read_bytes()
    assert serial["trial"].tolist() == list(range(12))
    other_seed = _search(tmp_path / "seed1", seed=1)
    assert not serial[SPACE_KEYS].equals(other_seed[SPACE_KEYS])


SPACE_KEYS = [item.partition("=")[0] for item in SPACE]


def test_front_and_tables_agree(tmp_path: Path) -> None:
    df = _search(tmp_path, trials=16, objectives="latency,energy,area")
    table = _read(tmp_path / "search.csv")
    costs = table[["inference_ns", "inference_energy_pj", "area_mm2"]].to_numpy(float)
    assert table["pareto"].tolist() == pareto_mask(costs).tolist() == df["pareto"].tolist()
    front = _read(tmp_path / "pareto.csv")
    assert front["trial"].tolist() == table.loc[table["pareto"], "trial"].tolist()
    summary = json.loads((tmp_path / "summary.json").read_text())
    assert [p["trial"] for p in summary["pareto"]] == front["trial"].tolist()
    assert summary["sampler"] == "nsga2" and summary["trials"] == 16
    assert list(summary["objectives"]) == ["latency", "energy", "area"]
    tidy = _read(tmp_path / "points.csv")
    assert tidy.columns[:3].tolist() == ["trial", "repeat", "seed"]
    assert tidy["energy_pj"].tolist() == pytest.approx(table["energy_pj"].tolist())


def test_nsga2_improves_on_its_first_generation(tmp_path: Path) -> None:
    """The sampler is used: after a random first generation, later trials reach lower
    latency x energy than the first generation did (a 2-objective search over a space where
    more ADCs and a faster clock help)."""
    df = _search(tmp_path, trials=32, batch=8, objectives="latency,energy")
    product = df["inference_ns"] * df["inference_energy_pj"]
    assert product[8:].min() <= product[:8].min()


class _Interrupting:
    """A serial evaluator that raises KeyboardInterrupt at its ``stop_at``-th call and
    counts its calls."""

    def __init__(self, stop_at: int | None) -> None:
        self.calls = 0
        self.stop_at = stop_at

    def __call__(self, overrides: list[str], seed: int) -> dict[str, Any]:
        self.calls += 1
        if self.calls == self.stop_at:
            raise KeyboardInterrupt
        return STREAM(overrides, seed)


def test_interrupted_search_resumes_to_the_same_tables(tmp_path: Path) -> None:
    _search(tmp_path / "whole")
    first = _Interrupting(stop_at=6)
    with pytest.raises(KeyboardInterrupt):
        _search(tmp_path / "cut", evaluate=first)
    (tmp_path / "cut" / "cache").rename(tmp_path / "old-cache")  # no help from the cache
    second = _Interrupting(stop_at=None)
    _search(tmp_path / "cut", evaluate=second)
    assert (tmp_path / "cut" / "search.csv").read_bytes() == (
        tmp_path / "whole" / "search.csv"
    ).read_bytes()
    # Trials 0-3 were finished and kept: only the interrupted batch and the last one ran.
    distinct = len(_read(tmp_path / "whole" / "points.csv").iloc[4:].drop_duplicates(SPACE_KEYS))
    assert second.calls == distinct
    third = _Interrupting(stop_at=1)  # nothing left to do: no evaluation at all
    _search(tmp_path / "cut", evaluate=third)
    assert third.calls == 0


def test_more_trials_continue_the_study(tmp_path: Path) -> None:
    first = _search(tmp_path, trials=8)
    more = _search(tmp_path, trials=12)
    assert len(more) == 12
    kept = more.iloc[:8].drop(columns="pareto")
    pd.testing.assert_frame_equal(kept, first.drop(columns="pareto"))


def test_external_storage_and_study_of_another_search(tmp_path: Path) -> None:
    storage = f"sqlite:///{tmp_path / 'studies.db'}"
    _search(tmp_path / "a", storage=storage, study="s", trials=4)
    assert not (tmp_path / "a" / "study.db").exists()
    with pytest.raises(SweepError, match="belongs to another search: its space was"):
        _search(tmp_path / "b", storage=storage, study="s", trials=4, space=SPACE[:2])
    with pytest.raises(SweepError, match="its objectives was"):
        _search(tmp_path / "c", storage=storage, study="s", trials=4, objectives="latency")
    _search(tmp_path / "d", storage=storage, study="t", trials=4, space=SPACE[:2])


def test_bad_storage_is_refused_untouched(tmp_path: Path) -> None:
    text = tmp_path / "notes.db"
    text.write_text("my notes\n")
    with pytest.raises(SweepError, match="exists and is not an SQLite file"):
        _search(tmp_path / "o", storage=f"sqlite:///{text}")
    assert text.read_text() == "my notes\n"
    with pytest.raises(SweepError, match="expected sqlite:///PATH"):
        _search(tmp_path / "o", storage="postgresql://db/x")
    with pytest.raises(SweepError, match="does not exist"):
        _search(tmp_path / "o", storage=f"sqlite:///{tmp_path / 'no' / 'x.db'}")
    assert not (tmp_path / "o").exists()


def _failing_half(overrides: list[str], seed: int) -> dict[str, Any]:
    result = STREAM(overrides, seed)
    if "chip.clock_mhz=250" in overrides:
        return {"error": "this chip does not exist"}
    if "chip.clock_mhz=500" in overrides:
        result["inference_ns"] = float("nan")  # an objective without a value
    return result


def test_failed_trials_are_rows_and_never_on_the_front(tmp_path: Path) -> None:
    df = _search(tmp_path, evaluate=_failing_half, trials=16, objectives="latency,energy")
    failed = df["chip.clock_mhz"] == 250
    assert failed.any() and (df.loc[failed, "error"] == "this chip does not exist").all()
    assert not df.loc[failed | (df["chip.clock_mhz"] == 500), "pareto"].any()
    assert df["pareto"].any()
    summary = json.loads((tmp_path / "summary.json").read_text())
    assert summary["failed"] == int(failed.sum())


def test_config_values_are_checked_before_work(tmp_path: Path) -> None:
    with pytest.raises(SweepError, match="tile.adc.bits"):
        _search(tmp_path / "o", space=["tile.adc.bits=4,four"])
    with pytest.raises(SweepError, match="unknown objective 'speed'"):
        _search(tmp_path / "o", objectives="speed")
    with pytest.raises(SweepError, match="--sampler 'nsga3': unknown; did you mean 'nsga2'"):
        run_search("streaming-mvm", SPACE, tmp_path / "o", SearchOptions(sampler="nsga3"))
    with pytest.raises(SweepError, match="compile key"):
        run_search(str(MLP_DIGITS), ["compile.n_slots=1:4:int"], tmp_path / "o")
    assert not (tmp_path / "o").exists()


def test_search_of_a_model_over_compile_and_chip_keys(tmp_path: Path) -> None:
    """compile.n_slots changes the program (more pipelined samples, longer span); the
    tables carry the compile key and the crossbars column; values give error and top-1."""
    run_search(
        str(MLP_DIGITS / "model.onnx"),
        ["compile.n_slots=1,4", "tile.adc.bits=4,8"],
        tmp_path,
        SearchOptions(trials=6, batch=3, sampler="random"),
        preset="tiny",
        samples=str(MLP_DIGITS / "tensors.npz"),
        n_samples=16,
        objectives="latency,error,top1",
        plot=False,
    )
    df = _read(tmp_path / "search.csv")
    assert {"compile.n_slots", "crossbars", "top1", "mean_rel_error"} <= set(df.columns)
    assert df["error"].isna().all()
    by_slots = df.groupby("compile.n_slots")["inference_cycles"].min()
    assert by_slots[4] > by_slots[1]
    assert np.isfinite(df["top1"]).all()


def test_readme_search_command_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The command of README 'Searching architectures', with fewer trials and samples."""
    import re
    import shlex

    from aimcsim.cli import main

    repo = MLP_DIGITS.parents[1]
    section = (repo / "README.md").read_text(encoding="utf-8").split("### Searching arch", 1)[1]
    command = re.search(r"```\n(aimcsim search .*?)```", section, flags=re.S)
    assert command
    args = shlex.split(command.group(1).replace("\\\n", " "))[1:]
    args[args.index("--trials") + 1] = "3"
    args[args.index("--n-samples") + 1] = "16"
    args[args.index("-o") + 1] = str(tmp_path / "out")
    monkeypatch.chdir(repo)
    assert main([*args, "--batch", "3", "--no-plot", "--no-progress"]) == 0
    assert len(_read(tmp_path / "out" / "search.csv")) == 3
