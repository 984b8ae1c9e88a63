"""RunResult: everything one run produced, and the fixed schema of its tables.

Reports (CSV, JSON, figures, HTML) are views of a :class:`RunResult`. The column tuples here
are the schema of the files in a report directory; tests pin them.
"""

from __future__ import annotations

import functools
import platform
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from aimcsim.errors import AimcSimError
from aimcsim.timing.counters import STALL_KINDS
from aimcsim.timing.result import PER_TILE_COLUMNS

if TYPE_CHECKING:
    from aimcsim.config.arch import ArchConfig
    from aimcsim.energy.table import EnergyTable

LAYER_COLUMNS: tuple[str, ...] = (
    "layer",
    "layer_name",
    "kind",
    "n_tiles",
    "start_cycle",
    "end_cycle",
    "latency_cycles",
    "latency_ns",
    "busy_cycles",
    "issue_cycle",
    "wait_cycles",
    "span_cycles",
    "energy_pj",
    "rel_error",
    "snr_db",
    "cosine",
    "alpha",
    "input_encoding",
    "input_bits",
    "bits_per_phase",
    "read_phases",
    "adc_gain",
    "adc_itime_cycles",
    "copies",
)
"""Columns of ``layers.csv``: one row per DNN layer. Cycles are integer chip cycles;
``start_cycle`` = the layer's first useful work (on a tile that receives messages for the
layer, the first arrival; elsewhere its first unit instruction), ``end_cycle`` = its last
completion, ``latency_cycles`` = end - start, ``latency_ns`` = latency_cycles x cycle time;
``busy_cycles`` = start-to-completion cycles of its instructions summed over its units
(message waits excluded); ``issue_cycle`` = its first issued unit instruction,
``wait_cycles`` = start - issue (waiting for its inputs), ``span_cycles`` = end - issue;
``energy_pj`` = the layer's dynamic energy (leakage is a run-level row of ``energy.csv``);
over all samples of the layer's output y and its ideal-chip twin y_ref:
``rel_error`` = ||y - y_ref||_F / ||y_ref||_F, ``snr_db`` = -20 log10(rel_error),
``cosine`` = mean per-sample cosine similarity of y and y_ref; ``alpha`` = the mean
drift-compensation factor of the layer's crossbars (1 without compensation, NaN for digital
layers). All four at the first inference time; NaN when no functional run was made.
The read settings of an analog layer's crossbars, as the program sets them (its ``xcfg``,
else the chip's own; per-layer settings, :mod:`aimcsim.compiler.layer_settings`):
``input_encoding`` (``bit_serial``/``pulse_width``), ``input_bits`` (DAC bits, sign
included), ``bits_per_phase``, ``read_phases``, ``adc_gain`` (full scale x 2^-gain),
``adc_itime_cycles`` (0 = the ADC's own), and ``copies`` (weight copies); empty and 0 for
other layers and for a bare program."""

LAYER_DTYPES: dict[str, str] = {
    "layer": "int64",
    "layer_name": "object",
    "kind": "object",
    "n_tiles": "int64",
    "start_cycle": "int64",
    "end_cycle": "int64",
    "latency_cycles": "int64",
    "latency_ns": "float64",
    "busy_cycles": "int64",
    "issue_cycle": "int64",
    "wait_cycles": "int64",
    "span_cycles": "int64",
    "energy_pj": "float64",
    "rel_error": "float64",
    "snr_db": "float64",
    "cosine": "float64",
    "alpha": "float64",
    "input_encoding": "object",
    "input_bits": "int64",
    "bits_per_phase": "int64",
    "read_phases": "int64",
    "adc_gain": "int64",
    "adc_itime_cycles": "int64",
    "copies": "int64",
}

ENERGY_COLUMNS: tuple[str, ...] = ("layer", "component", "kind", "action", "count", "energy_pj")
"""Columns of ``energy.csv`` (the energy ledger; leakage rows have action ``leakage``)."""

ENERGY_DTYPES: dict[str, str] = {
    "layer": "int64",
    "component": "object",
    "kind": "object",
    "action": "object",
    "count": "int64",
    "energy_pj": "float64",
}

COMPONENT_COLUMNS: tuple[str, ...] = ("component", "kind", "busy_cycles", "utilization")
"""Columns of ``components.csv``: busy cycles and utilization (busy / run cycles, 0..1)."""

COMPONENT_DTYPES: dict[str, str] = {
    "component": "object",
    "kind": "object",
    "busy_cycles": "int64",
    "utilization": "float64",
}

ACCURACY_TIME_COLUMNS: tuple[str, ...] = ("t_inference_s", "top1", "top1_ideal", "mean_rel_error")
"""Columns of ``accuracy_time.csv``: accuracy after drift time ``t_inference_s`` seconds."""

