"""Gaussian noise for the MVM kernels: a pre-drawn pool (per-MVM noise) and a counter-based
ZIGNOR generator (bulk fills).

Why not ``np.random.Generator.standard_normal``: on this machine it costs about 10 ns per
sample, more than the whole 512x512 float32 GEMM per output element; per-MVM output noise
would then dominate the run time. Here every sample is a pure function of
``(seed, flat index)``: a SplitMix64 stream per element (``state = mix(seed + k*golden)``)
feeds Doornik's ZIGNOR ziggurat (128 layers). Results therefore do not depend on the number of
threads or the order of evaluation, and the numpy twin reproduces them exactly (up to float
rounding of ``exp``/``log``). The 64-bit ``seed`` of each call is drawn from an injected
``np.random.Generator``, so the usual seeding rules of the simulator apply.
"""

from __future__ import annotations

import math

import numba as nb
import numpy as np

_GOLDEN = np.uint64(0x9E3779B97F4A7C15)
_M1 = np.uint64(0xBF58476D1CE4E5B9)
_M2 = np.uint64(0x94D049BB133111EB)
_ZIG_C = 128
_ZIG_R = 3.442619855899
_ZIG_V = 9.91256303526217e-3


def _zig_tables() -> tuple[np.ndarray, np.ndarray]:
    """Layer abscissae X[0..128] and ratios R[i] = X[i+1]/X[i] of ZIGNOR (Doornik 2005)."""
    x = np.zeros(_ZIG_C + 1)
    f = math.exp(-0.5 * _ZIG_R * _ZIG_R)
    x[0] = _ZIG_V / f
    x[1] = _ZIG_R
    x[_ZIG_C] = 0.0
    for i in range(1, _ZIG_C):
        x[i + 1] = math.sqrt(-2.0 * math.log(_ZIG_V / x[i] + f))
        f = math.exp(-0.5 * x[i + 1] * x[i + 1])
    r = x[1:] / x[:-1]
    return x, r


ZIG_X, ZIG_R = _zig_tables()


@nb.njit(cache=True, inline="always", error_model="numpy")
def _mix(z: np.uint64) -> np.uint64:
    z = (z ^ (z >> np.uint64(30))) * _M1
    z = (z ^ (z >> np.uint64(27))) * _M2
    return z ^ (z >> np.uint64(31))


@nb.njit(cache=True, inline="always", error_model="numpy")
def _u01(z: np.uint64) -> float:
    return (float(z >> np.uint64(11)) + 0.5) * (1.0 / 9007199254740992.0)


@nb.njit(cache=True, error_model="numpy")
def gauss_at(seed: np.uint64, k: np.uint64, zx: np.ndarray, zr: np.ndarray) -> float:
    """Standard normal sample number ``k`` of stream ``seed`` (ZIGNOR on SplitMix64)."""
    state = _mix(seed + k * _GOLDEN)
    while True:
        state += _GOLDEN
        z = _mix(state)
        i = int(z & np.uint64(0x7F))
        u = 2.0 * _u01(z) - 1.0
        if abs(u) < zr[i]:
            return u * zx[i]
        if i == 0:
            # tail beyond R
            while True:
                state += _GOLDEN
                a = math.log(_u01(_mix(state))) / _ZIG_R
                state += _GOLDEN
                b = math.log(_u01(_mix(state)))
                if -2.0 * b >= a * a:
                    return a - _ZIG_R if u < 0.0 else _ZIG_R - a
        x = u * zx[i]
        f0 = math.exp(-0.5 * (zx[i] * zx[i] - x * x))
        f1 = math.exp(-0.5 * (zx[i + 1] * zx[i + 1] - x * x))
        state += _GOLDEN
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


def _mix_np(z: np.ndarray) -> np.ndarray:
    z = (z ^ (z >> np.uint64(30))) * _M1
    z = (z ^ (z >> np.uint64(27))) * _M2
    return z ^ (z >> np.uint64(31))


def _u01_np(z: np.ndarray) -> np.ndarray:
    return ((z >> np.uint64(11)).astype(np.float64) + 0.5) * (1.0 / 9007199254740992.0)


