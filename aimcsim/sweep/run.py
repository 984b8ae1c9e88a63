"""``run_sweep``: validate everything, evaluate the points (cached), write the tables."""

from __future__ import annotations

import warnings
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

from aimcsim.sweep import cache
from aimcsim.sweep.errors import SweepWarning
from aimcsim.sweep.evaluate import Evaluate
from aimcsim.sweep.executors import Job, run_jobs
from aimcsim.sweep.figures import plot_pareto
from aimcsim.sweep.grid import Grid, parse_grid
from aimcsim.sweep.output import sweep_out_dir, write_atomic
from aimcsim.sweep.pareto import Objective, front, objective_column
from aimcsim.sweep.points import SweepPoint, make_points
from aimcsim.sweep.scheduler import DEFAULT_TIMEOUT_S, connect_dask, probe_scheduler
from aimcsim.sweep.setup import prepare
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
    say = warn or warn_as_warning
    if not isinstance(grid, dict):
        grid = parse_grid(list(grid))
    setup = prepare(
        workload,
        list(grid),
        preset=preset,
        config=config,
        base_overrides=base_overrides,
        seed=seed,
        objectives=objectives,
        executor=executor,
        workers=workers,
        scheduler=scheduler,
        scheduler_timeout_s=scheduler_timeout_s,
        evaluate=evaluate,
        evaluator_id=evaluator_id,
        n_mvm=n_mvm,
        functional=functional,
        n_samples=n_samples,
        t_inference_s=t_inference_s,
        compile_options=compile_options,
        samples=samples,
    )
    points = make_points(
        grid,
        preset=setup.preset,
        config=config,
        base_overrides=setup.base_overrides,
        random_n=random_n,
        seed=seed,
        repeats=repeats,
        run_digest=setup.run_digest,
        energy_table=energy_table,
    )
    if scheduler is not None:
        probe_scheduler(scheduler, scheduler_timeout_s)  # before anything is written
    with sweep_out_dir(out_dir, setup.inputs) as out:
        sims = _evaluate_all(
            points,
            setup.evaluate,
            out,
            executor,
            workers,
            scheduler,
            scheduler_timeout_s,
            progress,
            say,
        )
        df, tidy = sweep_table(
            points,
            sims,
            list(grid),
            preset=setup.preset,
            config=config,
            energy_table=energy_table,
            crossbars=setup.ref.is_model,
        )
        chosen = measured(df, setup.objectives, repeats, named=objectives is not None, warn=say)
        df["pareto"] = front(df, chosen, repeats)
        write_atomic(out / SWEEP_CSV, csv_bytes(df))
        write_atomic(out / POINTS_CSV, csv_bytes(tidy))
        write_parquet(tidy, out / POINTS_PARQUET, say)
        if plot:
            plot_pareto(df, out / PARETO_PNG, chosen)
    return df


def measured(
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
    """:func:`evaluate_points` on a Dask client made for this sweep (``dask`` executor)."""
    with executor_client(executor, workers, scheduler, scheduler_timeout_s) as client:
        return evaluate_points(
            points, evaluate, out, executor, workers, client, warn, "sweep" if progress else None
        )


@contextmanager
def executor_client(
    executor: str, workers: int | None, scheduler: str | None, scheduler_timeout_s: float
) -> Iterator[Any]:
    """The Dask client (and local cluster, closed on exit) of the ``dask`` executor, else
    None, for the duration of the block."""
    if executor != "dask":
        yield None
        return
    client, cluster = connect_dask(scheduler, workers, scheduler_timeout_s)
    try:
        yield client
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def evaluate_points(
    points: Sequence[SweepPoint],
    evaluate: Evaluate,
    out: Path,
    executor: str,
    workers: int | None,
    client: Any,
    warn: cache.Warn,
    progress: str | None = None,
) -> dict[str, dict[str, Any]]:
    """Result of every distinct simulation of ``points`` by key: from the cache in ``out``,
    or evaluated on ``executor`` (and cached). An invalid result becomes an ``error``
    result. ``client``: the Dask client of the ``dask`` executor; ``progress``: the label of a
    progress bar over the simulations run (None: no bar)."""
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
                jobs[key] = Job(key, p.job_overrides, seed)
    bar = progress_bar(len(jobs), progress) if jobs else None
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
    return sims


def _save(out: Path, key: str, result: dict[str, Any], warn: cache.Warn) -> None:
    try:
        cache.save_entry(out, key, result)
    except OSError as exc:
        warn(f"{cache.entry_path(out, key)}: cannot write cache entry ({exc})")


def csv_bytes(df: pd.DataFrame) -> bytes:
    """A table as CSV bytes (UTF-8, ``\\n`` line ends, no index): byte-identical for equal
    tables."""
    return df.to_csv(index=False, lineterminator="\n").encode("utf-8")


def write_parquet(tidy: pd.DataFrame, path: Path, warn: cache.Warn) -> None:
    """``tidy`` as Parquet at ``path`` when pyarrow is installed (the ``parquet`` extra)."""
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


def progress_bar(total: int, label: str | None, unit: str = "sim") -> Any:
    """A tqdm bar of ``total`` ``unit`` labelled ``label``; None without a label or tqdm."""
    if label is None:
        return None
    try:
        from tqdm import tqdm
    except ImportError:
        return None
    return tqdm(total=total, unit=unit, desc=label)


def warn_as_warning(message: str) -> None:
    """The default ``warn``: a :class:`SweepWarning`."""
    warnings.warn(message, SweepWarning, stacklevel=3)
