"""Characterise one crossbar like aihwkit users do: MVM error vs inference time.

For each programming repeat r (its own programming noise), the tile is programmed once, then
for each inference time t it is drifted to t and all input vectors are run; the per-vector
relative L2 error against the float64 product ``x @ W.T`` is pooled over repeats.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np

from aimcsim.config.noise import DeviceNoiseConfig
from aimcsim.errors import NoiseModelError
from aimcsim.functional.forward import AnalogForwardParams, check_inputs
from aimcsim.functional.metrics import cosine_similarity, relative_l2_error, snr_db
from aimcsim.functional.noise_models import check_time
from aimcsim.functional.tile import AnalogTile
from aimcsim.kernels.gemm import matmul_nt, single_threaded_blas

CHUNK = 4096
FLOAT32_MAX = float(np.finfo(np.float32).max)
"""Largest magnitude of a weight or input: the analog forward computes in float32."""


@dataclass
class TimeStats:
    """Error statistics at one inference time, pooled over repeats and vectors."""

    t_inference_s: float
    rel_err_mean: float
    rel_err_std: float
    rel_err_median: float
    rel_err_p95: float
    snr_db_mean: float
    cosine_mean: float
    alpha_mean: float
    per_repeat_mean: list[float] = field(default_factory=list)
    alpha_per_repeat: list[float] = field(default_factory=list)
    n_vectors: int = 0
    readout_warnings: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        return dict(self.__dict__)


@dataclass
class TileErrorResult:
    """Result of :func:`tile_error`: one :class:`TimeStats` per inference time."""

    times: list[TimeStats]
    repeats: int
    seed: int

    def as_dict(self) -> dict[str, object]:
        return {
            "repeats": self.repeats,
            "seed": self.seed,
            "times": [t.as_dict() for t in self.times],
        }


def tile_error(
    weights: np.ndarray,
    inputs: np.ndarray,
    noise: DeviceNoiseConfig,
    params: AnalogForwardParams,
    t_inference_s: Sequence[float] = (0.0,),
    repeats: int = 1,
    seed: int = 0,
    crossbar_id: int = 0,
    progress: Callable[[str], None] | None = None,
    names: tuple[str, str] = ("weights", "inputs"),
) -> TileErrorResult:
    """MVM error statistics of one crossbar holding ``weights`` (``(n_out, n_in)``).

    ``inputs``: ``(n_vectors, n_in)``. ``t_inference_s``: times after programming (s, >= 0).
    ``repeats``: independent programmings. Alpha is the drift-compensation factor (mean over
    columns for per-column compensation; 1 when compensation is off); ``readout_warnings``
    say where it is unreliable (:attr:`AnalogTile.readout_warnings`). ``names`` label the
    weights and inputs in error messages (e.g. their file names).

    Refused with a :class:`NoiseModelError`: non-numeric arrays, shapes that are not 2-D or do
    not agree, empty arrays, NaN/Inf or values beyond float32, and input vectors whose exact
    product ``x @ W.T`` is zero (their relative error is 0/0, undefined).
    """
    w_name, x_name = names
    w = _numeric_matrix(weights, w_name, "(n_out, n_in)")
    x = _numeric_matrix(inputs, x_name, "(n_vectors, n_in)")
    if x.shape[1] != w.shape[1]:
        raise NoiseModelError(
            f"{x_name}: vectors of length {x.shape[1]} do not match the {w.shape[1]} inputs "
            f"(columns) of {w_name} {w.shape}"
        )
    x = check_inputs(x, w.shape[1])
    times = [check_time(t) for t in t_inference_s]
    if not times:
        raise NoiseModelError("need at least one inference time")
    if int(repeats) < 1:
        raise NoiseModelError(f"repeats must be >= 1, got {repeats}")
    with single_threaded_blas():  # the same bits whatever the BLAS thread count
        y_ref = matmul_nt(x.astype(np.float64), w)
        _check_reference(y_ref, x_name, w_name)
        return _tile_error(
            w, x, y_ref, noise, params, times, int(repeats), seed, crossbar_id, progress
        )


def _tile_error(
    w: np.ndarray,
    x: np.ndarray,
    y_ref: np.ndarray,
    noise: DeviceNoiseConfig,
    params: AnalogForwardParams,
    times: list[float],
    repeats: int,
    seed: int,
    crossbar_id: int,
    progress: Callable[[str], None] | None,
) -> TileErrorResult:
    errs: list[list[np.ndarray]] = [[] for _ in times]
    snrs: list[list[np.ndarray]] = [[] for _ in times]
    coss: list[list[np.ndarray]] = [[] for _ in times]
    alphas: list[list[float]] = [[] for _ in times]
    warnings: list[list[str]] = [[] for _ in times]
    total = int(repeats) * len(times)
    step = 0
    for r in range(int(repeats)):
        tile = AnalogTile(w, noise, params, seed=seed, crossbar_id=crossbar_id, repeat=r)
        tile.program()
        for ti, t in enumerate(times):
            alpha = tile.drift(t)
            ys = [tile.forward(x[i : i + CHUNK]) for i in range(0, x.shape[0], CHUNK)]
            y = np.concatenate(ys, axis=0)
            errs[ti].append(relative_l2_error(y, y_ref))
            snrs[ti].append(snr_db(y, y_ref))
            coss[ti].append(cosine_similarity(y, y_ref))
            alphas[ti].append(float(np.mean(alpha)))
            warnings[ti] += [f"repeat {r}: {w}" for w in tile.readout_warnings]
            step += 1
            if progress is not None:
                progress(f"tile-error: repeat {r + 1}/{repeats}, t={t:g} s ({step}/{total})")
    out = []
    for ti, t in enumerate(times):
        e = np.concatenate(errs[ti])
        out.append(
            TimeStats(
                t_inference_s=t,
                rel_err_mean=float(e.mean()),
                rel_err_std=float(e.std()),
                rel_err_median=float(np.median(e)),
                rel_err_p95=float(np.percentile(e, 95)),
                snr_db_mean=float(np.concatenate(snrs[ti]).mean()),
                cosine_mean=float(np.concatenate(coss[ti]).mean()),
                alpha_mean=float(np.mean(alphas[ti])),
                per_repeat_mean=[float(a.mean()) for a in errs[ti]],
                alpha_per_repeat=alphas[ti],
                n_vectors=int(e.size),
                readout_warnings=warnings[ti],
            )
        )
    return TileErrorResult(out, int(repeats), int(seed))


def _numeric_matrix(a: np.ndarray, name: str, layout: str) -> np.ndarray:
    """``a`` as a non-empty, finite float64 matrix whose values fit float32 (the analog
    model's precision); NoiseModelError naming ``name`` otherwise."""
    arr = np.asarray(a)
    if arr.dtype.kind not in "iuf":
        raise NoiseModelError(
            f"{name}: expected a numeric (integer or float) array, got dtype {arr.dtype}"
        )
    if arr.ndim != 2 or arr.size == 0:
        raise NoiseModelError(
            f"{name}: expected a non-empty 2-D {layout} array, got shape {arr.shape}"
        )
    arr = arr.astype(np.float64)
    bad = ~np.isfinite(arr) | (np.abs(arr) > FLOAT32_MAX)
    if bad.any():
        row, col = (int(i) for i in np.argwhere(bad)[0])
        raise NoiseModelError(
            f"{name}: {int(bad.sum())} value(s) are NaN, infinite or beyond float32, first at "
            f"[{row}, {col}] = {float(arr[row, col])!r}"
        )
    return arr


def _check_reference(y_ref: np.ndarray, x_name: str, w_name: str) -> None:
    """Refuse input vectors whose exact output is zero (relative error 0/0) or overflows."""
    norms = np.linalg.norm(y_ref, axis=1)
    overflow = ~np.isfinite(norms)
    if overflow.any():
        raise NoiseModelError(
            f"{x_name}: the exact product x @ W.T with {w_name} overflows for "
            f"{int(overflow.sum())} vector(s), first row {int(np.argmax(overflow))}; scale the "
            "inputs or weights down"
        )
    zero = norms == 0.0
    if zero.any():
        rows = np.flatnonzero(zero)
        shown = ", ".join(str(r) for r in rows[:5]) + (", ..." if rows.size > 5 else "")
        raise NoiseModelError(
            f"{x_name}: {rows.size} vector(s) have a zero exact output x @ W.T with {w_name} "
            f"(rows {shown}), so their relative error is undefined (0/0); drop them (e.g. "
            "all-zero inputs) or use weights that are not all zero"
        )


def stderr_progress(msg: str) -> None:
    """Progress callback writing one overwritten line to stderr."""
    sys.stderr.write("\r" + msg)
    sys.stderr.flush()
