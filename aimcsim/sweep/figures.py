"""The sweep's figure: inference latency against energy, points on the Pareto front marked."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pandas as pd

from aimcsim.sweep.pareto import Objective


def plot_pareto(
    df: pd.DataFrame, path: Path, objectives: Sequence[Objective] = (), label: str = "point"
) -> None:
    """Scatter of inference latency vs energy; points on the front (over ``objectives``,
    named in the title) in red and labelled with their number (the ``label`` column)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(6.0, 4.5), dpi=100)
    FigureCanvasAgg(fig)
    ax = fig.subplots()
    ax.scatter(df["inference_ns"], df["inference_energy_pj"], c="tab:gray", label="points")
    on_front = df[df["pareto"].astype(bool)]
    ax.scatter(
        on_front["inference_ns"],
        on_front["inference_energy_pj"],
        c="tab:red",
        label="Pareto front",
    )
    for number, x, y in zip(
        on_front[label], on_front["inference_ns"], on_front["inference_energy_pj"], strict=True
    ):
        ax.annotate(str(number), (x, y), fontsize=8)
    ax.set_xlabel("inference latency (ns)")
    ax.set_ylabel("inference energy (pJ)")
    if objectives:
        ax.set_title("front over " + ", ".join(o.name for o in objectives), fontsize=10)
    ax.legend()
    fig.tight_layout()
    fig.savefig(path, format="png", metadata={"Software": None})
