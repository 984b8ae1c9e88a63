"""Write and read report directories, atomically and deterministically.

A report directory holds::

    run.json            meta (versions, config, ISA, energy table + hash, seeds, wall time,
                        command) and the network-level summary
    layers.csv          LAYER_COLUMNS
    energy.csv          ENERGY_COLUMNS
    components.csv      COMPONENT_COLUMNS
    accuracy_time.csv   ACCURACY_TIME_COLUMNS (optional)
    stalls.csv          STALL_COLUMNS (optional)
    area.csv            AREA_COLUMNS (optional): chip area per component kind, with sources
    placement.csv       PLACEMENT_COLUMNS (optional): the tiles and crossbars of each layer
    figures/*.png       see aimcsim.report.figures.FIGURE_TITLES
    report.html         one file: summary, embedded figures, layer table

The same RunResult gives byte-identical CSV and JSON files (sorted keys, fixed float
format, no timestamps; the wall time is a field of run.json only). :func:`write_report`
builds the whole directory beside the target under a hidden temporary name and renames it
into place, so an interrupted run never leaves a half-written report that looks whole.
"""

from __future__ import annotations

import json
import math
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

import pandas as pd

from aimcsim.report.result import (
    ACCURACY_TIME_DTYPES,
    AREA_DTYPES,
    COMPONENT_DTYPES,
    ENERGY_DTYPES,
    LAYER_DTYPES,
    PLACEMENT_DTYPES,
    STALL_DTYPES,
    ReportError,
    RunResult,
)

RUN_JSON = "run.json"
LAYERS_CSV = "layers.csv"
ENERGY_CSV = "energy.csv"
COMPONENTS_CSV = "components.csv"
ACCURACY_TIME_CSV = "accuracy_time.csv"
STALLS_CSV = "stalls.csv"
AREA_CSV = "area.csv"
PLACEMENT_CSV = "placement.csv"
REPORT_HTML = "report.html"
FIGURES_DIR = "figures"


def _json_clean(value: Any) -> Any:
    """Plain JSON data: NaN/inf become None, tuples lists, numpy scalars Python numbers."""
    if isinstance(value, dict):
        return {str(k): _json_clean(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_json_clean(v) for v in value]
    if hasattr(value, "item") and not isinstance(value, str | bytes):
        value = value.item()
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def dumps_json(data: Any) -> str:
    """Deterministic JSON text: sorted keys, 2-space indent, trailing newline."""
    return json.dumps(_json_clean(data), sort_keys=True, indent=2, ensure_ascii=False) + "\n"


def csv_text(df: pd.DataFrame) -> str:
    """Deterministic CSV text: no index, '\\n' line ends, shortest round-trip floats."""
    return str(df.to_csv(index=False, lineterminator="\n"))


def _write(path: Path, text: str | bytes) -> None:
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8", newline="")


def _render(result: RunResult, directory: Path) -> None:
    """Figures and report.html into ``directory`` (which exists)."""
    from aimcsim.report.figures import make_figures, png_bytes
    from aimcsim.report.html import render_html

    figdir = directory / FIGURES_DIR
    figdir.mkdir(exist_ok=True)
    pngs = {stem: png_bytes(fig) for stem, fig in make_figures(result).items()}
    for stem, data in pngs.items():
        _write(figdir / f"{stem}.png", data)
    _write(directory / REPORT_HTML, render_html(result, pngs))


def write_report(result: RunResult, directory: str | Path, figures: bool = True) -> Path:
    """Write ``result`` as a report directory (replacing an existing one), atomically.

    Returns the directory path. ``figures=False`` skips the PNGs and ``report.html``.
    """
    target = Path(directory)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.tmp-", dir=target.parent))
    try:
        _write(tmp / LAYERS_CSV, csv_text(result.layers))
        _write(tmp / ENERGY_CSV, csv_text(result.energy))
        _write(tmp / COMPONENTS_CSV, csv_text(result.components))
        if result.accuracy_vs_time is not None:
            _write(tmp / ACCURACY_TIME_CSV, csv_text(result.accuracy_vs_time))
        if result.stalls is not None:
            _write(tmp / STALLS_CSV, csv_text(result.stalls))
        if result.area is not None:
            _write(tmp / AREA_CSV, csv_text(result.area))
        if result.placement is not None:
            _write(tmp / PLACEMENT_CSV, csv_text(result.placement))
        if figures:
            _render(result, tmp)
        # run.json last: a directory with run.json was written completely.
        _write(tmp / RUN_JSON, dumps_json({"meta": result.meta, "summary": result.summary}))
        os.chmod(tmp, 0o755)
        old = None
        if target.exists():
            old = Path(tempfile.mkdtemp(prefix=f".{target.name}.old-", dir=target.parent))
            old.rmdir()
            target.rename(old)
        tmp.rename(target)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return target


def _read_csv(path: Path, dtypes: dict[str, str]) -> pd.DataFrame:
    if not path.exists():
        raise ReportError(f"{path}: missing (not a complete aimcsim report directory)")
    str_cols = {c: "object" for c, t in dtypes.items() if t == "object"}
    df = pd.read_csv(path, dtype=str_cols, keep_default_na=False, na_values=[""])
    for col in str_cols:
        if col in df.columns:
            df[col] = df[col].fillna("")
    return df


def read_report(directory: str | Path) -> RunResult:
    """Read a report directory written by :func:`write_report` back into a RunResult."""
    d = Path(directory)
    run = d / RUN_JSON
    if not run.exists():
        raise ReportError(f"{d}: no {RUN_JSON} (not a complete aimcsim report directory)")
    try:
        data = json.loads(run.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise ReportError(f"{run}: not valid JSON: {exc}") from None
    acc = None
    if (d / ACCURACY_TIME_CSV).exists():
        acc = _read_csv(d / ACCURACY_TIME_CSV, ACCURACY_TIME_DTYPES)
    stalls = None
    if (d / STALLS_CSV).exists():
        stalls = _read_csv(d / STALLS_CSV, STALL_DTYPES)
    area = None
    if (d / AREA_CSV).exists():
        area = _read_csv(d / AREA_CSV, AREA_DTYPES)
    placement = None
    if (d / PLACEMENT_CSV).exists():
        placement = _read_csv(d / PLACEMENT_CSV, PLACEMENT_DTYPES)
    return RunResult(
        meta=data.get("meta", {}),
        layers=_read_csv(d / LAYERS_CSV, LAYER_DTYPES),
        energy=_read_csv(d / ENERGY_CSV, ENERGY_DTYPES),
        components=_read_csv(d / COMPONENTS_CSV, COMPONENT_DTYPES),
        summary=data.get("summary", {}),
        accuracy_vs_time=acc,
        stalls=stalls,
        area=area,
        placement=placement,
    )


def rerender(directory: str | Path) -> Path:
    """Re-draw the figures and report.html of a report directory from its saved data.

    Files are replaced one by one through temporary names (each replacement is atomic).
    """
    d = Path(directory)
    result = read_report(d)
    tmp = Path(tempfile.mkdtemp(prefix=f".{d.name}.render-", dir=d.parent))
    try:
        _render(result, tmp)
        (d / FIGURES_DIR).mkdir(exist_ok=True)
        for png in sorted((tmp / FIGURES_DIR).iterdir()):
            os.replace(png, d / FIGURES_DIR / png.name)
        os.replace(tmp / REPORT_HTML, d / REPORT_HTML)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return d
