"""Fused elementwise stages of the analog MVM (aihwkit ``forwardVector`` order, one pass).

The big products (``x' @ W.T``, ``x'^2 @ |W|.T``, IR-drop terms) are BLAS GEMMs called by
:mod:`aimcsim.functional.forward`; these kernels do the elementwise work around them:

* :func:`dac_prepare`: noise management (per-vector input scale), DAC rounding on the
  ``delta_x`` grid (round half to even), clipping to ``+-bound``, input noise.
* :func:`adc_finalize`: output-referred weight noise and output noise (one Gaussian with the
  summed variance), ADC rounding on the ``delta_y`` grid, saturation test for bound management
  and clipping, averaged over ``n_reads`` repeated reads.
* :func:`mvm_vectors`: the whole per-vector algorithm for small batches (one call, no BLAS),
  used for batch-1 latency; it draws the same noise samples as the batched path.

Noise sample indices: for pass ``p`` (bound-management re-read), original row ``r``, column
``c`` and read ``k``: ``offset + ((p*n_rows_total + r)*n_cols + c)*n_reads + k`` of the stream
``seed`` (see :mod:`aimcsim.kernels.rng`). Input noise uses stream ``seed ^ INP_SEED_XOR`` with
index ``offset + (p*n_rows_total + r)*n_in + j``.

Noise management codes: 0 none, 1 abs_max, 2 max, 3 constant.
"""

from __future__ import annotations

import math

import numba as nb
import numpy as np

from aimcsim.kernels.rng import ZIG_R, ZIG_X, gauss_at, gauss_fill_ref

INP_SEED_XOR = np.uint64(0x5DEECE66D)
NM_NONE, NM_ABS_MAX, NM_MAX, NM_CONSTANT = 0, 1, 2, 3


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
    out_x: np.ndarray,
    out_scale: np.ndarray,
) -> None:
    """Scale, quantise, clip and add noise to each input vector (row of ``x``).

    Writes the DAC output into ``out_x`` (same shape) and the applied input scale
    ``1/(alpha_nm*red)`` into ``out_scale`` (0 for a vector that noise management zeroes).
    ``row_ids`` are the original batch indices of the rows (for the noise indices).
    """
    n, n_in = x.shape
    zx = ZIG_X
    zr = ZIG_R
    seed_in = seed ^ INP_SEED_XOR
    for r in nb.prange(n):
        a = _nm_alpha(x[r], nm_mode, nm_thres)
        if nm_mode != 0 and a <= 0.0 and inp_noise <= 0.0:
            out_scale[r] = 0.0
            for j in range(n_in):
                out_x[r, j] = 0.0
            continue
        if nm_mode != 0 and a <= 0.0:
            a = 1.0
        scale = 1.0 / (a * red)
        base = offset + (np.uint64(pass_idx) * np.uint64(n_rows_total) + np.uint64(row_ids[r])) * (
            np.uint64(n_in)
        )
        for j in range(n_in):
            v = x[r, j] * scale
            if quantize:
                v = np.rint(v / delta_x) * delta_x
            if bound > 0.0:
                v = min(max(v, -bound), bound)
            if inp_noise > 0.0:
                v += inp_noise * gauss_at(seed_in, base + np.uint64(j), zx, zr)
            out_x[r, j] = v
        out_scale[r] = scale


def dac_prepare_ref(
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
    seed: int,
    offset: int,
) -> tuple[np.ndarray, np.ndarray]:
    """Numpy twin of :func:`dac_prepare`; returns ``(x_dac, scale)``."""
    x64 = x.astype(np.float64)
    if nm_mode == NM_ABS_MAX:
        a = np.abs(x64).max(axis=1)
        if nm_thres > 0:
            a = np.minimum(a, nm_thres)
    elif nm_mode == NM_MAX:
        a = x64.max(axis=1)
    elif nm_mode == NM_CONSTANT:
        a = np.full(x.shape[0], nm_thres if nm_thres > 0 else 1.0)
    else:
        a = np.ones(x.shape[0])
    zero = (a <= 0) & (nm_mode != NM_NONE)
    a = np.where(zero, 1.0, a)
    scale = 1.0 / (a * red)
    v = x64 * scale[:, None]
    if quantize:
        v = np.rint(v / delta_x) * delta_x
    if bound > 0:
        v = np.clip(v, -bound, bound)
    if inp_noise > 0:
        n_in = x.shape[1]
        noise = gauss_fill_ref(
            int(np.uint64(seed) ^ INP_SEED_XOR), (1, (pass_idx + 1) * n_rows_total * n_in + offset)
        ).ravel()[offset:]
        idx = (pass_idx * n_rows_total + row_ids[:, None]) * n_in + np.arange(n_in)[None, :]
        v = v + inp_noise * noise[idx]
    if inp_noise <= 0:
        v[zero] = 0.0
        scale = np.where(zero, 0.0, scale)
    return v, scale


