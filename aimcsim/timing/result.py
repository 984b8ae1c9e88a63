"""The outcome of a timing simulation: cycles, per-layer figures, counters, components."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

from aimcsim.output_path import write_output_file
from aimcsim.timing.counters import STALL_KINDS
from aimcsim.timing.trace import TRACE_FILE, chrome_trace

if TYPE_CHECKING:
    from aimcsim.timing.engine import Chip

PER_LAYER_COLUMNS = (
    "layer",
    "layer_name",
    "start_cycle",
    "end_cycle",
    "latency_cycles",
    "latency_ns",
    "busy_cycles",
    "n_instructions",
    *(f"stall_{k}_cycles" for k in STALL_KINDS),
)
"""Columns of :attr:`TimingResult.per_layer`."""

COUNTER_COLUMNS = ("layer", "component", "kind", "action", "count")
COMPONENT_COLUMNS = ("component", "kind", "busy_cycles", "utilization")


@dataclass
class TimingResult:
    """Everything a timing run produced.

    * ``total_cycles``: cycle at which the last tile finished (halted and drained).
    * ``per_layer``: one row per layer with unit instructions: ``start_cycle`` (first issue
      of one of its unit instructions), ``end_cycle`` (last completion),
      ``latency_cycles = end - start``, ``latency_ns``, ``busy_cycles`` (sum over its
      instructions of their start-to-completion cycles), ``n_instructions`` (dynamic unit
      instructions) and ``stall_<kind>_cycles`` (see :mod:`aimcsim.timing.counters`).
      Layer -1 collects instructions of no layer.
    * ``counters``: tidy ``layer, component, kind, action, count``.
    * ``components``: ``component, kind, busy_cycles, utilization`` (busy / total).
    * ``tile_finish_cycles``: per tile, the cycle it finished.
    * ``n_dynamic_instructions``: instructions issued over all tiles (halt included).
    """

    total_cycles: int
    clock_mhz: float
    per_layer: pd.DataFrame
    counters: pd.DataFrame
    components: pd.DataFrame
    tile_finish_cycles: dict[int, int]
    n_dynamic_instructions: int
    trace_records: list[tuple[Any, ...]] | None = field(default=None, repr=False)

    @property
    def total_ns(self) -> float:
        """Total time in nanoseconds (cycles x 1000 / clock_mhz)."""
        return self.total_cycles * 1000.0 / self.clock_mhz

    def count(self, action: str, layer: int | None = None, component: str | None = None) -> int:
        """Sum of the counts of ``action`` (optionally of one layer and/or component)."""
        df = self.counters
        mask = df["action"] == action
        if layer is not None:
            mask &= df["layer"] == layer
        if component is not None:
            mask &= df["component"] == component
        return int(df.loc[mask, "count"].sum())

    def layer(self, layer: int) -> dict[str, Any]:
        """The per-layer row of ``layer`` as a dict (KeyError if the layer never ran)."""
        rows = self.per_layer[self.per_layer["layer"] == layer]
        if rows.empty:
            raise KeyError(layer)
        return {k: (v.item() if hasattr(v, "item") else v) for k, v in rows.iloc[0].items()}

    def trace_json(self) -> dict[str, Any]:
        """The Chrome/Perfetto trace object; ValueError if the run did not record one."""
        if self.trace_records is None:
            raise ValueError("the run was not traced: simulate_timing(..., trace=True)")
        return chrome_trace(self.trace_records, self.clock_mhz)

    def write_trace(self, path: str | Path) -> None:
        """Write the Chrome/Perfetto trace JSON to ``path`` (a new path or an earlier trace,
        see :func:`aimcsim.output_path.write_output_file`)."""
        write_output_file(path, json.dumps(self.trace_json()), TRACE_FILE)

    def to_dict(self) -> dict[str, Any]:
        """Plain data (for ``--json``)."""
        return {
            "total_cycles": self.total_cycles,
            "total_ns": self.total_ns,
            "clock_mhz": self.clock_mhz,
            "n_dynamic_instructions": self.n_dynamic_instructions,
            "tile_finish_cycles": {str(k): v for k, v in self.tile_finish_cycles.items()},
            "per_layer": self.per_layer.to_dict(orient="records"),
            "components": self.components.to_dict(orient="records"),
            "counters": self.counters.to_dict(orient="records"),
        }


def build_result(chip: Chip) -> TimingResult:
    """Collect the figures of a finished :class:`~aimcsim.timing.engine.Chip`."""
    ctrls = chip.controllers.values()
    total = max((c.finish_cycle for c in ctrls), default=0)
    clock = chip.arch.chip.clock_mhz
    ns_per_cycle = 1000.0 / clock
    names = chip.program.layer_names
    counters = chip.counters
    rows = []
    for layer, st in sorted(counters.layers.items()):
        if st.n_unit_instr == 0:
            continue
        latency = st.last_end_cycle - st.first_issue_cycle
        rows.append(
            (
                layer,
                names.get(layer, "" if layer >= 0 else "(none)"),
                st.first_issue_cycle,
                st.last_end_cycle,
                latency,
                latency * ns_per_cycle,
                st.busy_cycles,
                st.n_unit_instr,
                *st.stall_cycles,
            )
        )
    per_layer = pd.DataFrame(rows, columns=list(PER_LAYER_COLUMNS))
    comps = counters.components
    counter_rows = [
        (layer, comps[cid].path, comps[cid].kind, action, n)
        for (layer, cid, action), n in sorted(counters.counts.items())
        if n
    ]
    counter_df = pd.DataFrame(counter_rows, columns=list(COUNTER_COLUMNS))
    comp_rows = [
        (c.path, c.kind, counters.busy_cycles[i], counters.busy_cycles[i] / total if total else 0.0)
        for i, c in enumerate(comps)
    ]
    comp_df = pd.DataFrame(comp_rows, columns=list(COMPONENT_COLUMNS))
    return TimingResult(
        total_cycles=total,
        clock_mhz=clock,
        per_layer=per_layer,
        counters=counter_df,
        components=comp_df,
        tile_finish_cycles={c.tile: c.finish_cycle for c in ctrls},
        n_dynamic_instructions=sum(c.n_dynamic for c in ctrls),
        trace_records=chip.trace,
    )
