"""Energy: action vocabulary, energy tables with provenance, and the ledger.

Design decision 4 (Accelergy's idea): the timing model only counts named actions per layer
and component; an :class:`EnergyTable` turns counts into pJ afterwards, so an energy-only
sweep needs no new simulation.
"""

from aimcsim.energy.actions import COMPONENT_KINDS, LEAKAGE_ACTION, all_actions, spec_actions
from aimcsim.energy.area import (
    AREA_KINDS,
    area_breakdown,
    area_mm2,
    chip_area_mm2,
    chip_components,
    core_area_mm2,
)
from aimcsim.energy.ledger import (
    LEAKAGE_LAYER,
    LEDGER_COLUMNS,
    build_ledger,
    energy_by_kind_pj,
    energy_by_layer_pj,
    recost,
    total_energy_pj,
)
from aimcsim.energy.table import (
    ActionEntry,
    AreaEntry,
    EnergyTable,
    LeakageEntry,
    builtin_table,
    list_tables,
    load_table_file,
    select_table,
    table_from_dict,
    table_hash,
)

__all__ = [
    "AREA_KINDS",
    "COMPONENT_KINDS",
    "LEAKAGE_ACTION",
    "LEAKAGE_LAYER",
    "LEDGER_COLUMNS",
    "ActionEntry",
    "AreaEntry",
    "EnergyTable",
    "LeakageEntry",
    "all_actions",
    "area_breakdown",
    "area_mm2",
    "build_ledger",
    "builtin_table",
    "chip_area_mm2",
    "chip_components",
    "core_area_mm2",
    "energy_by_kind_pj",
    "energy_by_layer_pj",
    "list_tables",
    "load_table_file",
    "recost",
    "select_table",
    "spec_actions",
    "table_from_dict",
    "table_hash",
    "total_energy_pj",
]
