"""Report figures stay readable from a few layers to hundreds: no overlapping labels, no
empty axes, set-up apart, missing accuracy shown as missing, timing-only runs without
accuracy axes."""

from __future__ import annotations

import itertools

import numpy as np
import pandas as pd
import pytest

from aimcsim.config.loader import load_arch
from aimcsim.energy import build_ledger, builtin_table
from aimcsim.report import RunResult, make_meta, make_summary
from aimcsim.report.figures import FIGURE_TITLES, TOP_N, make_figures, top_rows
from aimcsim.report.result import STALL_COLUMNS


def many_layer_result(n_layers: int, functional: bool = True, seed: int = 0) -> RunResult:
    """A pipelined chain of ``n_layers`` (analog and digital alternating) on a 16x16 mesh."""
    rng = np.random.default_rng(seed)
    arch = load_arch(preset="hermes")
    table = builtin_table("hermes")
    starts = np.cumsum(rng.integers(50, 400, n_layers)) + 1000
    spans = rng.integers(100, 5000, n_layers)
    counters, placement = [], []
    for i in range(n_layers):
        tile = i % arch.chip.n_tiles
        counters.append(
            {
                "layer": i,
                "component": f"chip.tile[{tile}].dpu",
                "kind": "dpu",
                "action": "dpu.op",
                "count": int(rng.integers(1, 10_000)),
            }
        )
        if i % 2 == 0:
            counters.append(
                {
                    "layer": i,
                    "component": f"chip.tile[{tile}].xbar[0]",
                    "kind": "xbar",
                    "action": "xbar.read",
                    "count": int(rng.integers(1, 500)),
                }
            )
        placement.append({"layer": i, "tile": tile, "crossbars": int(i % 2 == 0)})
    counters.append(
        {
            "layer": -1,
            "component": "chip.tile[0].xbar[0]",
            "kind": "xbar",
            "action": "xbar.program_row",
            "count": 10_000_000,
        }
    )
    total = int(starts[-1] + spans[-1] + 10)
    components = pd.DataFrame(
        [
            {
                "component": f"chip.tile[{t}].xbar[0]",
                "kind": "xbar",
                "busy_cycles": 10,
                "utilization": 10 / total,
            }
            for t in range(arch.chip.n_tiles)
        ]
    )
    energy = build_ledger(counters, table, arch, components, total_cycles=total)
    names = [f"block{i // 4}.{['conv1', 'relu', 'conv2', 'add'][i % 4]}" for i in range(n_layers)]
    err = rng.uniform(0.01, 0.3, n_layers)
    analog = np.arange(n_layers) % 2 == 0
    layers = pd.DataFrame(
        {
            "layer": [-1, *range(n_layers)],
            "layer_name": ["(setup)", *names],
            "kind": ["setup", *["conv" if a else "relu" for a in analog]],
            "n_tiles": 1,
            "start_cycle": [0, *starts],
            "end_cycle": [900, *(starts + spans)],
            "latency_cycles": [900, *spans],
            "latency_ns": [900.0, *spans.astype(float)],
            "busy_cycles": [900, *spans],
            "issue_cycle": [0, *(starts - 40)],
            "wait_cycles": [0, *np.full(n_layers, 40)],
            "span_cycles": [900, *(spans + 40)],
            "energy_pj": 1.0,
            "rel_error": [np.nan, *np.where(analog & functional, err, np.nan)],
            "snr_db": [np.nan, *np.where(analog & functional, -20 * np.log10(err), np.nan)],
            "cosine": [np.nan, *np.where(analog & functional, 1 - err, np.nan)],
            "alpha": [np.nan, *np.where(analog & functional, 1.0, np.nan)],
            "input_encoding": ["", *np.where(analog, "pulse_width", "")],
            "input_bits": [0, *np.where(analog, 8, 0)],
            "bits_per_phase": [0, *np.where(analog, 1, 0)],
            "read_phases": [0, *np.where(analog, 1, 0)],
            "adc_gain": 0,
            "adc_itime_cycles": 0,
            "copies": [0, *np.where(analog, 1, 0)],
        }
    )
    stalls = pd.DataFrame({c: rng.integers(0, 100, n_layers + 1) for c in STALL_COLUMNS})
    stalls["layer"] = [-1, *range(n_layers)]
    acc = None
    if functional:
        acc = pd.DataFrame(
            {
                "t_inference_s": [0.0, 3600.0, 86400.0],
                "top1": [0.9, 0.88, 0.85],
                "top1_ideal": [0.92] * 3,
                "mean_rel_error": [0.1, 0.12, 0.15],
            }
        )
    summary = make_summary(
        layers,
        energy,
        total,
        arch.chip.cycle_ns,
        top1=0.9 if functional else None,
        top1_ideal=0.92 if functional else None,
        n_slots=1,
        analog_macs_per_inference=10**6,
    )
    return RunResult(
        meta=make_meta(arch, table, seeds={"root": 0}, command=["aimcsim", "run", "x"]),
        layers=layers,
        energy=energy,
        components=components,
        summary=summary,
        accuracy_vs_time=acc,
        stalls=stalls,
        placement=pd.DataFrame(placement),
    )