def gauss_fill_ref(seed: int, shape: tuple[int, int], dtype: type = np.float64) -> np.ndarray:
    """Numpy twin of :func:`gauss_fill`: the same samples, vectorised over the first attempt."""
    n = int(np.prod(shape))
    with np.errstate(over="ignore"):
        k = np.arange(n, dtype=np.uint64)
        state = _mix_np(np.uint64(seed) + k * _GOLDEN)
        out = np.empty(n)
        todo = np.arange(n)
        while todo.size:
            state[todo] += _GOLDEN
            z = _mix_np(state[todo])
            i = (z & np.uint64(0x7F)).astype(np.int64)
            u = 2.0 * _u01_np(z) - 1.0
            acc = np.abs(u) < ZIG_R[i]
            out[todo[acc]] = u[acc] * ZIG_X[i[acc]]
            rest = ~acc
            # slow paths element by element (about 1 % of the samples)
            for j in np.flatnonzero(rest):
                e = todo[j]
                ii, uu = int(i[j]), float(u[j])
                if ii == 0:
                    while True:
                        state[e] += _GOLDEN
                        a = math.log(float(_u01_np(_mix_np(state[e : e + 1]))[0])) / _ZIG_R
                        state[e] += _GOLDEN
                        b = math.log(float(_u01_np(_mix_np(state[e : e + 1]))[0]))
                        if -2.0 * b >= a * a:
                            out[e] = a - _ZIG_R if uu < 0.0 else _ZIG_R - a
                            break
                    rest[j] = False
                    continue
                x = uu * ZIG_X[ii]
                f0 = math.exp(-0.5 * (ZIG_X[ii] ** 2 - x * x))
                f1 = math.exp(-0.5 * (ZIG_X[ii + 1] ** 2 - x * x))
                state[e] += _GOLDEN
                if f1 + float(_u01_np(_mix_np(state[e : e + 1]))[0]) * (f0 - f1) < 1.0:
                    out[e] = x
                    rest[j] = False
            todo = todo[rest]
    return out.reshape(shape).astype(dtype)


# --- pre-drawn Gaussian pool -------------------------------------------------------------
#
# Per-MVM noise (output, weight read and input noise) is read from a pool of pre-drawn
# N(0, 1) values, as aihwkit's C++ does (a 32768-entry table indexed randomly, rng.h:104-116);
# generating Gaussians on the fly cost more than the GEMM itself. Our pool has 2^20 float32
# values drawn once per process from ``Generator(PCG64(POOL_SEED))`` and standardised to mean
# 0 / std 1. Each noise *window* (the noise of one vector for one read: ``n`` consecutive
# samples) starts at a pseudo-random position and has a random sign, both hashed (SplitMix64)
# from ``(stream seed, window key)``; the key is a counter, so the results are a pure function
# of the seed and do not depend on threads or evaluation order. Within a window the samples
# are distinct i.i.d. pool values; two windows share values only if their starts are closer
# than ``n`` (probability about ``2n / 2^20`` per pair), which leaves per-vector error
# statistics unchanged. The array is stored twice back to back (length ``2 * POOL_SIZE``) so a
# window of up to ``POOL_SIZE`` samples is a contiguous slice.

POOL_BITS = 20
POOL_SIZE = 1 << POOL_BITS
POOL_SEED = 0x243F6A8885A308D3
_POOL_SHIFT = np.uint64(64 - POOL_BITS)
_POOL: np.ndarray | None = None


def gauss_pool() -> np.ndarray:
    """The process-wide Gaussian pool (float32, length ``2 * POOL_SIZE``), built on first use."""
    global _POOL
    if _POOL is None:
        g = np.random.Generator(np.random.PCG64(POOL_SEED)).standard_normal(POOL_SIZE)
        g = (g - g.mean()) / g.std()
        p = g.astype(np.float32)
        _POOL = np.concatenate([p, p])
        _POOL.flags.writeable = False
    return _POOL


@nb.njit(cache=True, inline="always", error_model="numpy")
def pool_window(seed: np.uint64, key: np.uint64) -> tuple[int, float]:
    """Start index and sign of noise window ``key`` of stream ``seed``."""
    h = _mix(seed + key * _GOLDEN)
    start = int(h >> _POOL_SHIFT)
    sign = 1.0 if (h & np.uint64(1)) == np.uint64(0) else -1.0
    return start, sign


def pool_window_ref(seed: int, keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Numpy twin of :func:`pool_window` for an array of keys."""
    with np.errstate(over="ignore"):
        h = _mix_np(np.uint64(seed) + np.asarray(keys, dtype=np.uint64) * _GOLDEN)
    start = (h >> _POOL_SHIFT).astype(np.int64)
    sign = np.where((h & np.uint64(1)) == 0, 1.0, -1.0)
    return start, sign
