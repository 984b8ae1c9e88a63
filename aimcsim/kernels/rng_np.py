"""Counter-based Gaussian samples and the pre-drawn noise pool in plain numpy (no numba).

The numba kernels of :mod:`aimcsim.kernels.rng` and these vectorised functions compute the
same samples to the bit: every sample is a pure function of ``(seed, index)`` (a SplitMix64
stream per index feeding Doornik's ZIGNOR ziggurat with 128 layers), and both sides use the
same IEEE operations in the same order (``exp``/``log`` from the C library). The small-size
paths of the functional model use this module, so a run on a small workload never imports or
compiles numba; the numba kernels import their tables and constants from here.
"""

from __future__ import annotations

import math

import numpy as np

from aimcsim.kernels.variants import BySize

GOLDEN = np.uint64(0x9E3779B97F4A7C15)
"""SplitMix64 increment (the 64-bit golden ratio)."""
MIX_M1 = np.uint64(0xBF58476D1CE4E5B9)
MIX_M2 = np.uint64(0x94D049BB133111EB)
ZIG_LAYERS = 128
ZIG_TAIL_R = 3.442619855899
"""Abscissa where the ziggurat's tail starts."""
_ZIG_V = 9.91256303526217e-3


def _zig_tables() -> tuple[np.ndarray, np.ndarray]:
    """Layer abscissae X[0..128] and ratios R[i] = X[i+1]/X[i] of ZIGNOR (Doornik 2005)."""
    x = np.zeros(ZIG_LAYERS + 1)
    f = math.exp(-0.5 * ZIG_TAIL_R * ZIG_TAIL_R)
    x[0] = _ZIG_V / f
    x[1] = ZIG_TAIL_R
    x[ZIG_LAYERS] = 0.0
    for i in range(1, ZIG_LAYERS):
        x[i + 1] = math.sqrt(-2.0 * math.log(_ZIG_V / x[i] + f))
        f = math.exp(-0.5 * x[i + 1] * x[i + 1])
    r = x[1:] / x[:-1]
    return x, r


ZIG_X, ZIG_R = _zig_tables()


def mix(z: np.ndarray) -> np.ndarray:
    """SplitMix64 finaliser of each uint64 element."""
    z = (z ^ (z >> np.uint64(30))) * MIX_M1
    z = (z ^ (z >> np.uint64(27))) * MIX_M2
    return z ^ (z >> np.uint64(31))


def u01(z: np.ndarray) -> np.ndarray:
    """Uniform (0, 1) doubles from the top 53 bits of each uint64 element."""
    return ((z >> np.uint64(11)).astype(np.float64) + 0.5) * (1.0 / 9007199254740992.0)


def gauss_at(seed: int | np.uint64, k: np.ndarray) -> np.ndarray:
    """Standard normal samples number ``k`` (uint64 array) of stream ``seed``: element for
    element what :func:`aimcsim.kernels.rng.gauss_at` returns, all samples at once (the
    rejected ones, about 1 %, retried as vectors until none is left)."""
    k = np.asarray(k, dtype=np.uint64)
    out = np.empty(k.shape)
    flat = out.reshape(-1)
    with np.errstate(over="ignore"):
        state = mix(np.uint64(seed) + k.reshape(-1) * GOLDEN)
        todo = np.arange(state.size)
        while todo.size:
            st = state[todo] + GOLDEN
            z = mix(st)
            i = (z & np.uint64(0x7F)).astype(np.intp)
            u = 2.0 * u01(z) - 1.0
            fast = np.abs(u) < ZIG_R[i]
            flat[todo[fast]] = u[fast] * ZIG_X[i[fast]]
            tail = ~fast & (i == 0)
            if tail.any():
                flat[todo[tail]] = _tail(st[tail], u[tail])
            wedge = ~fast & ~tail
            todo, st, i, u = todo[wedge], st[wedge], i[wedge], u[wedge]
            x = u * ZIG_X[i]
            f0 = np.exp(-0.5 * (ZIG_X[i] * ZIG_X[i] - x * x))
            f1 = np.exp(-0.5 * (ZIG_X[i + 1] * ZIG_X[i + 1] - x * x))
            st = st + GOLDEN
            accept = f1 + u01(mix(st)) * (f0 - f1) < 1.0
            flat[todo[accept]] = x[accept]
            todo = todo[~accept]
            state[todo] = st[~accept]
    return out


def _tail(state: np.ndarray, u: np.ndarray) -> np.ndarray:
    """Samples beyond the tail abscissa for streams at ``state`` (sign from ``u``)."""
    out = np.empty(state.shape)
    todo = np.arange(state.size)
    while todo.size:
        s1 = state[todo] + GOLDEN
        a = np.log(u01(mix(s1))) / ZIG_TAIL_R
        s2 = s1 + GOLDEN
        b = np.log(u01(mix(s2)))
        ok = -2.0 * b >= a * a
        done = todo[ok]
        out[done] = np.where(u[done] < 0.0, a[ok] - ZIG_TAIL_R, ZIG_TAIL_R - a[ok])
        todo = todo[~ok]
        state[todo] = s2[~ok]
    return out


def gauss_fill(seed: int | np.uint64, out: np.ndarray) -> None:
    """Numpy twin of :func:`aimcsim.kernels.rng.gauss_fill`: fills the 2-D float array ``out``
    with N(0, 1), element (r, c) being sample ``r * out.shape[1] + c`` of stream ``seed``."""
    out[:] = gauss_at(seed, np.arange(out.size, dtype=np.uint64)).reshape(out.shape)


gauss_fill_by_size = BySize(gauss_fill, "aimcsim.kernels.rng", "gauss_fill")
""":func:`gauss_fill` or its numba kernel; pick with ``.for_size(out.size)``."""


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
POOL_SHIFT = np.uint64(64 - POOL_BITS)
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


def pool_window_ref(seed: int | np.uint64, keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Start indices and signs of noise windows ``keys`` of stream ``seed`` (numpy twin of
    :func:`aimcsim.kernels.rng.pool_window`)."""
    with np.errstate(over="ignore"):
        h = mix(np.uint64(seed) + np.asarray(keys, dtype=np.uint64) * GOLDEN)
    start = (h >> POOL_SHIFT).astype(np.int64)
    sign = np.where((h & np.uint64(1)) == 0, 1.0, -1.0)
    return start, sign
