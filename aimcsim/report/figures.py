"""Report figures (matplotlib, Agg backend), readable from a handful of layers to hundreds.

Layer charts are horizontal (one row per layer, names on the y axis) and show at most
:data:`TOP_N` layers, the largest by the charted quantity, with the rest summed into one
"other" row; the set-up pseudo-layer (weight programming) is never charted beside the layers.
Figures whose data a run did not produce (accuracy of a timing-only run, drift of a single
time) are left out rather than drawn empty. The HTML page itself is :mod:`aimcsim.report.html`.
"""

from __future__ import annotations

import io
import math
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

    from aimcsim.report.result import RunResult

FIGURE_TITLES: dict[str, str] = {
    "pipeline": "Pipeline: when each layer works (inference)",
    "latency_per_layer": "Latency per layer (inference)",
    "energy_per_layer": "Inference energy per layer, by component kind",
    "energy_breakdown": "Energy by component kind: inference and set-up",
    "accuracy_per_layer": "Accuracy per layer (noisy vs ideal chip)",
    "accuracy_vs_time": "Accuracy vs time after programming",
    "stalls_utilisation": "Stalls per layer and utilisation per component kind",
    "mesh_map": "Layer placement on the mesh and tile utilisation",
}
"""Figure file stem -> title, in report order. A run gets the figures its data supports."""

TOP_N = 30
"""Most layers a per-layer bar chart shows; the others are summed into one row."""

ROW_INCH = 0.22
"""Height of one bar row in inches (figures grow with the rows they show)."""

MAX_GANTT_LABELS = 60
"""Most layer names the pipeline chart's y axis labels (every k-th beyond that)."""


def _figure(nrows: int, ncols: int, width: float, height: float) -> tuple[Figure, Any]:
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width, height), dpi=100, layout="constrained")
    axes = fig.subplots(nrows, ncols, squeeze=False)
    return fig, axes


def dnn_layers(result: RunResult) -> pd.DataFrame:
    """The per-layer table without the set-up pseudo-layer (layer id < 0)."""
    return result.layers[result.layers["layer"] >= 0].reset_index(drop=True)


def zero_latency_layers(result: RunResult) -> pd.DataFrame:
    """The DNN layers whose instructions took no time (``latency_cycles == 0``: digital
    no-ops, or work finished in the cycle it started); the charts mark them rather than
    drawing an empty bar."""
    layers = dnn_layers(result)
    return layers[layers["latency_cycles"] == 0]


ZERO_TIME_COLOR = "tab:red"
ZERO_TIME_LABEL = "no timed work (0 cycles)"


def _label(row: Any) -> str:
    return f"{int(row.layer)}: {row.layer_name}"


def top_rows(frame: pd.DataFrame, value: str, n: int = TOP_N) -> pd.DataFrame:
    """The ``n`` rows with the largest ``value`` (kept in layer order) and, when rows are left
    out, one more row ``other (k layers)`` holding their sum; column ``label`` names rows."""
    frame = frame.assign(label=[_label(r) for r in frame.itertuples()])
    if len(frame) <= n:
        return frame
    keep = frame.nlargest(n - 1, value, keep="first").sort_values("layer")
    rest = frame.drop(keep.index)
    other = {c: rest[c].sum() for c in frame.columns if pd.api.types.is_numeric_dtype(frame[c])}
    other.update(layer=-1, layer_name="other", label=f"other ({len(rest)} layers)")
    return pd.concat([keep, pd.DataFrame([other])], ignore_index=True)


TIME_UNITS = (("ns", 1.0), ("us", 1e3), ("ms", 1e6), ("s", 1e9))
ENERGY_UNITS = (("pJ", 1.0), ("nJ", 1e3), ("uJ", 1e6), ("mJ", 1e9), ("J", 1e12))


def in_unit(values: np.ndarray, units: tuple[tuple[str, float], ...]) -> tuple[np.ndarray, str]:
    """``values`` (in the first unit of ``units``) rescaled to the largest unit that keeps the
    maximum at or above 1, so that axes read 350 us rather than 3.5e5 ns."""
    peak = float(np.nanmax(np.abs(values))) if len(values) else 0.0
    name, factor = units[0]
    for unit_name, unit_factor in units:
        if peak >= unit_factor:
            name, factor = unit_name, unit_factor
    return np.asarray(values, dtype=float) / factor, name


