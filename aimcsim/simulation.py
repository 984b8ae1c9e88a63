"""One run end to end: timing, values and energy of a program or workload on a chip.

:func:`simulate` is the library form of ``aimcsim run``. It runs the timing model on the
program, the functional model on the same program (for a workload, which carries weights
and input samples), costs the counted actions with the chip's energy table, and returns a
:class:`~aimcsim.report.RunResult` whose tables follow the report schema.
"""

from __future__ import annotations

import dataclasses
import logging
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from aimcsim.config.arch import ArchConfig
from aimcsim.energy.figures import dynamic_energy_by_layer_pj
from aimcsim.errors import ProgramError, WorkloadError
from aimcsim.isa.program import NO_LAYER, Program
from aimcsim.report.result import (
    LAYER_COLUMNS,
    STALL_COLUMNS,
    RunResult,
    make_meta,
    make_summary,
)
from aimcsim.workload.format import Workload

log = logging.getLogger(__name__)

SETUP_LAYER_NAME = "(setup)"
"""Name of the pseudo-layer of instructions outside any DNN layer (weight programming,
register set-up, final drain)."""

DEFAULT_PROGRAM_PRESET = "tiny"
"""Chip of a bare program (which records none) when no architecture is given."""

Progress = Callable[[str], None]

ModelInputs = dict[str, np.ndarray] | np.ndarray
"""New inputs of a run: samples ``(N, *shape)`` per model input name, or one array for a
model with a single input."""


def output_key(name: str, t_inference_s: float | None) -> str:
    """Key of a model output in :attr:`RunResult.outputs` and in ``--save-outputs`` files:
    ``NAME@t=Ts`` for the noisy run at ``T`` seconds after programming, ``NAME@ideal`` for
    the same program on an ideal chip (no device noise, exact converters)."""
    return f"{name}@ideal" if t_inference_s is None else f"{name}@t={t_inference_s:g}s"


def chip_of(target: Workload | Program, extra: Sequence[str] = ()) -> ArchConfig:
    """The chip a target runs on when none is named: a workload's own (the preset and
    overrides it was compiled for), the ``tiny`` preset for a bare program; ``extra``
    ``key=value`` overrides on top."""
    from aimcsim.config.loader import load_arch

    if isinstance(target, Workload):
        preset, overrides = target.compiled_for()
        return load_arch(preset=preset or DEFAULT_PROGRAM_PRESET, overrides=[*overrides, *extra])
    return load_arch(preset=DEFAULT_PROGRAM_PRESET, overrides=list(extra))


def mismatch_hint(workload: Workload) -> str:
    """What to do when a workload does not run on a chip other than its own."""
    preset, overrides = workload.compiled_for()
    chip = " ".join([f"--preset {preset}", *(f"--set {o}" for o in overrides)])
    return (
        f"the workload was compiled for {chip}; run it on that chip (arch=None, or no "
        "--preset/--config on the command line), or recompile the model for this chip with "
        "'aimcsim compile'"
    )


def check_inputs(workload: Workload, inputs: ModelInputs) -> dict[str, np.ndarray]:
    """``inputs`` as ``{model input name: (N, *shape) float32 array}``, checked against the
    workload's input signature (names, per-sample shapes, one common N >= 1, finite values)."""
    from aimcsim.workload.format import model_inputs

    entries = model_inputs(workload.manifest)
    integer = {p["name"] for p in workload.manifest.get("prelude", {}).get("inputs", [])} | {
        e["transform"]["source"] for e in workload.manifest["inputs"] if e.get("transform")
    }
    if isinstance(inputs, np.ndarray) or not isinstance(inputs, dict):
        if len(entries) != 1:
            raise WorkloadError(
                f"{workload.name}: the model has inputs {sorted(entries)}; give inputs as a "
                "dict of arrays by name"
            )
        inputs = {next(iter(entries)): np.asarray(inputs)}
    unknown = sorted(set(inputs) - set(entries))
    missing = sorted(set(entries) - set(inputs))
    if unknown or missing:
        raise WorkloadError(
            f"{workload.name}: inputs {sorted(inputs)} do not match the model's inputs "
            f"{sorted(entries)} (unknown {unknown}, missing {missing})"
        )
    shipped = workload.inputs()
    out: dict[str, np.ndarray] = {}
    counts = set()
    for key, value in inputs.items():
        arr = np.asarray(value)
        if arr.dtype.kind not in "biuf":
            raise WorkloadError(f"inputs[{key!r}]: dtype {arr.dtype} is not numeric")
        like = shipped.get(key)
        want = tuple(like.shape[1:]) if like is not None else entries[key]
        if arr.shape[1:] != want or arr.ndim < 1 or len(arr) == 0:
            raise WorkloadError(
                f"inputs[{key!r}]: shape {arr.shape}; expected (N, {', '.join(map(str, want))})"
                " with N >= 1"
            )
        if arr.dtype.kind == "f" and not np.isfinite(arr).all():
            raise WorkloadError(f"inputs[{key!r}]: contains NaN or Inf")
        counts.add(len(arr))
        keep = key in integer and arr.dtype.kind in "iub"
        out[key] = arr if keep else arr.astype(np.float32)
    if len(counts) != 1:
        raise WorkloadError(f"inputs: every input needs the same number of samples, got {counts}")
    return out


