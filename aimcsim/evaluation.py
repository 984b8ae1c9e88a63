"""``aimcsim.evaluate``: one design point scored for a search or NAS loop, as a plain dict.

Three fidelity tiers, each a subset of the next in cost:

* ``timing``: the timing model and the energy ledger only (no values): latency, energy,
  EDAP, area, utilisation, throughput, per-layer latency and energy.
* ``values``: the value model only: accuracy (top-1 where labels exist, mean analog-layer
  relative error) at each inference time, mean and std over ``repeats`` independent
  programmings, and per-layer error.
* ``full``: both.

The function is module-level and its arguments and result are plain data, so it pickles to
worker processes and Dask workers; :func:`evaluate_many` runs a list of
:class:`EvalTask` serially, on processes or on Dask and returns the results in task order
(identical whatever the executor: noise depends only on the root seed and the crossbar).
"""

from __future__ import annotations

import copy
import hashlib
import math
import os
import pickle
from collections import OrderedDict
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from aimcsim.config.arch import ArchConfig
from aimcsim.errors import AimcSimError, WorkloadError

if TYPE_CHECKING:
    from aimcsim.compiler.layer_settings import LayerSettingsTable

FIDELITIES = ("timing", "values", "full")
"""Fidelity tiers of :func:`evaluate`, cheapest first."""

EXECUTORS = ("serial", "processes", "dask")

MODEL_SUFFIXES = (".onnx", ".toml")
"""Files :func:`evaluate` compiles for the chip before simulating."""


def evaluate(
    target: str | Path | Any,
    arch: ArchConfig | str | None = None,
    *,
    fidelity: str = "full",
    overrides: Sequence[str] = (),
    t_inference_s: Sequence[float] = (0.0,),
    repeats: int = 1,
    seed: int = 0,
    n_samples: int | None = None,
    layer_settings: LayerSettingsTable | str | Path | None = None,
) -> dict[str, Any]:
    """Score ``target`` on a chip at the given ``fidelity`` (see the module docstring).

    ``target``: a workload directory (or :class:`~aimcsim.workload.Workload`), or a model
    file (``.onnx``/``.toml``) that is compiled for the chip first (with default compiler
    options; the values tiers then need a workload, since a bare model ships no samples).
    ``arch``: an :class:`ArchConfig`, a preset name, or None for the workload's own chip;
    ``overrides`` (``key=value``) apply on top. ``layer_settings``: a per-layer settings
    table (:mod:`aimcsim.compiler.layer_settings`) or its TOML file; a model file is compiled
    with it, a workload is compiled again from its ``source_model`` with its own compiler
    options and samples and this table instead of its own (:mod:`aimcsim.compiler.recompile`;
    CompileError when the model file is gone). Returns a dict of plain numbers and lists:

    * ``fidelity``, ``seed``, ``repeats``, ``chip``;
    * timing tiers: ``latency_ns`` (inference span of the program's ``n_slots`` samples,
      pipelined), ``inferences_per_s``, ``energy_pj`` and ``energy_per_inference_pj``
      (inference only, leakage over the span included), ``area_mm2``, ``edap_pj_ns_mm2``
      (energy per inference x latency x area),
      ``utilisation`` (crossbars holding weights / crossbars on the chip), ``tops``,
      ``tops_per_w``, ``analog_mac_ratio`` (crossbar MACs / all MACs, DPU matmuls included),
      ``layers`` (per layer: ``layer_name``, ``kind``, ``latency_cycles``, ``energy_pj``);
    * values tiers: ``accuracy``, one dict per inference time with ``t_inference_s``,
      ``top1_mean``, ``top1_std``, ``mean_rel_error_mean``, ``mean_rel_error_std`` (std with
      ddof 1, NaN for one repeat; top-1 None without labels), and ``layer_errors`` (per
      layer ``rel_error`` at the first time, first repeat).
    """
    if fidelity not in FIDELITIES:
        raise WorkloadError(f"fidelity {fidelity!r}: choose one of {', '.join(FIDELITIES)}")
    workload, chip = _prepare(target, arch, overrides, layer_settings)
    out: dict[str, Any] = {
        "fidelity": fidelity,
        "seed": int(seed),
        "repeats": int(repeats),
        "chip": chip.chip.name,
    }
    if fidelity in ("timing", "full"):
        out.update(_timing_metrics(workload, chip))
    if fidelity in ("values", "full"):
        out.update(_value_metrics(workload, chip, t_inference_s, repeats, seed, n_samples))
    return out


