"""Elementwise device kernels: PCM / HERMES programming noise, drift exponents, drift + 1/f read.

Equations of aihwkit 1.2.0 ``PCMLikeNoiseModel`` (``noise/pcm.py:100-158``) and
``HermesNoiseModel`` (``noise/hermes.py:91-274``), see noise-model.md 3.2-3.4 and 3.7.
``model`` codes: 0 = PCM, 1 = HERMES 2 devices/polarity, 2 = HERMES 1 device/polarity.
All conductances in uS, times in s. Arrays are 1-D (callers pass ``.ravel()``). The per-device
kernels :func:`program_devices` / :func:`drift_read` take Gaussian samples ``xi`` drawn by the
caller; the fused per-pair kernels :func:`program_pairs` / :func:`drift_exponents` /
:func:`drift_pairs` (used by the noise models) draw counter-based samples themselves from a
64-bit seed, see the comment above them. Their numpy twins, the same numbers to the bit, are
in :mod:`aimcsim.kernels.device_np` (with the model codes and constants).
"""

from __future__ import annotations

import math

import numpy as np

from aimcsim.kernels.device_np import HERMES2, NU_SEED_XOR, PCM, ZERO_CLIP, mu_sig_nu, q_s
from aimcsim.kernels.jit import nb
from aimcsim.kernels.rng import ZIG_R, ZIG_X, gauss_at

_ZERO_CLIP = ZERO_CLIP


@nb.njit(cache=True, inline="always", error_model="numpy")
def _mu_sig_nu(gr: float, model: int) -> tuple[float, float]:
    if model == PCM:
        lg = math.log(gr)
        mu = min(max(-0.0155 * lg + 0.0244, 0.049), 0.1)
        sg = min(max(-0.0125 * lg - 0.0059, 0.008), 0.045)
        return mu, sg
    if gr < 0.0945:
        mu = min(max(-0.0387 * math.log(gr) - 0.0182, 0.072), 0.13)
    else:
        mu = -0.0436 * gr * gr - 0.0126 * gr + 0.0736
    if model == HERMES2:
        if gr < 0.3055:
            sg = min(max(-0.0117 * math.log(gr) - 0.0057, 0.0091), 0.04)
        else:
            sg = -0.0118 * gr * gr + 0.0093 * gr + 0.0073
    else:
        if gr < 0.3039:
            sg = min(max(-0.0120 * math.log(gr) - 0.0023, 0.0124), 0.04)
        else:
            sg = -0.0165 * gr * gr + 0.0116 * gr + 0.0104
    return mu, sg


@nb.njit(cache=True, inline="always", error_model="numpy")
def _q_s(gr: float, model: int) -> float:
    if model == PCM:
        return min(0.0088 / max(gr**0.65, 1e-3), 0.2)
    g = max(gr, _ZERO_CLIP)
    if model == HERMES2:
        if g < 0.16:
            return min(max(-0.0117 * math.log(g) - 0.0069, 0.015), 0.04)
        return 0.0069 * g * g * g - 0.0280 * g * g + 0.0211 * g + 0.0123
    if g < 0.1591:
        return min(max(-0.0078 * math.log(g) + 0.0038, 0.0179), 0.04)
    return 0.0664 * g * g * g - 0.1352 * g * g + 0.0768 * g + 0.0088


