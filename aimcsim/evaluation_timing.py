"""The timing tier of :func:`aimcsim.evaluate`: a design point's latency, energy, area and
throughput figures as plain numbers, computed with numpy straight from the timing result's
columns.

No ledger, layer table or summary DataFrame is built: each figure comes from the same numpy
core (:mod:`aimcsim.energy.figures`, :func:`~aimcsim.energy.area.area_by_kind`) that the
report path builds its tables from, so the figures equal the report's (``run.json``
summary, ``layers.csv``) up to the order of floating-point sums.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np

from aimcsim.config.arch import ArchConfig
from aimcsim.energy.area import area_by_kind
from aimcsim.energy.figures import (
    cost_rows,
    dynamic_energy_by_layer_pj,
    energy_totals_pj,
    inference_span_cycles,
    throughput_rates,
)
from aimcsim.energy.table import select_table
from aimcsim.workload.format import Workload

DIGITAL_MAC_ACTION = "dpu.mac"
"""The action of one multiply-accumulate on a tile's digital processing unit."""


def timing_metrics(workload: Workload, arch: ArchConfig) -> dict[str, Any]:
    """The timing tier's figures of ``workload`` on ``arch`` (keys in
    :func:`aimcsim.evaluate`'s docstring): the timing model's run, costed with the chip's
    energy table."""
    from aimcsim.simulation import (
        analog_macs,
        layer_name_kind,
        mapped_crossbar_fraction,
    )
    from aimcsim.timing import simulate_timing

    timing = simulate_timing(workload.program, arch)
    table = select_table(arch)
    rows = cost_rows(
        timing.counter_columns(), table, arch, timing.component_columns(), timing.total_cycles
    )
    per_layer = timing.layer_columns()
    layer_ids = per_layer["layer"]
    span_cycles = inference_span_cycles(
        layer_ids, per_layer["start_cycle"], per_layer["end_cycle"], timing.total_cycles
    )
    span_ns = float(span_cycles) * float(arch.chip.cycle_ns)
    inference_pj = energy_totals_pj(
        rows["layer"], rows["action"], rows["energy_pj"], span_cycles, timing.total_cycles
    )["inference_energy_pj"]
    macs_per_inference = analog_macs(workload)
    rates = throughput_rates(workload.n_slots, span_ns, inference_pj, macs_per_inference)
    per_inference_pj = rates["energy_per_inference_pj"] or inference_pj
    area = float(area_by_kind(arch, table)[2].sum())
    analog = float(macs_per_inference) * (workload.n_slots or 1)
    digital = float(rows["count"][rows["action"] == DIGITAL_MAC_ACTION].sum())
    layer_pj = dynamic_energy_by_layer_pj(rows["layer"], rows["action"], rows["energy_pj"])
    info = {int(la["id"]): la for la in workload.layers}
    names = per_layer["layer_name"]
    latencies = per_layer["latency_cycles"]
    layers = []
    for i in np.flatnonzero(layer_ids >= 0):
        layer = int(layer_ids[i])
        name, kind = layer_name_kind(layer, info, str(names[i]))
        layers.append(
            {
                "layer": layer,
                "layer_name": name,
                "kind": kind,
                "latency_cycles": int(latencies[i]),
                "energy_pj": float(layer_pj.get(layer, 0.0)),
            }
        )
    return {
        "latency_ns": span_ns,
        "inferences_per_s": rates["inferences_per_s"],
        "energy_pj": float(inference_pj),
        "energy_per_inference_pj": float(per_inference_pj),
        "area_mm2": area,
        "edap_pj_ns_mm2": per_inference_pj * span_ns * area,
        "utilisation": mapped_crossbar_fraction(workload, arch),
        "tops": rates["tops"],
        "tops_per_w": rates["tops_per_w"],
        "analog_mac_ratio": analog / (analog + digital) if analog + digital > 0 else math.nan,
        "layers": layers,
    }
