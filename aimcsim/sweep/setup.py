"""What a sweep or a search settles before any simulation: options checked, the workload
resolved, the chip to run it on, the objectives and the evaluation function."""

from __future__ import annotations

import math
import pickle
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from aimcsim.sweep import cache
from aimcsim.sweep.compile_keys import is_compile_key
from aimcsim.sweep.errors import SweepError
from aimcsim.sweep.evaluate import (
    STREAMING_WORKLOAD,
    Evaluate,
    WorkloadRef,
    check_n_mvm,
    default_evaluator,
    resolve_workload,
)
from aimcsim.sweep.executors import EXECUTORS, MAX_WORKERS
from aimcsim.sweep.grid import hint
from aimcsim.sweep.pareto import Objective, parse_objectives

if TYPE_CHECKING:
    from aimcsim.compiler import CompileOptions


@dataclass(frozen=True)
class Setup:
    """A resolved run: the workload, the base chip (``preset`` or the run's config file,
    with ``base_overrides``), the objectives of its front, the evaluation function and the
    digest of the run that enters every cache key; ``inputs``: the input paths that exist
    (never replaced by an output)."""

    ref: WorkloadRef
    preset: str | None
    base_overrides: tuple[str, ...]
    objectives: list[Objective]
    evaluate: Evaluate
    run_digest: str
    inputs: tuple[str, ...]


def prepare(
    workload: str,
    keys: Sequence[str],
    *,
    preset: str | None,
    config: str | None,
    base_overrides: Sequence[str],
    seed: int,
    objectives: str | Sequence[str] | None,
    executor: str,
    workers: int | None,
    scheduler: str | None,
    scheduler_timeout_s: float,
    evaluate: Evaluate | None,
    evaluator_id: str | None,
    n_mvm: int | None,
    functional: bool,
    n_samples: int | None,
    t_inference_s: float,
    compile_options: CompileOptions | None,
    samples: str | None,
) -> Setup:
    """Check every option and resolve the run varying ``keys`` (SweepError naming the item
    at fault, before anything is written or simulated)."""
    _check_options(
        executor, workers, scheduler, scheduler_timeout_s, t_inference_s, seed, n_samples
    )
    ref = resolve_workload(workload, compile_options, samples)
    n_mvm = check_n_mvm(n_mvm, ref)
    if ref.is_model and preset is None and config is None:
        raise SweepError(
            f"the model '{workload}' needs the chip to compile it for (it is compiled for "
            "each point's chip): give --preset or --config"
        )
    compile_keys = [k for k in keys if is_compile_key(k)]
    if compile_keys and not ref.is_model:
        raise SweepError(
            f"'{compile_keys[0]}' is a compile key: it applies to a model file (.onnx or "
            f".toml), not to the workload '{workload}' (compiled already)"
        )
    if preset is None and config is None:
        # The chip the workload was compiled for, with the user's overrides on top.
        preset = ref.preset or "tiny"
        base_overrides = [*ref.overrides, *base_overrides]
    values = functional and (evaluate is not None or ref.target != STREAMING_WORKLOAD)
    chosen = parse_objectives(objectives, values)
    if evaluate is None:
        evaluate, default_id = default_evaluator(
            ref, preset, config, n_mvm, functional, n_samples, t_inference_s
        )
        evaluator_id = evaluator_id or default_id
    evaluator_id = evaluator_id or str(getattr(evaluate, "__qualname__", repr(evaluate)))
    if executor != "serial":
        _check_picklable(evaluate)
    inputs = tuple(str(p) for p in (workload, samples, config) if p and Path(p).exists())
    return Setup(
        ref,
        preset,
        tuple(base_overrides),
        chosen,
        evaluate,
        cache.run_digest(ref.content, evaluator_id),
        inputs,
    )


def _check_options(
    executor: str,
    workers: int | None,
    scheduler: str | None,
    scheduler_timeout_s: float,
    t_inference_s: float,
    seed: int,
    n_samples: int | None,
) -> None:
    if executor not in EXECUTORS:
        raise SweepError(f"unknown executor '{executor}'{hint(executor, EXECUTORS)}")
    if workers is not None and not 1 <= workers <= MAX_WORKERS:
        raise SweepError(f"--workers {workers}: must be between 1 and {MAX_WORKERS}")
    if scheduler is not None and executor != "dask":
        raise SweepError("--scheduler needs --executor dask")
    if not (t_inference_s >= 0 and math.isfinite(t_inference_s)):
        raise SweepError(f"--t-inference {t_inference_s!r}: must be a time >= 0 s")
    if not scheduler_timeout_s > 0:
        raise SweepError(f"--scheduler-timeout {scheduler_timeout_s!r}: must be > 0 s")
    if seed < 0:
        raise SweepError(f"--seed {seed}: must be >= 0")
    if n_samples is not None and n_samples < 1:
        raise SweepError(f"--n-samples {n_samples}: must be at least 1")


def _check_picklable(evaluate: Evaluate) -> None:
    try:
        pickle.dumps(evaluate)
    except (pickle.PicklingError, AttributeError, TypeError) as exc:
        raise SweepError(
            f"the evaluate function cannot be sent to worker processes ({exc}); use a "
            "module-level function or functools.partial of one, or --executor serial"
        ) from None
