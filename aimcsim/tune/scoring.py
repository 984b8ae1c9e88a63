"""Scoring settings tables: a batch of :func:`aimcsim.evaluate` calls, in parallel.

Each table becomes one :class:`~aimcsim.evaluation.EvalTask` at the ``full`` tier (values
and timing) whose target is compiled with the table where it runs (a worker process, a Dask
worker or this process): a workload directory is recompiled from its source model with its
options and samples, a model file's default workload likewise (:mod:`aimcsim.compiler.
recompile`). A table the compiler refuses gives ``{"error": message}``. Every candidate uses
the same root seed, inference times and samples (common random numbers: two candidates
differ only by their settings), and :func:`aimcsim.evaluation.evaluate_many` returns the
results in task order whatever the executor and the number of workers.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from aimcsim.compiler.layer_settings import LayerSettingsTable


@dataclass(frozen=True)
class Scoring:
    """How candidates are scored: inference ``times_s``, root ``seed``, the first
    ``n_samples`` samples (None: all), where (``executor``, ``workers``, ``scheduler``: see
    :func:`aimcsim.evaluation.evaluate_many`), and over how many independent programmings
    (``repeats``, seeds derived from ``seed``; the figures are their means, so a candidate
    is not chosen for one programming's luck)."""

    times_s: tuple[float, ...] = (0.0,)
    seed: int = 0
    n_samples: int | None = None
    executor: str = "serial"
    workers: int | None = None
    scheduler: str | None = None
    repeats: int = 1


def score_tables(
    target: Any,
    preset: str,
    overrides: Sequence[str],
    tables: Sequence[LayerSettingsTable],
    scoring: Scoring,
    run: Callable[[Sequence[Any]], list[dict[str, Any]]] | None = None,
) -> list[dict[str, Any]]:
    """The full-tier :func:`aimcsim.evaluate` result of ``target`` (a workload directory
    or a :class:`~aimcsim.workload.Workload` with its source model and samples) compiled
    with each table for the chip ``preset`` + ``overrides``, in order; a failed candidate
    gives ``{"error": message}``. ``run``: an open :func:`aimcsim.evaluation.evaluation_pool`
    to evaluate in (None: :func:`aimcsim.evaluation.evaluate_many` with ``scoring``'s
    executor, a new pool for this batch)."""
    from aimcsim.evaluation import EvalTask, evaluate_many

    tasks = [
        EvalTask(
            target,
            preset,
            tuple(overrides),
            fidelity="full",
            t_inference_s=scoring.times_s,
            repeats=scoring.repeats,
            seed=scoring.seed,
            n_samples=scoring.n_samples,
            layer_settings=table,
        )
        for table in tables
    ]
    if run is not None:
        results = run(tasks)
    else:
        results = evaluate_many(
            tasks, executor=scoring.executor, workers=scoring.workers, scheduler=scoring.scheduler
        )
    return [{k: v for k, v in r.items() if k not in ("target", "layer_settings")} for r in results]
