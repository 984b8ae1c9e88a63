"""``run_sweep``: validate everything, evaluate the points (cached), write the tables."""

from __future__ import annotations

import math
import pickle
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

from aimcsim.sweep import cache
from aimcsim.sweep.errors import SweepError, SweepWarning
from aimcsim.sweep.evaluate import (
    STREAMING_WORKLOAD,
    Evaluate,
    check_n_mvm,
    default_evaluator,
    resolve_workload,
)
from aimcsim.sweep.executors import EXECUTORS, MAX_WORKERS, Job, run_jobs
from aimcsim.sweep.figures import plot_pareto
from aimcsim.sweep.grid import Grid, hint, parse_grid
from aimcsim.sweep.output import sweep_out_dir, write_atomic
from aimcsim.sweep.pareto import Objective, front, objective_column, parse_objectives
from aimcsim.sweep.points import SweepPoint, make_points
from aimcsim.sweep.scheduler import DEFAULT_TIMEOUT_S, connect_dask, probe_scheduler
from aimcsim.sweep.table import sweep_table

if TYPE_CHECKING:
    from aimcsim.compiler import CompileOptions

SWEEP_CSV = "sweep.csv"
POINTS_CSV = "points.csv"
POINTS_PARQUET = "points.parquet"
PARETO_PNG = "pareto.png"


