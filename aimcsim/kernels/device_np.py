"""Numpy twins of the fused per-pair device kernels of :mod:`aimcsim.kernels.device` (no numba).

Same signatures (outputs written into the last arguments), same formulas, same samples and the
same IEEE operations in the same order, hence the same numbers to the bit: the functional
model calls these on small weight matrices (:mod:`aimcsim.kernels.variants`), where they cost
less than compiling the numba kernels. ``model`` codes: 0 = PCM, 1 = HERMES 2 devices per
polarity, 2 = HERMES 1 device per polarity. Conductances in uS, times in s, arrays 1-D.

Sample ``2e`` (positive device) and ``2e + 1`` (negative device) of weight ``e`` in a 64-bit
stream ``seed`` (:func:`aimcsim.kernels.rng_np.gauss_at`). Conversions: ``G+ = clip(w s, 0,
g_max) + g_min``, ``G- = clip(-w s, 0, g_max) + g_min``, ``w = ((G+ - g_min) - (G- - g_min)) /
s``.
"""

from __future__ import annotations

import math

import numpy as np

from aimcsim.kernels.rng_np import gauss_at
from aimcsim.kernels.variants import BySize

PCM, HERMES2, HERMES1 = 0, 1, 2
ZERO_CLIP = 1e-7
"""Smallest relative conductance of the drift and 1/f formulas (their logarithms)."""
NU_SEED_XOR = np.uint64(0x3C6EF372FE94F82B)
"""Stream of the drift-exponent samples: ``program seed ^ NU_SEED_XOR``."""


def _clip(v: np.ndarray, lo: float, hi: float) -> np.ndarray:
    """``min(max(v, lo), hi)`` per element (as the kernels' scalar code)."""
    return np.minimum(np.maximum(v, lo), hi)


def mu_sig_nu(gr: np.ndarray, model: int) -> tuple[np.ndarray, np.ndarray]:
    """Mean and standard deviation of the drift exponent at relative conductance ``gr``."""
    lg = np.log(gr)
    if model == PCM:
        return _clip(-0.0155 * lg + 0.0244, 0.049, 0.1), _clip(-0.0125 * lg - 0.0059, 0.008, 0.045)
    mu = np.where(
        gr < 0.0945,
        _clip(-0.0387 * lg - 0.0182, 0.072, 0.13),
        -0.0436 * gr * gr - 0.0126 * gr + 0.0736,
    )
    if model == HERMES2:
        sg = np.where(
            gr < 0.3055,
            _clip(-0.0117 * lg - 0.0057, 0.0091, 0.04),
            -0.0118 * gr * gr + 0.0093 * gr + 0.0073,
        )
    else:
        sg = np.where(
            gr < 0.3039,
            _clip(-0.0120 * lg - 0.0023, 0.0124, 0.04),
            -0.0165 * gr * gr + 0.0116 * gr + 0.0104,
        )
    return mu, sg


def q_s(gr: np.ndarray, model: int) -> np.ndarray:
    """1/f read-noise amplitude Q_s at relative programmed conductance ``gr``."""
    if model == PCM:
        return np.minimum(0.0088 / np.maximum(gr**0.65, 1e-3), 0.2)
    g = np.maximum(gr, ZERO_CLIP)
    lg = np.log(g)
    if model == HERMES2:
        return np.where(
            g < 0.16,
            _clip(-0.0117 * lg - 0.0069, 0.015, 0.04),
            0.0069 * g * g * g - 0.0280 * g * g + 0.0211 * g + 0.0123,
        )
    return np.where(
        g < 0.1591,
        _clip(-0.0078 * lg + 0.0038, 0.0179, 0.04),
        0.0664 * g * g * g - 0.1352 * g * g + 0.0768 * g + 0.0088,
    )


