"""The outcome of a timing simulation: cycles, per-layer figures, counters, components."""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from aimcsim.timing.counters import NEVER, STALL_KINDS, Counters, LayerStats
from aimcsim.timing.trace import TraceRecorder, chrome_trace, write_trace

PER_LAYER_COLUMNS = (
    "layer",
    "layer_name",
    "start_cycle",
    "end_cycle",
    "latency_cycles",
    "latency_ns",
    "busy_cycles",
    "issue_cycle",
    "wait_cycles",
    "span_cycles",
    "n_instructions",
    *(f"stall_{k}_cycles" for k in STALL_KINDS),
)
"""Columns of :attr:`TimingResult.per_layer`."""

COUNTER_COLUMNS = ("layer", "component", "kind", "action", "count")
COMPONENT_COLUMNS = ("component", "kind", "busy_cycles", "utilization")
PER_TILE_COLUMNS = ("tile", "inference_busy_cycles", "setup_busy_cycles", "finish_cycle")
"""Columns of :attr:`TimingResult.per_tile`."""


@dataclass
class TimingResult:
    """Everything a timing run produced.

    * ``total_cycles``: cycle at which the last tile finished (halted and drained).
    * ``per_layer``: one row per layer with unit instructions (see :func:`layer_row`):
      ``start_cycle`` (its first useful work), ``end_cycle`` (last completion),
      ``latency_cycles = end - start``, ``latency_ns``, ``busy_cycles`` (sum over its
      instructions of their start-to-completion cycles, message waits excluded),
      ``issue_cycle`` (its first issued unit instruction), ``wait_cycles = start - issue``
      (waiting for its inputs), ``span_cycles = end - issue``, ``n_instructions`` (dynamic
      unit instructions) and ``stall_<kind>_cycles`` (see :mod:`aimcsim.timing.counters`).
      Layer -1 collects instructions of no layer.
    * ``counters``: tidy ``layer, component, kind, action, count``.
    * ``components``: ``component, kind, busy_cycles, utilization`` (busy / total).
    * ``per_tile``: one row per tile that ran instructions: ``inference_busy_cycles`` (sum
      over the unit instructions of the DNN layers, layer id >= 0, that ran on the tile of
      their start-to-completion cycles, message waits excluded: the ``busy_cycles`` of
      ``per_layer`` split by tile; units working at once count each), ``setup_busy_cycles``
      (the same for the instructions of no layer: weight programming, constant loads) and
      ``finish_cycle`` (the cycle the tile halted and drained).
    * ``tile_finish_cycles``: per tile, the cycle it finished.
    * ``n_dynamic_instructions``: instructions issued over all tiles (halt included).
    """

    total_cycles: int
    clock_mhz: float
    layer_rows: list[tuple[Any, ...]] = field(repr=False)
    """Rows of :attr:`per_layer` (:data:`PER_LAYER_COLUMNS`)."""
    counter_rows: list[tuple[Any, ...]] = field(repr=False)
    """Rows of :attr:`counters` (:data:`COUNTER_COLUMNS`)."""
    component_rows: list[tuple[Any, ...]] = field(repr=False)
    """Rows of :attr:`components` (:data:`COMPONENT_COLUMNS`)."""
    tile_rows: list[tuple[Any, ...]] = field(repr=False)
    """Rows of :attr:`per_tile` (:data:`PER_TILE_COLUMNS`)."""
    tile_finish_cycles: dict[int, int]
    n_dynamic_instructions: int
    layer_names: Mapping[int, str] = field(default_factory=dict, repr=False)
    trace_recorder: TraceRecorder | None = field(default=None, repr=False)

    @functools.cached_property
    def per_layer(self) -> pd.DataFrame:
        """One row per layer (see the class docstring), built on first use."""
        return pd.DataFrame(self.layer_rows, columns=list(PER_LAYER_COLUMNS))

    @functools.cached_property
    def counters(self) -> pd.DataFrame:
        """Tidy ``layer, component, kind, action, count``, built on first use."""
        return pd.DataFrame(self.counter_rows, columns=list(COUNTER_COLUMNS))

    @functools.cached_property
    def components(self) -> pd.DataFrame:
        """``component, kind, busy_cycles, utilization``, built on first use."""
        return pd.DataFrame(self.component_rows, columns=list(COMPONENT_COLUMNS))

    @functools.cached_property
    def per_tile(self) -> pd.DataFrame:
        """``tile, inference_busy_cycles, setup_busy_cycles, finish_cycle``, built on first
        use."""
        return pd.DataFrame(self.tile_rows, columns=list(PER_TILE_COLUMNS))

    def layer_columns(self) -> dict[str, np.ndarray]:
        """:attr:`per_layer` as numpy columns, without building the DataFrame."""
        return _columns(self.layer_rows, PER_LAYER_COLUMNS)

    def counter_columns(self) -> dict[str, np.ndarray]:
        """:attr:`counters` as numpy columns, without building the DataFrame."""
        return _columns(self.counter_rows, COUNTER_COLUMNS)

    def component_columns(self) -> dict[str, np.ndarray]:
        """:attr:`components` as numpy columns, without building the DataFrame."""
        return _columns(self.component_rows, COMPONENT_COLUMNS)

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
        if self.trace_recorder is None:
            raise ValueError("the run was not traced: simulate_timing(..., trace=True)")
        return chrome_trace(self.trace_recorder, self.clock_mhz, self.layer_names)

    def write_trace(self, path: str | Path) -> Path:
        """Write the Chrome/Perfetto trace to ``path`` (gzip when it ends in ``.gz``; a new
        path or an earlier trace, see :func:`aimcsim.timing.trace.write_trace`)."""
        return write_trace(self.trace_json(), path)

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
            "per_tile": self.per_tile.to_dict(orient="records"),
            "counters": self.counters.to_dict(orient="records"),
        }


