"""Gaussian noise kernels in numba: a counter-based ZIGNOR generator (bulk fills) and the
windows of the pre-drawn pool (per-MVM noise).

Why not ``np.random.Generator.standard_normal``: on this machine it costs about 10 ns per
sample, more than the whole 512x512 float32 GEMM per output element; per-MVM output noise
would then dominate the run time. Here every sample is a pure function of
``(seed, flat index)``: a SplitMix64 stream per element (``state = mix(seed + k*golden)``)
feeds Doornik's ZIGNOR ziggurat (128 layers). Results therefore do not depend on the number of
threads or the order of evaluation, and the numpy twins of :mod:`aimcsim.kernels.rng_np`
(which also holds the tables and the pool) give the same samples to the bit. The 64-bit
``seed`` of each call is drawn from an injected ``np.random.Generator``, so the usual seeding
rules of the simulator apply.
"""

from __future__ import annotations

import math

import numpy as np

from aimcsim.kernels.jit import nb
from aimcsim.kernels.rng_np import (
    GOLDEN,
    MIX_M1,
    MIX_M2,
    POOL_SHIFT,
    ZIG_R,
    ZIG_TAIL_R,
    ZIG_X,
)


@nb.njit(cache=True, inline="always", error_model="numpy")
def _mix(z: np.uint64) -> np.uint64:
    z = (z ^ (z >> np.uint64(30))) * MIX_M1
    z = (z ^ (z >> np.uint64(27))) * MIX_M2
    return z ^ (z >> np.uint64(31))


@nb.njit(cache=True, inline="always", error_model="numpy")
def _u01(z: np.uint64) -> float:
    return (float(z >> np.uint64(11)) + 0.5) * (1.0 / 9007199254740992.0)


@nb.njit(cache=True, error_model="numpy")
def gauss_at(seed: np.uint64, k: np.uint64, zx: np.ndarray, zr: np.ndarray) -> float:
    """Standard normal sample number ``k`` of stream ``seed`` (ZIGNOR on SplitMix64)."""
    state = _mix(seed + k * GOLDEN)
    while True:
        state += GOLDEN
        z = _mix(state)
        i = int(z & np.uint64(0x7F))
        u = 2.0 * _u01(z) - 1.0
        if abs(u) < zr[i]:
            return u * zx[i]
        if i == 0:
            # tail beyond R
            while True:
                state += GOLDEN
                a = math.log(_u01(_mix(state))) / ZIG_TAIL_R
                state += GOLDEN
                b = math.log(_u01(_mix(state)))
                if -2.0 * b >= a * a:
                    return a - ZIG_TAIL_R if u < 0.0 else ZIG_TAIL_R - a
        x = u * zx[i]
        f0 = math.exp(-0.5 * (zx[i] * zx[i] - x * x))
        f1 = math.exp(-0.5 * (zx[i + 1] * zx[i + 1] - x * x))
        state += GOLDEN
        if f1 + _u01(_mix(state)) * (f0 - f1) < 1.0:
            return x


@nb.njit(cache=True, parallel=True, error_model="numpy")
def gauss_fill(seed: np.uint64, out: np.ndarray) -> None:
    """Fill the 2-D float array ``out`` with N(0, 1); element (r, c) is sample r*ncols + c."""
    n_rows, n_cols = out.shape
    zx = ZIG_X
    zr = ZIG_R
    for r in nb.prange(n_rows):
        base = np.uint64(r) * np.uint64(n_cols)
        for c in range(n_cols):
            out[r, c] = gauss_at(seed, base + np.uint64(c), zx, zr)


@nb.njit(cache=True, inline="always", error_model="numpy")
def pool_window(seed: np.uint64, key: np.uint64) -> tuple[int, float]:
    """Start index and sign of noise window ``key`` of stream ``seed``."""
    h = _mix(seed + key * GOLDEN)
    start = int(h >> POOL_SHIFT)
    sign = 1.0 if (h & np.uint64(1)) == np.uint64(0) else -1.0
    return start, sign