ACCURACY_TIME_DTYPES: dict[str, str] = {
    "t_inference_s": "float64",
    "top1": "float64",
    "top1_ideal": "float64",
    "mean_rel_error": "float64",
}

STALL_COLUMNS: tuple[str, ...] = ("layer", *(f"stall_{k}_cycles" for k in STALL_KINDS))
"""Columns of ``stalls.csv``: per layer, the cycles its instructions waited before starting,
attributed to what they waited on (buffer dependency, crossbar, ADC bank, DPU, memory port or
bank, network, barrier)."""

STALL_DTYPES: dict[str, str] = {c: "int64" for c in STALL_COLUMNS}

AREA_COLUMNS: tuple[str, ...] = ("kind", "count", "area_mm2", "source")
"""Columns of ``area.csv``: per component kind, the number of instances on the chip, their
total area in mm^2 and the energy table's source of the area entry (see
:mod:`aimcsim.energy.area`)."""

AREA_DTYPES: dict[str, str] = {
    "kind": "object",
    "count": "int64",
    "area_mm2": "float64",
    "source": "object",
}

SUMMARY_KEYS: tuple[str, ...] = (
    "total_cycles",
    "latency_ns",
    "setup_cycles",
    "setup_energy_pj",
    "inference_cycles",
    "inference_ns",
    "inference_energy_pj",
    "energy_pj",
    "dynamic_energy_pj",
    "leakage_energy_pj",
    "mean_rel_error",
    "top1",
    "top1_ideal",
    "area_mm2",
    "n_slots",
    "analog_macs_per_inference",
    "inferences_per_s",
    "energy_per_inference_pj",
    "tops",
    "tops_per_w",
    "mapped_crossbar_fraction",
    "top1_mean",
    "top1_std",
    "mean_rel_error_mean",
    "mean_rel_error_std",
)
"""Keys of the network-level summary in ``run.json`` (``top1`` is None without labels).
``total_cycles``/``latency_ns``/``energy_pj`` cover the whole run, weight programming
included; ``setup_cycles`` = cycles before the first DNN layer starts (weight
programming, constant loads, the set-up barrier) and ``setup_energy_pj`` the dynamic energy of
the set-up instructions (layer -1); ``inference_*`` cover the DNN layers only (first layer
start to last layer completion; their dynamic energy plus leakage over that span).
``top1_ideal`` is the top-1 of the same program on an ideal chip (no device noise, exact
converters): the float model's. ``area_mm2`` is the chip's silicon area from the energy
table's area entries (None when not computed). For a workload (None for a bare program):
``n_slots`` = samples the program runs through the chip, pipelined, in the inference span;
``analog_macs_per_inference`` = crossbar multiply-accumulates of one sample (matrix rows x
columns x MVMs per sample, summed over the analog layers); ``inferences_per_s`` = n_slots /
inference span; ``energy_per_inference_pj`` = inference energy / n_slots; ``tops`` = 2 x
analog MACs x n_slots / inference span (tera operations per second; digital DPU work not
counted); ``tops_per_w`` = the same operations per joule of inference energy / 1e12;
``mapped_crossbar_fraction`` = crossbars holding weights / crossbars on the chip.
``mean_rel_error`` is the mean ``rel_error`` of the analog layers at the first inference time
(None without a functional run). ``top1_mean``, ``top1_std``, ``mean_rel_error_mean``,
``mean_rel_error_std``: only in runs with ``repeats`` > 1, mean and sample std over the
independent programmings."""

PLACEMENT_COLUMNS: tuple[str, ...] = ("layer", "tile", "crossbars")
"""Columns of ``placement.csv``: the tiles each layer's instructions run on and, per tile,
the crossbars holding that layer's weights (0 for digital work)."""

PLACEMENT_DTYPES: dict[str, str] = {"layer": "int64", "tile": "int64", "crossbars": "int64"}

TILE_COLUMNS: tuple[str, ...] = PER_TILE_COLUMNS
"""Columns of ``tiles.csv``, from the timing model, per tile that ran instructions:
``inference_busy_cycles`` (cycles its unit instructions of the DNN layers ran, start to
completion, message waits excluded; units working at once count each), ``setup_busy_cycles``
(the same for weight programming and constant loads) and ``finish_cycle`` (when it halted)."""

TILE_DTYPES: dict[str, str] = {c: "int64" for c in TILE_COLUMNS}


class ReportError(AimcSimError):
    """A report directory or RunResult is malformed (missing file, wrong columns)."""


