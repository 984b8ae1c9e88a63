"""The single-file HTML report and the HTML comparison of two runs.

A report page opens with the headline figures (with units), the provenance of the run
(command, chip and its changes from the preset, seed, inference times, energy table,
versions) and any warnings, then the figures (base64 PNGs, so one file can be mailed or
archived) and the tables.
"""

from __future__ import annotations

import base64
import html
from typing import TYPE_CHECKING, Any

from aimcsim.report.figures import FIGURE_TITLES, zero_latency_layers

if TYPE_CHECKING:
    from aimcsim.report.result import RunResult

TIME_NS = "time_ns"
ENERGY_PJ = "energy_pj"

HEADLINE: tuple[tuple[str, str, str, float], ...] = (
    # (summary key, label, unit, factor from the summary's unit to the shown one); the
    # units TIME_NS / ENERGY_PJ are shown in ns..s / pJ..J, whichever reads best.
    ("inference_ns", "inference span (all sample slots, pipelined)", TIME_NS, 1.0),
    ("n_slots", "samples per inference span", "", 1.0),
    ("inferences_per_s", "throughput", "inferences/s", 1.0),
    ("energy_per_inference_pj", "energy per inference", ENERGY_PJ, 1.0),
    ("tops", "analog throughput", "TOPS", 1.0),
    ("tops_per_w", "analog energy efficiency", "TOPS/W", 1.0),
    ("top1", "top-1 accuracy, simulated chip", "%", 100.0),
    ("top1_ideal", "top-1 accuracy, float model (ideal chip)", "%", 100.0),
    ("mean_rel_error", "mean layer relative error", "", 1.0),
    ("mapped_crossbar_fraction", "crossbars holding weights", "%", 100.0),
    ("area_mm2", "chip area", "mm^2", 1.0),
    ("inference_energy_pj", "inference energy (all slots)", ENERGY_PJ, 1.0),
    ("latency_ns", "whole run, weight programming included", TIME_NS, 1.0),
    ("energy_pj", "whole-run energy", ENERGY_PJ, 1.0),
    ("leakage_energy_pj", "of which leakage", ENERGY_PJ, 1.0),
)
"""What the headline table shows, in order; a missing figure is left out."""

READABLE_UNITS = {
    TIME_NS: (("ns", 1.0), ("us", 1e3), ("ms", 1e6), ("s", 1e9)),
    ENERGY_PJ: (("pJ", 1.0), ("nJ", 1e3), ("uJ", 1e6), ("mJ", 1e9), ("J", 1e12)),
}


def fmt_number(value: float) -> str:
    """Four significant digits (integers whole), thousands grouped, e-notation only outside
    1e-3 .. 1e12."""
    if value == 0:
        return "0"
    magnitude = abs(value)
    if magnitude >= 1e12 or magnitude < 1e-3:
        return f"{value:.4g}"
    if float(value).is_integer():
        return f"{int(value):,}"
    digits = max(0, 3 - int(f"{magnitude:e}".split("e")[1]))
    return f"{value:,.{digits}f}"


def with_unit(value: float, unit: str) -> str:
    """``value`` formatted with ``unit``; a TIME_NS or ENERGY_PJ value in the unit that
    keeps it between 1 and 1000 where possible."""
    if unit in READABLE_UNITS:
        scales = READABLE_UNITS[unit]
        name, factor = scales[0]
        for unit_name, unit_factor in scales:
            if abs(value) >= unit_factor:
                name, factor = unit_name, unit_factor
        return f"{fmt_number(value / factor)} {name}"
    return f"{fmt_number(value)} {unit}".rstrip()


def headline(summary: dict[str, Any]) -> list[tuple[str, str]]:
    """``(label, value with unit)`` for each headline figure present in ``summary``."""
    rows = []
    for key, label, unit, factor in HEADLINE:
        value = summary.get(key)
        if value is None or value != value:  # None or NaN
            continue
        rows.append((label, with_unit(float(value) * factor, unit)))
    return rows


