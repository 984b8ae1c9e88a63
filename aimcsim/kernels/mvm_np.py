"""Numpy twins of the fused MVM stages of :mod:`aimcsim.kernels.mvm` (no numba), and the codes
and parameter layout the two share.

:func:`dac_prepare` and :func:`output_stage` take the arguments of the numba kernels of the
same name, write the same outputs and give the same numbers to the bit (same IEEE operations
in the same order, same pool windows): the functional model calls them on small batches
(:mod:`aimcsim.kernels.variants`), where vectorised numpy is as fast as the compiled loops
and costs no compilation. Window keys and seeds are documented in :mod:`aimcsim.kernels.mvm`.
"""

from __future__ import annotations

import numpy as np

from aimcsim.kernels.rng_np import pool_window_ref
from aimcsim.kernels.variants import BySize

INP_SEED_XOR = np.uint64(0x5DEECE66D)
"""Stream of the input noise: ``seed ^ INP_SEED_XOR``."""
NM_NONE, NM_ABS_MAX, NM_MAX, NM_CONSTANT = 0, 1, 2, 3
"""Noise management codes."""
AUX_NONE, AUX_SQ, AUX_ABS, AUX_SQ_ABS = 0, 1, 2, 3
"""``aux_mode`` of ``dac_prepare``: which operands of the ``|W|`` GEMM to write."""
(
    P_NM,
    P_NM_THRES,
    P_DX,
    P_INP_BOUND,
    P_DAC_Q,
    P_INP_NOISE,
    P_WMODE,
    P_W_NOISE,
    P_OUT_NOISE,
    P_DY,
    P_OUT_BOUND,
    P_ADC_Q,
    P_BM,
    P_TEST_NEG,
    P_BM_LIMIT,
    P_OUT_SCALE,
    N_PARAMS,
) = range(17)
"""Layout of the packed parameter vector of ``mvm_vectors``."""


def _clip(v: np.ndarray, lo: float, hi: float) -> np.ndarray:
    return np.minimum(np.maximum(v, lo), hi)


def _nm_alpha(x: np.ndarray, nm_mode: int, nm_thres: float) -> np.ndarray:
    """Noise-management scale ``alpha`` of each row of ``x`` (float64)."""
    n = x.shape[0]
    if nm_mode == NM_ABS_MAX:
        a = np.abs(x).max(axis=1, initial=0.0).astype(np.float64)
        return np.minimum(a, nm_thres) if nm_thres > 0.0 else a
    if nm_mode == NM_MAX:
        return x.max(axis=1, initial=-np.inf).astype(np.float64)
    if nm_mode == NM_CONSTANT:
        return np.full(n, nm_thres if nm_thres > 0.0 else 1.0)
    return np.ones(n)


def _pool_noise(
    pool: np.ndarray, seed: np.uint64, keys: np.ndarray, n_cols: int
) -> tuple[np.ndarray, np.ndarray]:
    """Window values ``(len(keys), n_cols)`` (float32) and signs of noise windows ``keys``."""
    start, sign = pool_window_ref(seed, keys)
    return pool[start[:, None] + np.arange(n_cols)[None, :]], sign


def dac_prepare(
    x: np.ndarray,
    row_ids: np.ndarray,
    n_rows_total: int,
    pass_idx: int,
    nm_mode: int,
    nm_thres: float,
    red: float,
    delta_x: float,
    bound: float,
    quantize: bool,
    inp_noise: float,
    seed: np.uint64,
    offset: np.uint64,
    pool: np.ndarray,
    aux_mode: int,
    out_x: np.ndarray,
    out_scale: np.ndarray,
    aux: np.ndarray,
) -> int:
    """Twin of :func:`aimcsim.kernels.mvm.dac_prepare` (same arguments, outputs and result)."""
    n, n_in = x.shape
    n_bad = int(np.count_nonzero(~np.isfinite(x).all(axis=1)))
    a = _nm_alpha(x, nm_mode, nm_thres)
    zero = (a <= 0.0) if nm_mode != NM_NONE else np.zeros(n, dtype=np.bool_)
    a = np.where(zero, 1.0, a)
    scale = 1.0 / (a * red)
    lo = -bound if bound > 0.0 else -np.inf
    hi = bound if bound > 0.0 else np.inf
    with np.errstate(invalid="ignore", over="ignore"):  # non-finite rows: counted above
        v = x.astype(np.float64) * scale[:, None]
        if quantize:
            v = np.rint(v * (1.0 / delta_x)) * delta_x
        out_x[:] = _clip(v, lo, hi)
    if inp_noise > 0.0:
        keys = np.uint64(offset) + (pass_idx * n_rows_total + row_ids).astype(np.uint64)
        noise, sign = _pool_noise(pool, seed ^ INP_SEED_XOR, keys, n_in)
        out_x[:] = out_x.astype(np.float64) + (inp_noise * sign)[:, None] * noise
    else:
        out_x[zero] = 0.0
        scale[zero] = 0.0
    if aux_mode == AUX_SQ:
        np.multiply(out_x, out_x, out=aux)
    elif aux_mode == AUX_ABS:
        np.abs(out_x, out=aux)
    elif aux_mode == AUX_SQ_ABS:
        np.multiply(out_x, out_x, out=aux[:n])
        np.abs(out_x, out=aux[n:])
    out_scale[:] = scale
    return n_bad


