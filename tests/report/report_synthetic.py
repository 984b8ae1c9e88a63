"""A small synthetic RunResult shared by the report tests (imported by conftest and tests)."""

from __future__ import annotations

import pandas as pd

from aimcsim.config.loader import load_arch
from aimcsim.energy import area_breakdown, build_ledger, builtin_table
from aimcsim.report import RunResult, make_meta, make_summary


def synthetic_result(scale: float = 1.0, with_time: bool = True) -> RunResult:
    """Two layers on the tiny chip, with a ledger costed by the generic-pcm table."""
    arch = load_arch(preset="tiny")
    table = builtin_table("generic-pcm")
    counters = [
        {
            "layer": 0,
            "component": "chip.tile[0].xbar[0]",
            "kind": "xbar",
            "action": "xbar.read",
            "count": int(8 * scale),
        },
        {
            "layer": 0,
            "component": "chip.tile[0].adc",
            "kind": "adc",
            "action": "adc.convert",
            "count": int(512 * scale),
        },
        {
            "layer": 1,
            "component": "chip.tile[1].dpu",
            "kind": "dpu",
            "action": "dpu.op",
            "count": 64,
        },
    ]
    components = pd.DataFrame(
        [
            {"component": "chip.tile[0].adc", "kind": "adc", "busy_cycles": 80, "utilization": 0.4},
            {
                "component": "chip.tile[0].xbar[0]",
                "kind": "xbar",
                "busy_cycles": 100,
                "utilization": 0.5,
            },
            {"component": "chip.tile[1].dpu", "kind": "dpu", "busy_cycles": 8, "utilization": 0.04},
        ]
    )
    energy = build_ledger(counters, table, arch, components, total_cycles=200)
    dyn = energy[energy["action"] != "leakage"].groupby("layer")["energy_pj"].sum()
    layers = pd.DataFrame(
        {
            "layer": [0, 1],
            "layer_name": ["fc1", "relu1"],
            "kind": ["mvm", "dpu"],
            "n_tiles": [1, 1],
            "start_cycle": [0, int(100 * scale)],
            "end_cycle": [int(100 * scale), int(100 * scale) + 8],
            "latency_cycles": [int(100 * scale), 8],
            "latency_ns": [100.0 * scale, 8.0],
            "busy_cycles": [180, 8],
            "issue_cycle": [0, int(100 * scale) - 2],
            "wait_cycles": [0, 2],
            "span_cycles": [int(100 * scale), 10],
            "energy_pj": [float(dyn[0]), float(dyn[1])],
            "rel_error": [0.05 * scale, float("nan")],
            "snr_db": [26.0, float("nan")],
            "cosine": [0.9987, float("nan")],
            "alpha": [1.0, float("nan")],
            "input_encoding": ["bit_serial", ""],
            "input_bits": [8, 0],
            "bits_per_phase": [1, 0],
            "read_phases": [1, 0],
            "adc_gain": [0, 0],
            "adc_itime_cycles": [0, 0],
            "copies": [1, 0],
        }
    )
    acc = None
    if with_time:
        acc = pd.DataFrame(
            {
                "t_inference_s": [1.0, 3600.0, 86400.0],
                "top1": [0.95, 0.94, 0.93],
                "top1_ideal": [0.97, 0.97, 0.97],
                "mean_rel_error": [0.05, 0.07, 0.09],
            }
        )
    meta = make_meta(
        arch, table, seeds={"root": 1}, command=["aimcsim", "run", "x"], wall_time_s=1.25
    )
    area = area_breakdown(arch, table)
    return RunResult(
        meta=meta,
        layers=layers,
        energy=energy,
        components=components,
        summary=make_summary(
            layers,
            energy,
            208,
            arch.chip.cycle_ns,
            top1=0.95,
            top1_ideal=0.97,
            area_mm2=float(area["area_mm2"].sum()),
            mean_rel_error=0.05 * scale,
        ),
        area=area,
        accuracy_vs_time=acc,
        trace_events=[{"name": "mvm", "ph": "X", "ts": 0, "dur": 0.1, "pid": 0, "tid": 0}],
    )