def config_changes(meta: dict[str, Any]) -> dict[str, tuple[Any, Any]]:
    """Keys whose value in the run's resolved config differs from its chip's preset:
    ``{dotted key: (preset value, run value)}`` (empty when the chip is not a preset)."""
    from aimcsim.config.loader import arch_to_dict, load_arch

    config = meta.get("config") or {}
    name = (config.get("chip") or {}).get("name")
    try:
        preset = arch_to_dict(load_arch(preset=str(name)))
    except Exception:  # not a preset name (a config file's own chip name): nothing to diff
        return {}
    changes: dict[str, tuple[Any, Any]] = {}

    def walk(a: Any, b: Any, prefix: str) -> None:
        if isinstance(a, dict) and isinstance(b, dict):
            for k in sorted(set(a) | set(b)):
                walk(a.get(k), b.get(k), f"{prefix}{k}.")
        elif a != b:
            changes[prefix.rstrip(".")] = (a, b)

    walk(preset, config, "")
    return changes


def _table(rows: list[tuple[str, str]], table_id: str) -> str:
    body = "".join(f"<tr><th>{html.escape(k)}</th><td>{html.escape(v)}</td></tr>" for k, v in rows)
    return f'<table id="{table_id}" class="kv">{body}</table>'


def provenance(meta: dict[str, Any]) -> list[tuple[str, str]]:
    """What produced the run, for the report's provenance table."""
    config = meta.get("config") or {}
    chip = (config.get("chip") or {}).get("name", "?")
    changes = config_changes(meta)
    table = meta.get("energy_table") or {}
    times = meta.get("t_inference_s")
    versions = meta.get("versions") or {}
    rows = [
        ("target", str(meta.get("target", "?"))),
        (
            "command",
            " ".join(meta["command"])
            if isinstance(meta.get("command"), list)
            else str(meta.get("command") or "(API call)"),
        ),
        ("chip", str(chip)),
        ("changes from the preset", ", ".join(f"{k}={v[1]}" for k, v in changes.items()) or "none"),
        ("root seed", str((meta.get("seeds") or {}).get("root", "?"))),
        (
            "inference times after programming (s)",
            ", ".join(f"{t:g}" for t in times) if isinstance(times, list) else "?",
        ),
        ("energy table", f"{table.get('name', '?')} (sha256 {str(table.get('sha256', '?'))[:16]})"),
        ("ISA", str(meta.get("isa_version", "?"))),
        ("versions", ", ".join(f"{k} {v}" for k, v in sorted(versions.items()))),
        ("wall time", f"{meta['wall_time_s']:.2f} s" if meta.get("wall_time_s") else "?"),
    ]
    return rows


def layers_without_time(result: RunResult) -> list[tuple[str, str]]:
    """``(layer, why it took no time)`` for each DNN layer that took 0 cycles: layers in the
    table whose instructions took no time, and layers the compiler folded away (no
    instructions, so no row in the table; ``meta["layers_without_instructions"]``)."""
    rows = [
        (
            f"{int(r.layer)}: {r.layer_name} ({r.kind})",
            "0 cycles: its instructions took no time (a digital no-op)",
        )
        for r in zero_latency_layers(result).itertuples()
    ]
    rows += [
        (
            f"{la['layer']}: {la['layer_name']} ({la['kind']})",
            "folded away by the compiler: no instructions, no row in the layer table",
        )
        for la in result.meta.get("layers_without_instructions") or []
    ]
    return rows


def _no_time_html(result: RunResult) -> str:
    rows = layers_without_time(result)
    if not rows:
        return ""
    return (
        f"<h2>Layers that took no time ({len(rows)})</h2>"
        '<p class="note">Not missing work: these layers have no timed instructions, '
        "so the charts show no bar for them (the pipeline marks a 0-cycle layer with a red x)."
        f"</p>{_table(rows, 'zero-time-layers')}"
    )


STYLE = """
body { font-family: sans-serif; margin: 2em; max-width: 1400px; }
table { border-collapse: collapse; font-size: 0.9em; }
th, td { border: 1px solid #ccc; padding: 2px 6px; text-align: right; }
table.kv th { text-align: left; font-weight: normal; color: #333; }
table.kv td { text-align: left; font-weight: bold; }
figure { margin: 1em 0; }
img { max-width: 100%; }
.warning { background: #fff3cd; border: 1px solid #e0c060; padding: 0.5em; }
.note { color: #333; }
details { margin: 1em 0; }
"""

BROWSER_CHECK = """
<script>
// Marks each figure that the browser decoded and shows (used by the headless-browser test).
window.addEventListener("load", function () {
  var ok = 0;
  document.querySelectorAll("figure img").forEach(function (img) {
    if (img.complete && img.naturalWidth > 0 && img.getBoundingClientRect().width > 0) {
      img.setAttribute("data-rendered", String(img.naturalWidth));
      ok++;
    }
  });
  var rows = document.querySelectorAll("#layers tbody tr").length;
  document.body.setAttribute("data-figures-rendered", String(ok));
  document.body.setAttribute("data-layer-rows", String(rows));
});
</script>
"""