def _rows_height(n_rows: int) -> float:
    return min(2.0 + ROW_INCH * n_rows, 16.0)


def compact_number(value: float, _pos: object = None) -> str:
    """A tick label: plain below 10,000 (0.25, 600), then with a k / M / G suffix (15k, 2.5M)."""
    for suffix, factor in (("G", 1e9), ("M", 1e6), ("k", 1e3)):
        if abs(value) >= 10 * factor or (factor > 1e3 and abs(value) >= factor):
            return f"{value / factor:g}{suffix}"
    return f"{value:g}"


def tidy_value_axis(ax: Axes) -> None:
    """At most five ticks on the x (value) axis, labelled compactly (see compact_number)."""
    from matplotlib.ticker import FuncFormatter, MaxNLocator

    ax.xaxis.set_major_locator(MaxNLocator(nbins=5))
    ax.xaxis.set_major_formatter(FuncFormatter(compact_number))


def _barh(ax: Axes, labels: list[str], values: np.ndarray, color: str, xlabel: str) -> None:
    y = np.arange(len(labels))
    tidy_value_axis(ax)
    ax.barh(y, values, color=color)
    ax.set_yticks(y, labels, fontsize=8)
    ax.invert_yaxis()  # first layer on top
    ax.set_xlabel(xlabel)
    ax.grid(axis="x", alpha=0.3)


def _pipeline(result: RunResult) -> Figure | None:
    layers = dnn_layers(result)
    if not len(layers):
        return None
    cycle_ns = _cycle_ns(result)
    start = layers["start_cycle"].to_numpy(dtype=float)
    end = layers["end_cycle"].to_numpy(dtype=float)
    t0 = float(start.min())
    n = len(layers)
    fig, ax = _figure(1, 1, 10.0, min(2.0 + 0.16 * n, 16.0))
    a = ax[0, 0]
    y = np.arange(n)
    edges, unit = in_unit(np.concatenate([start - t0, end - t0]) * cycle_ns, TIME_UNITS)
    left, right = edges[:n], edges[n:]
    if "wait_cycles" in layers.columns:
        wait = layers["wait_cycles"].to_numpy(dtype=float) * cycle_ns / dict(TIME_UNITS)[unit]
        a.barh(y, wait, left=left - wait, color="0.85", height=0.8, label="waiting for inputs")
    a.barh(y, right - left, left=left, color="tab:blue", height=0.8, label="working")
    zero = (layers["latency_cycles"] == 0).to_numpy()
    if zero.any():
        a.plot(
            left[zero],
            y[zero],
            "x",
            color=ZERO_TIME_COLOR,
            markersize=6,
            linestyle="none",
            label=ZERO_TIME_LABEL,
        )
    step = max(1, math.ceil(n / MAX_GANTT_LABELS))
    ticks = y[::step]
    a.set_yticks(ticks, [_label(r) for r in layers.iloc[::step].itertuples()], fontsize=7)
    a.set_ylim(n - 0.5, -0.5)
    a.set_xlabel(f"time since the first layer started ({unit})")
    tidy_value_axis(a)
    a.grid(axis="x", alpha=0.3)
    if "wait_cycles" in layers.columns or zero.any():
        a.legend(fontsize=8, loc="lower left")
    return fig


def _latency(result: RunResult) -> Figure | None:
    layers = dnn_layers(result)
    if not len(layers):
        return None
    rows = top_rows(layers, "latency_ns")
    fig, ax = _figure(1, 1, 9.0, _rows_height(len(rows)))
    values, unit = in_unit(rows["latency_ns"].to_numpy(), TIME_UNITS)
    _barh(ax[0, 0], list(rows["label"]), values, "tab:blue", f"latency ({unit})")
    for y in np.flatnonzero(rows["latency_cycles"].to_numpy() == 0):
        ax[0, 0].text(0, y, f" {ZERO_TIME_LABEL}", va="center", fontsize=7, color=ZERO_TIME_COLOR)
    return fig