def _prepare(
    target: str | Path | Any,
    arch: ArchConfig | str | None,
    overrides: Sequence[str],
    layer_settings: LayerSettingsTable | str | Path | None,
) -> tuple[Any, ArchConfig]:
    """The workload to run (a model file compiled for the chip, a workload recompiled with
    ``layer_settings``) and the chip to run it on."""
    from aimcsim.compiler.layer_settings import resolve_layer_settings
    from aimcsim.config.loader import arch_to_dict, build_arch, load_arch, parse_overrides
    from aimcsim.simulation import chip_of, load_target
    from aimcsim.workload.format import Workload

    workload: Workload | None = None
    if not _is_model_file(target):
        loaded = load_target(target)
        if not isinstance(loaded, Workload):
            raise WorkloadError(f"{target}: evaluate takes a workload directory or a model file")
        workload = loaded
    if isinstance(arch, str):
        chip = load_arch(preset=arch, overrides=list(overrides))
    elif arch is None:
        if workload is None:
            raise WorkloadError(f"{target}: a model file needs an arch to compile for")
        chip = chip_of(workload, overrides)
    elif overrides:
        chip = build_arch(
            [("arch", arch_to_dict(arch)), ("overrides", parse_overrides(list(overrides)))]
        )
    else:
        chip = arch
    table = resolve_layer_settings(None, layer_settings)
    if workload is None:
        from aimcsim.compiler.compile import CompileOptions, compile_model

        workload = compile_model(Path(target), chip, CompileOptions(layer_settings=table))
    elif table is not None:
        from aimcsim.compiler.recompile import recompile

        preset, recorded = workload.compiled_for()
        if arch is not None:
            preset, recorded = (arch if isinstance(arch, str) else None), []
        workload = recompile(
            workload, chip, table, preset=preset, overrides=(*recorded, *overrides)
        )
    return workload, chip


def _is_model_file(target: Any) -> bool:
    return isinstance(target, str | Path) and Path(target).suffix in MODEL_SUFFIXES


TIMING_MEMO_SIZE = 128
"""Timing-tier results :func:`evaluate` keeps per process (least recently used dropped)."""

_TIMING_MEMO: OrderedDict[str, dict[str, Any]] = OrderedDict()


def _timing_metrics(workload: Any, arch: ArchConfig) -> dict[str, Any]:
    """The timing tier's metrics (:func:`aimcsim.evaluation_timing.timing_metrics`),
    computed once per process for each (workload, chip config): they depend on nothing else
    (no seed, time or sample), so another evaluation of the same design point (another
    fidelity, seed, inference time or number of repeats) reuses them. A workload is
    identified by its manifest, which holds its program's CRC32 (checked when it was
    loaded); one without (compiled in memory) is not memoised."""
    from aimcsim.evaluation_timing import timing_metrics

    key = _timing_key(workload, arch)
    if key is None:
        return timing_metrics(workload, arch)
    metrics = _TIMING_MEMO.get(key)
    if metrics is None:
        metrics = timing_metrics(workload, arch)
        _TIMING_MEMO[key] = metrics
        if len(_TIMING_MEMO) > TIMING_MEMO_SIZE:
            _TIMING_MEMO.popitem(last=False)
    else:
        _TIMING_MEMO.move_to_end(key)
    return copy.deepcopy(metrics)


def _timing_key(workload: Any, arch: ArchConfig) -> str | None:
    """sha256 of what the timing tier reads: the manifest (layers, blocks, slots and the
    program's CRC32) and the resolved chip config (its dataclass ``repr``, every field at
    full precision); None without a program CRC32."""
    if "program_crc32" not in workload.manifest.get("workload", {}):
        return None
    h = hashlib.sha256(pickle.dumps(workload.manifest, protocol=5))
    h.update(repr(arch).encode())
    return h.hexdigest()


