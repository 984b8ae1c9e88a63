"""The shipped workloads load, and the small ones run functionally with their manifests."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from aimcsim.config.loader import load_arch
from aimcsim.workload import load_workload

ROOT = Path(__file__).resolve().parents[2] / "workloads"
SHIPPED = [
    "mlp-digits",
    "cnn-digits",
    "cnn-fashion",
    "mlp4",
    "resnet18",
    "bert-tiny",
    "roberta-tiny",
]


def _arch(wl, extra=()):
    m = wl.manifest["workload"]
    return load_arch(preset=m["preset"], overrides=[*m["overrides"], *extra])


@pytest.mark.parametrize("name", SHIPPED)
def test_shipped_workload_loads(name):
    wl = load_workload(ROOT / name)
    assert wl.manifest["workload"]["regenerate"] == f"python workloads/build.py {name}"
    for b in wl.blocks:
        assert wl.block_matrix(b).size > 0
    assert sum((ROOT / name / f).stat().st_size for f in ("tensors.npz", "program.bin")) < 5_000_000


@pytest.mark.parametrize("name", ["mlp-digits", "cnn-digits"])
def test_shipped_digits_accuracy(name):
    from aimcsim.functional.executor import run_functional

    wl = load_workload(ROOT / name)
    r = run_functional(wl, _arch(wl, ["noise.model=ideal"]))
    assert r.top1_ideal > 0.95 and r.top1 >= r.top1_ideal - 0.01


def test_shipped_fashion_accuracy():
    """cnn-fashion's 500 held-out samples (50 per class): the float model's top-1 (the ideal
    reference run) is 0.88-0.91, and yu2025-rram's 4-bit ADC and RRAM noise cost it more
    than 3 points (what ``tune`` has to recover)."""
    from aimcsim.functional.executor import run_functional

    wl = load_workload(ROOT / "cnn-fashion")
    assert np.bincount(wl.labels).tolist() == [50] * 10
    r = run_functional(wl, _arch(wl))
    assert 0.88 <= r.top1_ideal <= 0.91
    assert r.top1 < r.top1_ideal - 0.03


def test_shipped_mlp4_ideal_matches_numpy():
    from aimcsim.functional.executor import Executor, ideal_arch

    wl = load_workload(ROOT / "mlp4")
    arch = ideal_arch(_arch(wl))
    x = wl.inputs()["x"]
    res = Executor(wl, arch).run({"x": x})
    h = x.astype(np.float64)
    for i in range(4):
        layer = wl.layers[2 * i]
        w = wl.tensors[f"{layer['name']}.w"].astype(np.float64)
        b = wl.tensors[f"{layer['name']}.b.affine"].astype(np.float64)[w.shape[0] :]
        h = h @ w.T + b
        np.testing.assert_allclose(res.probes[layer["output"]], h, rtol=1e-3, atol=1e-3)
        if i < 3:
            h = 1 / (1 + np.exp(-h))
