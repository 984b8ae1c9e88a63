"""Regression: shipped workloads against golden per-layer results.

Cycle counts and action counts must match exactly; energies and accuracy metrics to a tight
relative tolerance (floating-point summation order may differ between BLAS builds). After an
intended change, regenerate with ``AIMCSIM_REGEN_GOLDEN=1 pytest tests/regression`` and
review the diff of ``tests/regression/golden/`` like code.
"""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from aimcsim.config import load_arch
from aimcsim.simulation import simulate
from aimcsim.workload import load_workload

REPO = Path(__file__).resolve().parents[2]
GOLDEN = Path(__file__).resolve().parent / "golden"
REGEN = os.environ.get("AIMCSIM_REGEN_GOLDEN") == "1"
EXACT = ["layer", "n_tiles", "start_cycle", "end_cycle", "latency_cycles", "busy_cycles"]
CLOSE = ["latency_ns", "energy_pj", "rel_error", "snr_db", "cosine"]


def _run(name: str, seed: int = 0) -> pd.DataFrame:
    workload = load_workload(REPO / "workloads" / name)
    preset, overrides = workload.compiled_for()
    arch = load_arch(preset, overrides=overrides)
    result = simulate(workload, arch, seed=seed, n_samples=64)
    layers = result.layers.copy()
    layers["top1"] = result.summary["top1"]
    return layers


@pytest.mark.parametrize("name", ["mlp-digits", "cnn-digits"])
def test_workload_matches_golden(name: str) -> None:
    layers = _run(name)
    golden = GOLDEN / f"{name}.layers.csv"
    if REGEN:
        golden.write_text(layers.to_csv(index=False, lineterminator="\n"), encoding="utf-8")
    expected = pd.read_csv(golden)
    assert list(layers.columns) == list(expected.columns)
    assert layers["layer_name"].tolist() == expected["layer_name"].tolist()
    for col in EXACT:
        assert layers[col].tolist() == expected[col].tolist(), col
    for col in [*CLOSE, "top1"]:
        np.testing.assert_allclose(
            layers[col].to_numpy(float), expected[col].to_numpy(float), rtol=1e-5, err_msg=col
        )


def test_same_seed_same_result_other_seed_other_noise() -> None:
    first, again, other = _run("mlp-digits", 0), _run("mlp-digits", 0), _run("mlp-digits", 1)
    assert first.to_csv(index=False) == again.to_csv(index=False)
    analog = first["kind"] == "dense"
    assert not np.allclose(first.loc[analog, "rel_error"], other.loc[analog, "rel_error"])
    assert first["latency_cycles"].tolist() == other["latency_cycles"].tolist()
