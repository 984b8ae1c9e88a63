"""The tuner's figure ``pareto.png``: network error against simulated latency and energy."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np

from aimcsim.tune.study import Finished


def plot_tuning(
    trials: Sequence[Finished],
    front: np.ndarray,
    baseline: tuple[float, float, float],
    best: Finished | None,
    error_label: str,
    path: Path,
) -> None:
    """Two panels, error vs latency and error vs energy: infeasible trials grey crosses,
    feasible ones blue, the Pareto front (``front``: a mask over ``trials``) red, the default
    settings (``baseline``: error, latency in ns, energy in pJ) a black star, the best trial
    a green ring."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(10.0, 4.2), dpi=100)
    FigureCanvasAgg(fig)
    axes = fig.subplots(1, 2, sharey=True)
    ok = [t for t in trials if not t.scores.failed]
    mask = {t.number: bool(m) for t, m in zip(trials, front, strict=True)}
    groups = (
        ("over budget", [t for t in ok if not t.feasible], "x", "tab:gray"),
        ("within budget", [t for t in ok if t.feasible and not mask[t.number]], "o", "tab:blue"),
        ("Pareto front", [t for t in ok if mask[t.number]], "o", "tab:red"),
    )
    for ax, figure, unit, base_x in (
        (axes[0], "latency_ns", "inference latency (ns)", baseline[1]),
        (axes[1], "energy_pj", "energy per inference (pJ)", baseline[2]),
    ):
        for label, group, marker, colour in groups:
            if group:
                ax.scatter(
                    [getattr(t.scores, figure) for t in group],
                    [t.scores.error for t in group],
                    marker=marker,
                    c=colour,
                    s=18,
                    label=label,
                )
        ax.scatter([base_x], [baseline[0]], marker="*", c="black", s=120, label="default settings")
        if best is not None:
            ax.scatter(
                [getattr(best.scores, figure)],
                [best.scores.error],
                facecolors="none",
                edgecolors="tab:green",
                s=160,
                linewidths=2,
                label=f"best (trial {best.number})",
            )
        ax.set_xlabel(unit)
        ax.grid(alpha=0.3)
    axes[0].set_ylabel(error_label)
    axes[1].legend(fontsize=8, loc="best")
    fig.suptitle(f"aimcsim tune: {len(trials)} trials", fontsize=10)
    fig.tight_layout()
    fig.savefig(path, format="png", metadata={"Software": None})