def run_sweep(
    workload: str,
    grid: Grid | Sequence[str],
    out_dir: str | Path,
    *,
    preset: str | None = None,
    config: str | None = None,
    base_overrides: Sequence[str] = (),
    random_n: int | None = None,
    seed: int = 0,
    repeats: int = 1,
    objectives: str | Sequence[str] | None = None,
    executor: str = "serial",
    workers: int | None = None,
    scheduler: str | None = None,
    scheduler_timeout_s: float = DEFAULT_TIMEOUT_S,
    evaluate: Evaluate | None = None,
    evaluator_id: str | None = None,
    energy_table: str | None = None,
    n_mvm: int | None = None,
    functional: bool = True,
    n_samples: int | None = None,
    t_inference_s: float = 0.0,
    compile_options: CompileOptions | None = None,
    samples: str | None = None,
    progress: bool = False,
    plot: bool = True,
    warn: cache.Warn | None = None,
) -> pd.DataFrame:
    """Run a sweep and write ``OUT/sweep.csv``, ``OUT/points.csv`` (+ ``points.parquet``
    with pyarrow) and ``OUT/pareto.png``; returns the ``sweep.csv`` table.

    One row per point, sorted by point number: ``point``, the swept keys, ``seed``, then
    :data:`~aimcsim.sweep.table.METRIC_COLUMNS`. Every input problem raises SweepError before
    any simulation. ``seed``: the root seed of every point's noise (common random numbers);
    ``repeats``: independent programmings per point (seeds from
    :func:`~aimcsim.seeds.repeat_seed`); ``objectives``: of the Pareto front
    (:func:`~aimcsim.sweep.pareto.parse_objectives`). A model file as ``workload`` is compiled
    per point with ``compile_options`` and the ``samples`` ``.npz``; it needs ``preset`` or
    ``config``. ``warn`` receives recoverable problems (a corrupt cache entry), by default as
    :class:`SweepWarning`.
    """
    say = warn or _warn
    _check_options(
        executor, workers, scheduler, scheduler_timeout_s, t_inference_s, seed, n_samples
    )
    if not isinstance(grid, dict):
        grid = parse_grid(list(grid))
    ref = resolve_workload(workload, compile_options, samples)
    n_mvm = check_n_mvm(n_mvm, ref)
    if ref.is_model and preset is None and config is None:
        raise SweepError(
            f"sweeping the model '{workload}' needs the chip to compile it for: give "
            "--preset or --config"
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
    points = make_points(
        grid,
        preset=preset,
        config=config,
        base_overrides=base_overrides,
        random_n=random_n,
        seed=seed,
        repeats=repeats,
        run_digest=cache.run_digest(ref.content, evaluator_id),
        energy_table=energy_table,
    )
    if executor != "serial":
        _check_picklable(evaluate)
    if scheduler is not None:
        probe_scheduler(scheduler, scheduler_timeout_s)  # before anything is written
    inputs = [path for path in (workload, samples, config) if path and Path(path).exists()]
    with sweep_out_dir(out_dir, inputs) as out:
        sims = _evaluate_all(
            points, evaluate, out, executor, workers, scheduler, scheduler_timeout_s, progress, say
        )
        df, tidy = sweep_table(
            points,
            sims,
            list(grid),
            preset=preset,
            config=config,
            energy_table=energy_table,
            crossbars=ref.is_model,
        )
        chosen = _measured(df, chosen, repeats, named=objectives is not None, warn=say)
        df["pareto"] = front(df, chosen, repeats)
        write_atomic(out / SWEEP_CSV, _csv(df))
        write_atomic(out / POINTS_CSV, _csv(tidy))
        _write_parquet(tidy, out / POINTS_PARQUET, say)
        if plot:
            plot_pareto(df, out / PARETO_PNG, chosen)
    return df


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


def _measured(
    df: pd.DataFrame, objectives: list[Objective], repeats: int, named: bool, warn: cache.Warn
) -> list[Objective]:
    """The objectives with a value at some point (an evaluator may not measure values);
    a user-named objective that is dropped is warned about."""
    kept = []
    for objective in objectives:
        if df[objective_column(objective, repeats)].notna().any():
            kept.append(objective)
        elif named:
            warn(f"objective '{objective.name}' has no value at any point; the front ignores it")
    return kept


def _check_picklable(evaluate: Evaluate) -> None:
    try:
        pickle.dumps(evaluate)
    except (pickle.PicklingError, AttributeError, TypeError) as exc:
        raise SweepError(
            f"the evaluate function cannot be sent to worker processes ({exc}); use a "
            "module-level function or functools.partial of one, or --executor serial"
        ) from None


def _evaluate_all(
    points: Sequence[SweepPoint],
    evaluate: Evaluate,
    out: Path,
    executor: str,
    workers: int | None,
    scheduler: str | None,
    scheduler_timeout_s: float,
    progress: bool,
    warn: cache.Warn,
) -> dict[str, dict[str, Any]]:
    """Result of every distinct simulation of ``points`` by key: from the cache, or
    evaluated (and cached). An invalid result becomes an ``error`` result."""
    sims: dict[str, dict[str, Any]] = {}
    jobs: dict[str, Job] = {}
    for p in points:
        for key, seed in zip(p.sim_keys, p.seeds, strict=True):
            if key in sims or key in jobs:
                continue
            cached = cache.load_entry(out, key, warn)
            if cached is not None:
                sims[key] = cached
            else:
                jobs[key] = Job(key, p.arch_overrides, seed)
    if not jobs:
        return sims
    client = cluster = None
    if executor == "dask":
        client, cluster = connect_dask(scheduler, workers, scheduler_timeout_s)
    bar = _progress(len(jobs), progress)
    try:
        for job, result in run_jobs(list(jobs.values()), evaluate, executor, workers, client):
            result = cache.jsonable(result)
            problem = cache.result_problem(result)
            if problem:  # a row with the reason, never cached
                result = {"error": f"the evaluator returned an unusable result: {problem}"}
            else:
                _save(out, job.key, result, warn)
            sims[job.key] = result
            if bar is not None:
                bar.update(1)
    finally:
        if bar is not None:
            bar.close()
        if client is not None:
            client.close()
        if cluster is not None:
            cluster.close()
    return sims


def _save(out: Path, key: str, result: dict[str, Any], warn: cache.Warn) -> None:
    try:
        cache.save_entry(out, key, result)
    except OSError as exc:
        warn(f"{cache.entry_path(out, key)}: cannot write cache entry ({exc})")


def _csv(df: pd.DataFrame) -> bytes:
    return df.to_csv(index=False, lineterminator="\n").encode("utf-8")


def _write_parquet(tidy: pd.DataFrame, path: Path, warn: cache.Warn) -> None:
    """``points.parquet`` when pyarrow is installed (the ``parquet`` extra)."""
    try:
        import pyarrow  # noqa: F401
    except ImportError:
        return
    import io

    buffer = io.BytesIO()
    try:
        tidy.to_parquet(buffer, index=False)
    except (ValueError, TypeError) as exc:  # e.g. a swept key mixing numbers and text
        warn(f"{path}: not written ({exc})")
        return
    write_atomic(path, buffer.getvalue())


def _progress(total: int, enabled: bool) -> Any:
    if not enabled:
        return None
    try:
        from tqdm import tqdm
    except ImportError:
        return None
    return tqdm(total=total, unit="sim", desc="sweep")


def _warn(message: str) -> None:
    warnings.warn(message, SweepWarning, stacklevel=3)
