"""Elementwise device kernels: PCM / HERMES programming noise, drift exponents, drift + 1/f read.

Equations of aihwkit 1.2.0 ``PCMLikeNoiseModel`` (``noise/pcm.py:100-158``) and
``HermesNoiseModel`` (``noise/hermes.py:91-274``), see noise-model.md 3.2-3.4 and 3.7.
``model`` codes: 0 = PCM, 1 = HERMES 2 devices/polarity, 2 = HERMES 1 device/polarity.
All conductances in uS, times in s. Arrays are 1-D (callers pass ``.ravel()``); the Gaussian
samples ``xi`` are drawn in bulk by the caller from an injected ``np.random.Generator``.
"""

from __future__ import annotations

import math

import numba as nb
import numpy as np

PCM, HERMES2, HERMES1 = 0, 1, 2
_ZERO_CLIP = 1e-7


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
        return 0.0069 * g**3 - 0.0280 * g * g + 0.0211 * g + 0.0123
    if g < 0.1591:
        return min(max(-0.0078 * math.log(g) + 0.0038, 0.0179), 0.04)
    return 0.0664 * g**3 - 0.1352 * g * g + 0.0768 * g + 0.0088


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
    gr = np.maximum(np.abs(rel), _ZERO_CLIP)
    lg = np.log(gr)
    if model == PCM:
        mu = np.clip(-0.0155 * lg + 0.0244, 0.049, 0.1)
        sg = np.clip(-0.0125 * lg - 0.0059, 0.008, 0.045)
    else:
        mu = np.where(
            gr < 0.0945,
            np.clip(-0.0387 * lg - 0.0182, 0.072, 0.13),
            -0.0436 * gr**2 - 0.0126 * gr + 0.0736,
        )
        if model == HERMES2:
            sg = np.where(
                gr < 0.3055,
                np.clip(-0.0117 * lg - 0.0057, 0.0091, 0.04),
                -0.0118 * gr**2 + 0.0093 * gr + 0.0073,
            )
        else:
            sg = np.where(
                gr < 0.3039,
                np.clip(-0.0120 * lg - 0.0023, 0.0124, 0.04),
                -0.0165 * gr**2 + 0.0116 * gr + 0.0104,
            )
    return g_prog, np.abs(mu + sg * xi_nu) * drift_scale


def q_s_ref(gr: np.ndarray, model: int) -> np.ndarray:
    """1/f read-noise amplitude Q_s at relative programmed conductance ``gr`` (numpy)."""
    if model == PCM:
        return np.minimum(0.0088 / np.maximum(gr**0.65, 1e-3), 0.2)
    g = np.maximum(gr, _ZERO_CLIP)
    lg = np.log(g)
    if model == HERMES2:
        return np.where(
            g < 0.16,
            np.clip(-0.0117 * lg - 0.0069, 0.015, 0.04),
            0.0069 * g**3 - 0.0280 * g**2 + 0.0211 * g + 0.0123,
        )
    return np.where(
        g < 0.1591,
        np.clip(-0.0078 * lg + 0.0038, 0.0179, 0.04),
        0.0664 * g**3 - 0.1352 * g**2 + 0.0768 * g + 0.0088,
    )


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
    qs = q_s_ref(np.abs(g_prog) / g_max, model)
    return np.maximum(gd + np.abs(gd) * read_scale * qs * tf * xi, 0.0)