def _value_metrics(
    workload: Any,
    arch: ArchConfig,
    times: Sequence[float],
    repeats: int,
    seed: int,
    n_samples: int | None,
) -> dict[str, Any]:
    from aimcsim.simulation import check_seeds, programmings_at

    if not workload.inputs():
        raise WorkloadError(
            f"workload {workload.name!r} ships no input samples: the values tiers need them "
            "(compile the model with --samples)"
        )
    seeds = check_seeds(seed, repeats)
    accuracy, layer_errors = [], []
    ideal = None
    for i, t_s in enumerate(times):
        if t_s < 0 or not math.isfinite(t_s):
            raise WorkloadError(f"inference time {t_s}: must be a finite number of seconds >= 0")
        runs = programmings_at(workload, arch, t_s, seeds, None, n_samples, ideal)
        ideal = ideal or runs[0]
        top1 = [r.top1 for r in runs]
        errors = np.array([r.mean_rel_error for r in runs], dtype=float)
        has_top1 = all(v is not None for v in top1)
        accuracy.append(
            {
                "t_inference_s": float(t_s),
                "top1_mean": float(np.mean(np.array(top1, float))) if has_top1 else None,
                "top1_std": _std(np.array(top1, float)) if has_top1 else None,
                "mean_rel_error_mean": float(np.mean(errors)),
                "mean_rel_error_std": _std(errors),
            }
        )
        if i == 0:
            layer_errors = [
                {"layer": m.layer, "layer_name": m.name, "rel_error": float(m.rel_error)}
                for m in runs[0].layers
            ]
    return {"accuracy": accuracy, "layer_errors": layer_errors}


def _std(values: np.ndarray) -> float:
    return float(np.std(values, ddof=1)) if len(values) > 1 else math.nan


@dataclass(frozen=True)
class EvalTask:
    """The arguments of one :func:`evaluate` call, as plain data (picklable)."""

    target: str
    preset: str | None = None
    overrides: tuple[str, ...] = ()
    fidelity: str = "full"
    t_inference_s: tuple[float, ...] = (0.0,)
    repeats: int = 1
    seed: int = 0
    n_samples: int | None = None
    layer_settings: LayerSettingsTable | str | None = None
    """A per-layer settings table, or its file, to compile the target with (see
    :func:`evaluate`)."""
    tag: dict[str, Any] = field(default_factory=dict, compare=False)
    """Anything the caller wants back with the result (not used by the evaluation)."""


def run_task(task: EvalTask) -> dict[str, Any]:
    """:func:`evaluate` of one task; a bad design point is a result with an ``error`` key
    (the message), not an exception, so one point does not end a batch."""
    try:
        result = evaluate(
            task.target,
            task.preset,
            fidelity=task.fidelity,
            overrides=task.overrides,
            t_inference_s=task.t_inference_s,
            repeats=task.repeats,
            seed=task.seed,
            n_samples=task.n_samples,
            layer_settings=task.layer_settings,
        )
    except AimcSimError as exc:
        result = {"error": str(exc)}
    # the task's fields as they are (asdict would deep-copy a Workload target field by field)
    return {**{f.name: getattr(task, f.name) for f in fields(task)}, **result}


def evaluate_many(
    tasks: Sequence[EvalTask],
    *,
    executor: str = "serial",
    workers: int | None = None,
    scheduler: str | None = None,
) -> list[dict[str, Any]]:
    """:func:`run_task` of every task, in task order, ``serial``, on worker ``processes``
    (they die with this process) or on ``dask`` (a local cluster of ``workers``, or the
    scheduler at ``scheduler``, with the sweep's connection deadline)."""
    check_executor(executor)
    if executor == "serial" or not tasks:
        return [run_task(t) for t in tasks]
    n = min(workers or os.cpu_count() or 1, len(tasks)) if executor == "processes" else workers
    with evaluation_pool(executor, n, scheduler) as run:
        return run(tasks)


def check_executor(executor: str) -> None:
    """WorkloadError unless ``executor`` is one of :data:`EXECUTORS`."""
    if executor not in EXECUTORS:
        raise WorkloadError(f"executor {executor!r}: choose one of {', '.join(EXECUTORS)}")


@contextmanager
def evaluation_pool(
    executor: str = "serial", workers: int | None = None, scheduler: str | None = None
) -> Iterator[Callable[[Sequence[EvalTask]], list[dict[str, Any]]]]:
    """Where :func:`run_task` runs, kept open over several batches of tasks (a search opens
    one process pool or Dask cluster for all its batches, not one per batch): yields a
    function from tasks to their results, in task order. ``executor``, ``workers`` and
    ``scheduler`` as in :func:`evaluate_many` (``workers`` None: one process per CPU)."""
    check_executor(executor)
    if executor == "serial":
        yield lambda tasks: [run_task(t) for t in tasks]
        return
    if executor == "processes":
        from aimcsim.sweep.executors import die_with_parent

        n = workers or os.cpu_count() or 1
        with ProcessPoolExecutor(n, initializer=die_with_parent, initargs=(os.getpid(),)) as pool:
            yield lambda tasks: list(pool.map(run_task, tasks))
        return
    from aimcsim.sweep.scheduler import connect_dask

    client, cluster = connect_dask(scheduler, workers)
    try:
        yield lambda tasks: list(client.gather(client.map(run_task, list(tasks), pure=False)))
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
