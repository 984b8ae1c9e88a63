"""Weight -> tile mapping and weight <-> conductance conversion.

* :func:`scale_weights`: digital weight scaling before programming (global or per output
  column, like aihwkit ``weight_scaling_omega = 1`` with ``weight_scaling_columnwise``); the
  returned out scales are applied digitally after the analog MVM.
* :func:`to_conductances` / :func:`from_conductances`: aihwkit ``SinglePairConductanceConverter``
  (``conductance.py:54-78``): ``s = (g_max - g_min)/max(|W|, 1e-7)``, ``G+ = clip(W s, 0, g_max)
  + g_min``, ``G- = clip(-W s, 0, g_max) + g_min``.
* :func:`slice_weights` / :func:`combine_slices`: PUMA-style bit slicing of |W| over several
  device pairs, recombined by shift-and-add.
"""

from __future__ import annotations

import numpy as np

from aimcsim.errors import ConfigError

_ZERO_CLIP = 1e-7


def scale_weights(w: np.ndarray, mode: str) -> tuple[np.ndarray, np.ndarray]:
    """Tile weights (max |.| = 1 globally or per row) and the digital out scale per output.

    ``w`` is ``(n_out, n_in)``; mode ``'none'`` returns ``w`` and ones.
    """
    w = np.asarray(w, dtype=np.float64)
    n_out = w.shape[0]
    if mode == "none":
        return w.copy(), np.ones(n_out)
    if mode == "global":
        m = max(float(np.abs(w).max()), _ZERO_CLIP)
        return w / m, np.full(n_out, m)
    if mode == "per_column":
        m = np.maximum(np.abs(w).max(axis=1), _ZERO_CLIP)
        return w / m[:, None], m
    raise ConfigError(f"unknown weight_scaling {mode!r}; expected 'none', 'global' or 'per_column'")


def to_conductances(
    w: np.ndarray, g_max: float, g_min: float = 0.0
) -> tuple[np.ndarray, np.ndarray, float]:
    """``(G+, G-, s)`` in uS of a single differential pair per weight."""
    s = (g_max - g_min) / max(float(np.abs(w).max()), _ZERO_CLIP)
    ws = w * s
    return np.clip(ws, 0.0, g_max) + g_min, np.clip(-ws, 0.0, g_max) + g_min, s


def from_conductances(gp: np.ndarray, gn: np.ndarray, s: float, g_min: float = 0.0) -> np.ndarray:
    """Weights back from a differential pair: ``((G+ - g_min) - (G- - g_min)) / s``."""
    return ((gp - g_min) - (gn - g_min)) / s


def slice_weights(w: np.ndarray, bits_per_cell: int, cells: int) -> list[np.ndarray]:
    """Split tile weights (|w| <= 1) into ``cells`` signed slices, least significant first.

    |w| is quantised to ``B = bits_per_cell*cells`` bits, ``q = rint(|w| (2^B - 1))``; slice k
    holds digit ``(q >> k*bits_per_cell) & (2^bits_per_cell - 1)`` normalised to [0, 1], with
    the sign of w. :func:`combine_slices` inverts it.
    """
    total = bits_per_cell * cells
    q = np.rint(np.clip(np.abs(w), 0.0, 1.0) * (2**total - 1)).astype(np.int64)
    sign = np.sign(w)
    dmax = 2**bits_per_cell - 1
    return [sign * ((q >> (k * bits_per_cell)) & dmax) / dmax for k in range(cells)]


def combine_slices(slices: list[np.ndarray], bits_per_cell: int) -> np.ndarray:
    """Shift-and-add of slice weights back to tile units (inverse of :func:`slice_weights`)."""
    cells = len(slices)
    total = bits_per_cell * cells
    dmax = 2**bits_per_cell - 1
    out = np.zeros_like(slices[0], dtype=np.float64)
    for k, s in enumerate(slices):
        out += s * dmax * 2.0 ** (k * bits_per_cell)
    return out / (2**total - 1)
