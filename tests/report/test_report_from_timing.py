"""A real run: the shipped mlp-digits workload through aimcsim.simulate -> report directory."""

from __future__ import annotations

from pathlib import Path

import pytest

from aimcsim.config.loader import load_arch
from aimcsim.energy import LEAKAGE_LAYER
from aimcsim.report import LAYER_COLUMNS, read_report, write_report

WORKLOAD = Path(__file__).resolve().parents[2] / "workloads" / "mlp-digits"


def test_mlp_digits_report(tmp_path: Path) -> None:
    if not (WORKLOAD / "program.bin").exists():
        pytest.skip("mlp-digits workload not built")
    simulate = pytest.importorskip("aimcsim.simulation").simulate
    arch = load_arch(preset="tiny")
    result = simulate(WORKLOAD, arch, seed=0, n_samples=32, trace=True, t_inference_s=(1.0, 3600.0))
    assert tuple(result.layers.columns) == LAYER_COLUMNS
    assert result.meta["energy_table"]["name"] == "generic-pcm"
    assert len(result.meta["energy_table"]["sha256"]) == 64
    by_layer = result.energy.groupby("layer")["energy_pj"].sum()
    assert by_layer.sum() == pytest.approx(result.summary["energy_pj"])
    assert LEAKAGE_LAYER in by_layer.index
    fc1 = result.layers[result.layers["layer_name"] == "fc1"].iloc[0]
    assert fc1["n_tiles"] >= 1 and fc1["energy_pj"] > 0 and fc1["rel_error"] > 0
    out = write_report(result, tmp_path / "run")
    back = read_report(out)
    assert back.summary == result.summary and result.trace_events
    assert back.accuracy_vs_time is not None and len(back.accuracy_vs_time) == 2
    assert (out / "figures" / "accuracy_vs_time.png").exists()