REPEAT_SUMMARY_KEYS = ("top1_mean", "top1_std", "mean_rel_error_mean", "mean_rel_error_std")
"""Summary keys of a run with ``repeats`` > 1: mean and sample standard deviation (ddof 1)
over the repeats of ``top1`` and ``mean_rel_error`` (at the first inference time)."""
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
    arch: ArchConfig | None = None,
    *,
    inputs: ModelInputs | None = None,
    t_inference_s: Sequence[float] = (0.0,),
    seed: int = 0,
    repeats: int = 1,
    n_samples: int | None = None,
    trace: bool = False,
    energy_table: str | Path | None = None,
    functional: bool = True,
    max_cycles: int | None = None,
    watchdog_cycles: int | None = None,
    command: Sequence[str] | str | None = None,
    progress: Progress | None = None,
) -> RunResult:
    """Simulate ``target`` on ``arch``: latency, energy and (for workloads) accuracy.

    ``arch`` defaults to the chip the workload was compiled for (``tiny`` for a bare
    program). ``inputs``: new input samples (see :data:`ModelInputs`) instead of the
    workload's shipped ones; accuracy is then measured against the ideal run only (no
    labels, no top-1). The model outputs of the noisy run at each time and of the ideal run
    are in :attr:`RunResult.outputs` (keys from :func:`output_key`).
    ``t_inference_s``: times since weight programming (seconds) at which accuracy is
    evaluated; weights are programmed once (same seed) and drifted to each time. The first
    time fills the per-layer error columns; all of them fill ``accuracy_vs_time``.
    ``functional=False`` skips the value model (timing and energy only). ``n_samples``
    limits the input samples evaluated. Progress goes to ``progress`` if given, else to the
    ``aimcsim.simulation`` logger at INFO level. ``max_cycles`` and ``watchdog_cycles``
    (default :data:`~aimcsim.timing.DEFAULT_WATCHDOG_CYCLES`) bound runaway programs, see
    :func:`~aimcsim.timing.simulate_timing`.

    ``seed`` is the root seed of all noise; ``repeats`` > 1 evaluates that many independent
    programmings (seeds :func:`aimcsim.seeds.repeat_seeds`; repeat 0 is ``seed`` itself, so
    every per-layer column and ``top1`` are those of the plain ``seed`` run) and adds
    :data:`REPEAT_SUMMARY_KEYS` (at the first time) to the summary.
    """
    from aimcsim.energy.area import area_breakdown

    say = progress or log.info
    start_s = time.perf_counter()
    loaded = load_target(target)
    workload = loaded if isinstance(loaded, Workload) else None
    program = loaded.program if isinstance(loaded, Workload) else loaded
    own_chip = arch is None
    if arch is None:
        arch = chip_of(loaded)
    times = list(t_inference_s) or [0.0]
    if any(t < 0 for t in times):
        raise WorkloadError(f"inference times must be >= 0 s, got {times}")
    if inputs is not None and workload is None:
        raise WorkloadError("inputs can only be given for a workload (a program has no model)")
    new_inputs = None if workload is None or inputs is None else check_inputs(workload, inputs)
    seeds = check_seeds(seed, repeats)
    where = _describe(target, workload)
    check_timeable(program, where)
    if workload is not None and functional and new_inputs is None and workload.inputs():
        from aimcsim.workload.samples import check_sample_count

        available = len(next(iter(workload.inputs().values())))
        check_sample_count(n_samples, available, f"workload {workload.name!r}")

    say("timing model")
    try:
        timing, table, ledger = cost_timing(
            program, arch, energy_table, trace, max_cycles, watchdog_cycles
        )
    except ProgramError as exc:
        if workload is None or own_chip:
            raise
        raise ProgramError(f"{exc}\n  ({mismatch_hint(workload)})") from None
    if timing.per_layer.empty:
        raise ProgramError(
            f"{where}: no instruction of the program ran on a unit (crossbar, DPU, memory or "
            "network; all branched over?): there is no layer to time"
        )

    metrics: dict[int, tuple[float, float, float, float]] = {}
    accuracy_rows: list[dict[str, Any]] = []
    warnings: list[str] = []
    top1: float | None = None
    top1_ideal: float | None = None
    outputs: dict[str, np.ndarray] = {}
    repeat_stats: dict[str, float] = {}
    if workload is not None and functional and new_inputs is None and not workload.inputs():
        say(f"workload {workload.name!r} ships no input samples: accuracy not evaluated")
    elif workload is not None and functional:
        ideal = None
        for i, t_s in enumerate(times):
            say(f"functional model at t = {t_s:g} s ({i + 1}/{len(times)})")
            runs = programmings_at(workload, arch, t_s, seeds, new_inputs, n_samples, ideal)
            ideal = ideal or runs[0]
            first = runs[0]
            for name, value in first.outputs.items():
                outputs[output_key(name, t_s)] = value
            if i == 0:
                for name, value in first.ideal_outputs.items():
                    outputs[output_key(name, None)] = value
            accuracy_rows.append(
                {
                    "t_inference_s": float(t_s),
                    "top1": np.nan if first.top1 is None else first.top1,
                    "top1_ideal": np.nan if first.top1_ideal is None else first.top1_ideal,
                    "mean_rel_error": first.mean_rel_error,
                }
            )
            warnings += [f"t = {t_s:g} s: {w}" for w in first.readout_warnings]
            if i == 0:
                metrics = {
                    m.layer: (m.rel_error, m.snr_db, m.cosine, m.alpha) for m in first.layers
                }
                top1, top1_ideal = first.top1, first.top1_ideal
                if len(runs) > 1:
                    repeat_stats = _repeat_stats(runs)

    layers = layer_table(program, workload, timing.per_layer, ledger, metrics, arch)
    placement = placement_table(program, workload)
    area = area_breakdown(arch, table)
    accuracy = _accuracy_table(accuracy_rows)
    wall_s = time.perf_counter() - start_s
    meta = make_meta(
        arch=arch,
        table=table,
        seeds={"root": seed, **({"repeats": seeds} if repeats > 1 else {})},
        command=command,
        wall_time_s=wall_s,
        isa_version=program.isa_version,
        extra={
            "target": workload.name if workload is not None else "program",
            "t_inference_s": times,
            "n_dynamic_instructions": timing.n_dynamic_instructions,
            "warnings": warnings,
            "layers_without_instructions": layers_without_instructions(program, workload),
        },
    )
    summary = costed_summary(
        layers,
        ledger,
        timing.total_cycles,
        arch,
        area,
        workload,
        top1,
        top1_ideal,
        mean_rel_error=accuracy_rows[0]["mean_rel_error"] if accuracy_rows else None,
    )
    return RunResult(
        meta=meta,
        layers=layers,
        energy=ledger,
        components=timing.components,
        summary={**summary, **repeat_stats},
        accuracy_vs_time=accuracy,
        trace_events=timing.trace_json()["traceEvents"] if trace else None,
        stalls=timing.per_layer.loc[:, list(STALL_COLUMNS)],
        area=area,
        outputs=outputs or None,
        placement=placement,
        tiles=timing.per_tile,
    )


