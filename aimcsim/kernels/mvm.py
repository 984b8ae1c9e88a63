"""Fused elementwise stages of the analog MVM (aihwkit ``forwardVector`` order, one pass).

The big products (``x' @ W.T``, ``x'^2 @ |W|.T``, IR-drop terms) are BLAS GEMMs called by
:mod:`aimcsim.functional.forward`; these kernels do all the elementwise work around them, each
in one pass over its rows (``prange``):

* :func:`dac_prepare`: noise management (per-vector input scale), DAC rounding on the
  ``delta_x`` grid (round half to even), clipping to ``+-bound``, input noise, and the
  operands of the ``|W|`` GEMM (``x'^2`` and/or ``|x'|``) written into one stacked array;
  it also reports non-finite inputs.
* :func:`output_stage`: IR-drop correction, output-referred weight noise and output noise (one
  Gaussian with the summed variance), ADC rounding on the ``delta_y`` grid, saturation test for
  bound management and clipping, averaging of ``n_reads`` repeated reads, digital rescale
  (per row and per column) and scatter into the final output array.
* :func:`mvm_vectors`: the whole per-vector algorithm for small batches (one call, no BLAS
  GEMM), used for batch-1 latency; it draws the same noise samples as the batched path.

Noise comes from the pre-drawn pool of :mod:`aimcsim.kernels.rng` (``pool_window``). Window
keys: output noise of pass ``p`` (bound-management re-read), original row ``r`` and read ``k``
uses key ``offset + (p*n_rows_total + r)*n_reads + k`` of stream ``seed``, sample ``c`` of the
window for column ``c``. Input noise uses stream ``seed ^ INP_SEED_XOR`` and key
``offset + p*n_rows_total + r``.

Noise management codes: 0 none, 1 abs_max, 2 max, 3 constant. The codes, the parameter layout
of :func:`mvm_vectors` and the numpy twins of :func:`dac_prepare` and :func:`output_stage` (the
same numbers to the bit) are in :mod:`aimcsim.kernels.mvm_np`.
"""

from __future__ import annotations

import math

import numpy as np

from aimcsim.kernels.jit import nb
from aimcsim.kernels.mvm_np import (
    INP_SEED_XOR,
    P_ADC_Q,
    P_BM,
    P_BM_LIMIT,
    P_DAC_Q,
    P_DX,
    P_DY,
    P_INP_BOUND,
    P_INP_NOISE,
    P_NM,
    P_NM_THRES,
    P_OUT_BOUND,
    P_OUT_NOISE,
    P_OUT_SCALE,
    P_TEST_NEG,
    P_W_NOISE,
    P_WMODE,
)
from aimcsim.kernels.rng import pool_window


@nb.njit(cache=True, inline="always", error_model="numpy")
def _nm_alpha(x: np.ndarray, nm_mode: int, nm_thres: float) -> float:
    if nm_mode == 1:
        a = 0.0
        for v in x:
            av = abs(v)
            if av > a:
                a = av
        if nm_thres > 0.0 and a > nm_thres:
            a = nm_thres
        return a
    if nm_mode == 2:
        a = -np.inf
        for v in x:
            if v > a:
                a = v
        return a
    if nm_mode == 3:
        return nm_thres if nm_thres > 0.0 else 1.0
    return 1.0


@nb.njit(cache=True, inline="always", error_model="numpy")
def _finite(x: np.ndarray) -> bool:
    s = 0.0
    for v in x:
        s += v * 0.0
    return s == 0.0


@nb.njit(cache=True, parallel=True, error_model="numpy")
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
    """Scale, quantise, clip and add noise to each input vector (row of ``x``).

    Writes the DAC output into ``out_x`` (same shape) and the applied input scale
    ``1/(alpha_nm*red)`` into ``out_scale`` (0 for a vector that noise management zeroes).
    ``row_ids`` are the original batch indices of the rows (for the noise keys). ``aux``
    receives ``x'^2`` (``aux_mode`` 1), ``|x'|`` (2) or both stacked (3: rows ``[0, n)`` and
    ``[n, 2n)``); unused otherwise. Returns the number of rows with a NaN or Inf input.
    """
    n, n_in = x.shape
    seed_in = seed ^ INP_SEED_XOR
    inv_dx = 1.0 / delta_x
    n_bad = 0
    for r in nb.prange(n):
        xr = x[r]
        if not _finite(xr):
            n_bad += 1
        a = _nm_alpha(xr, nm_mode, nm_thres)
        if nm_mode != 0 and a <= 0.0 and inp_noise <= 0.0:
            out_scale[r] = 0.0
            for j in range(n_in):
                out_x[r, j] = 0.0
            if aux_mode == 1 or aux_mode == 2:
                for j in range(n_in):
                    aux[r, j] = 0.0
            elif aux_mode == 3:
                for j in range(n_in):
                    aux[r, j] = 0.0
                    aux[n + r, j] = 0.0
            continue
        if nm_mode != 0 and a <= 0.0:
            a = 1.0
        scale = 1.0 / (a * red)
        lo = -bound if bound > 0.0 else -np.inf
        hi = bound if bound > 0.0 else np.inf
        xo = out_x[r]
        if aux_mode == 3 and inp_noise <= 0.0 and quantize:
            # common case in one pass: DAC, x'^2 and |x'| together
            for j in range(n_in):
                q = np.float32(min(max(np.rint(float(xr[j]) * scale * inv_dx) * delta_x, lo), hi))
                xo[j] = q
                aux[r, j] = q * q
                aux[n + r, j] = abs(q)
            out_scale[r] = scale
            continue
        if quantize:
            for j in range(n_in):
                xo[j] = min(max(np.rint(float(xr[j]) * scale * inv_dx) * delta_x, lo), hi)
        else:
            for j in range(n_in):
                xo[j] = min(max(float(xr[j]) * scale, lo), hi)
        if inp_noise > 0.0:
            st, sg = pool_window(seed_in, offset + np.uint64(pass_idx * n_rows_total + row_ids[r]))
            f = inp_noise * sg
            for j in range(n_in):
                xo[j] = float(xo[j]) + f * float(pool[st + j])
        if aux_mode == 1:
            for j in range(n_in):
                aux[r, j] = xo[j] * xo[j]
        elif aux_mode == 2:
            for j in range(n_in):
                aux[r, j] = abs(xo[j])
        elif aux_mode == 3:
            for j in range(n_in):
                aux[r, j] = xo[j] * xo[j]
                aux[n + r, j] = abs(xo[j])
        out_scale[r] = scale
    return n_bad


