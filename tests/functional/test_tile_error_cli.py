"""The ``tile-error`` subcommand, driven through its own parser (no other commands needed)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np
import pytest

from aimcsim.commands import tile_error as cli
from aimcsim.errors import ConfigError
from aimcsim.units import parse_times


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser()
    cli.add_parsers(p.add_subparsers())
    return p


def test_parse_times() -> None:
    assert parse_times("0,60,1h,1d") == [0.0, 60.0, 3600.0, 86400.0]
    with pytest.raises(ConfigError, match="2x"):
        parse_times("1,2x")


@pytest.fixture
def reference_files(tmp_path: Path) -> Path:
    """W.npy and X.npy of noise-model.md 6.1 (the aihwkit reference set) in tmp_path."""
    w = np.random.default_rng(1234).standard_normal((256, 256)).astype(np.float32)
    w /= np.abs(w).max()
    x = np.random.default_rng(5678).standard_normal((1000, 256)).astype(np.float32)
    np.save(tmp_path / "W.npy", w)
    np.save(tmp_path / "X.npy", x)
    return tmp_path


def test_tile_error_cli_pcm_row(reference_files: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The aihwkit pcm_only row through the CLI path (preset + --set), 3 repeats."""
    args = _parser().parse_args(
        [
            "tile-error",
            "--weights",
            str(reference_files / "W.npy"),
            "--inputs",
            str(reference_files / "X.npy"),
            "--preset",
            "aihwkit-default",
            "--set",
            "io.is_perfect=true",
            "--t-inference",
            "0,1h",
            "--repeats",
            "3",
            "--json",
        ]
    )
    assert args.func(args) == 0
    res = json.loads(capsys.readouterr().out)
    t0, t1 = res["times"]
    assert abs(t0["rel_err_mean"] - 0.1388) / 0.1388 < 0.03
    assert abs(t1["rel_err_mean"] - 0.1579) / 0.1579 < 0.03
    assert abs(t1["alpha_mean"] - 1.3046) / 1.3046 < 0.005


IO_ROWS = {
    # row: (--set overrides on the aihwkit-default preset, aihwkit mean error; noise-model.md 6.2)
    "dac_adc_8bit": (
        ["tile.dac.bits=8", "tile.adc.bits=8", "io.out_bound=10", "io.out_noise=0"],
        0.0205,
    ),
    "out_noise_0.04": (
        ["io.dac_quantize=false", "io.adc_quantize=false", "io.out_bound=0", "io.out_noise=0.04"],
        0.0337,
    ),
    "io_standard": (
        ["tile.dac.bits=8", "tile.adc.bits=8", "io.out_bound=10", "io.out_noise=0.04"],
        0.0393,
    ),
}


@pytest.mark.parametrize("row", sorted(IO_ROWS))
def test_tile_error_cli_io_rows(
    row: str, reference_files: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The aihwkit IO-only rows through the CLI, within the 2 % tolerance of noise-model.md."""
    overrides, expected = IO_ROWS[row]
    argv = [
        "tile-error",
        "--weights",
        str(reference_files / "W.npy"),
        "--inputs",
        str(reference_files / "X.npy"),
        "--preset",
        "aihwkit-default",
        "--set",
        "noise.model=ideal",
        "--set",
        "noise.drift_compensation=none",
        "--json",
    ]
    for item in overrides:
        argv += ["--set", item]
    args = _parser().parse_args(argv)
    assert args.func(args) == 0
    mean = json.loads(capsys.readouterr().out)["times"][0]["rel_err_mean"]
    assert abs(mean - expected) / expected < 0.02, (row, mean)