@nb.njit(cache=True, error_model="numpy")
def program_devices(
    g_target: np.ndarray,
    xi_prog: np.ndarray,
    xi_nu: np.ndarray,
    coeffs: np.ndarray,
    g_max: float,
    g_ref: float,
    prog_scale: float,
    drift_scale: float,
    model: int,
    g_prog: np.ndarray,
    nu: np.ndarray,
) -> None:
    """Programming noise and drift exponents of each device (1-D arrays, uS).

    ``sigma = sum_k coeffs[k] (G_T/g_max)^k * g_max/g_ref``; ``G_prog = max(0, G_T +
    prog_scale*sigma*xi_prog)``; ``nu = |mu(G_T) + sig(G_T)*xi_nu| * drift_scale``.
    """
    for e in range(g_target.shape[0]):
        gt = g_target[e]
        rel = gt / g_max
        s = 0.0
        p = 1.0
        for c in coeffs:
            s += c * p
            p *= rel
        s *= g_max / g_ref
        g_prog[e] = max(0.0, gt + prog_scale * s * xi_prog[e])
        gr = max(abs(rel), _ZERO_CLIP)
        mu, sg = _mu_sig_nu(gr, model)
        nu[e] = abs(mu + sg * xi_nu[e]) * drift_scale


def program_devices_ref(
    g_target: np.ndarray,
    xi_prog: np.ndarray,
    xi_nu: np.ndarray,
    coeffs: np.ndarray,
    g_max: float,
    g_ref: float,
    prog_scale: float,
    drift_scale: float,
    model: int,
) -> tuple[np.ndarray, np.ndarray]:
    """Numpy twin of :func:`program_devices`; returns ``(g_prog, nu)``."""
    rel = g_target / g_max
    sigma = np.zeros_like(rel)
    for k, c in enumerate(coeffs):
        sigma = sigma + c * rel**k
    sigma = sigma * g_max / g_ref
    g_prog = np.maximum(0.0, g_target + prog_scale * sigma * xi_prog)
    mu, sg = mu_sig_nu(np.maximum(np.abs(rel), _ZERO_CLIP), model)
    return g_prog, np.abs(mu + sg * xi_nu) * drift_scale


@nb.njit(cache=True, error_model="numpy")
def drift_read(
    g_prog: np.ndarray,
    nu: np.ndarray,
    xi: np.ndarray,
    t_inf_s: float,
    t0_s: float,
    t_read_s: float,
    g_max: float,
    read_scale: float,
    model: int,
    out: np.ndarray,
) -> None:
    """Conductance at inference time ``t_inf_s`` after programming (aihwkit ``pcm.py:132-158``).

    ``t = t_inf + t0``; drift ``G_prog (t/t0)^-nu`` if ``t > t0``; 1/f read noise
    ``|G_drift| * read_scale * Q_s(|G_prog|/g_max) * sqrt(ln((t+t_read)/(2 t_read))) * xi``;
    result clipped at 0.
    """
    t = t_inf_s + t0_s
    tf = math.sqrt(math.log((t + t_read_s) / (2.0 * t_read_s))) if t > 0 else 0.0
    ratio = t / t0_s
    for e in range(g_prog.shape[0]):
        gp = g_prog[e]
        gd = gp * ratio ** (-nu[e]) if t > t0_s else gp
        if t > 0:
            qs = _q_s(abs(gp) / g_max, model)
            g = gd + abs(gd) * read_scale * qs * tf * xi[e]
        else:
            g = gp
        out[e] = max(g, 0.0)


def drift_read_ref(
    g_prog: np.ndarray,
    nu: np.ndarray,
    xi: np.ndarray,
    t_inf_s: float,
    t0_s: float,
    t_read_s: float,
    g_max: float,
    read_scale: float,
    model: int,
) -> np.ndarray:
    """Numpy twin of :func:`drift_read`."""
    t = t_inf_s + t0_s
    gd = g_prog * (t / t0_s) ** (-nu) if t > t0_s else g_prog.copy()
    if t <= 0:
        return np.maximum(g_prog, 0.0)
    tf = math.sqrt(math.log((t + t_read_s) / (2.0 * t_read_s)))
    qs = q_s(np.abs(g_prog) / g_max, model)
    return np.maximum(gd + np.abs(gd) * read_scale * qs * tf * xi, 0.0)


