"""Report figures (matplotlib, Agg backend) and the single-file HTML report.

Figures: latency and energy per layer, energy breakdown by component kind, accuracy per
layer, accuracy vs drift time (when present). The HTML embeds each figure as a base64 PNG
and shows the layer table, so one file can be mailed or archived.
"""

from __future__ import annotations

import base64
import html
import io
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from aimcsim.report.result import RunResult

FIGURE_TITLES: dict[str, str] = {
    "latency_energy_per_layer": "Latency and energy per layer",
    "energy_breakdown": "Energy breakdown by component kind",
    "accuracy_per_layer": "Accuracy per layer",
    "accuracy_vs_time": "Accuracy vs drift time",
}
"""Figure file stem -> title; ``accuracy_vs_time`` only when the run evaluated two or more
inference times."""


def _figure(nrows: int = 1, ncols: int = 1, size: tuple[float, float] = (8.0, 4.0)) -> Any:
    from matplotlib.figure import Figure

    fig = Figure(figsize=size, dpi=100)
    axes = fig.subplots(nrows, ncols, squeeze=False)
    return fig, axes


def _labels(result: RunResult) -> list[str]:
    return [f"{int(r.layer)}:{r.layer_name}" for r in result.layers.itertuples()]


def make_figures(result: RunResult) -> dict[str, Figure]:
    """Every figure of the report, keyed by file stem (see :data:`FIGURE_TITLES`)."""
    figs: dict[str, Figure] = {}
    labels = _labels(result)
    x = list(range(len(labels)))

    fig, ax = _figure(1, 2, (11.0, 4.0))
    ax[0, 0].bar(x, result.layers["latency_ns"].to_numpy(), color="tab:blue")
    ax[0, 0].set_ylabel("latency (ns)")
    ax[0, 1].bar(x, result.layers["energy_pj"].to_numpy(), color="tab:orange")
    ax[0, 1].set_ylabel("energy (pJ)")
    for a in ax[0]:
        a.set_xticks(x, labels, rotation=45, ha="right", fontsize=8)
    fig.suptitle(FIGURE_TITLES["latency_energy_per_layer"])
    fig.tight_layout()
    figs["latency_energy_per_layer"] = fig

    fig, ax = _figure(1, 1, (7.0, 4.0))
    by_kind = result.energy.groupby("kind", sort=True)["energy_pj"].sum()
    leak = (
        result.energy[result.energy["action"] == "leakage"]
        .groupby("kind", sort=True)["energy_pj"]
        .sum()
    )
    kinds = list(by_kind.index)
    dyn = [float(by_kind[k] - leak.get(k, 0.0)) for k in kinds]
    lk = [float(leak.get(k, 0.0)) for k in kinds]
    ax[0, 0].bar(kinds, dyn, label="dynamic", color="tab:green")
    ax[0, 0].bar(kinds, lk, bottom=dyn, label="leakage", color="tab:gray")
    ax[0, 0].set_ylabel("energy (pJ)")
    ax[0, 0].legend()
    fig.suptitle(FIGURE_TITLES["energy_breakdown"])
    fig.tight_layout()
    figs["energy_breakdown"] = fig

    fig, ax = _figure(1, 2, (11.0, 4.0))
    ax[0, 0].bar(x, result.layers["rel_error"].fillna(0.0).to_numpy(), color="tab:red")
    ax[0, 0].set_ylabel("relative error")
    ax[0, 1].bar(x, result.layers["cosine"].fillna(0.0).to_numpy(), color="tab:purple")
    ax[0, 1].set_ylabel("cosine similarity")
    for a in ax[0]:
        a.set_xticks(x, labels, rotation=45, ha="right", fontsize=8)
    if result.layers["rel_error"].isna().all():
        ax[0, 0].set_title("(no functional run)", fontsize=9)
    fig.suptitle(FIGURE_TITLES["accuracy_per_layer"])
    fig.tight_layout()
    figs["accuracy_per_layer"] = fig

    if result.accuracy_vs_time is not None and len(result.accuracy_vs_time) >= 2:
        fig, ax = _figure(1, 1, (7.0, 4.0))
        acc = result.accuracy_vs_time
        ax[0, 0].plot(acc["t_inference_s"], acc["mean_rel_error"], "o-", label="mean rel. error")
        # symlog: t = 0 (right after programming) sits on the same axis as 1 h or 1 y.
        ax[0, 0].set_xscale("symlog", linthresh=1.0)
        ax[0, 0].set_xlabel("time after programming (s)")
        ax[0, 0].set_ylabel("mean relative error")
        if acc["top1"].notna().any():
            twin = ax[0, 0].twinx()
            twin.plot(acc["t_inference_s"], acc["top1"], "s--", color="tab:green", label="top-1")
            twin.set_ylabel("top-1 accuracy")
        fig.suptitle(FIGURE_TITLES["accuracy_vs_time"])
        fig.tight_layout()
        figs["accuracy_vs_time"] = fig
    return figs