def _columns(rows: Sequence[tuple[Any, ...]], names: Sequence[str]) -> dict[str, np.ndarray]:
    """Rows of a table as one numpy array per column (``names`` in order)."""
    if not rows:
        return {name: np.array([]) for name in names}
    return {name: np.array(col) for name, col in zip(names, zip(*rows, strict=True), strict=True)}


def layer_row(tiles: list[LayerStats]) -> tuple[int, ...]:
    """Cycles of one layer from its per-tile statistics: (start, end, busy, issue, number
    of instructions, stalls...).

    ``start`` is the layer's first useful work. If some of its tiles receive messages for
    it, the earliest :attr:`~aimcsim.timing.counters.LayerStats.first_work_cycle` of those
    (work on received data; what other tiles do before, such as forwarding a residual
    branch or zeroing accumulators, overlaps earlier layers); otherwise its first unit
    instruction.
    """
    receiving = [st for st in tiles if st.receiving]
    start = min(st.first_work_cycle for st in receiving or tiles)
    issue = min(st.first_issue_cycle for st in tiles)
    end = max(st.last_end_cycle for st in tiles)
    stalls = [sum(col) for col in zip(*(st.stall_cycles for st in tiles), strict=True)]
    busy = sum(st.busy_cycles for st in tiles)
    n_instr = sum(st.n_unit_instr for st in tiles)
    return (start, end, busy, issue, n_instr, *stalls)


def build_result(
    counters: Counters,
    layer_names: Mapping[int, str],
    tile_finish_cycles: dict[int, int],
    n_dynamic_instructions: int,
    clock_mhz: float,
    trace: TraceRecorder | None,
) -> TimingResult:
    """Collect the figures of a finished simulation from its counters."""
    total = max(tile_finish_cycles.values(), default=0)
    ns_per_cycle = 1000.0 / clock_mhz
    by_layer: dict[int, list[LayerStats]] = {}
    for (layer, _tile), st in sorted(counters.layers.items()):
        if st.n_unit_instr and st.first_issue_cycle != NEVER:
            by_layer.setdefault(layer, []).append(st)
    rows = []
    for layer, tiles in sorted(by_layer.items()):
        start, end, busy, issue, n_instr, *stalls = layer_row(tiles)
        latency = end - start
        rows.append(
            (
                layer,
                layer_names.get(layer, "" if layer >= 0 else "(none)"),
                start,
                end,
                latency,
                latency * ns_per_cycle,
                busy,
                issue,
                start - issue,
                end - issue,
                n_instr,
                *stalls,
            )
        )
    comps = counters.components
    counter_rows = [
        (layer, comps[cid].path, comps[cid].kind, action, n)
        for (layer, cid, action), n in sorted(counters.counts.items())
        if n
    ]
    comp_rows = [
        (c.path, c.kind, counters.busy_cycles[i], counters.busy_cycles[i] / total if total else 0.0)
        for i, c in enumerate(comps)
    ]
    return TimingResult(
        total_cycles=total,
        clock_mhz=clock_mhz,
        layer_rows=rows,
        counter_rows=counter_rows,
        component_rows=comp_rows,
        tile_rows=per_tile_rows(counters, tile_finish_cycles),
        tile_finish_cycles=tile_finish_cycles,
        n_dynamic_instructions=n_dynamic_instructions,
        layer_names=layer_names,
        trace_recorder=trace,
    )


def per_tile_rows(
    counters: Counters, tile_finish_cycles: Mapping[int, int]
) -> list[tuple[int, int, int, int]]:
    """Rows of :attr:`TimingResult.per_tile`: busy cycles of each tile, DNN layers apart from the
    instructions of no layer (layer id < 0), and the cycle the tile finished."""
    busy: dict[int, list[int]] = {tile: [0, 0] for tile in tile_finish_cycles}
    for (layer, tile), st in counters.layers.items():
        busy.setdefault(tile, [0, 0])[0 if layer >= 0 else 1] += st.busy_cycles
    return [
        (tile, inference, setup, tile_finish_cycles.get(tile, 0))
        for tile, (inference, setup) in sorted(busy.items())
    ]