def programmings_at(
    workload: Workload,
    arch: ArchConfig,
    t_inference_s: float,
    seeds: Sequence[int],
    inputs: dict[str, np.ndarray] | None,
    n_samples: int | None,
    ideal: Any = None,
) -> list[Any]:
    """The functional runs at one inference time, one per root seed (independent
    programmings); the ideal run is made once (or taken from ``ideal``) and shared."""
    from aimcsim.functional.executor import run_functional

    runs: list[Any] = []
    for r_seed in seeds:
        fres = run_functional(
            workload,
            arch,
            t_inference_s=t_inference_s,
            seed=r_seed,
            inputs=inputs,
            n_samples=n_samples,
            ideal_from=ideal,
        )
        ideal = ideal or fres
        runs.append(fres)
    return runs


def cost_timing(
    program: Program,
    arch: ArchConfig,
    energy_table: str | Path | None = None,
    trace: bool = False,
    max_cycles: int | None = None,
    watchdog_cycles: int | None = None,
) -> tuple[Any, Any, pd.DataFrame]:
    """The timing model's run of ``program`` on ``arch``, the energy table and the costed
    ledger (counts x table): ``(timing result, table, ledger)``."""
    from aimcsim.energy import build_ledger, select_table
    from aimcsim.timing import DEFAULT_WATCHDOG_CYCLES, simulate_timing

    if watchdog_cycles is not None and watchdog_cycles < 1:
        raise ProgramError(f"--watchdog-cycles must be at least 1 cycle, got {watchdog_cycles}")
    timing = simulate_timing(
        program,
        arch,
        trace=trace,
        max_cycles=max_cycles,
        watchdog_cycles=DEFAULT_WATCHDOG_CYCLES if watchdog_cycles is None else watchdog_cycles,
    )
    table = select_table(arch, energy_table)
    ledger = build_ledger(
        timing.counters,
        table,
        arch,
        components=timing.components,
        total_cycles=timing.total_cycles,
    )
    return timing, table, ledger


