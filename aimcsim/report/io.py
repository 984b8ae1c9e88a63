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
    trace.json          Chrome/Perfetto trace events (optional)
    figures/*.png       see aimcsim.report.figures.FIGURE_TITLES
    report.html         one file: summary, embedded figures, layer table

The same RunResult gives byte-identical CSV and JSON files (sorted keys, fixed float
format, no timestamps; the wall time is a field of run.json only). :func:`write_report`
builds the whole directory beside the target under a hidden temporary name and renames it
into place (:mod:`aimcsim.output_path`), so an interrupted run never leaves a half-written
report that looks whole, and never replaces anything but an earlier report.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pandas as pd

from aimcsim.output_path import REPORT_DIR, add_to_marker, replace_file, staged_dir
from aimcsim.report.result import (
    ACCURACY_TIME_DTYPES,
    AREA_DTYPES,
    COMPONENT_DTYPES,
    ENERGY_DTYPES,
    LAYER_DTYPES,
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
TRACE_JSON = "trace.json"
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


def _rendered(result: RunResult) -> dict[str, bytes]:
    """The figures and report.html of ``result``, by path relative to the report directory."""
    from aimcsim.report.figures import make_figures, png_bytes, render_html

    pngs = {stem: png_bytes(fig) for stem, fig in make_figures(result).items()}
    files = {f"{FIGURES_DIR}/{stem}.png": data for stem, data in pngs.items()}
    files[REPORT_HTML] = render_html(result, pngs).encode("utf-8")
    return files


def write_report(result: RunResult, directory: str | Path, figures: bool = True) -> Path:
    """Write ``result`` as a report directory, atomically, and return its path.

    ``directory`` must be new, empty or an earlier report (see :mod:`aimcsim.output_path`:
    anything else raises OutputPathError, untouched); an earlier report is replaced.
    ``figures=False`` skips the PNGs and ``report.html``.
    """
    with staged_dir(directory, REPORT_DIR) as tmp:
        write_report_files(result, tmp, figures)
    return Path(directory)


def write_report_files(result: RunResult, directory: Path, figures: bool = True) -> None:
    """The files of the report of ``result`` into the existing, empty ``directory`` (a
    staging directory: see :func:`write_report`)."""
    _write(directory / LAYERS_CSV, csv_text(result.layers))
    _write(directory / ENERGY_CSV, csv_text(result.energy))
    _write(directory / COMPONENTS_CSV, csv_text(result.components))
    if result.accuracy_vs_time is not None:
        _write(directory / ACCURACY_TIME_CSV, csv_text(result.accuracy_vs_time))
    if result.stalls is not None:
        _write(directory / STALLS_CSV, csv_text(result.stalls))
    if result.area is not None:
        _write(directory / AREA_CSV, csv_text(result.area))
    if result.trace_events is not None:
        _write(directory / TRACE_JSON, dumps_json({"traceEvents": result.trace_events}))
    if figures:
        (directory / FIGURES_DIR).mkdir()
        for name, data in _rendered(result).items():
            _write(directory / name, data)
    # run.json last: a directory with run.json was written completely.
    _write(directory / RUN_JSON, dumps_json({"meta": result.meta, "summary": result.summary}))


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
    trace = None
    if (d / TRACE_JSON).exists():
        trace = json.loads((d / TRACE_JSON).read_text(encoding="utf-8"))["traceEvents"]
    return RunResult(
        meta=data.get("meta", {}),
        layers=_read_csv(d / LAYERS_CSV, LAYER_DTYPES),
        energy=_read_csv(d / ENERGY_CSV, ENERGY_DTYPES),
        components=_read_csv(d / COMPONENTS_CSV, COMPONENT_DTYPES),
        summary=data.get("summary", {}),
        accuracy_vs_time=acc,
        trace_events=trace,
        stalls=stalls,
        area=area,
    )


def rerender(directory: str | Path) -> Path:
    """Re-draw the figures and report.html of a report directory from its saved data.

    Files are replaced one by one (each replacement is atomic); the report's other files,
    and any of the user's, stay as they are.
    """
    d = Path(directory)
    files = _rendered(read_report(d))
    for name, data in sorted(files.items()):
        replace_file(d / name, data)
    add_to_marker(d, REPORT_DIR, files)
    return d