# --- fused per-pair kernels with counter-based noise -----------------------------------------
#
# The kernels below do the whole single-pair flow of one crossbar in one parallel pass and draw
# their Gaussian samples themselves from the counter-based ZIGNOR generator of
# :mod:`aimcsim.kernels.rng`: sample ``2e`` (positive device) and ``2e + 1`` (negative device)
# of weight ``e`` in a 64-bit stream ``seed``. Each sample is a pure function of
# ``(seed, index)``, so a sample that does not affect the result (the drift exponent and read
# noise of a device at exactly 0 uS) need not be drawn, and the drift exponents drawn "at
# programming" can be evaluated when they are first used without changing their values.
# Conversions are those of :mod:`aimcsim.functional.mapping`: ``G+ = clip(w s, 0, g_max) +
# g_min``, ``G- = clip(-w s, 0, g_max) + g_min``, ``w = ((G+ - g_min) - (G- - g_min)) / s``.


@nb.njit(cache=True, inline="always", error_model="numpy")
def _sigma_prog(gt: float, coeffs: np.ndarray, g_max: float, g_ref: float) -> float:
    rel = gt / g_max
    s = 0.0
    p = 1.0
    for c in coeffs:
        s += c * p
        p *= rel
    return s * (g_max / g_ref)


@nb.njit(cache=True, inline="always", error_model="numpy")
def _nu_of(gt: float, g_max: float, model: int, drift_scale: float, xi: float) -> float:
    gr = max(abs(gt / g_max), _ZERO_CLIP)
    mu, sg = _mu_sig_nu(gr, model)
    return abs(mu + sg * xi) * drift_scale


@nb.njit(cache=True, parallel=True, error_model="numpy")
def program_pairs(
    w: np.ndarray,
    s: float,
    g_max: float,
    g_min: float,
    coeffs: np.ndarray,
    g_ref: float,
    prog_scale: float,
    seed: np.uint64,
    out: np.ndarray,
) -> None:
    """Programmed weights of a single differential pair per weight (1-D ``w``, tile units).

    Targets ``G+-`` from ``w`` and the scale ``s`` (uS per unit); each device gets
    ``G_prog = max(0, G_T + prog_scale * sigma_prog(G_T) * xi)`` with ``xi`` sample ``2e`` /
    ``2e + 1`` of stream ``seed``; ``out[e] = ((G+_prog - g_min) - (G-_prog - g_min)) / s``.
    """
    zx = ZIG_X
    zr = ZIG_R
    for e in nb.prange(w.shape[0]):
        ws = w[e] * s
        gp_t = min(max(ws, 0.0), g_max) + g_min
        gn_t = min(max(-ws, 0.0), g_max) + g_min
        k = np.uint64(2 * e)
        xp = gauss_at(seed, k, zx, zr)
        xn = gauss_at(seed, k + np.uint64(1), zx, zr)
        gp = max(0.0, gp_t + prog_scale * _sigma_prog(gp_t, coeffs, g_max, g_ref) * xp)
        gn = max(0.0, gn_t + prog_scale * _sigma_prog(gn_t, coeffs, g_max, g_ref) * xn)
        out[e] = ((gp - g_min) - (gn - g_min)) / s


@nb.njit(cache=True, parallel=True, error_model="numpy")
def drift_exponents(
    w: np.ndarray,
    s: float,
    g_max: float,
    g_min: float,
    drift_scale: float,
    model: int,
    seed: np.uint64,
    nu_pos: np.ndarray,
    nu_neg: np.ndarray,
) -> None:
    """Drift exponents ``nu = |mu(G_T) + sig(G_T) xi| * drift_scale`` of both devices of each
    target weight (``xi``: samples ``2e`` / ``2e + 1`` of ``seed ^ NU_SEED_XOR``)."""
    zx = ZIG_X
    zr = ZIG_R
    sd = seed ^ NU_SEED_XOR
    for e in nb.prange(w.shape[0]):
        ws = w[e] * s
        k = np.uint64(2 * e)
        nu_pos[e] = _nu_of(
            min(max(ws, 0.0), g_max) + g_min, g_max, model, drift_scale, gauss_at(sd, k, zx, zr)
        )
        nu_neg[e] = _nu_of(
            min(max(-ws, 0.0), g_max) + g_min,
            g_max,
            model,
            drift_scale,
            gauss_at(sd, k + np.uint64(1), zx, zr),
        )


