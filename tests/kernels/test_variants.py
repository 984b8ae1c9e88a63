"""The size rule (aimcsim.kernels.variants) picks the numpy twin on small inputs and the numba
kernel on large ones; both give identical numbers, so the rule never changes a result, and a
run on a small workload never imports numba."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

import aimcsim
from aimcsim.kernels import device_np, mvm_np, rng_np, variants

pytestmark = pytest.mark.skipif(
    os.environ.get("NUMBA_DISABLE_JIT", "0") not in ("", "0"),
    reason="about choosing between compiled numba kernels and numpy twins",
)

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


def _outputs(
    monkeypatch: pytest.MonkeyPatch, parallel_from: int, compile_after_s: float
) -> dict[str, np.ndarray]:
    """mlp-digits outputs with the size rule and the numpy-time budget set as given."""
    monkeypatch.setattr(variants, "PARALLEL_MIN_ELEMENTS", parallel_from)
    monkeypatch.setattr(variants, "PROBE_AFTER_S", compile_after_s)
    monkeypatch.setattr(variants, "COMPILE_AFTER_S", compile_after_s)
    for kernel in KERNELS:
        monkeypatch.setattr(kernel, "numpy_s", 0.0)
        monkeypatch.setattr(kernel, "_probed", False)
        monkeypatch.setattr(kernel, "_use_serial", False)
    arch = aimcsim.load_arch("tiny", overrides=["io.inp_noise=0.01", "io.ir_drop=1.0"])
    result = aimcsim.simulate(MLP, arch, n_samples=96, t_inference_s=[0.0, 86400.0])
    assert result.outputs is not None
    return result.outputs


def test_numpy_serial_and_parallel_agree_bit_for_bit(monkeypatch: pytest.MonkeyPatch) -> None:
    numpy_only = _outputs(monkeypatch, 1 << 62, float("inf"))
    assert all(k.numpy_s > 0 and not k._use_serial for k in KERNELS[:3])
    serial = _outputs(monkeypatch, 1 << 62, 0.0)
    assert all(k._use_serial for k in KERNELS[:3])
    parallel = _outputs(monkeypatch, 0, float("inf"))
    assert all(k.numpy_s == 0 for k in KERNELS)
    assert sorted(numpy_only) == sorted(serial) == sorted(parallel)
    for key in numpy_only:
        np.testing.assert_array_equal(numpy_only[key], serial[key], err_msg=key)
        np.testing.assert_array_equal(numpy_only[key], parallel[key], err_msg=key)


@pytest.mark.parametrize("kernel", KERNELS)
def test_size_rule_and_separate_cache_names(kernel: variants.BySize) -> None:
    fresh = variants.BySize(kernel.small, kernel._parallel.module, kernel._parallel.name)
    small = fresh.for_size(variants.PARALLEL_MIN_ELEMENTS - 1)
    large = fresh.for_size(variants.PARALLEL_MIN_ELEMENTS)
    assert small == fresh._timed_small and large is fresh.parallel
    assert fresh.small.__module__.endswith("_np") and fresh.small.__name__ == large.__name__
    assert large.targetoptions.get("parallel") and not fresh.serial.targetoptions.get("parallel")
    assert fresh.serial.py_func.__qualname__ == large.py_func.__qualname__ + "_serial"


def test_numpy_time_budget_switches_to_serial(monkeypatch: pytest.MonkeyPatch) -> None:
    """Numpy until the twin has cost COMPILE_AFTER_S; then the serial numba twin. Below the
    probe time nothing is imported or compiled."""
    calls: list[int] = []
    fresh = variants.BySize(lambda n: calls.append(n), "aimcsim.kernels.mvm", "output_stage")
    for n in range(3):
        fresh.for_size(10)(n)
    assert calls == [0, 1, 2] and fresh._serial is None and fresh._parallel._kernel is None
    fresh.numpy_s = variants.COMPILE_AFTER_S
    assert fresh.for_size(10) is fresh.serial


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


def test_numba_is_imported_only_once_the_numpy_time_pays_for_the_import() -> None:
    """Before numba is imported, looking for a cached twin waits for NUMBA_IMPORT_S of numpy
    time (the import's own cost), not PROBE_AFTER_S: a small run stays numba-free even when a
    loaded machine stretches its kernel times."""
    code = (
        "import sys\n"
        "from aimcsim.kernels import rng_np, variants\n"
        "b = variants.BySize(rng_np.gauss_fill, 'aimcsim.kernels.rng', 'gauss_fill')\n"
        "b.numpy_s = variants.NUMBA_IMPORT_S * 0.99\n"
        "print(b.for_size(10) == b._timed_small, 'numba' in sys.modules)\n"
        "b.numpy_s = variants.NUMBA_IMPORT_S\n"
        "b.for_size(10)\n"
        "print('numba' in sys.modules)\n"
    )
    r = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=300, cwd=ROOT
    )
    assert r.returncode == 0, r.stderr
    assert r.stdout.split() == ["True", "False", "True"]
    assert variants.PROBE_AFTER_S < variants.NUMBA_IMPORT_S


def test_a_cached_serial_twin_is_used_after_the_probe_time() -> None:
    """Warm runs: once the numpy twin has cost PROBE_AFTER_S, a serial twin found compiled or
    in numba's on-disk cache takes over (no compilation needed)."""

    def fresh() -> variants.BySize:
        return variants.BySize(rng_np.gauss_fill, "aimcsim.kernels.rng", "gauss_fill")

    first = fresh()
    out = np.empty((2, 3))
    first.serial(np.uint64(1), out)  # compiled here (or loaded), and in the on-disk cache
    assert variants._ready_without_compiling(first.serial)
    warm = fresh()
    warm.numpy_s = variants.PROBE_AFTER_S * 0.99
    assert warm.for_size(10) == warm._timed_small and warm._serial is None
    warm.numpy_s = variants.PROBE_AFTER_S
    assert warm.for_size(10) is warm.serial and not warm.serial.signatures  # from the cache
    assert not variants._ready_without_compiling(rng_np.gauss_fill)  # a plain function
