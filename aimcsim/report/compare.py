"""Compare two runs: per-layer deltas of latency, energy and error, and of the totals."""

from __future__ import annotations

import pandas as pd

from aimcsim.report.result import RunResult

COMPARE_COLUMNS: tuple[str, ...] = (
    "layer",
    "layer_name",
    "latency_cycles_a",
    "latency_cycles_b",
    "latency_cycles_delta",
    "energy_pj_a",
    "energy_pj_b",
    "energy_pj_delta",
    "energy_rel_change",
    "rel_error_a",
    "rel_error_b",
    "rel_error_delta",
)
"""Columns of :func:`compare_layers` (``_a`` first run, ``_b`` second, delta = b - a)."""


def compare_layers(a: RunResult, b: RunResult) -> pd.DataFrame:
    """Per-layer comparison, outer-joined on ``layer`` (a layer only in one run has NaNs)."""
    cols = ["layer", "layer_name", "latency_cycles", "energy_pj", "rel_error"]
    m = a.layers[cols].merge(b.layers[cols], on="layer", how="outer", suffixes=("_a", "_b"))
    m = m.sort_values("layer", kind="mergesort").reset_index(drop=True)
    m["layer_name"] = m["layer_name_a"].fillna(m["layer_name_b"])
    for col in ("latency_cycles", "energy_pj", "rel_error"):
        m[f"{col}_delta"] = m[f"{col}_b"] - m[f"{col}_a"]
    m["energy_rel_change"] = m["energy_pj_delta"] / m["energy_pj_a"]
    return m.loc[:, list(COMPARE_COLUMNS)]


def compare_totals(a: RunResult, b: RunResult) -> pd.DataFrame:
    """Network-level comparison of the summaries: ``metric, a, b, delta``."""
    rows = []
    for key in (
        "total_cycles",
        "latency_ns",
        "setup_cycles",
        "inference_cycles",
        "energy_pj",
        "dynamic_energy_pj",
        "leakage_energy_pj",
        "mean_rel_error",
        "top1",
    ):
        va, vb = a.summary.get(key), b.summary.get(key)
        delta = vb - va if isinstance(va, int | float) and isinstance(vb, int | float) else None
        rows.append({"metric": key, "a": va, "b": vb, "delta": delta})
    return pd.DataFrame(rows, columns=["metric", "a", "b", "delta"])


def format_comparison(a: RunResult, b: RunResult, name_a: str = "A", name_b: str = "B") -> str:
    """The text ``aimcsim compare`` prints."""
    layers = compare_layers(a, b)
    totals = compare_totals(a, b)
    with pd.option_context(
        "display.width",
        200,
        "display.max_columns",
        50,
        "display.float_format",
        lambda v: f"{v:.6g}",
    ):
        return (
            f"A = {name_a}\nB = {name_b}\n\nper layer (delta = B - A):\n"
            f"{layers.to_string(index=False)}\n\ntotals:\n{totals.to_string(index=False)}\n"
        )