@nb.njit(cache=True, inline="always", error_model="numpy")
def _device_at(
    g: float,
    gt: float,
    k: np.uint64,
    seed_nu: np.uint64,
    seed_read: np.uint64,
    g_max: float,
    drift_scale: float,
    model: int,
    drift_on: bool,
    log_ratio: float,
    read_f: float,
    zx: np.ndarray,
    zr: np.ndarray,
) -> float:
    if g == 0.0:
        return 0.0  # drift and 1/f noise are multiplicative in |G|: exactly 0 (no draw needed)
    gd = g
    if drift_on:
        nu = _nu_of(gt, g_max, model, drift_scale, gauss_at(seed_nu, k, zx, zr))
        gd = g * math.exp(-nu * log_ratio)  # (t/t0)^-nu
    if read_f != 0.0:
        qs = _q_s(abs(g) / g_max, model)
        gd = gd + abs(gd) * read_f * qs * gauss_at(seed_read, k, zx, zr)
    return max(gd, 0.0)


@nb.njit(cache=True, parallel=True, error_model="numpy")
def drift_pairs(
    w_prog: np.ndarray,
    s: float,
    w_target: np.ndarray,
    s_target: float,
    g_max: float,
    g_min: float,
    drift_scale: float,
    model: int,
    seed_prog: np.uint64,
    seed_read: np.uint64,
    t_inf_s: float,
    t0_s: float,
    t_read_s: float,
    read_scale: float,
    out: np.ndarray,
) -> None:
    """Weights at ``t_inf_s`` after programming, re-split (aihwkit ``noise/base.py:100-127``).

    ``w_prog`` is re-split into a pair with the scale ``s``; each device ``G`` becomes ``G_drift
    = G (t/t0)^-nu`` (if ``t = t_inf + t0 > t0``) plus ``|G_drift| * read_scale * Q_s(G/g_max) *
    sqrt(ln((t+t_read)/(2 t_read))) * xi`` (``xi``: sample ``2e``/``2e + 1`` of ``seed_read``),
    clipped at 0; ``nu`` is that device's drift exponent from its target ``w_target * s_target``
    (as :func:`drift_exponents` with ``seed_prog``). Same formulas as :func:`drift_read`.
    """
    zx = ZIG_X
    zr = ZIG_R
    t = t_inf_s + t0_s
    read_f = read_scale * math.sqrt(math.log((t + t_read_s) / (2.0 * t_read_s))) if t > 0 else 0.0
    log_ratio = math.log(t / t0_s) if t > 0 else 0.0
    drift_on = t > t0_s
    seed_nu = seed_prog ^ NU_SEED_XOR
    for e in nb.prange(w_prog.shape[0]):
        ws = w_prog[e] * s
        wt = w_target[e] * s_target
        k = np.uint64(2 * e)
        gp = _device_at(
            min(max(ws, 0.0), g_max) + g_min,
            min(max(wt, 0.0), g_max) + g_min,
            k,
            seed_nu,
            seed_read,
            g_max,
            drift_scale,
            model,
            drift_on,
            log_ratio,
            read_f,
            zx,
            zr,
        )
        gn = _device_at(
            min(max(-ws, 0.0), g_max) + g_min,
            min(max(-wt, 0.0), g_max) + g_min,
            k + np.uint64(1),
            seed_nu,
            seed_read,
            g_max,
            drift_scale,
            model,
            drift_on,
            log_ratio,
            read_f,
            zx,
            zr,
        )
        out[e] = ((gp - g_min) - (gn - g_min)) / s