def output_stage(
    yy: np.ndarray,
    n_cols: int,
    gg: np.ndarray,
    var_off: int,
    ira_off: int,
    var_row: np.ndarray,
    row_ids: np.ndarray,
    n_rows_total: int,
    pass_idx: int,
    out_noise: float,
    w_noise2: float,
    ir_drop: float,
    ir_k: float,
    n_reads: int,
    delta_y: float,
    bound: float,
    quantize: bool,
    test_neg: bool,
    offset_codes: np.ndarray,
    seed: np.uint64,
    offset: np.uint64,
    pool: np.ndarray,
    factor: np.ndarray,
    col_factor: np.ndarray,
    accumulate: bool,
    out: np.ndarray,
    hit: np.ndarray,
) -> None:
    """Twin of :func:`aimcsim.kernels.mvm.output_stage` (same arguments and outputs)."""
    n = yy.shape[0]
    v0 = yy[:, :n_cols].astype(np.float64)
    if yy.shape[1] >= 2 * n_cols:
        a = ir_k * gg[ira_off : ira_off + n].astype(np.float64)
        v0 = v0 - ir_drop * (a * (a * (0.05 * a - 0.2) + 0.5)) * yy[:, n_cols : 2 * n_cols]
    if offset_codes.shape[0] > 0:
        v0 = v0 + offset_codes * delta_y
    s2r = np.full(n, out_noise * out_noise)
    if var_row.shape[0] > 0:
        s2r = s2r + var_row
    if var_off >= 0:
        sd = np.sqrt(s2r[:, None] + w_noise2 * gg[var_off : var_off + n].astype(np.float64))
        noisy = np.ones(n, dtype=np.bool_)
    else:
        sd = np.sqrt(s2r)[:, None]
        noisy = s2r > 0.0
    bnd = bound if bound > 0.0 else np.inf
    f = factor * (1.0 / n_reads)
    key0 = np.uint64(offset) + ((pass_idx * n_rows_total + row_ids) * n_reads).astype(np.uint64)
    n_hit = np.zeros(n, dtype=np.int64)
    for k in range(n_reads):
        noise, sign = _pool_noise(pool, seed, key0 + np.uint64(k), n_cols)
        sign = np.where(noisy, sign, 0.0)
        v = v0 + sd * sign[:, None] * noise
        if quantize:
            v = np.rint(v * (1.0 / delta_y)) * delta_y
        over = v > bnd
        if test_neg:
            over |= v < -bnd
        n_hit += over.sum(axis=1)
        g = f[:, None] * _clip(v, -bnd, bnd)
        if col_factor.shape[0] > 0:
            g = g * col_factor
        if accumulate or k > 0:
            out[row_ids] += g
        else:
            out[row_ids] = g
    hit[:] = n_hit > 0


dac_prepare_by_size = BySize(dac_prepare, "aimcsim.kernels.mvm", "dac_prepare")
""":func:`dac_prepare` or its numba kernel; pick with ``.for_size(rows x inputs)``."""
output_stage_by_size = BySize(output_stage, "aimcsim.kernels.mvm", "output_stage")
""":func:`output_stage` or its numba kernel; pick with ``.for_size(rows x columns)``."""