@nb.njit(cache=True, parallel=True, error_model="numpy")
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
    """Everything after the analog products, for each row ``r`` of ``y`` (one vector).

    Operands are C-contiguous GEMM outputs: ``y = yy[:, :n_cols]`` and, when ``yy`` has
    ``2 n_cols`` columns, the IR-drop product ``ir_y = yy[:, n_cols:]``; ``gg`` is the ``|W|``
    GEMM output, ``var_elem = gg[var_off:var_off+n]`` (``var_off < 0``: no PCM read noise) and
    ``ir_a = gg[ira_off:ira_off+n]``. Per column ``c``: ``v = y - ir_drop * g(ir_k * ir_a) *
    ir_y`` (IR drop, ``g(a) = a (a (0.05 a - 0.2) + 0.5)``), plus a Gaussian of variance
    ``out_noise**2 + w_noise2 * var_elem[r, c] + var_row[r]`` (``var_row`` empty: term off),
    plus the static ADC offset ``offset_codes[c]`` LSB (empty: none); ADC rounding on the
    ``delta_y`` grid and clipping to ``+-bound``; the mean over ``n_reads`` independent reads;
    times ``factor[r] * col_factor[c]`` (``col_factor`` empty: 1). The result goes to (or, with
    ``accumulate``, is added to) ``out[row_ids[r], c]``. ``hit[r]`` is set when any read of the
    vector saturated (``y > bound``, or ``y < -bound`` with ``test_neg``).
    """
    n = yy.shape[0]
    has_ir = yy.shape[1] >= 2 * n_cols
    has_ve = var_off >= 0
    has_vr = var_row.shape[0] > 0
    has_off = offset_codes.shape[0] > 0
    has_cf = col_factor.shape[0] > 0
    inv_dy = 1.0 / delta_y
    inv_reads = 1.0 / n_reads
    on2 = out_noise * out_noise
    bnd = bound if bound > 0.0 else np.inf
    nbnd = -bnd
    tn = 1 if test_neg else 0
    for r in nb.prange(n):
        nh = 0
        s2r = on2
        if has_vr:
            s2r += var_row[r]
        sd_row = math.sqrt(s2r)
        noisy = s2r > 0.0 or has_ve
        f = factor[r] * inv_reads
        orow = out[row_ids[r]]
        key0 = offset + np.uint64((pass_idx * n_rows_total + row_ids[r]) * n_reads)
        for k in range(n_reads):
            st, sg = pool_window(seed, key0 + np.uint64(k))
            if not noisy:
                sg = 0.0
            for c in range(n_cols):
                v = float(yy[r, c])
                if has_ir:
                    a = ir_k * gg[ira_off + r, c]
                    v -= ir_drop * (a * (a * (0.05 * a - 0.2) + 0.5)) * yy[r, n_cols + c]
                if has_off:
                    v += offset_codes[c] * delta_y
                sd = math.sqrt(s2r + w_noise2 * gg[var_off + r, c]) if has_ve else sd_row
                v += sd * sg * float(pool[st + c])
                if quantize:
                    v = np.rint(v * inv_dy) * delta_y
                # branch-free saturation test and clip (lets LLVM vectorise the loop)
                nh += int(v > bnd) | (int(v < nbnd) & tn)
                v = min(max(v, nbnd), bnd)
                g = f * v
                if has_cf:
                    g *= col_factor[c]
                if accumulate or k > 0:
                    orow[c] += g
                else:
                    orow[c] = g
        hit[r] = nh > 0


