"""Pareto fronts over the objectives a user names (``--objectives latency,energy,error``).

An objective is a metric column and a sense (minimise or maximise). A point is on the front
when no other point is at least as good in every named objective and strictly better in one;
a point with a missing (NaN) objective value is never on the front.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from aimcsim.sweep.errors import SweepError
from aimcsim.sweep.grid import hint


@dataclass(frozen=True)
class Objective:
    """A metric column of ``sweep.csv`` and whether larger values are better."""

    name: str
    column: str
    maximise: bool = False
    values: bool = False
    """True for objectives of the value model (evaluated only with values)."""


OBJECTIVES: dict[str, Objective] = {
    o.name: o
    for o in (
        Objective("latency", "inference_ns"),
        Objective("energy", "inference_energy_pj"),
        Objective("total-latency", "latency_ns"),
        Objective("total-energy", "energy_pj"),
        Objective("error", "mean_rel_error", values=True),
        Objective("top1", "top1", maximise=True, values=True),
        Objective("area", "area_mm2"),
        Objective("crossbars", "crossbars"),
    )
}
"""Objectives by name. ``latency``/``energy``: inference only (the DNN layers);
``total-latency``/``total-energy``: the whole run, weight programming included; ``error``:
mean layer relative error; ``top1``: top-1 accuracy (maximised); ``area``: chip area;
``crossbars``: crossbars used (model sweeps). With ``--repeats`` > 1, ``error`` and ``top1``
use the mean over the repeats."""


def parse_objectives(text: str | Sequence[str] | None, values: bool) -> list[Objective]:
    """Objectives named in ``text`` (comma-separated or a sequence), or the default
    ``latency,energy`` plus ``error`` when ``values`` are evaluated. SweepError for an unknown
    or repeated name, or a value objective without values."""
    if text is None:
        names = ["latency", "energy", *(["error"] if values else [])]
    else:
        names = [n.strip() for n in (text.split(",") if isinstance(text, str) else text)]
        names = [n for n in names if n]
    if not names:
        raise SweepError("--objectives: name at least one objective")
    chosen = []
    for name in names:
        objective = OBJECTIVES.get(name)
        if objective is None:
            raise SweepError(
                f"--objectives: unknown objective '{name}'{hint(name, OBJECTIVES)} "
                f"(known: {', '.join(OBJECTIVES)})"
            )
        if objective in chosen:
            raise SweepError(f"--objectives: '{name}' given twice")
        if objective.values and not values:
            raise SweepError(f"--objectives: '{name}' needs the value model (drop --no-functional)")
        chosen.append(objective)
    return chosen


def objective_column(objective: Objective, repeats: int) -> str:
    """The column an objective reads: the mean over repeats for value metrics."""
    return f"{objective.column}_mean" if objective.values and repeats > 1 else objective.column


def pareto_mask(costs: np.ndarray) -> np.ndarray:
    """Non-dominated rows of ``costs`` (n points x k objectives, all minimised).

    Row i is on the front unless some row j is <= in every column and < in one; rows with a
    NaN are never on the front and dominate nothing.
    """
    costs = np.asarray(costs, dtype=float)
    if costs.ndim != 2:
        raise ValueError(f"costs must be 2-D (points x objectives), got shape {costs.shape}")
    finite = np.isfinite(costs).all(axis=1)
    candidates = costs[finite]
    mask = finite.copy()
    for i in np.flatnonzero(finite):
        no_worse = (candidates <= costs[i]).all(axis=1)
        better = (candidates < costs[i]).any(axis=1)
        if np.any(no_worse & better):
            mask[i] = False
    return mask


def front(df: pd.DataFrame, objectives: Sequence[Objective], repeats: int) -> np.ndarray:
    """Pareto mask of the rows of ``df`` over ``objectives`` (maximised ones negated)."""
    if not len(df) or not objectives:
        return np.zeros(len(df), dtype=bool)
    columns = []
    for objective in objectives:
        values = pd.to_numeric(df[objective_column(objective, repeats)], errors="coerce")
        values = values.to_numpy(dtype=float)
        columns.append(-values if objective.maximise else values)
    return pareto_mask(np.column_stack(columns))
