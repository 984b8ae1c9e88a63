"""Must show (issue 14): on yu2025-rram with cnn-digits and with the larger cnn-fashion, tune
improves top-1 at t = 0 and at 1 d over the default settings at equal or lower simulated
latency. The full searches are slow; the fast test runs a tiny one, which can never end
worse than the default settings (they are its first trial, and the default budget is their
latency)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from aimcsim.cli import main

WORKLOADS = Path(__file__).resolve().parents[2] / "workloads"
CNN = str(WORKLOADS / "cnn-digits")
FASHION = str(WORKLOADS / "cnn-fashion")


def _tune(out: Path, trials: int, *extra: str, target: str = CNN) -> dict:
    args = ["-q", "tune", target, "--preset", "yu2025-rram", "--t-inference", "0,1d"]
    assert main([*args, "--trials", str(trials), "--no-plot", "-o", str(out), *extra]) == 0
    return json.loads((out / "tune.json").read_text())


def _top1(figures: dict) -> list[float]:
    return [a["top1_mean"] for a in figures["accuracy"]]


def test_tiny_search_is_never_worse_than_the_defaults(tmp_path: Path) -> None:
    s = _tune(tmp_path / "out", 2, "--batch", "2", "--n-samples", "32")
    assert s["after"]["latency_ns"] <= s["before"]["latency_ns"]
    assert s["best_scores"]["error"] <= s["default_scores"]["error"]


@pytest.mark.slow  # the README's search: 96 candidates, about 3 minutes on an idle machine
def test_search_improves_top1_at_0_and_1d_within_the_default_latency(tmp_path: Path) -> None:
    s = _tune(tmp_path / "out", 96, "--executor", "processes", "--workers", "2")
    before, after = _top1(s["before"]), _top1(s["after"])
    assert [a > b for a, b in zip(after, before, strict=True)] == [True, True]
    assert s["after"]["latency_ns"] <= s["before"]["latency_ns"]


@pytest.mark.slow  # a reduced README search: 24 candidates on 250 samples, minutes
def test_fashion_search_improves_top1_at_0_and_1d_within_the_default_latency(
    tmp_path: Path,
) -> None:
    s = _tune(
        tmp_path / "out",
        24,
        "--n-samples",
        "250",
        "--executor",
        "processes",
        "--workers",
        "2",
        target=FASHION,
    )
    before, after = _top1(s["before"]), _top1(s["after"])
    assert [a > b for a, b in zip(after, before, strict=True)] == [True, True]
    assert s["after"]["latency_ns"] <= s["before"]["latency_ns"]
