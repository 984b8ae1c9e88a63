"""Energy and area of a sweep point: its simulation's ledger re-costed with the point's
energy table (so points that differ only in energy or area keys share one simulation)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import pandas as pd

from aimcsim.errors import AimcSimError
from aimcsim.sweep.errors import SweepError
from aimcsim.sweep.grid import AREA_PREFIX, ENERGY_PREFIX

if TYPE_CHECKING:
    from aimcsim.config.arch import ArchConfig
    from aimcsim.energy.table import EnergyTable

LEDGER_COLUMNS = ("layer", "component", "kind", "action", "count")
"""Fields of each ledger record an evaluator returns for re-costing."""


def point_table(
    arch: ArchConfig,
    energy_overrides: Sequence[tuple[str, Any]],
    default_table: str | None,
    where: str,
) -> EnergyTable:
    """The energy table of a point: ``energy.table`` (or ``default_table``, or the chip's)
    with the point's ``energy.<action>``, ``energy.leakage.<kind>`` and ``area.<kind>``
    values. SweepError prefixed with ``where`` for a bad table or value."""
    from aimcsim.energy.table import select_table

    name = default_table
    actions: dict[str, float] = {}
    leakage: dict[str, float] = {}
    area: dict[str, float] = {}
    for key, value in energy_overrides:
        if key == "energy.table":
            name = str(value)
            continue
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise SweepError(f"{where}: '{key}' must be a number (got {value!r})")
        if key.startswith(AREA_PREFIX):
            area[key[len(AREA_PREFIX) :]] = float(value)
            continue
        rest = key[len(ENERGY_PREFIX) :]
        if rest.startswith("leakage."):
            leakage[rest[len("leakage.") :]] = float(value)
        else:
            actions[rest] = float(value)
    try:
        table = select_table(arch, name)
        if actions or leakage or area:
            return table.with_overrides(actions, leakage, area)
        return table
    except AimcSimError as exc:
        raise SweepError(f"{where}: {exc}") from None


def energy_pj(
    sim: dict[str, Any], table: EnergyTable | None, arch: ArchConfig
) -> tuple[float, float]:
    """(total, inference) energy in pJ of one simulation result: its ledger costed with
    ``table``, or the evaluator's own ``energy_pj``/``inference_energy_pj`` when it returned
    no ledger (``table`` None)."""
    from aimcsim.energy.ledger import inference_energy_pj, recost, total_energy_pj

    if "ledger" not in sim or table is None:
        return float(_num(sim.get("energy_pj"))), float(
            _num(sim.get("inference_energy_pj", sim.get("energy_pj")))
        )
    ledger = pd.DataFrame(sim["ledger"], columns=list(LEDGER_COLUMNS))
    ledger["energy_pj"] = 0.0
    costed = recost(ledger, table, arch, cycle_ns=sim.get("cycle_ns"))
    total_cycles = int(sim.get("total_cycles", 0))
    inference_cycles = int(sim.get("inference_cycles", total_cycles))
    return total_energy_pj(costed), inference_energy_pj(costed, inference_cycles, total_cycles)


def area_mm2(arch: ArchConfig, table: EnergyTable, where: str) -> float:
    """Chip area in mm^2 from the config and the table's area entries."""
    from aimcsim.energy.area import chip_area_mm2

    try:
        return chip_area_mm2(arch, table)
    except AimcSimError as exc:
        raise SweepError(f"{where}: {exc}") from None


def _num(value: Any) -> float:
    return math.nan if value is None else float(value)