@nb.njit(cache=True, parallel=True, error_model="numpy")
def adc_finalize(
    y: np.ndarray,
    var_elem: np.ndarray,
    var_row: np.ndarray,
    row_ids: np.ndarray,
    n_rows_total: int,
    pass_idx: int,
    out_noise: float,
    n_reads: int,
    delta_y: float,
    bound: float,
    quantize: bool,
    test_neg: bool,
    offset_codes: np.ndarray,
    seed: np.uint64,
    offset: np.uint64,
    out: np.ndarray,
    hit: np.ndarray,
) -> None:
    """Add output noise, quantise and saturate the analog outputs ``y`` (rows = vectors).

    The Gaussian added to ``y[r, c]`` has variance ``out_noise**2 + var_elem[r, c] +
    var_row[r]`` (``var_elem``/``var_row`` may be empty: shape ``(0, 0)``/``(0,)``), i.e. output
    noise plus output-referred weight read noise. ``offset_codes`` (empty or ``(n_cols,)``) is a
    static ADC offset in LSB. Each of ``n_reads`` reads is noised and converted separately and
    the digital results averaged. ``hit[r]`` is set when any read of vector ``r`` saturated.
    """
    n, n_cols = y.shape
    zx = ZIG_X
    zr = ZIG_R
    has_ve = var_elem.shape[0] > 0
    has_vr = var_row.shape[0] > 0
    has_off = offset_codes.shape[0] > 0
    inv_reads = 1.0 / n_reads
    for r in nb.prange(n):
        h = False
        base = (np.uint64(pass_idx) * np.uint64(n_rows_total) + np.uint64(row_ids[r])) * np.uint64(
            n_cols * n_reads
        ) + offset
        s2r = out_noise * out_noise
        if has_vr:
            s2r += var_row[r]
        noisy = s2r > 0.0 or has_ve
        xi = np.zeros(n_cols * n_reads)
        if noisy:
            for e in range(n_cols * n_reads):
                xi[e] = gauss_at(seed, base + np.uint64(e), zx, zr)
        sd_row = math.sqrt(s2r)
        if n_reads == 1 and not has_ve and not has_off:
            for c in range(n_cols):
                v = y[r, c] + sd_row * xi[c]
                if quantize:
                    v = np.rint(v / delta_y) * delta_y
                if bound > 0.0:
                    if v > bound:
                        h = True
                        v = bound
                    elif v < -bound:
                        h = h or test_neg
                        v = -bound
                out[r, c] = v
            hit[r] = h
            continue
        for c in range(n_cols):
            s2 = s2r
            if has_ve:
                s2 += var_elem[r, c]
            sd = math.sqrt(s2)
            v0 = y[r, c]
            if has_off:
                v0 += offset_codes[c] * delta_y
            acc = 0.0
            for k in range(n_reads):
                v = v0 + sd * xi[c * n_reads + k]
                if quantize:
                    v = np.rint(v / delta_y) * delta_y
                if bound > 0.0:
                    if v > bound:
                        h = True
                        v = bound
                    elif v < -bound:
                        if test_neg:
                            h = True
                        v = -bound
                acc += v
            out[r, c] = acc * inv_reads
        hit[r] = h