def conform(
    df: pd.DataFrame | None, columns: tuple[str, ...], dtypes: dict[str, str], what: str
) -> pd.DataFrame:
    """``df`` with exactly ``columns`` in order and the schema's dtypes; ReportError if a
    column is missing or extra."""
    if df is None:
        df = pd.DataFrame({c: [] for c in columns})
    missing = [c for c in columns if c not in df.columns]
    extra = [c for c in df.columns if c not in columns]
    if missing or extra:
        raise ReportError(
            f"{what}: columns must be exactly {list(columns)} (missing {missing}, extra {extra})"
        )
    out = df.loc[:, list(columns)].reset_index(drop=True)
    try:
        out = out.astype(dtypes)
    except (ValueError, TypeError) as exc:
        raise ReportError(f"{what}: a column has the wrong type ({exc})") from None
    return out


@dataclass
class RunResult:
    """Everything a run produced.

    * ``meta``: the provenance that goes into ``run.json`` (versions, resolved config, ISA
      version, energy table name and sha256, seeds, wall time, command); see :func:`make_meta`.
    * ``layers``: per-layer DataFrame with :data:`LAYER_COLUMNS`.
    * ``energy``: the energy ledger with :data:`ENERGY_COLUMNS`.
    * ``components``: :data:`COMPONENT_COLUMNS`.
    * ``summary``: network-level figures, keys :data:`SUMMARY_KEYS` (``top1`` when labels exist).
    * ``accuracy_vs_time``: optional, :data:`ACCURACY_TIME_COLUMNS`.
    * ``trace_events``: optional Chrome/Perfetto trace events (dicts).
    * ``stalls``: optional per-layer stall cycles, :data:`STALL_COLUMNS`.
    * ``area``: optional area per component kind, :data:`AREA_COLUMNS`.
    * ``placement``: optional :data:`PLACEMENT_COLUMNS` (layer -> tiles and crossbars).
    * ``tiles``: optional :data:`TILE_COLUMNS` (busy cycles of each tile).
    * ``outputs``: optional model outputs ``(N, ...)`` of the functional runs, keyed
      ``NAME@t=Ts`` (noisy run, T seconds after programming) and ``NAME@ideal`` (the same
      program on an ideal chip); not part of the report directory (``--save-outputs``).
    """

    meta: dict[str, Any]
    layers: pd.DataFrame
    energy: pd.DataFrame
    components: pd.DataFrame
    summary: dict[str, Any] = field(default_factory=dict)
    accuracy_vs_time: pd.DataFrame | None = None
    trace_events: list[dict[str, Any]] | None = None
    stalls: pd.DataFrame | None = None
    area: pd.DataFrame | None = None
    outputs: dict[str, np.ndarray] | None = field(default=None, repr=False, compare=False)
    placement: pd.DataFrame | None = None
    tiles: pd.DataFrame | None = None

    def __post_init__(self) -> None:
        self.layers = conform(self.layers, LAYER_COLUMNS, LAYER_DTYPES, "layers")
        self.energy = conform(self.energy, ENERGY_COLUMNS, ENERGY_DTYPES, "energy")
        self.components = conform(
            self.components, COMPONENT_COLUMNS, COMPONENT_DTYPES, "components"
        )
        if self.accuracy_vs_time is not None:
            self.accuracy_vs_time = conform(
                self.accuracy_vs_time,
                ACCURACY_TIME_COLUMNS,
                ACCURACY_TIME_DTYPES,
                "accuracy_vs_time",
            )
        if self.stalls is not None:
            self.stalls = conform(self.stalls, STALL_COLUMNS, STALL_DTYPES, "stalls")
        if self.area is not None:
            self.area = conform(self.area, AREA_COLUMNS, AREA_DTYPES, "area")
        if self.placement is not None:
            self.placement = conform(
                self.placement, PLACEMENT_COLUMNS, PLACEMENT_DTYPES, "placement"
            )
        if self.tiles is not None:
            self.tiles = conform(self.tiles, TILE_COLUMNS, TILE_DTYPES, "tiles")
        unknown = sorted(set(self.summary) - set(SUMMARY_KEYS))
        if unknown:
            raise ReportError(f"summary: unknown key(s) {unknown} (known: {list(SUMMARY_KEYS)})")

    @property
    def total_energy_pj(self) -> float:
        """Total energy of the run in pJ (dynamic + leakage)."""
        return float(self.energy["energy_pj"].sum())

    def _repr_html_(self) -> str:
        """Notebook view: the headline figures, then the per-layer table."""
        import html

        from aimcsim.report.html import headline

        head = "".join(
            f"<tr><th style='text-align:left'>{html.escape(k)}</th><td>{html.escape(v)}</td></tr>"
            for k, v in headline(self.summary)
        )
        target = html.escape(str(self.meta.get("target", "run")))
        table = self.layers.to_html(index=False, float_format=lambda v: f"{v:.4g}", na_rep="n/a")
        return f"<div><b>aimcsim run: {target}</b><table>{head}</table>{table}</div>"


