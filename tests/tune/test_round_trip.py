"""A tuned settings file round-trips: ``compile --layer-settings`` then ``run`` give the
top-1 and latency that ``tune`` reported for its best table."""

from __future__ import annotations

import json
from pathlib import Path

import aimcsim
from aimcsim.cli import main

CNN = Path(__file__).resolve().parents[2] / "workloads" / "cnn-digits"


def test_tuned_file_compiles_and_runs_to_the_reported_figures(tmp_path: Path) -> None:
    space = tmp_path / "space.toml"
    space.write_text("version = 1\n[default]\ninput_bits = [5, 6]\ncopies = []\n")
    tuned = tmp_path / "tuned"
    args = ["-q", "tune", str(CNN), "--preset", "yu2025-rram", "--trials", "3", "--batch", "3"]
    assert (
        main([*args, "--n-samples", "32", "--space", str(space), "--no-plot", "-o", str(tuned)])
        == 0
    )
    settings = tuned / "layer_settings.toml"
    assert "input_bits = 5" in settings.read_text() or "input_bits = 6" in settings.read_text()

    workload = tmp_path / "wl"
    assert (
        main(
            [
                "-q",
                "compile",
                str(CNN / "model.onnx"),
                "--preset",
                "yu2025-rram",
                "--samples",
                str(CNN / "tensors.npz"),
                "--layer-settings",
                str(settings),
                "-o",
                str(workload),
            ]
        )
        == 0
    )
    summary = json.loads((tuned / "tune.json").read_text())["after"]
    run = aimcsim.simulate(str(workload), seed=0).summary
    assert run["top1"] == summary["accuracy"][0]["top1_mean"]
    assert run["inference_ns"] == summary["latency_ns"]