def adc_finalize_ref(
    y: np.ndarray,
    var_elem: np.ndarray,
    var_row: np.ndarray,
    row_ids: np.ndarray,
    n_rows_total: int,
    pass_idx: int,
    out_noise: float,
    n_reads: int,
    delta_y: float,
    bound: float,
    quantize: bool,
    test_neg: bool,
    offset_codes: np.ndarray,
    seed: int,
    offset: int,
) -> tuple[np.ndarray, np.ndarray]:
    """Numpy twin of :func:`adc_finalize`; returns ``(out, hit)``."""
    n, n_cols = y.shape
    s2 = np.full(y.shape, out_noise**2)
    if var_elem.shape[0]:
        s2 = s2 + var_elem
    if var_row.shape[0]:
        s2 = s2 + var_row[:, None]
    sd = np.sqrt(s2)
    v0 = y.astype(np.float64)
    if offset_codes.shape[0]:
        v0 = v0 + offset_codes[None, :] * delta_y
    total = (pass_idx + 1) * n_rows_total * n_cols * n_reads
    noise = gauss_fill_ref(seed, (1, total + offset)).ravel()[offset:]
    idx = (
        (pass_idx * n_rows_total + row_ids[:, None, None]) * n_cols
        + np.arange(n_cols)[None, :, None]
    ) * n_reads + np.arange(n_reads)[None, None, :]
    v = v0[:, :, None] + np.where(sd[:, :, None] > 0, sd[:, :, None] * noise[idx], 0.0)
    if quantize:
        v = np.rint(v / delta_y) * delta_y
    hit: np.ndarray = np.zeros(n, dtype=bool)
    if bound > 0:
        over = v > bound
        if test_neg:
            over |= v < -bound
        hit = np.asarray(over.any(axis=(1, 2)), dtype=bool)
        v = np.clip(v, -bound, bound)
    return v.mean(axis=2), hit


@nb.njit(cache=True, error_model="numpy")
def mvm_vectors(
    x: np.ndarray,
    w: np.ndarray,
    abs_w: np.ndarray,
    nm_mode: int,
    nm_thres: float,
    delta_x: float,
    inp_bound: float,
    dac_quantize: bool,
    inp_noise: float,
    w_noise_mode: int,
    w_noise: float,
    out_noise: float,
    delta_y: float,
    out_bound: float,
    adc_quantize: bool,
    bm_iterative: bool,
    test_neg: bool,
    bm_limit: float,
    out_scale: float,
    seed: np.uint64,
    offset: np.uint64,
    out: np.ndarray,
) -> None:
    """The complete one-pass analog MVM for each row of ``x`` (aihwkit ``forwardVector``).

    ``w`` is ``(n_out, n_in)`` float32, ``abs_w`` its absolute value (only read for PCM read
    noise; may be ``w`` otherwise). ``w_noise_mode``: 0 none, 1 additive constant, 2 PCM read.
    ``bm_limit``: ``min(max_bm_factor, max_bm_res/delta_x)``; re-reads stop once the reduction
    exceeds it (aihwkit stop rules). Draws the same noise
    samples as the batched path (:func:`dac_prepare` + GEMM + :func:`adc_finalize`), with
    ``n_reads = 1``. No IR drop, no ADC offset (use the batched path for those).
    """
    n, n_in = x.shape
    n_out = w.shape[0]
    zx = ZIG_X
    zr = ZIG_R
    seed_in = seed ^ INP_SEED_XOR
    xq = np.empty(n_in, dtype=np.float32)
    x2 = np.empty(n_in, dtype=np.float32)
    for r in range(n):
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
            base_in = offset + (np.uint64(p) * np.uint64(n) + np.uint64(r)) * np.uint64(n_in)
            sq = 0.0
            for j in range(n_in):
                v = x[r, j] * scale
                if dac_quantize:
                    v = np.rint(v / delta_x) * delta_x
                if inp_bound > 0.0:
                    v = min(max(v, -inp_bound), inp_bound)
                if inp_noise > 0.0:
                    v += inp_noise * gauss_at(seed_in, base_in + np.uint64(j), zx, zr)
                xq[j] = v
                sq += float(xq[j]) * float(xq[j])
            base = offset + (np.uint64(p) * np.uint64(n) + np.uint64(r)) * np.uint64(n_out)
            hit = False
            yv = np.dot(w, xq)
            if w_noise_mode == 2:
                for j in range(n_in):
                    x2[j] = xq[j] * xq[j]
                vv = np.dot(abs_w, x2)
            for i in range(n_out):
                var = 0.0
                acc = yv[i]
                if w_noise_mode == 2:
                    var = w_noise * w_noise * vv[i]
                elif w_noise_mode == 1:
                    var = w_noise * w_noise * sq
                s2 = out_noise * out_noise + var
                v = float(acc)
                if s2 > 0.0:
                    v += math.sqrt(s2) * gauss_at(seed, base + np.uint64(i), zx, zr)
                if adc_quantize:
                    v = np.rint(v / delta_y) * delta_y
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
            out[r, i] *= f