def costed_summary(
    layers: pd.DataFrame,
    ledger: pd.DataFrame,
    total_cycles: int,
    arch: ArchConfig,
    area: pd.DataFrame,
    workload: Workload | None,
    top1: float | None = None,
    top1_ideal: float | None = None,
    mean_rel_error: float | None = None,
) -> dict[str, Any]:
    """The run's summary (:data:`~aimcsim.report.result.SUMMARY_KEYS`), with the workload
    figures (slots, analog MACs, mapped crossbars) when there is a workload."""
    return make_summary(
        layers,
        ledger,
        total_cycles,
        arch.chip.cycle_ns,
        top1,
        top1_ideal,
        area_mm2=float(area["area_mm2"].sum()),
        mean_rel_error=mean_rel_error,
        n_slots=workload.n_slots if workload is not None else None,
        analog_macs_per_inference=analog_macs(workload) if workload is not None else None,
        mapped_crossbar_fraction=(
            mapped_crossbar_fraction(workload, arch) if workload is not None else None
        ),
    )


def analog_macs(workload: Workload) -> int:
    """Crossbar multiply-accumulates of one sample: matrix size x MVMs per sample, summed
    over the analog layers of the manifest's layer table."""
    total = 0
    for la in workload.layers:
        if la.get("analog") and la.get("matrix"):
            rows, cols = (int(v) for v in la["matrix"])
            total += rows * cols * int(la.get("mvms_per_sample", 1))
    return total


def layers_without_instructions(
    program: Program, workload: Workload | None
) -> list[dict[str, Any]]:
    """The workload's layers that no instruction belongs to (folded away by the compiler, such
    as a reshape that only renames an array): ``{"layer", "layer_name", "kind"}`` each. They
    take no time and have no row in ``layers.csv``; the report lists them."""
    if workload is None:
        return []
    used = {i.layer for s in program.streams.values() for i in s.instructions}
    return [
        {"layer": int(la["id"]), "layer_name": str(la["name"]), "kind": str(la.get("kind", ""))}
        for la in workload.layers
        if int(la["id"]) not in used
    ]


def placement_table(program: Program, workload: Workload | None) -> pd.DataFrame:
    """``placement.csv``: for each layer, the tiles its instructions run on and the
    crossbars there holding its weights (from the workload's block table)."""
    from aimcsim.report.result import PLACEMENT_COLUMNS

    xbars = crossbars_by_layer_tile(workload) if workload is not None else {}
    pairs = {(i.layer, s.tile) for s in program.streams.values() for i in s.instructions}
    pairs |= set(xbars)
    rows = [
        {"layer": layer, "tile": tile, "crossbars": len(xbars.get((layer, tile), ()))}
        for layer, tile in sorted(pairs)
    ]
    return pd.DataFrame(rows, columns=list(PLACEMENT_COLUMNS))


def crossbars_by_layer_tile(workload: Workload) -> dict[tuple[int, int], set[int]]:
    """The crossbars holding each layer's weights on each tile, from the workload's block
    table: ``{(layer id, tile): {crossbar index, ...}}``."""
    xbars: dict[tuple[int, int], set[int]] = {}
    layer_id = {str(la["name"]): int(la["id"]) for la in workload.layers}
    for block in workload.blocks.values():
        key = (layer_id.get(str(block["layer"]), NO_LAYER), int(block["tile"]))
        xbars.setdefault(key, set()).add(int(block["xb"]))
    return xbars


def mapped_crossbar_fraction(workload: Workload, arch: ArchConfig) -> float:
    """Crossbars holding weights / crossbars on the chip."""
    mapped = sum(len(xbs) for xbs in crossbars_by_layer_tile(workload).values())
    return float(mapped) / (arch.chip.n_tiles * arch.tile.crossbar.per_tile)