@nb.njit(cache=True, error_model="numpy")
def mvm_vectors(
    x: np.ndarray,
    w: np.ndarray,
    abs_w: np.ndarray,
    prm: np.ndarray,
    seed: np.uint64,
    offset: np.uint64,
    pool: np.ndarray,
    col_factor: np.ndarray,
    out: np.ndarray,
) -> int:
    """The complete one-pass analog MVM for each row of ``x`` (aihwkit ``forwardVector``).

    ``w`` is ``(n_out, n_in)`` float32, ``abs_w`` its absolute value (only read for PCM read
    noise; may be ``w`` otherwise). ``prm`` packs the scalar parameters (indices ``P_*``):
    noise management, DAC step/bound/quantise flag, input noise, weight noise mode (0 none,
    1 additive constant, 2 PCM read) and size, output noise, ADC step/bound/quantise flag,
    iterative bound management, negative bound test, ``bm_limit`` (re-reads stop once the
    reduction exceeds it) and ``out_scale``. ``col_factor`` (empty or ``(n_out,)``) scales the
    outputs per column. Draws the same noise samples as the batched path
    (:func:`dac_prepare` + GEMM + :func:`output_stage`) with ``n_reads = 1``. No IR drop, no
    ADC offset (use the batched path for those). Returns the number of rows with NaN/Inf.
    """
    n, n_in = x.shape
    n_out = w.shape[0]
    nm_mode = int(prm[P_NM])
    nm_thres = prm[P_NM_THRES]
    delta_x = prm[P_DX]
    inp_bound = prm[P_INP_BOUND]
    dac_quantize = prm[P_DAC_Q] != 0.0
    inp_noise = prm[P_INP_NOISE]
    w_noise_mode = int(prm[P_WMODE])
    w_noise = prm[P_W_NOISE]
    out_noise = prm[P_OUT_NOISE]
    delta_y = prm[P_DY]
    out_bound = prm[P_OUT_BOUND]
    adc_quantize = prm[P_ADC_Q] != 0.0
    bm_iterative = prm[P_BM] != 0.0
    test_neg = prm[P_TEST_NEG] != 0.0
    bm_limit = prm[P_BM_LIMIT]
    out_scale = prm[P_OUT_SCALE]
    has_cf = col_factor.shape[0] > 0
    seed_in = seed ^ INP_SEED_XOR
    inv_dx = 1.0 / delta_x
    inv_dy = 1.0 / delta_y
    lo = -inp_bound if inp_bound > 0.0 else -np.inf
    hi = inp_bound if inp_bound > 0.0 else np.inf
    xq = np.empty(n_in, dtype=np.float32)
    x2 = np.empty(n_in, dtype=np.float32)
    n_bad = 0
    for r in range(n):
        if not _finite(x[r]):
            n_bad += 1
        a = _nm_alpha(x[r], nm_mode, nm_thres)
        if nm_mode != 0 and a <= 0.0 and inp_noise <= 0.0:
            for i in range(n_out):
                out[r, i] = 0.0
            continue
        if nm_mode != 0 and a <= 0.0:
            a = 1.0
        red = 1.0
        p = 0
        while True:
            scale = 1.0 / (a * red)
            if dac_quantize:
                for j in range(n_in):
                    xq[j] = min(max(np.rint(float(x[r, j]) * scale * inv_dx) * delta_x, lo), hi)
            else:
                for j in range(n_in):
                    xq[j] = min(max(float(x[r, j]) * scale, lo), hi)
            if inp_noise > 0.0:
                st, sg = pool_window(seed_in, offset + np.uint64(p * n + r))
                fn = inp_noise * sg
                for j in range(n_in):
                    xq[j] = float(xq[j]) + fn * float(pool[st + j])
            sq = 0.0
            if w_noise_mode == 1:
                for j in range(n_in):
                    sq += float(xq[j]) * float(xq[j])
            yv = np.dot(w, xq)
            if w_noise_mode == 2:
                for j in range(n_in):
                    x2[j] = xq[j] * xq[j]
                vv = np.dot(abs_w, x2)
            st, sg = pool_window(seed, offset + np.uint64(p * n + r))
            s2r = out_noise * out_noise
            if w_noise_mode == 1:
                s2r += w_noise * w_noise * sq
            if s2r <= 0.0 and w_noise_mode != 2:
                sg = 0.0
            sd = math.sqrt(s2r)
            hit = False
            for i in range(n_out):
                if w_noise_mode == 2:
                    sd = math.sqrt(s2r + w_noise * w_noise * vv[i])
                v = float(yv[i]) + sd * sg * float(pool[st + i])
                if adc_quantize:
                    v = np.rint(v * inv_dy) * delta_y
                if out_bound > 0.0:
                    if v > out_bound:
                        hit = True
                        v = out_bound
                    elif v < -out_bound:
                        if test_neg:
                            hit = True
                        v = -out_bound
                out[r, i] = v
            if not bm_iterative or not hit or red > bm_limit:
                break
            red *= 2.0
            p += 1
        f = out_scale / scale
        for i in range(n_out):
            g = out[r, i] * f
            if has_cf:
                g *= col_factor[i]
            out[r, i] = g
    return n_bad