def png_bytes(fig: Figure) -> bytes:
    """The figure as PNG bytes (Agg; no timestamp metadata)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    FigureCanvasAgg(fig)
    buf = io.BytesIO()
    fig.savefig(buf, format="png", metadata={"Software": None})
    return buf.getvalue()


def render_html(result: RunResult, pngs: dict[str, bytes]) -> str:
    """A self-contained HTML report: summary, figures (base64 PNG) and the layer table."""
    meta = result.meta
    table = meta.get("energy_table") or {}
    config = meta.get("config") or {}
    chip = (config.get("chip") or {}).get("name", "?") if isinstance(config, dict) else "?"
    rows = "".join(
        f"<tr><th>{html.escape(str(k))}</th><td>{html.escape(_fmt(v))}</td></tr>"
        for k, v in result.summary.items()
    )
    figs = "".join(
        f'<figure id="fig-{stem}"><img alt="{html.escape(FIGURE_TITLES.get(stem, stem))}" '
        f'src="data:image/png;base64,{base64.b64encode(data).decode("ascii")}">'
        f"<figcaption>{html.escape(FIGURE_TITLES.get(stem, stem))}</figcaption></figure>"
        for stem, data in pngs.items()
    )
    area_html = ""
    if result.area is not None:
        area_html = "<h2>Area</h2>" + result.area.to_html(
            index=False, table_id="area", na_rep="", float_format=lambda v: f"{v:.6g}"
        )
    warnings = meta.get("warnings") or []
    warnings_html = ""
    if warnings:
        items = "".join(f"<li>{html.escape(str(w))}</li>" for w in warnings)
        warnings_html = f'<h2>Warnings</h2><ul id="warnings">{items}</ul>'
    layer_table = result.layers.to_html(
        index=False, table_id="layers", na_rep="", float_format=lambda v: f"{v:.6g}"
    )
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>aimcsim report: {html.escape(str(chip))}</title>
<style>
body {{ font-family: sans-serif; margin: 2em; }}
table {{ border-collapse: collapse; font-size: 0.9em; }}
th, td {{ border: 1px solid #ccc; padding: 2px 6px; text-align: right; }}
figure {{ display: inline-block; margin: 1em; }}
img {{ max-width: 100%; }}
</style></head><body>
<h1>aimcsim report: chip {html.escape(str(chip))}</h1>
<p>energy table {html.escape(str(table.get("name", "?")))}
(sha256 {html.escape(str(table.get("sha256", "?"))[:16])}&hellip;),
ISA {html.escape(str(meta.get("isa_version", "?")))}</p>
<h2>Summary</h2><table id="summary">{rows}</table>
{warnings_html}
<h2>Figures</h2>{figs}
<h2>Layers</h2>{layer_table}
{area_html}
<script>
// Marks each figure that the browser decoded and shows (used by the headless-browser test).
window.addEventListener("load", function () {{
  var ok = 0;
  document.querySelectorAll("figure img").forEach(function (img) {{
    if (img.complete && img.naturalWidth > 0 && img.getBoundingClientRect().width > 0) {{
      img.setAttribute("data-rendered", String(img.naturalWidth));
      ok++;
    }}
  }});
  var rows = document.querySelectorAll("#layers tbody tr").length;
  document.body.setAttribute("data-figures-rendered", String(ok));
  document.body.setAttribute("data-layer-rows", String(rows));
}});
</script>
</body></html>
"""


def _fmt(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.6g}"
    return "" if value is None else str(value)
