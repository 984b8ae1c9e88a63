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
    tiles.csv           TILE_COLUMNS (optional): busy cycles of each tile (timing model)
    figures/*.png       see aimcsim.report.figures.FIGURE_TITLES
    report.html         one file: summary, embedded figures, layer table

The same RunResult gives byte-identical CSV and JSON files (sorted keys, fixed float
format, no timestamps; the wall time is a field of run.json only). :func:`write_report`
builds the whole directory beside the target under a hidden temporary name and renames it
into place (:mod:`aimcsim.output_path`), so an interrupted run never leaves a half-written
report that looks whole, and never replaces anything but an earlier report.
"""

from __future__ import annotations

import io
import json
import math
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from aimcsim.inputs import read_text_file
from aimcsim.output_path import REPORT_DIR, add_to_marker, replace_file, staged_dir
from aimcsim.report.result import (
    ACCURACY_TIME_DTYPES,
    AREA_DTYPES,
    COMPONENT_DTYPES,
    ENERGY_DTYPES,
    LAYER_DTYPES,
    PLACEMENT_DTYPES,
    STALL_DTYPES,
    SUMMARY_KEYS,
    TILE_DTYPES,
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
TILES_CSV = "tiles.csv"
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
    from aimcsim.report.figures import make_figures, png_bytes
    from aimcsim.report.html import render_html

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
    if result.placement is not None:
        _write(directory / PLACEMENT_CSV, csv_text(result.placement))
    if result.tiles is not None:
        _write(directory / TILES_CSV, csv_text(result.tiles))
    if figures:
        (directory / FIGURES_DIR).mkdir()
        for name, data in _rendered(result).items():
            _write(directory / name, data)
    # run.json last: a directory with run.json was written completely.
    _write(directory / RUN_JSON, dumps_json({"meta": result.meta, "summary": result.summary}))


REQUIRED_SUMMARY_KEYS: tuple[str, ...] = ("total_cycles", "latency_ns", "energy_pj")
"""Summary keys every report's ``run.json`` has (the others may be absent in old reports)."""


def _read_json(path: Path) -> Any:
    """The JSON document at ``path``; ReportError naming the file (and line) otherwise."""
    text = read_text_file(path, what="report file")
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ReportError(f"{path}:{exc.lineno}:{exc.colno}: not valid JSON: {exc.msg}") from None
    except RecursionError:
        raise ReportError(f"{path}: not valid JSON: nested too deeply") from None


def _read_run_json(path: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    """``meta`` and ``summary`` of a ``run.json``, their structure checked."""
    data = _read_json(path)
    if not isinstance(data, dict):
        raise ReportError(f"{path}: expected a JSON object with 'meta' and 'summary'")
    for key in ("meta", "summary"):
        if not isinstance(data.get(key), dict):
            problem = "is missing" if key not in data else "must be a JSON object"
            raise ReportError(f"{path}: key {key!r} {problem}")
    meta, summary = data["meta"], data["summary"]
    for key in ("config", "energy_table"):
        if meta.get(key) is not None and not isinstance(meta[key], dict):
            raise ReportError(f"{path}: key 'meta.{key}' must be a JSON object")
    _check_layer_list(path, meta.get("layers_without_instructions"))
    for key in REQUIRED_SUMMARY_KEYS:
        if key not in summary:
            raise ReportError(f"{path}: key 'summary.{key}' is missing")
    for key in SUMMARY_KEYS:
        value = summary.get(key)
        if value is not None and (isinstance(value, bool) or not isinstance(value, int | float)):
            raise ReportError(
                f"{path}: key 'summary.{key}' must be a number or null, got {value!r}"
            )
    return meta, summary


def _check_layer_list(path: Path, value: Any) -> None:
    """``meta.layers_without_instructions`` is absent or a list of ``{"layer": int,
    "layer_name": str, "kind": str}``; ReportError naming the entry otherwise."""
    if value is None:
        return
    key = "meta.layers_without_instructions"
    if not isinstance(value, list):
        raise ReportError(f"{path}: key '{key}' must be a list")
    for i, entry in enumerate(value):
        ok = (
            isinstance(entry, dict)
            and isinstance(entry.get("layer"), int)
            and not isinstance(entry.get("layer"), bool)
            and isinstance(entry.get("layer_name"), str)
            and isinstance(entry.get("kind"), str)
        )
        if not ok:
            raise ReportError(
                f"{path}: key '{key}[{i}]' must be an object with an integer 'layer' and "
                f"strings 'layer_name' and 'kind', got {entry!r}"
            )


def _read_csv(path: Path, dtypes: dict[str, str]) -> pd.DataFrame:
    """The report table at ``path`` with the columns of ``dtypes``, in that order and with
    those types (extra columns are ignored); ReportError naming the file, column and line."""
    text = read_text_file(path, what="report table")
    str_cols = {c: "object" for c, t in dtypes.items() if t == "object"}
    try:
        df = pd.read_csv(io.StringIO(text), dtype=str_cols, keep_default_na=False, na_values=[""])
    except pd.errors.EmptyDataError:
        raise ReportError(f"{path}: empty file (expected a header with {list(dtypes)})") from None
    except (pd.errors.ParserError, ValueError) as exc:
        raise ReportError(f"{path}: not a readable CSV table: {exc}") from None
    missing = [c for c in dtypes if c not in df.columns]
    if missing:
        raise ReportError(f"{path}: column {missing[0]!r} is missing (columns: {list(df.columns)})")
    out = df.loc[:, list(dtypes)].copy()
    for col, dtype in dtypes.items():
        if dtype == "object":
            out[col] = out[col].fillna("").astype(str)
        else:
            out[col] = _numeric_column(out[col], dtype, path, col)
    return out


def _numeric_column(column: pd.Series, dtype: str, path: Path, name: str) -> pd.Series:
    """``column`` as ``dtype`` (int64: integers, no empty cell; float64: numbers or empty)."""
    values = pd.to_numeric(column, errors="coerce")
    bad = values.isna() & column.notna()
    if dtype == "int64":
        bad |= column.isna() | (values.notna() & (values != values.round()))
    if bool(bad.any()):
        row = int(np.flatnonzero(bad.to_numpy())[0])
        kind = "an integer" if dtype == "int64" else "a number"
        raise ReportError(
            f"{path}:{row + 2}: column {name!r} must be {kind}, got {column.iloc[row]!r}"
        )
    return values.astype(dtype)


def read_report(directory: str | Path) -> RunResult:
    """Read a report directory written by :func:`write_report` back into a RunResult.

    Every file is checked before use: a missing or undecodable file, invalid JSON, a missing
    key of ``run.json``, a missing column or a value of the wrong type is a ReportError (or
    InputFileError) naming the file and the key, column or line."""
    d = Path(directory)
    if d.exists() and not d.is_dir():
        raise ReportError(f"{d}: is a file, expected a report directory")
    run = d / RUN_JSON
    if not run.exists():
        raise ReportError(f"{d}: no {RUN_JSON} (not a complete aimcsim report directory)")
    meta, summary = _read_run_json(run)
    optional = {
        name: _read_csv(d / name, dtypes) if (d / name).exists() else None
        for name, dtypes in (
            (ACCURACY_TIME_CSV, ACCURACY_TIME_DTYPES),
            (STALLS_CSV, STALL_DTYPES),
            (AREA_CSV, AREA_DTYPES),
            (PLACEMENT_CSV, PLACEMENT_DTYPES),
            (TILES_CSV, TILE_DTYPES),
        )
    }
    return RunResult(
        meta=meta,
        layers=_read_csv(d / LAYERS_CSV, LAYER_DTYPES),
        energy=_read_csv(d / ENERGY_CSV, ENERGY_DTYPES),
        components=_read_csv(d / COMPONENTS_CSV, COMPONENT_DTYPES),
        summary=summary,
        accuracy_vs_time=optional[ACCURACY_TIME_CSV],
        stalls=optional[STALLS_CSV],
        area=optional[AREA_CSV],
        placement=optional[PLACEMENT_CSV],
        tiles=optional[TILES_CSV],
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