def _overlaps(boxes: list) -> list[tuple[int, int]]:
    return [
        (i, j)
        for (i, a), (j, b) in itertools.combinations(enumerate(boxes), 2)
        if a.width > 0
        and b.width > 0
        and a.overlaps(b)
        and min(a.x1, b.x1) - max(a.x0, b.x0) > 1
        and min(a.y1, b.y1) - max(a.y0, b.y0) > 1
    ]


def check_readable(fig) -> None:
    """Every axes draws something; no two tick labels of one axis overlap (in pixels)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    renderer = canvas.get_renderer()
    width, height = fig.get_size_inches()
    assert width <= 20 and height <= 20
    for ax in fig.axes:
        if ax.get_label() == "<colorbar>":
            continue
        assert ax.patches or ax.lines or ax.images, f"empty axes in {fig.get_suptitle()!r}"
        for axis in (ax.xaxis, ax.yaxis):
            boxes = [
                t.get_window_extent(renderer)
                for t in axis.get_ticklabels()
                if t.get_visible() and t.get_text()
            ]
            assert not _overlaps(boxes), f"overlapping tick labels in {fig.get_suptitle()!r}"


@pytest.mark.parametrize("n_layers", [4, 60, 500])
def test_figures_are_readable_at_any_layer_count(n_layers: int) -> None:
    figs = make_figures(many_layer_result(n_layers))
    assert list(figs) == list(FIGURE_TITLES)  # every figure, in report order
    for fig in figs.values():
        check_readable(fig)


def test_timing_only_runs_get_no_accuracy_axes() -> None:
    figs = make_figures(many_layer_result(12, functional=False))
    assert "accuracy_per_layer" not in figs and "accuracy_vs_time" not in figs
    assert "pipeline" in figs and "energy_per_layer" in figs


def test_setup_is_not_a_layer_bar() -> None:
    result = many_layer_result(8)
    figs = make_figures(result)
    for stem in ("pipeline", "latency_per_layer", "energy_per_layer"):
        ax = figs[stem].axes[0]
        labels = [t.get_text() for t in ax.get_yticklabels()]
        assert not any("setup" in label for label in labels), stem


def test_missing_accuracy_is_missing_not_zero() -> None:
    result = many_layer_result(8)
    ax = make_figures(result).get("accuracy_per_layer").axes[0]
    labels = [t.get_text() for t in ax.get_yticklabels()]
    # Only the probed (analog, even-numbered) layers are charted.
    assert labels == [
        f"{i}: {result.layers.set_index('layer').loc[i, 'layer_name']}" for i in range(0, 8, 2)
    ]


def test_accuracy_vs_time_has_a_legend_and_the_float_baseline() -> None:
    ax = make_figures(many_layer_result(4))["accuracy_vs_time"].axes[0]
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert "top-1, float model" in legend and "mean rel. error" in legend


def test_top_rows_sums_the_rest() -> None:
    frame = pd.DataFrame(
        {"layer": range(100), "layer_name": [f"l{i}" for i in range(100)], "v": np.arange(100.0)}
    )
    rows = top_rows(frame, "v")
    assert len(rows) == TOP_N
    assert rows["v"].sum() == pytest.approx(frame["v"].sum())
    assert rows["label"].iloc[-1] == f"other ({100 - TOP_N + 1} layers)"
    assert list(rows["layer"][:-1]) == list(range(100 - TOP_N + 1, 100))