def make_summary(
    layers: pd.DataFrame,
    energy: pd.DataFrame,
    total_cycles: int,
    cycle_ns: float,
    top1: float | None = None,
    top1_ideal: float | None = None,
    area_mm2: float | None = None,
    n_slots: int | None = None,
    analog_macs_per_inference: int | None = None,
    mapped_crossbar_fraction: float | None = None,
    mean_rel_error: float | None = None,
) -> dict[str, Any]:
    """Network-level summary from the tables (keys :data:`SUMMARY_KEYS`); the workload
    figures (``n_slots`` ...) are None when not given. ``mean_rel_error``: the mean error of
    the analog layers (the functional result knows which layers are analog; the layer table
    does not)."""
    from aimcsim.energy import figures

    layer_ids = layers["layer"].to_numpy()
    start_cycles = layers["start_cycle"].to_numpy()
    inference_cycles = figures.inference_span_cycles(
        layer_ids, start_cycles, layers["end_cycle"].to_numpy(), total_cycles
    )
    inference_ns = float(inference_cycles) * float(cycle_ns)
    energies = figures.energy_totals_pj(
        energy["layer"].to_numpy(),
        energy["action"].to_numpy(),
        energy["energy_pj"].to_numpy(dtype=float),
        inference_cycles,
        total_cycles,
    )
    rates = figures.throughput_rates(
        n_slots, inference_ns, energies["inference_energy_pj"], analog_macs_per_inference
    )
    return {
        "total_cycles": int(total_cycles),
        "latency_ns": float(total_cycles) * float(cycle_ns),
        "setup_cycles": figures.setup_cycles(layer_ids, start_cycles, total_cycles),
        "setup_energy_pj": energies["setup_energy_pj"],
        "inference_cycles": inference_cycles,
        "inference_ns": inference_ns,
        "inference_energy_pj": energies["inference_energy_pj"],
        "energy_pj": energies["energy_pj"],
        "dynamic_energy_pj": energies["dynamic_energy_pj"],
        "leakage_energy_pj": energies["leakage_energy_pj"],
        "mean_rel_error": None if mean_rel_error is None else float(mean_rel_error),
        "top1": None if top1 is None else float(top1),
        "top1_ideal": None if top1_ideal is None else float(top1_ideal),
        "area_mm2": None if area_mm2 is None else float(area_mm2),
        "n_slots": None if n_slots is None else int(n_slots),
        "analog_macs_per_inference": (
            None if analog_macs_per_inference is None else int(analog_macs_per_inference)
        ),
        **rates,
        "mapped_crossbar_fraction": (
            None if mapped_crossbar_fraction is None else float(mapped_crossbar_fraction)
        ),
    }


DEPENDENCIES: tuple[str, ...] = (
    "numpy",
    "numba",
    "llvmlite",
    "scipy",
    "simpy",
    "pandas",
    "matplotlib",
    "onnx",
    "onnxruntime",
)
"""Distributions whose versions ``run.json`` records."""


@functools.cache
def versions() -> dict[str, str]:
    """Versions of aimcsim, Python and every library results depend on (``absent`` for an
    optional one that is not installed), read from the installed distributions' metadata."""
    from importlib.metadata import PackageNotFoundError, version

    from aimcsim import __version__

    found = {"aimcsim": __version__, "python": platform.python_version()}
    for dist in DEPENDENCIES:
        try:
            found[dist] = version(dist)
        except PackageNotFoundError:
            found[dist] = "absent"
    found["platform"] = sys.platform
    return found


def make_meta(
    arch: ArchConfig | None = None,
    table: EnergyTable | None = None,
    seeds: dict[str, Any] | None = None,
    command: Sequence[str] | str | None = None,
    wall_time_s: float | None = None,
    isa_version: str | None = None,
    extra: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """The ``meta`` dict of a RunResult (what ``run.json`` records)."""
    from aimcsim.config.loader import arch_to_dict

    if isa_version is None:
        from aimcsim.isa import builtin_spec

        isa_version = builtin_spec().version
    meta: dict[str, Any] = {
        "versions": dict(versions()),
        "isa_version": isa_version,
        "config": arch_to_dict(arch) if arch is not None else None,
        "energy_table": (
            {"name": table.name, "sha256": table.sha256, "origin": table.origin}
            if table is not None
            else None
        ),
        "seeds": dict(seeds or {}),
        "wall_time_s": wall_time_s,
        "command": command if command is None or isinstance(command, str) else list(command),
    }
    meta.update(extra or {})
    return meta
