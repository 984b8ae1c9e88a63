"""Counter-based Gaussian noise for the MVM kernels.

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
