"""The tuner's tables: every trial (``trials.csv``) and the before/after comparison.

``trials.csv`` is tidy, one row per finished trial, usable as surrogate-training data:
``trial``, one column per searched knob (``LAYER.KNOB``, the sampled value), ``error`` (the
minimised network error), ``top1_t<T>s`` and ``mean_rel_error_t<T>s`` per inference time T
(seconds), ``latency_ns`` and ``energy_pj`` (simulated inference latency and energy per
inference), ``feasible`` (meets the budget), ``pareto`` (no feasible trial is at least as
good in error, latency and energy and better in one), ``best``, ``seed`` (the root seed of
the noise, the same for every trial: common random numbers) and ``failure`` (why a
candidate could not be evaluated).

``before_after.csv`` is tidy too: ``scope`` (a layer name, or ``network``), ``metric``
(``rel_error``, ``latency_cycles``, ``energy_pj`` per layer; ``top1``, ``mean_rel_error``,
``latency_ns``, ``energy_per_inference_pj`` for the network), ``t_inference_s`` (empty for
figures that do not depend on time; per-layer ``rel_error`` is at the first time),
``before``, ``after`` and ``change`` (after - before).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
import pandas as pd

from aimcsim.tune.space import SearchSpace
from aimcsim.tune.study import Finished

BEFORE_AFTER_COLUMNS = ("scope", "metric", "t_inference_s", "before", "after", "change")


def time_label(t_s: float) -> str:
    """``0s``, ``86400s``: an inference time in column names."""
    return f"{t_s:g}s"


def trials_table(
    trials: Sequence[Finished],
    space: SearchSpace,
    front: np.ndarray,
    best: Finished | None,
    seed: int,
) -> pd.DataFrame:
    """``trials.csv`` (see the module docstring)."""
    rows = []
    for t, on_front in zip(trials, front, strict=True):
        s = t.scores
        row: dict[str, Any] = {"trial": t.number}
        row.update({k.param: t.params.get(k.param) for k in space.knobs})
        row["error"] = s.error
        for time_s, top1, rel in zip(s.t_inference_s, s.top1, s.mean_rel_error, strict=True):
            row[f"top1_t{time_label(time_s)}"] = math.nan if top1 is None else top1
            row[f"mean_rel_error_t{time_label(time_s)}"] = rel
        row.update(
            latency_ns=s.latency_ns,
            energy_pj=s.energy_pj,
            feasible=t.feasible,
            pareto=bool(on_front),
            best=best is not None and t.number == best.number,
            seed=seed,
            failure=s.failure,
        )
        rows.append(row)
    return pd.DataFrame(rows)


def pareto_front(trials: Sequence[Finished]) -> np.ndarray:
    """Mask of the feasible trials that no feasible trial beats on error, latency and energy
    at once (see :func:`aimcsim.sweep.pareto.pareto_mask`)."""
    from aimcsim.sweep.pareto import pareto_mask

    if not trials:
        return np.zeros(0, dtype=bool)
    costs = np.array(
        [
            (t.scores.error, t.scores.latency_ns, t.scores.energy_pj)
            if t.feasible
            else (math.nan,) * 3
            for t in trials
        ],
        dtype=float,
    )
    return pareto_mask(costs)


def before_after_table(before: Mapping[str, Any], after: Mapping[str, Any]) -> pd.DataFrame:
    """``before_after.csv`` from two full-tier :func:`aimcsim.evaluate` results (the default
    settings, the best ones) on the same samples, times and seed."""
    rows: list[tuple[str, str, float | None, float, float]] = []
    errors_before = {e["layer_name"]: e["rel_error"] for e in before["layer_errors"]}
    errors_after = {e["layer_name"]: e["rel_error"] for e in after["layer_errors"]}
    layers_after = {r["layer_name"]: r for r in after["layers"]}
    for layer in before["layers"]:
        name = layer["layer_name"]
        other = layers_after.get(name, {})
        if name in errors_before:
            rows.append(
                (name, "rel_error", None, errors_before[name], errors_after.get(name, math.nan))
            )
        for metric in ("latency_cycles", "energy_pj"):
            rows.append(
                (name, metric, None, float(layer[metric]), float(other.get(metric, math.nan)))
            )
    for b, a in zip(before["accuracy"], after["accuracy"], strict=True):
        t_s = float(b["t_inference_s"])
        if b["top1_mean"] is not None:
            rows.append(("network", "top1", t_s, b["top1_mean"], a["top1_mean"]))
        rows.append(
            ("network", "mean_rel_error", t_s, b["mean_rel_error_mean"], a["mean_rel_error_mean"])
        )
    for metric in ("latency_ns", "energy_per_inference_pj"):
        rows.append(("network", metric, None, float(before[metric]), float(after[metric])))
    df = pd.DataFrame([(*r, r[4] - r[3]) for r in rows], columns=list(BEFORE_AFTER_COLUMNS))
    return df


def format_before_after(df: pd.DataFrame) -> str:
    """The before/after table as text for the terminal: a row per layer (error, latency,
    energy), then the network's figures."""
    layer_rows = df[df["scope"] != "network"]
    wide = layer_rows.pivot_table(
        index="scope", columns="metric", values=["before", "after"], sort=False, aggfunc="first"
    )
    lines = [
        f"{'layer':<16} {'rel_error before -> after':>27} {'latency_cycles':>23} {'energy_pj':>25}"
    ]
    for name in dict.fromkeys(layer_rows["scope"]):

        def pair(metric: str, fmt: str, name: str = name) -> str:
            if ("before", metric) not in wide.columns:
                return ""
            b, a = wide.loc[name, ("before", metric)], wide.loc[name, ("after", metric)]
            if pd.isna(b):
                return ""
            return f"{b:{fmt}} -> {a:{fmt}}"

        lines.append(
            f"{name:<16} {pair('rel_error', '.4f'):>27} {pair('latency_cycles', '.0f'):>23} "
            f"{pair('energy_pj', '.4g'):>25}"
        )
    for r in df[df["scope"] == "network"].itertuples():
        when = "" if pd.isna(r.t_inference_s) else f" at t = {r.t_inference_s:g} s"
        if r.metric == "top1":
            text = f"{100 * r.before:.2f} % -> {100 * r.after:.2f} %"
        else:
            text = f"{r.before:.6g} -> {r.after:.6g}"
        lines.append(f"network {r.metric}{when}: {text}")
    return "\n".join(lines)
