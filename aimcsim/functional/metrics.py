"""Error metrics of an output against its reference (float64).

Every reduction here is a numpy ``sum`` (pairwise summation in a fixed order), never a BLAS
call (``np.linalg.norm`` without ``axis`` and ``np.dot`` are BLAS dots whose summation order
changes with the BLAS thread count): the same outputs give the same metrics to the last bit
whatever the number of threads.
"""

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


def _row_norms(a: np.ndarray) -> np.ndarray:
    """Euclidean norm of each row of a 2-D float64 array (fixed summation order)."""
    return np.sqrt(np.sum(a * a, axis=1))


def frobenius_norm(a: np.ndarray) -> float:
    """``sqrt(sum a^2)`` over all elements (float64, fixed summation order)."""
    a = np.asarray(a, dtype=np.float64)
    return float(np.sqrt(np.sum(a * a)))


def relative_l2_error(y: np.ndarray, y_ref: np.ndarray) -> np.ndarray:
    """``||y_i - y_ref,i||_2 / ||y_ref,i||_2`` per vector (row), dimensionless."""
    y, y_ref = _check(y, y_ref)
    num = _row_norms(y - y_ref)
    den = _row_norms(y_ref)
    return num / np.maximum(den, _TINY)


def snr_db(y: np.ndarray, y_ref: np.ndarray) -> np.ndarray:
    """Signal-to-noise ratio per vector in dB: ``20 log10(||y_ref|| / ||y - y_ref||)``."""
    err = relative_l2_error(y, y_ref)
    return -20.0 * np.log10(np.maximum(err, _TINY))


def cosine_similarity(y: np.ndarray, y_ref: np.ndarray) -> np.ndarray:
    """Cosine of the angle between ``y_i`` and ``y_ref,i`` per vector."""
    y, y_ref = _check(y, y_ref)
    num = np.sum(y * y_ref, axis=1)
    den = _row_norms(y) * _row_norms(y_ref)
    return num / np.maximum(den, _TINY)
