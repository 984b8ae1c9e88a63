"""Common random numbers and repeats: noise depends on the root seed only, each row records
its seed, and ``aimcsim run --seed S --set ...`` reproduces a row exactly."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from aimcsim.cli import main as cli_main
from aimcsim.seeds import repeat_seed

from .conftest import MLP_DIGITS

N = "120"


def _read(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, keep_default_na=False, na_values=[""])


def _sweep(out: Path, *args: str) -> pd.DataFrame:
    argv = ["sweep", str(MLP_DIGITS), "--n-samples", N, "--no-progress", "--no-plot"]
    assert cli_main([*argv, *args, "-o", str(out)]) == 0
    return _read(out / "sweep.csv")


def _run_summary(capsys: pytest.CaptureFixture[str], *args: str) -> dict[str, float]:
    capsys.readouterr()
    argv = ["run", str(MLP_DIGITS), "--samples", N, "--no-report", "--json", *args]
    assert cli_main(argv) == 0
    summary: dict[str, float] = json.loads(capsys.readouterr().out)["summary"]
    return summary


def test_clock_frequency_does_not_change_accuracy(tmp_path: Path) -> None:
    """Two points that differ only in the clock get the same noise: identical accuracy."""
    df = _sweep(tmp_path, "--grid", "chip.clock_mhz=500,1000")
    assert df["seed"].tolist() == [0, 0]
    assert df["top1"].iloc[0] == df["top1"].iloc[1]
    assert df["mean_rel_error"].iloc[0] == df["mean_rel_error"].iloc[1]
    assert df["inference_ns"].iloc[0] > df["inference_ns"].iloc[1]  # they do differ


def test_run_with_a_rows_seed_reproduces_the_row(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    df = _sweep(tmp_path, "--grid", "tile.adc.bits=6,8", "--seed", "11")
    for row in df.itertuples():
        summary = _run_summary(capsys, "--seed", str(row.seed), "--set", f"tile.adc.bits={row[2]}")
        assert summary["top1"] == row.top1
        assert summary["mean_rel_error"] == row.mean_rel_error
        assert summary["inference_energy_pj"] == pytest.approx(row.inference_energy_pj)
    assert df["mean_rel_error"].iloc[0] != df["mean_rel_error"].iloc[1]


def test_repeats_report_mean_and_std_and_every_repeat_is_reproducible(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    df = _sweep(tmp_path / "r", "--grid", "tile.adc.bits=6", "--seed", "4", "--repeats", "3")
    single = _sweep(tmp_path / "s", "--grid", "tile.adc.bits=6", "--seed", "4")
    row = df.iloc[0]
    assert row["seed"] == 4 and row["top1"] == single["top1"].iloc[0]  # repeat 0 is --seed
    tidy = _read(tmp_path / "r" / "points.csv")
    assert tidy["seed"].tolist() == [4, repeat_seed(4, 1), repeat_seed(4, 2)]
    assert tidy["repeat"].tolist() == [0, 1, 2]
    errors = tidy["mean_rel_error"]
    assert row["mean_rel_error_mean"] == pytest.approx(errors.mean())
    assert row["mean_rel_error_std"] == pytest.approx(errors.std(ddof=1)) and errors.std() > 0
    assert row["top1_mean"] == pytest.approx(tidy["top1"].mean())
    summary = _run_summary(capsys, "--seed", str(tidy["seed"].iloc[2]), "--set", "tile.adc.bits=6")
    assert summary["mean_rel_error"] == errors.iloc[2]
    repeated = _run_summary(capsys, "--seed", "4", "--repeats", "3", "--set", "tile.adc.bits=6")
    assert repeated["mean_rel_error_mean"] == pytest.approx(row["mean_rel_error_mean"])
    assert repeated["top1_std"] == pytest.approx(row["top1_std"])
    assert repeated["top1"] == row["top1"]


def _exit_code(argv: list[str]) -> int:
    """The CLI's exit code, whether it returns it or argparse exits with it."""
    try:
        return cli_main(argv)
    except SystemExit as exc:
        return int(exc.code or 0)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--repeats", "1001"], "--repeats 1001: must be between 1 and 1000"),
        (["--repeats", "0"], "argument --repeats: a count must be in [1,"),
        (["--seed", "-1"], "argument --seed: a seed must be in [0,"),
    ],
)
def test_bad_repeats_and_seeds_are_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    argv = ["sweep", str(MLP_DIGITS), "--grid", "tile.adc.bits=6", "-o", str(tmp_path / "o")]
    assert _exit_code([*argv, *args]) == 2
    assert message in capsys.readouterr().err
    assert _exit_code(["run", str(MLP_DIGITS), "--no-report", *args]) == 2
    assert args[0].lstrip("-") in capsys.readouterr().err
    assert not (tmp_path / "o").exists()