def _energy_per_layer(result: RunResult) -> Figure | None:
    ledger = result.energy
    dynamic = ledger[(ledger["action"] != "leakage") & (ledger["layer"] >= 0)]
    if not len(dynamic):
        return None
    table = dynamic.pivot_table(
        index="layer", columns="kind", values="energy_pj", aggfunc="sum", fill_value=0.0
    )
    layers = dnn_layers(result).set_index("layer")
    frame = table.reindex(layers.index, fill_value=0.0)
    frame = frame.assign(layer=frame.index, layer_name=layers["layer_name"])
    frame["total_pj"] = frame[list(table.columns)].sum(axis=1)
    rows = top_rows(frame.reset_index(drop=True), "total_pj")
    fig, ax = _figure(1, 1, 9.0, _rows_height(len(rows)))
    a = ax[0, 0]
    y = np.arange(len(rows))
    left = np.zeros(len(rows))
    _, unit = in_unit(rows["total_pj"].to_numpy(dtype=float), ENERGY_UNITS)
    scale = dict(ENERGY_UNITS)[unit]
    for kind in table.columns:
        values = rows[kind].to_numpy(dtype=float) / scale
        if values.any():
            a.barh(y, values, left=left, label=str(kind))
            left += values
    a.set_yticks(y, list(rows["label"]), fontsize=8)
    a.invert_yaxis()
    a.set_xlabel(f"dynamic energy ({unit})")
    tidy_value_axis(a)
    a.legend(fontsize=8, loc="lower right")
    a.grid(axis="x", alpha=0.3)
    return fig


def _energy_breakdown(result: RunResult) -> Figure:
    from aimcsim.energy.ledger import inference_span_cycles

    ledger = result.energy
    total_cycles = int(result.summary.get("total_cycles") or 0)
    span = inference_span_cycles(result.layers, total_cycles)
    share = span / total_cycles if total_cycles else 0.0
    leak = ledger["action"] == "leakage"
    infer = ledger[~leak & (ledger["layer"] >= 0)].groupby("kind")["energy_pj"].sum()
    infer = infer.add(ledger[leak].groupby("kind")["energy_pj"].sum() * share, fill_value=0.0)
    setup = ledger[~leak & (ledger["layer"] < 0)].groupby("kind")["energy_pj"].sum()
    setup = setup.add(ledger[leak].groupby("kind")["energy_pj"].sum() * (1 - share), fill_value=0)
    kinds = sorted(set(infer.index) | set(setup.index))
    fig, ax = _figure(1, 2, 11.0, _rows_height(len(kinds)) + 0.5)
    for a, part, title in ((ax[0, 0], infer, "inference"), (ax[0, 1], setup, "set-up")):
        values = np.array([float(part.get(k, 0.0)) for k in kinds]) / 1e6
        _barh(a, kinds, values, "tab:green" if title == "inference" else "tab:gray", "energy (uJ)")
        a.set_title(f"{title} (leakage shared by time)", fontsize=9)
    return fig


def _accuracy_per_layer(result: RunResult) -> Figure | None:
    layers = dnn_layers(result)
    probed = layers[layers["rel_error"].notna()]
    if not len(probed):
        return None
    rows = top_rows(probed, "rel_error")
    rows = rows[rows["layer"] >= 0]  # an "other" row would sum errors: meaningless
    fig, ax = _figure(1, 2, 11.0, _rows_height(len(rows)))
    labels = list(rows["label"])
    _barh(ax[0, 0], labels, rows["rel_error"].to_numpy(), "tab:red", "relative error")
    _barh(ax[0, 1], labels, rows["snr_db"].to_numpy(), "tab:purple", "SNR (dB)")
    ax[0, 1].set_yticks(np.arange(len(labels)), [""] * len(labels))
    if len(probed) > len(rows):
        ax[0, 0].set_title(
            f"{len(rows)} layers with the largest error of {len(probed)}", fontsize=9
        )
    return fig


