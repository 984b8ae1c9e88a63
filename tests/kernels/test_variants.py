"""The size rule (aimcsim.kernels.variants) picks the numpy twin on small inputs and the numba
kernel on large ones; both give identical numbers, so the rule never changes a result, and a
run on a small workload never imports numba."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

import aimcsim
from aimcsim.kernels import device_np, mvm_np, rng_np, variants

ROOT = Path(__file__).resolve().parents[2]
MLP = ROOT / "workloads" / "mlp-digits"
KERNELS = (
    mvm_np.dac_prepare_by_size,
    mvm_np.output_stage_by_size,
    device_np.program_pairs_by_size,
    device_np.drift_exponents_by_size,
    device_np.drift_pairs_by_size,
    rng_np.gauss_fill_by_size,
)


def _outputs(monkeypatch: pytest.MonkeyPatch, threshold: int) -> dict[str, np.ndarray]:
    monkeypatch.setattr(variants, "PARALLEL_MIN_ELEMENTS", threshold)
    arch = aimcsim.load_arch("tiny", overrides=["io.inp_noise=0.01", "io.ir_drop=1.0"])
    result = aimcsim.simulate(MLP, arch, n_samples=96, t_inference_s=[0.0, 86400.0])
    assert result.outputs is not None
    return result.outputs


def test_numpy_twins_and_numba_kernels_agree_bit_for_bit(monkeypatch: pytest.MonkeyPatch) -> None:
    numpy_only = _outputs(monkeypatch, 1 << 62)
    numba_only = _outputs(monkeypatch, 0)
    assert sorted(numpy_only) == sorted(numba_only)
    for key in numpy_only:
        np.testing.assert_array_equal(numpy_only[key], numba_only[key], err_msg=key)


@pytest.mark.parametrize("kernel", KERNELS)
def test_size_rule(kernel: variants.BySize) -> None:
    small = kernel.for_size(variants.PARALLEL_MIN_ELEMENTS - 1)
    large = kernel.for_size(variants.PARALLEL_MIN_ELEMENTS)
    assert small is kernel.small and large is kernel.jitted
    assert small.__module__.endswith("_np") and small.__name__ == large.py_func.__name__
    assert large.targetoptions.get("parallel")


def test_small_run_imports_neither_numba_nor_scipy() -> None:
    """The README's first run needs no numba: no import, hence no compilation."""
    code = (
        "import sys, aimcsim\n"
        f"aimcsim.simulate({str(MLP)!r}, t_inference_s=[0.0, 3600.0])\n"
        "print(sorted(m for m in ('numba', 'scipy', 'matplotlib') if m in sys.modules))\n"
    )
    r = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=300, cwd=ROOT
    )
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip().splitlines()[-1] == "[]"
