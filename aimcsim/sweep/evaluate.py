"""Evaluation of one sweep point: what a WORKLOAD argument is, and the default evaluators.

An evaluator is ``evaluate(point_overrides: list[str], seed: int) -> dict``: it simulates the
point's chip (the architecture overrides) with noise from the root ``seed`` and returns
metrics (``total_cycles``, ``latency_ns`` and optionally ``inference_cycles``,
``inference_ns``, ``energy_pj``, ``inference_energy_pj``, ``mean_rel_error``, ``top1``) and,
for re-costing, ``ledger`` (records of the energy ledger, :data:`LEDGER_COLUMNS`) and
``cycle_ns``; or ``{"error": message}`` when the point cannot be evaluated. It must be
picklable (a module-level function or a ``functools.partial`` of one) for the process and
Dask executors.
"""

from __future__ import annotations

import functools
import math
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from aimcsim.errors import AimcSimError
from aimcsim.sweep.cache import content_digest, value_digest
from aimcsim.sweep.errors import SweepError
from aimcsim.sweep.limits import DEFAULT_N_MVM, N_MVM_RANGE

if TYPE_CHECKING:
    from aimcsim.compiler import CompileOptions
    from aimcsim.config.arch import ArchConfig

Evaluate = Callable[[list[str], int], dict[str, Any]]

MODEL_SUFFIXES = (".onnx", ".toml")
"""Files a sweep compiles per point (:class:`ModelSource`) instead of loading a workload."""

STREAMING_WORKLOAD = "streaming-mvm"
"""Built-in synthetic workload: back-to-back full-array MVMs on every crossbar."""


_VALUE_MODEL_LOCK = threading.Lock()
"""One value-model evaluation at a time per process: the numba kernels' threading layer
aborts the process when two threads launch parallel kernels at once (as the threads of a
multi-threaded Dask worker would)."""


@dataclass(frozen=True)
class ModelSource:
    """A model swept by compiling it for every point's chip.

    ``model``: ``.onnx`` or native ``.toml`` path; ``options``: compiler options (the same at
    every point); ``samples``: optional ``.npz`` of input samples and labels (see
    :func:`aimcsim.compiler.load_samples`) shipped with each compiled workload.
    """

    model: str
    options: CompileOptions
    samples: str | None = None


@dataclass(frozen=True)
class WorkloadRef:
    """A resolved WORKLOAD argument.

    ``target``: what the evaluator loads (``streaming-mvm``, a workload directory path or a
    :class:`ModelSource`); ``content``: sha256 of the content evaluated (program, tensors,
    samples and labels, model, compiler options), part of every cache key; ``preset`` and
    ``overrides``: the chip a workload directory was compiled for.
    """

    target: str | ModelSource
    content: str
    preset: str | None = None
    overrides: tuple[str, ...] = ()

    @property
    def is_model(self) -> bool:
        return isinstance(self.target, ModelSource)


def resolve_workload(
    workload: str,
    compile_options: CompileOptions | None = None,
    samples: str | None = None,
) -> WorkloadRef:
    """What WORKLOAD names, read now (SweepError for a missing or bad file before any work).

    ``streaming-mvm`` is the built-in synthetic workload; a ``.onnx``/``.toml`` file is a
    model compiled per point with ``compile_options`` and ``samples``; anything else is a
    workload directory (``workloads/<name>`` or a path).
    """
    path = Path(workload)
    is_model = path.suffix.lower() in MODEL_SUFFIXES
    if not is_model and (compile_options is not None or samples is not None):
        raise SweepError(
            "compiler options and --samples apply to a model file (.onnx or .toml), not "
            f"to '{workload}'"
        )
    if workload == STREAMING_WORKLOAD:
        return WorkloadRef(STREAMING_WORKLOAD, content_digest([]))
    if is_model:
        return _model_ref(workload, compile_options, samples)
    if not path.is_dir() and (Path("workloads") / workload).is_dir():
        path = Path("workloads") / workload
    if not path.is_dir():
        raise SweepError(
            f"workload '{workload}' not found (a directory, a name under workloads/, or "
            f"'{STREAMING_WORKLOAD}')"
        )
    from aimcsim.workload.format import MANIFEST, PROGRAM_BIN, TENSORS, load_workload

    wl = load_workload(path)
    preset, overrides = wl.compiled_for()
    content = content_digest([path / MANIFEST, path / PROGRAM_BIN, path / TENSORS])
    return WorkloadRef(str(path.resolve()), content, preset, tuple(overrides))