def _accuracy_vs_time(result: RunResult) -> Figure | None:
    acc = result.accuracy_vs_time
    if acc is None or len(acc) < 2:
        return None
    fig, ax = _figure(1, 1, 8.0, 4.0)
    a = ax[0, 0]
    t = acc["t_inference_s"].to_numpy()
    handles = a.plot(t, acc["mean_rel_error"], "o-", color="tab:red", label="mean rel. error")
    # symlog: t = 0 (right after programming) sits on the same axis as 1 h or 1 y.
    a.set_xscale("symlog", linthresh=1.0)
    a.set_xlabel("time after programming (s)")
    a.set_ylabel("mean relative error (analog layers)")
    if acc["top1"].notna().any():
        twin = a.twinx()
        handles += twin.plot(t, 100 * acc["top1"], "s-", color="tab:green", label="top-1, chip")
        ideal = (
            float(acc["top1_ideal"].dropna().iloc[0]) if acc["top1_ideal"].notna().any() else None
        )
        if ideal is not None:
            handles.append(
                twin.axhline(100 * ideal, ls="--", color="0.4", label="top-1, float model")
            )
        twin.set_ylabel("top-1 accuracy (%)")
    a.legend(handles=handles, loc="best", fontsize=8)
    return fig


def _stalls_utilisation(result: RunResult) -> Figure | None:
    stalls = result.stalls
    comps = result.components
    if (stalls is None or not len(stalls)) and not len(comps):
        return None
    fig, ax = _figure(1, 2, 12.0, 4.0)
    a = ax[0, 0]
    if stalls is not None and len(stalls):
        causes = [c for c in stalls.columns if c != "layer"]
        names = result.layers.set_index("layer")["layer_name"]
        frame = stalls[stalls["layer"] >= 0].copy()
        frame["layer_name"] = [names.get(i, str(i)) for i in frame["layer"]]
        frame["total"] = frame[causes].sum(axis=1)
        rows = top_rows(frame, "total", n=15)
        y = np.arange(len(rows))
        left = np.zeros(len(rows))
        for cause in causes:
            values = rows[cause].to_numpy(dtype=float)
            if values.any():
                label = cause.removeprefix("stall_").removesuffix("_cycles")
                a.barh(y, values, left=left, label=label)
                left += values
        a.set_yticks(y, list(rows["label"]), fontsize=7)
        a.invert_yaxis()
        a.set_xlabel("stall cycles (waiting to start), by cause")
        tidy_value_axis(a)
        if left.any():
            a.legend(fontsize=7, loc="upper left", bbox_to_anchor=(1.0, 1.0))
        fig.set_figheight(_rows_height(len(rows)))
    b = ax[0, 1]
    by_kind = comps.groupby("kind")["utilization"].agg(["mean", "max"]).sort_index()
    y = np.arange(len(by_kind))
    b.barh(y - 0.2, 100 * by_kind["mean"], height=0.4, label="mean", color="tab:blue")
    b.barh(y + 0.2, 100 * by_kind["max"], height=0.4, label="busiest", color="tab:orange")
    b.set_yticks(y, list(by_kind.index), fontsize=8)
    b.invert_yaxis()
    b.set_xlabel("utilisation over the whole run, set-up included (% of cycles busy)")
    b.legend(fontsize=8, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    return fig


def _mesh_map(result: RunResult) -> Figure | None:
    placement = result.placement
    chip = (result.meta.get("config") or {}).get("chip") or {}
    rows_n, cols_n = int(chip.get("mesh_rows", 0)), int(chip.get("mesh_cols", 0))
    n_tiles = rows_n * cols_n
    if placement is None or not len(placement) or n_tiles == 0:
        return None
    layers = placement[(placement["layer"] >= 0) & (placement["tile"] < n_tiles)]
    first = np.full(n_tiles, np.nan)
    text = [""] * n_tiles
    for tile, group in layers.groupby("tile"):
        ids = sorted({int(v) for v in group["layer"]})
        first[int(tile)] = ids[0]
        text[int(tile)] = str(ids[0]) if len(ids) == 1 else f"{ids[0]}+{len(ids) - 1}"
    busy = np.full(n_tiles, np.nan)
    if result.tiles is not None:
        on_mesh = result.tiles[result.tiles["tile"] < n_tiles]
        busy[on_mesh["tile"].to_numpy()] = on_mesh["inference_busy_cycles"].to_numpy()
    side = min(max(cols_n, rows_n) * 0.45 + 2.0, 9.0)
    fig, ax = _figure(1, 2, 2 * side + 2.0, side)
    placed = ax[0, 0].imshow(first.reshape(rows_n, cols_n), cmap="turbo")
    fig.colorbar(placed, ax=ax[0, 0], label="layer id (first on the tile)")
    ax[0, 0].set_title("layer placed on each tile (id, +k more layers)", fontsize=9)
    shown = ax[0, 1].imshow(busy.reshape(rows_n, cols_n), cmap="viridis", vmin=0)
    fig.colorbar(shown, ax=ax[0, 1], label="busy cycles, set-up excluded", format=compact_number)
    ax[0, 1].set_title("utilisation: inference busy cycles per tile", fontsize=9)
    fontsize = 8 if cols_n <= 8 else 6 if cols_n <= 16 else 0
    for a in ax[0]:
        a.set_xlabel("mesh column")
        a.set_ylabel("mesh row")
    if fontsize:
        for tile, label in enumerate(text):
            if label:
                r, c = divmod(tile, cols_n)
                ax[0, 0].text(c, r, label, ha="center", va="center", fontsize=fontsize)
        for tile in np.flatnonzero(np.isfinite(busy)):
            r, c = divmod(int(tile), cols_n)
            ax[0, 1].text(
                c,
                r,
                compact_number(float(f"{busy[tile]:.3g}")),
                ha="center",
                va="center",
                fontsize=fontsize,
            )
    return fig


def _cycle_ns(result: RunResult) -> float:
    s = result.summary
    total = s.get("total_cycles") or 0
    return float(s["latency_ns"]) / float(total) if total else 1.0


BUILDERS = {
    "pipeline": _pipeline,
    "latency_per_layer": _latency,
    "energy_per_layer": _energy_per_layer,
    "energy_breakdown": _energy_breakdown,
    "accuracy_per_layer": _accuracy_per_layer,
    "accuracy_vs_time": _accuracy_vs_time,
    "stalls_utilisation": _stalls_utilisation,
    "mesh_map": _mesh_map,
}


def make_figures(result: RunResult) -> dict[str, Figure]:
    """Every figure the run's data supports, keyed by file stem, in :data:`FIGURE_TITLES`
    order; each figure carries its title."""
    figs: dict[str, Figure] = {}
    for stem, build in BUILDERS.items():
        fig = build(result)
        if fig is not None:
            fig.suptitle(FIGURE_TITLES[stem])
            figs[stem] = fig
    return figs


def comparison_figure(a: RunResult, b: RunResult, name_a: str, name_b: str) -> Figure:
    """Latency and energy per layer of two runs side by side (the :data:`TOP_N` layers that
    differ most, by latency)."""
    from aimcsim.report.compare import compare_layers

    m = compare_layers(a, b)
    m = m[m["layer"] >= 0].reset_index(drop=True)
    m["changed"] = m["latency_cycles_delta"].abs().fillna(0) + m["energy_pj_delta"].abs().fillna(0)
    rows = top_rows(m, "changed")
    rows = rows[rows["layer"] >= 0]
    fig, ax = _figure(1, 2, 12.0, _rows_height(len(rows)))
    y = np.arange(len(rows))
    for a_ax, col, unit in ((ax[0, 0], "latency_cycles", "cycles"), (ax[0, 1], "energy_pj", "pJ")):
        a_ax.barh(y - 0.2, rows[f"{col}_a"].fillna(0), height=0.4, label=name_a)
        a_ax.barh(y + 0.2, rows[f"{col}_b"].fillna(0), height=0.4, label=name_b)
        a_ax.set_yticks(
            y, list(rows["label"]) if col == "latency_cycles" else [""] * len(y), fontsize=8
        )
        a_ax.invert_yaxis()
        a_ax.set_xlabel(f"{col.split('_')[0]} ({unit})")
        a_ax.legend(fontsize=8, loc="lower right")
    fig.suptitle("Per layer: " + name_a + " vs " + name_b)
    return fig


def png_bytes(fig: Figure) -> bytes:
    """The figure as PNG bytes (Agg; no timestamp metadata)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    FigureCanvasAgg(fig)
    buf = io.BytesIO()
    fig.savefig(buf, format="png", metadata={"Software": None})
    return buf.getvalue()