def _figures_html(pngs: dict[str, bytes]) -> str:
    return "".join(
        f'<figure id="fig-{stem}"><img alt="{html.escape(FIGURE_TITLES.get(stem, stem))}" '
        f'src="data:image/png;base64,{base64.b64encode(data).decode("ascii")}"></figure>'
        for stem, data in pngs.items()
    )


def _page(title: str, body: str) -> str:
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">\n'
        f"<title>{html.escape(title)}</title>\n<style>{STYLE}</style></head><body>\n"
        f"{body}\n{BROWSER_CHECK}</body></html>\n"
    )


def render_html(result: RunResult, pngs: dict[str, bytes]) -> str:
    """A self-contained HTML report of ``result`` with the figures ``pngs`` (stem -> PNG)."""
    meta = result.meta
    config = meta.get("config") or {}
    chip = (config.get("chip") or {}).get("name", "?") if isinstance(config, dict) else "?"
    warnings = meta.get("warnings") or []
    warn_html = ""
    if warnings:
        items = "".join(f"<li>{html.escape(str(w))}</li>" for w in warnings)
        warn_html = f'<h2>Warnings</h2><ul id="warnings" class="warning">{items}</ul>'
    area_html = ""
    if result.area is not None:
        area_html = "<h2>Area</h2>" + result.area.to_html(
            index=False, table_id="area", na_rep="n/a", float_format=lambda v: f"{v:.6g}"
        )
    layer_table = result.layers.to_html(
        index=False, table_id="layers", na_rep="n/a", float_format=lambda v: f"{v:.6g}"
    )
    open_attr = " open" if len(result.layers) <= 60 else ""
    body = f"""<h1>aimcsim report: {html.escape(str(meta.get("target", "run")))} on
chip {html.escape(str(chip))}</h1>
{warn_html}
<h2>Headline</h2>{_table(headline(result.summary), "summary")}
{_no_time_html(result)}
<h2>Figures</h2>{_figures_html(pngs)}
<h2>Layers</h2>
<details{open_attr}><summary>{len(result.layers)} rows (layer -1 is the set-up: weight
programming and constant loads)</summary>{layer_table}</details>
{area_html}
<h2>Provenance</h2>{_table(provenance(meta), "provenance")}"""
    return _page(f"aimcsim report: {chip}", body)


def render_comparison_html(
    a: RunResult, b: RunResult, name_a: str, name_b: str, pngs: dict[str, bytes]
) -> str:
    """An HTML page comparing two runs: headline figures side by side, per-layer changes."""
    from aimcsim.report.compare import compare_layers

    first, second = dict(headline(a.summary)), dict(headline(b.summary))
    labels = [label for label in first if label in second]
    rows = "".join(
        f"<tr><th>{html.escape(k)}</th><td>{html.escape(first[k])}</td>"
        f"<td>{html.escape(second[k])}</td></tr>"
        for k in labels
    )
    head = f"<tr><th></th><th>{html.escape(name_a)}</th><th>{html.escape(name_b)}</th></tr>"
    layers = compare_layers(a, b).to_html(
        index=False, table_id="layers", na_rep="n/a", float_format=lambda v: f"{v:.6g}"
    )
    changes_a, changes_b = config_changes(a.meta), config_changes(b.meta)
    diff = sorted(set(changes_a) | set(changes_b))
    cfg = "".join(
        f"<tr><th>{html.escape(k)}</th><td>{html.escape(str(changes_a.get(k, ('', '-'))[1]))}"
        f"</td><td>{html.escape(str(changes_b.get(k, ('', '-'))[1]))}</td></tr>"
        for k in diff
    )
    body = f"""<h1>aimcsim comparison: {html.escape(name_a)} vs {html.escape(name_b)}</h1>
<h2>Headline</h2><table id="summary" class="kv">{head}{rows}</table>
<h2>Config changes from the presets</h2><table id="config">{head}{cfg}</table>
<h2>Figures</h2>{_figures_html(pngs)}
<h2>Layers</h2>{layers}"""
    return _page(f"aimcsim comparison: {name_a} vs {name_b}", body)
