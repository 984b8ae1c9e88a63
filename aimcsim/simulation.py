"""One run end to end: timing, values and energy of a program or workload on a chip.

:func:`simulate` is the library form of ``aimcsim run``. It runs the timing model on the
program, the functional model on the same program (for a workload, which carries weights
and input samples), costs the counted actions with the chip's energy table, and returns a
:class:`~aimcsim.report.RunResult` whose tables follow the report schema.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from aimcsim.config.arch import ArchConfig
from aimcsim.errors import ProgramError, WorkloadError
from aimcsim.isa.program import NO_LAYER, Program
from aimcsim.report.result import STALL_COLUMNS, RunResult, make_meta, make_summary
from aimcsim.workload.format import Workload

SETUP_LAYER_NAME = "(setup)"
"""Name of the pseudo-layer of instructions outside any DNN layer (weight programming,
register set-up, final drain)."""

Progress = Callable[[str], None]

CONTROL_UNIT = "ctrl"
"""The ISA unit of control instructions (scalar arithmetic, branches, barriers), untimed."""


def load_target(target: str | Path | Workload | Program) -> Workload | Program:
    """A workload directory or a program file (``.s``/``.bin``), loaded; objects pass through."""
    if isinstance(target, Workload | Program):
        return target
    path = Path(target)
    if path.is_dir():
        from aimcsim.workload import load_workload

        return load_workload(path)
    if not path.exists():
        raise WorkloadError(f"{path}: no such workload directory or program file")
    from aimcsim.isa import load_program

    program = load_program(path)
    check_timeable(program, str(path))
    return program


def check_timeable(program: Program, where: str) -> None:
    """ProgramError (naming ``where``) unless ``program`` has an instruction for a unit
    (crossbar, DPU, memory, network): a program of control instructions only times nothing."""
    from aimcsim.isa import builtin_spec

    if program.n_instructions == 0:
        raise ProgramError(f"{where}: the program has no instructions")
    spec = builtin_spec().by_mnemonic
    if all(
        spec[i.mnemonic].unit == CONTROL_UNIT
        for s in program.streams.values()
        for i in s.instructions
    ):
        raise ProgramError(
            f"{where}: the program has only control instructions (no crossbar, DPU, memory or "
            "network instruction): there is no layer to time"
        )


def _describe(target: object, workload: Workload | None) -> str:
    """How messages name the simulated target: its file or directory, else its name."""
    if isinstance(target, str | Path):
        return str(target)
    if workload is not None:
        return str(workload.path) if workload.path is not None else f"workload {workload.name!r}"
    return "program"


def simulate(
    target: str | Path | Workload | Program,
    arch: ArchConfig,
    *,
    t_inference_s: Sequence[float] = (0.0,),
    seed: int = 0,
    n_samples: int | None = None,
    trace: bool = False,
    energy_table: str | Path | None = None,
    functional: bool = True,
    max_cycles: int | None = None,
    command: Sequence[str] | str | None = None,
    progress: Progress | None = None,
) -> RunResult:
    """Simulate ``target`` on ``arch``: latency, energy and (for workloads) accuracy.

    ``t_inference_s``: times since weight programming (seconds) at which accuracy is
    evaluated; weights are programmed once (same seed) and drifted to each time. The first
    time fills the per-layer error columns; all of them fill ``accuracy_vs_time``.
    ``functional=False`` skips the value model (timing and energy only). ``n_samples``
    limits the input samples evaluated.
    """
    from aimcsim.energy import build_ledger, select_table
    from aimcsim.energy.area import area_breakdown
    from aimcsim.timing import simulate_timing

    say = progress or (lambda _msg: None)
    start_s = time.perf_counter()
    loaded = load_target(target)
    workload = loaded if isinstance(loaded, Workload) else None
    program = loaded.program if isinstance(loaded, Workload) else loaded
    times = list(t_inference_s) or [0.0]
    if any(t < 0 for t in times):
        raise WorkloadError(f"inference times must be >= 0 s, got {times}")
    where = _describe(target, workload)
    check_timeable(program, where)
    if workload is not None and functional and workload.inputs():
        from aimcsim.workload.samples import check_sample_count

        available = len(next(iter(workload.inputs().values())))
        check_sample_count(n_samples, available, f"workload {workload.name!r}")

    say("timing model")
    timing = simulate_timing(program, arch, trace=trace, max_cycles=max_cycles)
    if timing.per_layer.empty:
        raise ProgramError(
            f"{where}: no instruction of the program ran on a unit (crossbar, DPU, memory or "
            "network; all branched over?): there is no layer to time"
        )
    table = select_table(arch, energy_table)
    ledger = build_ledger(
        timing.counters,
        table,
        arch,
        components=timing.components,
        total_cycles=timing.total_cycles,
    )

    metrics: dict[int, tuple[float, float, float]] = {}
    accuracy_rows: list[dict[str, Any]] = []
    top1: float | None = None
    top1_ideal: float | None = None
    if workload is not None and functional and not workload.inputs():
        say(f"workload {workload.name!r} ships no input samples: accuracy not evaluated")
    elif workload is not None and functional:
        from aimcsim.functional.executor import run_functional

        fres = None
        for i, t_s in enumerate(times):
            say(f"functional model at t = {t_s:g} s ({i + 1}/{len(times)})")
            fres = run_functional(
                workload, arch, t_inference_s=t_s, seed=seed, n_samples=n_samples, ideal_from=fres
            )
            errors = [m.rel_error for m in fres.layers]
            accuracy_rows.append(
                {
                    "t_inference_s": float(t_s),
                    "top1": np.nan if fres.top1 is None else fres.top1,
                    "top1_ideal": np.nan if fres.top1_ideal is None else fres.top1_ideal,
                    "mean_rel_error": float(np.mean(errors)) if errors else np.nan,
                }
            )
            if i == 0:
                metrics = {m.layer: (m.rel_error, m.snr_db, m.cosine) for m in fres.layers}
                top1, top1_ideal = fres.top1, fres.top1_ideal

    layers = _layer_table(program, workload, timing.per_layer, ledger, metrics)
    area = area_breakdown(arch, table)
    accuracy = _accuracy_table(accuracy_rows)
    wall_s = time.perf_counter() - start_s
    meta = make_meta(
        arch=arch,
        table=table,
        seeds={"root": seed},
        command=command,
        wall_time_s=wall_s,
        isa_version=program.isa_version,
        extra={
            "target": workload.name if workload is not None else "program",
            "t_inference_s": times,
            "n_dynamic_instructions": timing.n_dynamic_instructions,
        },
    )
    return RunResult(
        meta=meta,
        layers=layers,
        energy=ledger,
        components=timing.components,
        summary=make_summary(
            layers,
            ledger,
            timing.total_cycles,
            arch.chip.cycle_ns,
            top1,
            top1_ideal,
            area_mm2=float(area["area_mm2"].sum()),
        ),
        accuracy_vs_time=accuracy,
        trace_events=timing.trace_json()["traceEvents"] if trace else None,
        stalls=timing.per_layer.loc[:, list(STALL_COLUMNS)],
        area=area,
    )


def _layer_table(
    program: Program,
    workload: Workload | None,
    per_layer: pd.DataFrame,
    ledger: pd.DataFrame,
    metrics: dict[int, tuple[float, float, float]],
) -> pd.DataFrame:
    """Join timing, energy and accuracy per layer into the ``layers.csv`` schema."""
    info = {int(la["id"]): la for la in workload.layers} if workload is not None else {}
    tiles_of: dict[int, set[int]] = {}
    for stream in program.streams.values():
        for instr in stream.instructions:
            tiles_of.setdefault(instr.layer, set()).add(stream.tile)
    # Leakage is a run-level cost (energy.csv rows with action 'leakage'), not a layer's.
    dynamic = ledger[ledger["action"] != "leakage"]
    energy_pj = dynamic.groupby("layer")["energy_pj"].sum().to_dict()
    rows = []
    for rec in per_layer.to_dict("records"):
        layer = int(rec["layer"])
        la = info.get(layer, {})
        err, snr, cos = metrics.get(layer, (np.nan, np.nan, np.nan))
        if layer == NO_LAYER:
            name, kind = SETUP_LAYER_NAME, "setup"
        else:
            name = str(la.get("name", rec.get("layer_name", f"layer{layer}")))
            kind = str(la.get("kind", "program"))
        rows.append(
            {
                "layer": layer,
                "layer_name": name,
                "kind": kind,
                "n_tiles": len(tiles_of.get(layer, ())),
                "start_cycle": int(rec["start_cycle"]),
                "end_cycle": int(rec["end_cycle"]),
                "latency_cycles": int(rec["latency_cycles"]),
                "latency_ns": float(rec["latency_ns"]),
                "busy_cycles": int(rec["busy_cycles"]),
                "energy_pj": float(energy_pj.get(layer, 0.0)),
                "rel_error": err,
                "snr_db": snr,
                "cosine": cos,
            }
        )
    return pd.DataFrame(rows)


def _accuracy_table(rows: list[dict[str, Any]]) -> pd.DataFrame | None:
    """``accuracy_vs_time`` in the report schema, or None when no functional run was made."""
    from aimcsim.report.result import ACCURACY_TIME_COLUMNS

    if not rows:
        return None
    frame = pd.DataFrame(rows)
    return frame.loc[:, [c for c in ACCURACY_TIME_COLUMNS if c in frame.columns]]
