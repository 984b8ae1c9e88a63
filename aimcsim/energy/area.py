"""Chip area from per-component area entries with cited sources (the ``[area.<kind>]``
sections of the energy tables).

Area is static: the component instances follow from the chip config alone, named as the
timing model names them (no simulation needed)::

    chip.tile[t].xbar[i]          xbar    tiles x crossbar.per_tile
    chip.tile[t].xbar[i].dac      dac     one row-driver bank per crossbar
    chip.tile[t].adc              adc     one bank of tile.adc.count ADCs per tile
    chip.tile[t].dpu              dpu     per tile (dpu.lanes lanes)
    chip.tile[t].buffer           buffer  per tile (size_elements x element_bytes bytes)
    chip.tile[t].ctrl             ctrl    per tile (sequencer, instruction memory)
    chip.tile[t].ni               ni      per tile (network interface)
    chip.noc.router[(x,y)]        noc     one mesh router per tile
    chip.noc.link[(x,y)->(x,y)]   link    directed links between neighbouring routers
    chip.sram.bank[b]             sram    memory.sram_banks banks of sram_bytes / banks
    chip.dram.channel[c]          dram    memory.dram_channels (off chip: area 0 in tables)

Each instance's area is its kind's entry (rule x the instance's size, see
:class:`~aimcsim.energy.table.AreaEntry`); a kind without an entry is an EnergyError naming it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from aimcsim.energy.actions import AREA_KINDS as AREA_KINDS  # re-exported: the kinds with area
from aimcsim.energy.table import EnergyTable, select_table

if TYPE_CHECKING:
    from aimcsim.config.arch import ArchConfig

CORE_KINDS: tuple[str, ...] = ("xbar", "dac", "adc", "dpu", "buffer", "ctrl")
"""Kinds that make up one compute core (a tile without its network interface), the unit
chips quote TOPS/mm^2 for (e.g. the HERMES core)."""

AREA_FRAME_COLUMNS: tuple[str, ...] = ("component", "kind", "area_mm2")
"""Columns of :func:`area_mm2`: one row per component instance."""

AREA_COLUMNS: tuple[str, ...] = ("kind", "count", "area_mm2", "source")
"""Columns of :func:`area_breakdown` (and of ``area.csv``): per component kind, the number
of instances, their total area in mm^2 and the table entry's source."""

UM2_PER_MM2 = 1e6


def chip_components(arch: ArchConfig) -> list[tuple[str, str]]:
    """(component, kind) of every component instance of chip ``arch`` that has area."""
    out: list[tuple[str, str]] = []
    rows, cols = arch.chip.mesh_rows, arch.chip.mesh_cols
    for t in range(arch.chip.n_tiles):
        base = f"chip.tile[{t}]"
        out.extend((f"{base}.xbar[{i}]", "xbar") for i in range(arch.tile.crossbar.per_tile))
        out.extend((f"{base}.xbar[{i}].dac", "dac") for i in range(arch.tile.crossbar.per_tile))
        out.extend((f"{base}.{name}", name) for name in ("adc", "dpu", "buffer", "ctrl", "ni"))
    for t in range(arch.chip.n_tiles):
        x, y = t % cols, t // cols
        out.append((f"chip.noc.router[({x},{y})]", "noc"))
    for t in range(arch.chip.n_tiles):
        x, y = t % cols, t // cols
        for nx, ny in ((x + 1, y), (x - 1, y), (x, y + 1), (x, y - 1)):
            if 0 <= nx < cols and 0 <= ny < rows:
                out.append((f"chip.noc.link[({x},{y})->({nx},{ny})]", "link"))
    out.extend((f"chip.sram.bank[{b}]", "sram") for b in range(arch.memory.sram_banks))
    out.extend((f"chip.dram.channel[{c}]", "dram") for c in range(arch.memory.dram_channels))
    return out


def _table(arch: ArchConfig, table: EnergyTable | str | None) -> EnergyTable:
    if isinstance(table, EnergyTable):
        return table
    return select_table(arch, table)


def area_mm2(
    arch: ArchConfig,
    components: object = None,
    table: EnergyTable | str | None = None,
) -> pd.DataFrame:
    """Area of every component instance in mm^2: DataFrame (component, kind, area_mm2).

    ``components``: records or a DataFrame with ``component`` and ``kind`` (e.g. a
    TimingResult's ``components``); default: every instance of the chip
    (:func:`chip_components`). ``table``: an EnergyTable, a table name or TOML path, or None
    for the chip's default table. A kind the table has no area entry for is an EnergyError.
    """
    from aimcsim.energy.ledger import records_frame

    tab = _table(arch, table)
    if components is None:
        comps = pd.DataFrame(chip_components(arch), columns=["component", "kind"])
    else:
        comps = records_frame(components, ("component", "kind"))
    per_kind = {k: tab.area_um2(k, arch) / UM2_PER_MM2 for k in sorted(set(comps["kind"]))}
    out = comps.astype({"component": str, "kind": str}).reset_index(drop=True)
    out["area_mm2"] = out["kind"].map(per_kind).astype("float64")
    return out.loc[:, list(AREA_FRAME_COLUMNS)]


def chip_area_mm2(arch: ArchConfig, table: EnergyTable | str | None = None) -> float:
    """Total silicon area of chip ``arch`` in mm^2."""
    return float(area_mm2(arch, table=table)["area_mm2"].sum())


def core_area_mm2(arch: ArchConfig, table: EnergyTable | str | None = None) -> float:
    """Area of one compute core in mm^2: the :data:`CORE_KINDS` instances of one tile."""
    tab = _table(arch, table)
    per_tile = {"xbar": arch.tile.crossbar.per_tile, "dac": arch.tile.crossbar.per_tile}
    return sum(
        per_tile.get(kind, 1) * tab.area_um2(kind, arch) / UM2_PER_MM2 for kind in CORE_KINDS
    )


def area_by_kind(
    arch: ArchConfig, table: EnergyTable | str | None = None
) -> tuple[list[str], np.ndarray, np.ndarray]:
    """Per component kind of chip ``arch``, sorted: the kinds, their number of instances and
    their total area in mm^2 (the numpy core of :func:`area_breakdown`)."""
    from collections import Counter

    tab = _table(arch, table)
    counts = Counter(kind for _component, kind in chip_components(arch))
    kinds = sorted(counts)
    n = np.array([counts[k] for k in kinds], dtype=np.int64)
    mm2 = np.array(
        [counts[k] * tab.area_um2(k, arch) / UM2_PER_MM2 for k in kinds], dtype=np.float64
    )
    return kinds, n, mm2


def area_breakdown(arch: ArchConfig, table: EnergyTable | str | None = None) -> pd.DataFrame:
    """Area per component kind: DataFrame :data:`AREA_COLUMNS`, sorted by kind."""
    tab = _table(arch, table)
    kinds, counts, mm2 = area_by_kind(arch, tab)
    return pd.DataFrame(
        {
            "kind": kinds,
            "count": counts,
            "area_mm2": mm2,
            "source": [tab.area_entry(k).source for k in kinds],
        },
        columns=list(AREA_COLUMNS),
    )