def _targets(w: np.ndarray, s: float, g_max: float, g_min: float) -> np.ndarray:
    """``(n, 2)`` conductances ``[G+, G-]`` of the pairs of weights ``w`` at scale ``s``."""
    ws = np.asarray(w, dtype=np.float64) * s
    return np.stack([_clip(ws, 0.0, g_max) + g_min, _clip(-ws, 0.0, g_max) + g_min], axis=1)


def _from_pairs(g: np.ndarray, s: float, g_min: float) -> np.ndarray:
    return ((g[:, 0] - g_min) - (g[:, 1] - g_min)) / s


def _device_keys(n_weights: int) -> np.ndarray:
    """Sample numbers ``[[2e, 2e + 1]]`` of the devices of ``n_weights`` pairs."""
    return np.arange(2 * n_weights, dtype=np.uint64).reshape(n_weights, 2)


def _nu_of(
    gt: np.ndarray, g_max: float, model: int, drift_scale: float, xi: np.ndarray
) -> np.ndarray:
    mu, sg = mu_sig_nu(np.maximum(np.abs(gt / g_max), ZERO_CLIP), model)
    return np.abs(mu + sg * xi) * drift_scale


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
    """Twin of :func:`aimcsim.kernels.device.program_pairs` (programmed weights into ``out``)."""
    g = _targets(w, s, g_max, g_min)
    rel = g / g_max
    sigma = np.zeros_like(g)
    p = np.ones_like(g)
    for c in coeffs:
        sigma = sigma + c * p
        p = p * rel
    sigma = sigma * (g_max / g_ref)
    xi = gauss_at(seed, _device_keys(g.shape[0]))
    out[:] = _from_pairs(np.maximum(0.0, g + prog_scale * sigma * xi), s, g_min)


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
    """Twin of :func:`aimcsim.kernels.device.drift_exponents`."""
    g = _targets(w, s, g_max, g_min)
    nu = _nu_of(g, g_max, model, drift_scale, gauss_at(seed ^ NU_SEED_XOR, _device_keys(len(g))))
    nu_pos[:] = nu[:, 0]
    nu_neg[:] = nu[:, 1]


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
    """Twin of :func:`aimcsim.kernels.device.drift_pairs` (weights at ``t_inf_s`` into
    ``out``); samples are drawn only for devices at a nonzero conductance, as there."""
    t = t_inf_s + t0_s
    read_f = read_scale * math.sqrt(math.log((t + t_read_s) / (2.0 * t_read_s))) if t > 0 else 0.0
    log_ratio = math.log(t / t0_s) if t > 0 else 0.0
    g = _targets(w_prog, s, g_max, g_min)
    on = g != 0.0  # drift and 1/f noise are multiplicative in |G|: exactly 0 stays 0
    keys = _device_keys(g.shape[0])[on]
    g_on = g[on]
    gd = g_on
    if t > t0_s:
        gt = _targets(w_target, s_target, g_max, g_min)[on]
        xi = gauss_at(seed_prog ^ NU_SEED_XOR, keys)
        gd = g_on * np.exp(-_nu_of(gt, g_max, model, drift_scale, xi) * log_ratio)
    if read_f != 0.0:
        qs = q_s(np.abs(g_on) / g_max, model)
        gd = gd + np.abs(gd) * read_f * qs * gauss_at(seed_read, keys)
    res = np.zeros_like(g)
    res[on] = np.maximum(gd, 0.0)
    out[:] = _from_pairs(res, s, g_min)


program_pairs_by_size = BySize(program_pairs, "aimcsim.kernels.device", "program_pairs")
""":func:`program_pairs` or its numba kernel; pick with ``.for_size(weights)``."""
drift_exponents_by_size = BySize(drift_exponents, "aimcsim.kernels.device", "drift_exponents")
""":func:`drift_exponents` or its numba kernel; pick with ``.for_size(weights)``."""
drift_pairs_by_size = BySize(drift_pairs, "aimcsim.kernels.device", "drift_pairs")
""":func:`drift_pairs` or its numba kernel; pick with ``.for_size(weights)``."""
