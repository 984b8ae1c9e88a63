"""The numpy core of a run's cost figures, on plain arrays (no DataFrame).

One implementation of each figure, shared by the report path (the ledger of
:func:`~aimcsim.energy.ledger.build_ledger`, the summary of
:func:`~aimcsim.report.result.make_summary`, ``layers.csv``) and the timing tier of
:func:`aimcsim.evaluate`, which reads the timing result's columns directly and never builds
a table. Energies are in pJ, times in cycles or ns as named.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

import numpy as np

from aimcsim.energy.actions import LEAKAGE_ACTION
from aimcsim.errors import EnergyError

if TYPE_CHECKING:
    from aimcsim.config.arch import ArchConfig
    from aimcsim.energy.table import EnergyTable

LEAKAGE_LAYER = -1
"""``layer`` of leakage rows (the same as the ISA's NO_LAYER: belongs to no one layer)."""

Columns = dict[str, np.ndarray]
"""Named columns of equal length (``layer``, ``component``, ``kind``, ``action``,
``count``, ``energy_pj``), the ledger's rows before they are sorted into a DataFrame."""


def cost_rows(
    counters: Mapping[str, np.ndarray],
    table: EnergyTable,
    arch: ArchConfig | None = None,
    components: Mapping[str, np.ndarray] | None = None,
    total_cycles: int | None = None,
    cycle_ns: float | None = None,
) -> Columns:
    """The ledger's rows, unsorted: each counted action with a non-zero ``count`` costs
    ``count x`` the table's energy of one action; then, if ``components`` (``component`` and
    ``kind`` columns) are given, one leakage row per component: its kind's leakage power x
    ``total_cycles`` x ``cycle_ns`` (default ``arch.chip.cycle_ns``; 1 mW x 1 ns = 1 pJ),
    ``count`` = ``total_cycles``, ``layer`` = :data:`LEAKAGE_LAYER`. An action or kind the
    table lacks is an EnergyError naming it and the table."""
    nonzero = np.asarray(counters["count"]) != 0
    rows: Columns = {
        c: np.asarray(counters[c])[nonzero] for c in ("layer", "component", "kind", "action")
    }
    rows["count"] = np.asarray(counters["count"])[nonzero].astype(np.int64)
    per_action = {a: table.action_energy_pj(a, arch) for a in sorted(set(rows["action"]))}
    action_pj = np.array([per_action[a] for a in rows["action"]], dtype=float)
    rows["energy_pj"] = rows["count"].astype(float) * action_pj
    n = 0 if components is None else len(components["kind"])
    if not n or components is None:
        return rows
    if total_cycles is None:
        raise EnergyError("leakage needs total_cycles (the run time in cycles)")
    if cycle_ns is None:
        if arch is None:
            raise EnergyError("leakage needs cycle_ns or the chip config")
        cycle_ns = arch.chip.cycle_ns
    run_ns = float(total_cycles) * float(cycle_ns)
    kinds = np.asarray(components["kind"]).astype(str)
    leakage: Columns = {
        "layer": np.full(n, LEAKAGE_LAYER),
        "component": np.asarray(components["component"]).astype(str),
        "kind": kinds,
        "action": np.full(n, LEAKAGE_ACTION, dtype=object),
        "count": np.full(n, int(total_cycles)),
        "energy_pj": np.array([table.leakage_mw(k) * run_ns for k in kinds], float),
    }
    return {c: np.concatenate([rows[c], leakage[c]]) for c in rows}


def inference_span_cycles(
    layer: np.ndarray, start_cycle: np.ndarray, end_cycle: np.ndarray, total_cycles: int
) -> int:
    """Cycles from the first start (first useful work) of any DNN layer (``layer >= 0``: the
    set-up pseudo-layer -1 is left out) to the last completion of any; ``total_cycles``
    without any DNN layer."""
    real = np.asarray(layer) >= 0
    if not real.any():
        return int(total_cycles)
    return int(np.asarray(end_cycle)[real].max()) - int(np.asarray(start_cycle)[real].min())


def setup_cycles(layer: np.ndarray, start_cycle: np.ndarray, total_cycles: int) -> int:
    """Cycles before the first DNN layer starts (``total_cycles`` without any)."""
    real = np.asarray(layer) >= 0
    return int(np.asarray(start_cycle)[real].min()) if real.any() else int(total_cycles)


def energy_totals_pj(
    layer: np.ndarray,
    action: np.ndarray,
    energy_pj: np.ndarray,
    inference_cycles: int,
    total_cycles: int,
) -> dict[str, float]:
    """Energy sums of ledger rows in pJ: ``energy_pj`` (all), ``dynamic_energy_pj``,
    ``leakage_energy_pj``, ``setup_energy_pj`` (dynamic energy of no DNN layer: weight
    programming, constant loads) and ``inference_energy_pj`` (the DNN layers' dynamic energy
    plus the chip's leakage over the ``inference_cycles`` share of ``total_cycles``)."""
    pj = np.asarray(energy_pj, dtype=float)
    leak = np.asarray(action) == LEAKAGE_ACTION
    layers = np.asarray(layer) >= 0
    share = inference_cycles / total_cycles if total_cycles > 0 else 0.0
    return {
        "energy_pj": float(pj.sum()),
        "dynamic_energy_pj": float(pj[~leak].sum()),
        "leakage_energy_pj": float(pj[leak].sum()),
        "setup_energy_pj": float(pj[~leak & ~layers].sum()),
        "inference_energy_pj": float(pj[~leak & layers].sum()) + float(pj[leak].sum()) * share,
    }


def dynamic_energy_by_layer_pj(
    layer: np.ndarray, action: np.ndarray, energy_pj: np.ndarray
) -> dict[int, float]:
    """Dynamic energy (leakage rows left out: leakage belongs to the run) per layer id, pJ."""
    dynamic = np.asarray(action) != LEAKAGE_ACTION
    ids, index = np.unique(np.asarray(layer)[dynamic], return_inverse=True)
    sums = np.bincount(index, weights=np.asarray(energy_pj, float)[dynamic], minlength=len(ids))
    return {int(i): float(s) for i, s in zip(ids, sums, strict=True)}


def throughput_rates(
    n_slots: int | None,
    inference_ns: float,
    inference_pj: float,
    analog_macs_per_inference: int | None,
) -> dict[str, float | None]:
    """``inferences_per_s`` and ``energy_per_inference_pj`` of ``n_slots`` samples pipelined
    over ``inference_ns``; ``tops`` and ``tops_per_w`` of their analog MACs (2 ops each).
    None where a figure is undefined (no slots, empty span, no MAC count, no energy)."""
    rates: dict[str, float | None] = dict.fromkeys(
        ("inferences_per_s", "energy_per_inference_pj", "tops", "tops_per_w")
    )
    if n_slots and inference_ns > 0:
        rates["inferences_per_s"] = n_slots / (inference_ns * 1e-9)
        rates["energy_per_inference_pj"] = inference_pj / n_slots
        if analog_macs_per_inference is not None:
            ops = 2.0 * analog_macs_per_inference * n_slots
            rates["tops"] = ops / (inference_ns * 1e-9) / 1e12
            rates["tops_per_w"] = ops / (inference_pj * 1e-12) / 1e12 if inference_pj > 0 else None
    return rates
