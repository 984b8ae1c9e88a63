"""Per-vector error metrics of an MVM output against its reference (float64)."""

from __future__ import annotations

import numpy as np

from aimcsim.errors import NoiseModelError

_TINY = 1e-300


def _check(y: np.ndarray, y_ref: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    y = np.asarray(y, dtype=np.float64)
    y_ref = np.asarray(y_ref, dtype=np.float64)
    if y.shape != y_ref.shape:
        raise NoiseModelError(
            f"output shape {y.shape} does not match reference shape {y_ref.shape}"
        )
    if y.ndim == 1:
        y, y_ref = y[None, :], y_ref[None, :]
    return y, y_ref


def relative_l2_error(y: np.ndarray, y_ref: np.ndarray) -> np.ndarray:
    """``||y_i - y_ref,i||_2 / ||y_ref,i||_2`` per vector (row), dimensionless."""
    y, y_ref = _check(y, y_ref)
    num = np.linalg.norm(y - y_ref, axis=1)
    den = np.linalg.norm(y_ref, axis=1)
    return num / np.maximum(den, _TINY)


def snr_db(y: np.ndarray, y_ref: np.ndarray) -> np.ndarray:
    """Signal-to-noise ratio per vector in dB: ``20 log10(||y_ref|| / ||y - y_ref||)``."""
    err = relative_l2_error(y, y_ref)
    return -20.0 * np.log10(np.maximum(err, _TINY))


def cosine_similarity(y: np.ndarray, y_ref: np.ndarray) -> np.ndarray:
    """Cosine of the angle between ``y_i`` and ``y_ref,i`` per vector."""
    y, y_ref = _check(y, y_ref)
    num = np.sum(y * y_ref, axis=1)
    den = np.linalg.norm(y, axis=1) * np.linalg.norm(y_ref, axis=1)
    return num / np.maximum(den, _TINY)