def _model_ref(
    workload: str, compile_options: CompileOptions | None, samples: str | None
) -> WorkloadRef:
    from aimcsim.compiler import CompileOptions, load_model, load_samples

    if not Path(workload).is_file():
        raise SweepError(f"model file '{workload}' not found")
    try:
        graph = load_model(workload)
        data = load_samples(samples) if samples is not None else None
    except AimcSimError as exc:
        raise SweepError(str(exc)) from None
    source = ModelSource(workload, compile_options or CompileOptions(), samples)
    # The loaded graph (weights included, wherever the frontend read them) and samples.
    return WorkloadRef(source, value_digest([graph, data], extra=repr(source.options)))


def check_n_mvm(n_mvm: int | None, ref: WorkloadRef) -> int:
    """MVMs per crossbar of ``streaming-mvm`` (default :data:`DEFAULT_N_MVM`); SweepError
    outside :data:`N_MVM_RANGE` or when given for another workload."""
    if n_mvm is None:
        return DEFAULT_N_MVM
    if ref.target != STREAMING_WORKLOAD:
        raise SweepError(f"--n-mvm applies to the '{STREAMING_WORKLOAD}' workload only")
    low, high = N_MVM_RANGE
    if not low <= n_mvm <= high:
        raise SweepError(f"--n-mvm {n_mvm}: must be between {low} and {high}")
    return n_mvm


def timing_evaluate(
    workload: str,
    preset: str | None,
    config: str | None,
    n_mvm: int,
    point_overrides: list[str],
    seed: int,
) -> dict[str, Any]:
    """Stand-in evaluation: timing model only (no values), costed later from its counters.

    Runs ``workload`` (a workload directory, or ``streaming-mvm`` with ``n_mvm`` MVMs per
    crossbar) on the chip of ``preset``/``config`` with ``point_overrides``. ``seed`` is
    unused (timing is deterministic); metrics of values (error, top-1) are NaN.
    """
    del seed
    from aimcsim.config.loader import load_arch
    from aimcsim.energy.calibration import streaming_mvm_program
    from aimcsim.energy.ledger import inference_span_cycles
    from aimcsim.timing import simulate_timing

    arch = load_arch(preset=preset, path=config, overrides=point_overrides)
    if workload == STREAMING_WORKLOAD:
        program = streaming_mvm_program(arch, n_mvm)
    else:
        from aimcsim.workload.format import load_workload

        program = load_workload(workload).program
    result = simulate_timing(program, arch)
    ledger_rows: list[dict[str, Any]] = [
        {k: (v.item() if hasattr(v, "item") else v) for k, v in r.items()}
        for r in result.counters.to_dict(orient="records")
    ]
    ledger_rows += [
        {
            "layer": -1,
            "component": c,
            "kind": k,
            "action": "leakage",
            "count": int(result.total_cycles),
        }
        for c, k in zip(result.components["component"], result.components["kind"], strict=True)
    ]
    inference_cycles = inference_span_cycles(result.per_layer, result.total_cycles)
    return {
        "total_cycles": int(result.total_cycles),
        "latency_ns": float(result.total_ns),
        "inference_cycles": inference_cycles,
        "inference_ns": inference_cycles * arch.chip.cycle_ns,
        "mean_rel_error": math.nan,
        "top1": math.nan,
        "cycle_ns": arch.chip.cycle_ns,
        "ledger": ledger_rows,
    }


def simulate_evaluate(
    workload: str | ModelSource,
    preset: str | None,
    config: str | None,
    functional: bool,
    n_samples: int | None,
    t_inference_s: float,
    point_overrides: list[str],
    seed: int,
) -> dict[str, Any]:
    """End-to-end evaluation through :func:`aimcsim.simulate`: timing, values (when
    ``functional``, at ``t_inference_s`` seconds after weight programming, noise from the
    root ``seed`` exactly as ``aimcsim run --seed``) and the energy ledger (kept for
    re-costing) of one point.

    ``workload``: a workload directory, or a :class:`ModelSource` compiled first for the
    point's chip (the metrics then add ``crossbars``, the analog crossbars its mapping uses)
    with the compile keys among ``point_overrides`` (:mod:`aimcsim.sweep.compile_keys`).
    A compiler or simulator error becomes ``{"error": ...}`` (the model does not fit that
    chip, or the workload was compiled for another one).
    """
    with _VALUE_MODEL_LOCK:
        return _simulate_point(
            workload, preset, config, functional, n_samples, t_inference_s, point_overrides, seed
        )


