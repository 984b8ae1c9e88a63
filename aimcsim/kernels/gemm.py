"""Matrix products whose values do not depend on the BLAS thread count.

OpenBLAS chooses its kernels and its work split from the shapes *and* the number of threads,
so the same float32 GEMM gives other last bits with one thread than with two (measured with
OpenBLAS 0.3.31 on 540x64 @ 64x64 and 4096x512 @ 512x512), and Dask workers run with one
BLAS thread. Two rules make the functional model's numbers independent of it:

* :func:`single_threaded_blas`: while any functional run is inside it, every BLAS library of
  the process runs on one thread (re-entrant and thread-safe: the limit is set by the first
  entry and lifted by the last exit). One-threaded BLAS calls depend only on their shapes.
* :func:`matmul_nt`: the big products run as fixed blocks of ``ROW_BLOCK`` rows, each one
  single-threaded BLAS call, spread over a small thread pool (BLAS releases the GIL). The
  partition depends only on the shapes, never on the pool size, so the cores are used and the
  result is the same whatever the pool or the BLAS setting.
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from typing import Any

import numpy as np

ROW_BLOCK = 256
"""Rows per BLAS call of :func:`matmul_nt` (the partition of every product)."""

_lock = threading.Lock()
_depth = 0
_limiter: Any = None
_controller: Any = None
_controller_modules = 0
_pool: ThreadPoolExecutor | None = None


def _blas_controller() -> Any:
    """The thread-pool controller of the BLAS libraries loaded now. Built once and again
    after new modules were imported (an extension module may load its own BLAS: scipy and
    torch do), since scanning the process's libraries costs milliseconds."""
    global _controller, _controller_modules
    if _controller is None or len(sys.modules) != _controller_modules:
        from threadpoolctl import ThreadpoolController

        _controller = ThreadpoolController()
        _controller_modules = len(sys.modules)
    return _controller


@contextmanager
def single_threaded_blas() -> Iterator[None]:
    """Run the body with every BLAS library of the process limited to one thread."""
    global _depth, _limiter
    with _lock:
        if _depth == 0:
            _limiter = _blas_controller().limit(limits=1, user_api="blas")
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0:
                _limiter.restore_original_limits()
                _limiter = None


def _workers() -> ThreadPoolExecutor:
    global _pool
    with _lock:
        if _pool is None:
            _pool = ThreadPoolExecutor(max_workers=max(1, os.cpu_count() or 1))
        return _pool


def matmul_nt(a: np.ndarray, b: np.ndarray, out: np.ndarray | None = None) -> np.ndarray:
    """``a @ b.T`` (``(m, k) x (n, k) -> (m, n)``, float32) in fixed ``ROW_BLOCK``-row blocks
    of one-threaded BLAS calls, into ``out`` when given: the same bits whatever the number of
    BLAS or pool threads."""
    m = a.shape[0]
    if out is None:
        out = np.empty((m, b.shape[0]), dtype=np.result_type(a, b))
    bt = b.T
    with single_threaded_blas():
        if m <= ROW_BLOCK:
            np.matmul(a, bt, out=out)
            return out

        def block(r0: int) -> None:
            np.matmul(a[r0 : r0 + ROW_BLOCK], bt, out=out[r0 : r0 + ROW_BLOCK])

        for _ in _workers().map(block, range(0, m, ROW_BLOCK)):
            pass
    return out
