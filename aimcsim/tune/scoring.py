"""Scoring settings tables: compile each candidate, then evaluate the batch in parallel.

Each table is compiled in this process (a refusal is a failed candidate with the
compiler's message), then every compiled workload is scored by
:func:`aimcsim.evaluation.evaluate_many` at the ``full`` tier (values and timing) on the
chosen executor. Every candidate uses the same root seed, inference times and samples
(common random numbers: two candidates differ only by their settings), and results come
back in task order whatever the executor and the number of workers.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from aimcsim.compiler.layer_settings import LayerSettingsTable
from aimcsim.errors import AimcSimError
from aimcsim.tune.problem import Problem


@dataclass(frozen=True)
class Scoring:
    """How candidates are scored: inference ``times_s``, root ``seed``, the first
    ``n_samples`` samples (None: all), and where (``executor``, ``workers``,
    ``scheduler``: see :func:`aimcsim.evaluation.evaluate_many`)."""

    times_s: tuple[float, ...] = (0.0,)
    seed: int = 0
    n_samples: int | None = None
    executor: str = "serial"
    workers: int | None = None
    scheduler: str | None = None


def score_tables(
    problem: Problem, tables: Sequence[LayerSettingsTable], scoring: Scoring
) -> list[dict[str, Any]]:
    """The full-tier :func:`aimcsim.evaluate` result of each table, in order; a table the
    compiler refuses gives ``{"error": message}``."""
    from aimcsim.evaluation import EvalTask, evaluate_many

    arch = problem.arch()
    results: list[dict[str, Any] | None] = []
    tasks = []
    for table in tables:
        try:
            workload = problem.compile(table, arch)
        except AimcSimError as exc:
            results.append({"error": str(exc)})
            continue
        results.append(None)
        tasks.append(
            EvalTask(
                workload,  # evaluate takes a Workload too
                None,
                fidelity="full",
                t_inference_s=scoring.times_s,
                seed=scoring.seed,
                n_samples=scoring.n_samples,
            )
        )
    scored = iter(
        evaluate_many(
            tasks, executor=scoring.executor, workers=scoring.workers, scheduler=scoring.scheduler
        )
    )
    return [r if r is not None else _plain(next(scored)) for r in results]


def _plain(result: dict[str, Any]) -> dict[str, Any]:
    """A result without the echo of its task (the compiled workload)."""
    return {k: v for k, v in result.items() if k not in ("target", "tag")}
