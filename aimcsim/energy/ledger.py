"""The energy ledger: action counts x energy table (+ leakage x time) -> a tidy DataFrame.

Counts come from the timing model as tidy records ``(layer, component, kind, action,
count)``; components as ``(component, kind, busy_cycles, utilization)``. The ledger is one
row per counted record, with ``energy_pj = count x energy of one action``, plus one
``leakage`` row per component: ``energy_pj = leakage_mw x run time in ns`` (1 mW x 1 ns =
1 pJ), ``count`` = run time in cycles, ``layer`` = :data:`LEAKAGE_LAYER` (leakage belongs to
the run, not to one layer). Sums over layers therefore equal the total.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from aimcsim.energy import figures
from aimcsim.energy.actions import LEAKAGE_ACTION
from aimcsim.energy.figures import LEAKAGE_LAYER as LEAKAGE_LAYER
from aimcsim.energy.figures import cost_rows
from aimcsim.energy.table import EnergyTable
from aimcsim.errors import EnergyError

if TYPE_CHECKING:
    from aimcsim.config.arch import ArchConfig

LEDGER_COLUMNS: tuple[str, ...] = ("layer", "component", "kind", "action", "count", "energy_pj")
"""Columns of the ledger (and of ``energy.csv``), in order."""

COUNTER_COLUMNS: tuple[str, ...] = ("layer", "component", "kind", "action", "count")
"""Columns of the timing model's counter records."""

COMPONENT_COLUMNS: tuple[str, ...] = ("component", "kind", "busy_cycles", "utilization")
"""Columns of the timing model's component records (and of ``components.csv``)."""


def records_frame(records: Any, columns: tuple[str, ...]) -> pd.DataFrame:
    """A DataFrame with exactly ``columns`` from a DataFrame, mappings or record objects."""
    if isinstance(records, pd.DataFrame):
        df = records
    else:
        rows = []
        for r in records if records is not None else ():
            if isinstance(r, Mapping):
                rows.append({c: r[c] for c in columns})
            else:
                rows.append({c: getattr(r, c) for c in columns})
        df = pd.DataFrame(rows, columns=list(columns))
    missing = [c for c in columns if c not in df.columns]
    if missing:
        raise EnergyError(f"records lack column(s) {missing} (expected {list(columns)})")
    return df.loc[:, list(columns)].reset_index(drop=True)


def build_ledger(
    counters: Any,
    table: EnergyTable,
    arch: ArchConfig | None = None,
    components: Any = None,
    total_cycles: int | None = None,
    cycle_ns: float | None = None,
) -> pd.DataFrame:
    """Cost the counted actions (and leakage) of one run.

    ``counters``: records or DataFrame with :data:`COUNTER_COLUMNS`. ``components`` (optional):
    records with at least ``component`` and ``kind``; each is charged its kind's leakage over
    ``total_cycles`` cycles of ``cycle_ns`` ns (default: ``arch.chip.cycle_ns``).
    Returns a DataFrame with :data:`LEDGER_COLUMNS`, sorted by layer, component, action.
    An action or kind the table lacks is an EnergyError naming it and the table.
    """
    counts = records_frame(counters, COUNTER_COLUMNS)
    comps = None if components is None else records_frame(components, ("component", "kind"))
    merged = cost_rows(
        {c: counts[c].to_numpy() for c in COUNTER_COLUMNS},
        table,
        arch,
        None if comps is None else {c: comps[c].to_numpy() for c in ("component", "kind")},
        total_cycles,
        cycle_ns,
    )
    text = {c: merged[c].astype(str) for c in ("component", "action")}
    order = np.lexsort((text["action"], text["component"], merged["layer"].astype(np.int64)))
    out = pd.DataFrame({c: merged[c][order] for c in LEDGER_COLUMNS})
    return out.astype(
        {
            "layer": "int64",
            "component": str,
            "kind": str,
            "action": str,
            "count": "int64",
            "energy_pj": "float64",
        }
    )


def total_energy_pj(ledger: pd.DataFrame) -> float:
    """Total energy of a ledger in pJ."""
    return float(ledger["energy_pj"].sum())


def energy_by_layer_pj(ledger: pd.DataFrame) -> dict[int, float]:
    """Energy per layer id in pJ (leakage under :data:`LEAKAGE_LAYER`)."""
    grouped = ledger.groupby("layer", sort=True)["energy_pj"].sum()
    return {int(k): float(v) for k, v in grouped.items()}


def energy_by_kind_pj(ledger: pd.DataFrame) -> dict[str, float]:
    """Energy per component kind in pJ, sorted by kind."""
    grouped = ledger.groupby("kind", sort=True)["energy_pj"].sum()
    return {str(k): float(v) for k, v in grouped.items()}


def recost(
    ledger: pd.DataFrame,
    table: EnergyTable,
    arch: ArchConfig | None = None,
    cycle_ns: float | None = None,
) -> pd.DataFrame:
    """Re-cost a saved ledger with another table, without re-simulating.

    Dynamic rows keep their counts; leakage rows keep their run time (``count`` cycles).
    """
    dyn = ledger[ledger["action"] != LEAKAGE_ACTION]
    leak = ledger[ledger["action"] == LEAKAGE_ACTION]
    total_cycles = int(leak["count"].iloc[0]) if len(leak) else None
    return build_ledger(
        dyn.loc[:, list(COUNTER_COLUMNS)],
        table,
        arch=arch,
        components=leak.loc[:, ["component", "kind"]] if len(leak) else None,
        total_cycles=total_cycles,
        cycle_ns=cycle_ns,
    )


def iter_counts(ledger: pd.DataFrame) -> Iterable[tuple[str, int]]:
    """(action, total count) pairs of a ledger's dynamic rows, sorted by action."""
    dyn = ledger[ledger["action"] != LEAKAGE_ACTION]
    for action, count in dyn.groupby("action", sort=True)["count"].sum().items():
        yield str(action), int(count)


def inference_span_cycles(per_layer: pd.DataFrame, total_cycles: int) -> int:
    """Cycles from the first start (``start_cycle``: first useful work) of any DNN layer to
    the last completion of any.

    ``per_layer`` has ``layer``, ``start_cycle`` and ``end_cycle`` (the timing model's
    per-layer table or ``layers.csv``); the set-up pseudo-layer (weight programming, id
    :data:`LEAKAGE_LAYER` = -1) is left out. Without any DNN layer: ``total_cycles``.
    """
    return figures.inference_span_cycles(
        per_layer["layer"].to_numpy(),
        per_layer["start_cycle"].to_numpy(),
        per_layer["end_cycle"].to_numpy(),
        total_cycles,
    )


def inference_energy_pj(ledger: pd.DataFrame, inference_cycles: int, total_cycles: int) -> float:
    """Energy of inference in pJ: the DNN layers' dynamic energy plus the chip's leakage over
    the inference span (set-up work such as weight programming excluded)."""
    return figures.energy_totals_pj(
        ledger["layer"].to_numpy(),
        ledger["action"].to_numpy(),
        ledger["energy_pj"].to_numpy(dtype=float),
        inference_cycles,
        total_cycles,
    )["inference_energy_pj"]