def _simulate_point(
    workload: str | ModelSource,
    preset: str | None,
    config: str | None,
    functional: bool,
    n_samples: int | None,
    t_inference_s: float,
    point_overrides: list[str],
    seed: int,
) -> dict[str, Any]:
    """:func:`simulate_evaluate` without the lock."""
    from aimcsim.config.loader import load_arch
    from aimcsim.sweep.compile_keys import split_overrides, with_compile_values

    point_overrides, compile_values = split_overrides(point_overrides)
    arch = load_arch(preset=preset, path=config, overrides=point_overrides)
    if not isinstance(workload, ModelSource):
        try:
            return _simulate_metrics(workload, arch, seed, functional, n_samples, t_inference_s)
        except AimcSimError as exc:
            return {"error": f"{exc} ({_recompile_hint(workload)})"}
    from aimcsim.compiler import compile_model, load_samples

    samples, labels = load_samples(workload.samples) if workload.samples else (None, None)
    try:
        wl = compile_model(
            workload.model,
            arch,
            with_compile_values(workload.options, compile_values),
            preset=preset,
            overrides=tuple(point_overrides),
            samples=samples,
            labels=labels,
        )
        metrics = _simulate_metrics(wl, arch, seed, functional, n_samples, t_inference_s)
    except AimcSimError as exc:
        return {"error": str(exc)}
    metrics["crossbars"] = sum(int(la.get("crossbars", 0)) for la in wl.layers)
    return metrics


def _recompile_hint(workload: str) -> str:
    """What to sweep instead of a workload compiled for one chip: its model file, named
    when the manifest's ``source_model`` exists (with the workload's samples)."""
    from aimcsim.workload.format import load_workload

    hint = (
        "the workload was compiled for one chip; to sweep keys that change the mapping, "
        "sweep its model file, which is compiled for every point"
    )
    try:
        wl = load_workload(workload)
    except AimcSimError:
        return hint
    model = str(wl.manifest["workload"].get("source_model", ""))
    if not model or not Path(model).is_file():
        return hint
    preset, overrides = wl.compiled_for()
    chip = f"--preset {preset or 'tiny'}" + "".join(f" --set {o}" for o in overrides)
    samples = os.path.relpath(Path(workload) / "tensors.npz")
    return f"{hint}: aimcsim sweep {model} {chip} --samples {samples} --grid ..."


def _simulate_metrics(
    target: Any,
    arch: ArchConfig,
    seed: int,
    functional: bool,
    n_samples: int | None,
    t_inference_s: float,
) -> dict[str, Any]:
    """Metrics and energy ledger of one :func:`aimcsim.simulate` run of ``target``."""
    from aimcsim.simulation import simulate

    result = simulate(
        target,
        arch,
        seed=seed,
        functional=functional,
        n_samples=n_samples,
        t_inference_s=[t_inference_s],
    )
    ledger = result.energy.drop(columns=["energy_pj"])
    summary = result.summary
    return {
        "total_cycles": int(summary["total_cycles"]),
        "latency_ns": float(summary["latency_ns"]),
        "inference_cycles": int(summary["inference_cycles"]),
        "inference_ns": float(summary["inference_ns"]),
        "mean_rel_error": _nan(summary.get("mean_rel_error")),
        "top1": _nan(summary.get("top1")),
        "cycle_ns": arch.chip.cycle_ns,
        "ledger": ledger.to_dict(orient="records"),
    }


def default_evaluator(
    ref: WorkloadRef,
    preset: str | None,
    config: str | None,
    n_mvm: int = DEFAULT_N_MVM,
    functional: bool = True,
    n_samples: int | None = None,
    t_inference_s: float = 0.0,
) -> tuple[Evaluate, str]:
    """The evaluation function for a resolved WORKLOAD and its id (the evaluator and its
    options; part of the cache key).

    ``streaming-mvm``: timing only (:func:`timing_evaluate`); a workload directory: the
    end-to-end :func:`simulate_evaluate` (values too unless ``functional`` is false); a
    :class:`ModelSource`: the same, compiled for each point first.
    """
    if ref.target == STREAMING_WORKLOAD:
        fn = functools.partial(timing_evaluate, STREAMING_WORKLOAD, preset, config, n_mvm)
        return fn, f"timing_evaluate/n_mvm={n_mvm}"
    fn = functools.partial(
        simulate_evaluate, ref.target, preset, config, functional, n_samples, t_inference_s
    )
    run_id = f"functional={functional}/n_samples={n_samples}/t={t_inference_s!r}"
    kind = "compile" if ref.is_model else "simulate"
    return fn, f"{kind}/{run_id}"


def _nan(value: Any) -> float:
    return math.nan if value is None else float(value)
