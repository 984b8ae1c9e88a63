"""The sweep's tables: ``sweep.csv`` (one row per point) and the tidy ``points.csv`` (one row
per evaluated simulation, for surrogate training), built from the points and their results."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd

from aimcsim.sweep.costing import area_mm2, energy_pj, point_table
from aimcsim.sweep.errors import SweepError
from aimcsim.sweep.grid import ENERGY_PREFIX
from aimcsim.sweep.points import SweepPoint

METRIC_COLUMNS: tuple[str, ...] = (
    "inference_cycles",
    "inference_ns",
    "inference_energy_pj",
    "total_cycles",
    "latency_ns",
    "energy_pj",
    "mean_rel_error",
    "top1",
    "area_mm2",
    "pareto",
    "error",
)
"""Metric columns of ``sweep.csv`` after ``point``, the swept keys and ``seed``.
``inference_*``: the DNN layers only (see :data:`aimcsim.report.result.SUMMARY_KEYS`);
``total_cycles``/``latency_ns``/``energy_pj``: the whole run, weight programming included.
``mean_rel_error``/``top1``: of the programming with the row's ``seed`` (repeat 0).
``area_mm2``: the chip's area from the point's config and energy table's area entries (no
simulation). ``pareto``: true for points on the Pareto front over the sweep's objectives.
``error``: empty, or why the point could not be evaluated (its metrics are then empty).
Sweeps of a model file add ``crossbars`` (analog crossbars its mapping uses) before
``area_mm2``; sweeps with ``repeats`` > 1 add :data:`REPEAT_COLUMNS` after ``top1``."""

REPEAT_COLUMNS: tuple[str, ...] = (
    "mean_rel_error_mean",
    "mean_rel_error_std",
    "top1_mean",
    "top1_std",
)
"""Mean and sample standard deviation (ddof 1) over the repeats (independent programmings)
of a point's accuracy metrics."""

INTEGER_COLUMNS = ("inference_cycles", "total_cycles", "crossbars")

ACCURACY_METRICS = ("mean_rel_error", "top1")


def sweep_table(
    points: Sequence[SweepPoint],
    sims: dict[str, dict[str, Any]],
    grid_keys: Sequence[str],
    *,
    preset: str | None,
    config: str | None,
    energy_table: str | None,
    crossbars: bool,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(``sweep.csv`` table without its ``pareto`` flags, tidy per-simulation table).

    ``sims``: evaluation result by simulation key. Each point's energy is its simulation's
    ledger re-costed with the point's table; its area comes from its config and table.
    """
    from aimcsim.config.loader import load_arch

    repeats = len(points[0].seeds) if points else 1
    rows, tidy = [], []
    for p in points:
        arch = load_arch(preset=preset, path=config, overrides=list(p.arch_overrides))
        where = f"point {p.index}"
        table = point_table(arch, p.energy_overrides, energy_table, where)
        base = {"point": p.index, **dict(p.values)}
        area = area_mm2(arch, table, where)
        per_repeat = []
        for r, (seed, key) in enumerate(zip(p.seeds, p.sim_keys, strict=True)):
            metrics = _metrics(p, sims[key], arch, table)
            metrics["area_mm2"] = area
            per_repeat.append(metrics)
            tidy.append({**base, "repeat": r, "seed": seed, **metrics})
        row = {**base, "seed": p.seeds[0], **per_repeat[0]}
        row["error"] = next((m["error"] for m in per_repeat if m["error"]), "")
        if repeats > 1 and not row["error"]:
            row.update(_repeat_stats(per_repeat))
        rows.append(row)
    columns, tidy_columns = table_columns(grid_keys, repeats, crossbars)
    return typed(pd.DataFrame(rows), columns), typed(pd.DataFrame(tidy), tidy_columns)


def table_columns(
    grid_keys: Sequence[str], repeats: int, crossbars: bool
) -> tuple[list[str], list[str]]:
    """(columns of ``sweep.csv``, columns of the tidy ``points.csv``) for the swept keys,
    the number of repeats and whether ``crossbars`` is measured (model files)."""
    metric_columns = list(METRIC_COLUMNS)
    if crossbars:
        metric_columns.insert(metric_columns.index("area_mm2"), "crossbars")
    tidy_columns = ["point", "repeat", "seed", *grid_keys, *metric_columns]
    tidy_columns.remove("pareto")
    if repeats > 1:
        at = metric_columns.index("top1") + 1
        metric_columns[at:at] = REPEAT_COLUMNS
    return ["point", *grid_keys, "seed", *metric_columns], tidy_columns


def _metrics(point: SweepPoint, sim: dict[str, Any], arch: Any, table: Any) -> dict[str, Any]:
    """The metric columns of one simulation result of ``point``."""
    error = str(sim.get("error", ""))
    if error:
        return {"error": error}
    if "ledger" not in sim and any(k.startswith(ENERGY_PREFIX) for k, _ in point.energy_overrides):
        raise SweepError("energy keys need an evaluator that returns its ledger")
    total_pj, inference_pj = energy_pj(sim, table if "ledger" in sim else None, arch)
    metrics = {
        "inference_cycles": sim.get("inference_cycles", sim.get("total_cycles")),
        "inference_ns": sim.get("inference_ns", sim.get("latency_ns")),
        "inference_energy_pj": inference_pj,
        "total_cycles": sim.get("total_cycles"),
        "latency_ns": sim.get("latency_ns"),
        "energy_pj": total_pj,
        "mean_rel_error": _nan(sim.get("mean_rel_error")),
        "top1": _nan(sim.get("top1")),
        "error": "",
    }
    if "crossbars" in sim:
        metrics["crossbars"] = int(sim["crossbars"])
    return metrics


def _repeat_stats(per_repeat: Sequence[dict[str, Any]]) -> dict[str, float]:
    stats = {}
    for name in ACCURACY_METRICS:
        values = np.array([m[name] for m in per_repeat], dtype=float)
        finite = bool(np.isfinite(values).all())
        stats[f"{name}_mean"] = float(np.mean(values)) if finite else math.nan
        stats[f"{name}_std"] = float(np.std(values, ddof=1)) if finite else math.nan
    return stats


def typed(rows: pd.DataFrame, columns: Sequence[str]) -> pd.DataFrame:
    """``rows`` with exactly ``columns``, sorted by point: integer columns as nullable
    integers (empty at failed points), ``error`` as text."""
    df = rows.reindex(columns=list(columns))
    for col in INTEGER_COLUMNS:
        if col in df:
            df[col] = df[col].astype("Int64")
    df["error"] = df["error"].fillna("").astype(str)
    return df.sort_values(["point"], kind="mergesort").reset_index(drop=True)


def _nan(value: Any) -> float:
    return math.nan if value is None else float(value)