def check_seeds(seed: int, repeats: int) -> list[int]:
    """Root seeds of the repeats; WorkloadError for a negative seed or a repeat count
    outside 1 .. :data:`aimcsim.seeds.MAX_REPEATS`."""
    from aimcsim.seeds import MAX_REPEATS, repeat_seeds

    if seed < 0:
        raise WorkloadError(f"seed {seed}: must be >= 0")
    if not 1 <= repeats <= MAX_REPEATS:
        raise WorkloadError(f"repeats {repeats}: must be between 1 and {MAX_REPEATS}")
    return repeat_seeds(seed, repeats)


def _repeat_stats(runs: Sequence[Any]) -> dict[str, float]:
    """:data:`REPEAT_SUMMARY_KEYS` over functional runs of independent programmings: mean
    and sample standard deviation (ddof 1) of ``top1`` (None without labels) and
    ``mean_rel_error``."""
    stats: dict[str, Any] = {}
    per_metric = {
        "top1": [r.top1 for r in runs],
        "mean_rel_error": [r.mean_rel_error for r in runs],
    }
    for name, values in per_metric.items():
        if any(v is None for v in values):
            stats[f"{name}_mean"] = stats[f"{name}_std"] = None
            continue
        arr = np.asarray(values, dtype=float)
        stats[f"{name}_mean"] = float(np.mean(arr))
        stats[f"{name}_std"] = float(np.std(arr, ddof=1))
    return stats


def layer_name_kind(
    layer: int, info: dict[int, dict[str, Any]], timed_name: str | None
) -> tuple[str, str]:
    """A layer's ``layer_name`` and ``kind`` in the report: the set-up pseudo-layer's, else
    those of the workload's layer table ``info`` (by id), else the name the timing model
    gave it (``timed_name``) and kind ``program``."""
    if layer == NO_LAYER:
        return SETUP_LAYER_NAME, "setup"
    la = info.get(layer, {})
    fallback = f"layer{layer}" if timed_name is None else timed_name
    return str(la.get("name", fallback)), str(la.get("kind", "program"))


def layer_table(
    program: Program,
    workload: Workload | None,
    per_layer: pd.DataFrame,
    ledger: pd.DataFrame,
    metrics: dict[int, tuple[float, float, float, float]],
    arch: ArchConfig,
) -> pd.DataFrame:
    """Join timing, energy, accuracy and read settings per layer into the ``layers.csv``
    schema."""
    from aimcsim.compiler.settings_plan import program_read_configs

    info = {int(la["id"]): la for la in workload.layers} if workload is not None else {}
    read = program_read_configs(program, workload, arch) if workload is not None else {}
    tiles_of: dict[int, set[int]] = {}
    for stream in program.streams.values():
        for instr in stream.instructions:
            tiles_of.setdefault(instr.layer, set()).add(stream.tile)
    energy_pj = dynamic_energy_by_layer_pj(
        ledger["layer"].to_numpy(), ledger["action"].to_numpy(), ledger["energy_pj"].to_numpy()
    )
    rows = []
    for rec in per_layer.to_dict("records"):
        layer = int(rec["layer"])
        err, snr, cos, alpha = metrics.get(layer, (np.nan, np.nan, np.nan, np.nan))
        name, kind = layer_name_kind(layer, info, rec.get("layer_name"))
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
                "issue_cycle": int(rec["issue_cycle"]),
                "wait_cycles": int(rec["wait_cycles"]),
                "span_cycles": int(rec["span_cycles"]),
                "energy_pj": float(energy_pj.get(layer, 0.0)),
                "rel_error": err,
                "snr_db": snr,
                "cosine": cos,
                "alpha": alpha,
                **_read_columns(read.get(name), int(info.get(layer, {}).get("replicas", 0))),
            }
        )
    return pd.DataFrame(rows, columns=list(LAYER_COLUMNS))


def _read_columns(cfg: Any, copies: int) -> dict[str, Any]:
    """The read-settings columns of ``layers.csv`` for a layer with read configuration
    ``cfg`` (a :class:`~aimcsim.compiler.settings_plan.ReadConfig`, None for a layer without
    crossbars) and ``copies`` weight copies."""
    if cfg is None:
        return {
            "input_encoding": "",
            "input_bits": 0,
            "bits_per_phase": 0,
            "read_phases": 0,
            "adc_gain": 0,
            "adc_itime_cycles": 0,
            "copies": 0,
        }
    return {**dataclasses.asdict(cfg), "copies": copies}


def _accuracy_table(rows: list[dict[str, Any]]) -> pd.DataFrame | None:
    """``accuracy_vs_time`` in the report schema, or None when no functional run was made."""
    from aimcsim.report.result import ACCURACY_TIME_COLUMNS

    if not rows:
        return None
    frame = pd.DataFrame(rows)
    return frame.loc[:, [c for c in ACCURACY_TIME_COLUMNS if c in frame.columns]]
