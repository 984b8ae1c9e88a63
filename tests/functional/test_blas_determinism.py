"""The same seed gives the same report bytes whatever the BLAS thread count.

OpenBLAS sgemm itself gives other last bits with 1 and 2 threads; the functional model runs
its products in fixed one-threaded row blocks (aimcsim.kernels.gemm) and its metrics without
BLAS reductions.
"""

from __future__ import annotations

import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np
import pytest
from threadpoolctl import threadpool_limits

from aimcsim.kernels import gemm

WORKLOADS = Path(__file__).resolve().parents[2] / "workloads"
REPORT_FILES = ("layers.csv", "accuracy_time.csv", "energy.csv", "components.csv")


def _run(tmp_path: Path, threads: int) -> Path:
    out = tmp_path / f"blas{threads}"
    env = dict(os.environ, OPENBLAS_NUM_THREADS=str(threads), OMP_NUM_THREADS=str(threads))
    subprocess.run(
        [
            sys.executable,
            "-m",
            "aimcsim",
            "run",
            str(WORKLOADS / "cnn-digits"),
            "--t-inference",
            "0,1h",
            "--samples",
            "120",
            "-o",
            str(out),
        ],
        check=True,
        env=env,
        capture_output=True,
        cwd=tmp_path,
    )
    return out


def test_report_bytes_do_not_depend_on_blas_threads(tmp_path: Path) -> None:
    one, two = _run(tmp_path, 1), _run(tmp_path, 2)
    for name in REPORT_FILES:
        assert (one / name).read_bytes() == (two / name).read_bytes(), name


@pytest.mark.parametrize("shape", [(540, 64, 64), (1000, 256, 256), (700, 100, 37)])
def test_matmul_nt_bits_do_not_depend_on_threads(shape: tuple[int, int, int]) -> None:
    m, k, n = shape
    rng = np.random.default_rng(0)
    a = rng.standard_normal((m, k)).astype(np.float32)
    b = rng.standard_normal((n, k)).astype(np.float32)
    results = []
    for threads in (1, 2):
        with threadpool_limits(threads, user_api="blas"):
            results.append(gemm.matmul_nt(a, b))
    saved = gemm._pool
    try:  # the partition, not the pool, fixes the bits
        gemm._pool = ThreadPoolExecutor(max_workers=1)
        results.append(gemm.matmul_nt(a, b))
    finally:
        gemm._pool = saved
    for r in results[1:]:
        np.testing.assert_array_equal(results[0], r)
    ref = a.astype(np.float64) @ b.T.astype(np.float64)
    np.testing.assert_allclose(results[0], ref, rtol=1e-4, atol=1e-4)


def test_single_threaded_blas_is_reentrant_and_restores() -> None:
    from threadpoolctl import threadpool_info

    def blas_threads() -> list[int]:
        return [i["num_threads"] for i in threadpool_info() if i["user_api"] == "blas"]

    before = blas_threads()
    with gemm.single_threaded_blas():
        with gemm.single_threaded_blas():
            assert set(blas_threads()) == {1}
        assert set(blas_threads()) == {1}
    assert blas_threads() == before
