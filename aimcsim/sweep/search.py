"""``run_search``: multi-objective search over architecture (and compile) keys with Optuna.

Each trial is a point of the search space (:mod:`aimcsim.sweep.space`) that an Optuna sampler
proposes (NSGA-II by default for several objectives, TPE for one, or random); it is evaluated
exactly like a sweep point (:mod:`aimcsim.sweep.setup`: the same evaluator, cache, executors
and tables) and its objective values are told back to the study. A point that cannot be
evaluated, or whose objective is missing, is a failed trial with the reason in ``error``.

Determinism: trials are asked in batches of a fixed size (``batch``, independent of the
number of workers), the batch is evaluated in parallel and the results are told in trial
order; the sampler of trial n is seeded from (``seed``, n), so a search gives the same
trials and tables whatever the executor and the number of workers.

Resumable: the study lives in an SQLite storage (``OUT/study.db``, or ``storage``/``study``).
Every finished trial keeps its table rows in the storage; a rerun with the same storage and
study continues to ``trials`` finished trials without redoing any, re-evaluating only the
trials of an interrupted batch (their parameters are in the storage already), so an
interrupted search ends with the tables an uninterrupted one writes. A storage holding a study
of another search (other workload, space, objectives, chip, seed ...) is refused.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from aimcsim.sweep import cache
from aimcsim.sweep.errors import SweepError
from aimcsim.sweep.evaluate import Evaluate
from aimcsim.sweep.figures import plot_pareto
from aimcsim.sweep.output import write_atomic
from aimcsim.sweep.pareto import Objective, front, objective_column
from aimcsim.sweep.points import SweepPoint, check_repeats, describe, make_point
from aimcsim.sweep.run import (
    POINTS_CSV,
    POINTS_PARQUET,
    csv_bytes,
    evaluate_points,
    executor_client,
    progress_bar,
    warn_as_warning,
    write_parquet,
)
from aimcsim.sweep.scheduler import DEFAULT_TIMEOUT_S, probe_scheduler
from aimcsim.sweep.setup import Setup, prepare
from aimcsim.sweep.space import Space, corner_values, describe_space, parse_space
from aimcsim.sweep.table import sweep_table, table_columns, typed

if TYPE_CHECKING:
    import optuna

    from aimcsim.compiler import CompileOptions

log = logging.getLogger(__name__)

SAMPLERS = ("nsga2", "tpe", "random")
"""Optuna samplers of a search: NSGA-II (default with several objectives), TPE (default with
one) and uniform random sampling."""

DEFAULT_TRIALS = 40
DEFAULT_BATCH = 8
"""Trials asked at once and evaluated in parallel (and NSGA-II's population size)."""

DEFAULT_STUDY = "aimcsim-search"
MAX_TRIALS = 100_000

SEARCH_CSV = "search.csv"
PARETO_CSV = "pareto.csv"
PARETO_PNG = "pareto.png"
SUMMARY_JSON = "summary.json"
STUDY_DB = "study.db"

SEARCH_OWNED = (
    SEARCH_CSV,
    PARETO_CSV,
    POINTS_CSV,
    POINTS_PARQUET,
    PARETO_PNG,
    SUMMARY_JSON,
    STUDY_DB,
    f"{STUDY_DB}-journal",
    f"{STUDY_DB}-wal",
    f"{STUDY_DB}-shm",
    "cache/*.json",
)
"""What a search writes into its ``-o`` directory (recorded in the output marker)."""

SEARCH_TEMPORARY = ("cache/.tmp-*", ".*.tmp-*")

SIGNATURE_ATTR = "aimcsim.search"
"""Study attribute recording what the search is (compared when a study is resumed)."""

SQLITE_PREFIX = "sqlite:///"
SQLITE_MAGIC = b"SQLite format 3\x00"


@dataclass(frozen=True)
class SearchOptions:
    """How a search proposes and evaluates trials (see :func:`run_search`)."""

    trials: int = DEFAULT_TRIALS
    sampler: str | None = None
    batch: int = DEFAULT_BATCH
    seed: int = 0
    repeats: int = 1
    storage: str | None = None
    study: str = DEFAULT_STUDY


def run_search(
    workload: str,
    space: Space | Sequence[str],
    out_dir: str | Path,
    search: SearchOptions = SearchOptions(),
    *,
    preset: str | None = None,
    config: str | None = None,
    base_overrides: Sequence[str] = (),
    objectives: str | Sequence[str] | None = None,
    executor: str = "serial",
    workers: int | None = None,
    scheduler: str | None = None,
    scheduler_timeout_s: float = DEFAULT_TIMEOUT_S,
    evaluate: Evaluate | None = None,
    evaluator_id: str | None = None,
    energy_table: str | None = None,
    functional: bool = True,
    n_samples: int | None = None,
    t_inference_s: float = 0.0,
    compile_options: CompileOptions | None = None,
    samples: str | None = None,
    progress: bool = False,
    plot: bool = True,
    warn: cache.Warn | None = None,
) -> pd.DataFrame:
    """Search ``space`` for the Pareto set of ``workload`` over ``objectives`` and write into
    ``out_dir``: ``search.csv`` (one row per finished trial: ``trial``, the space's keys,
    ``seed``, the metric columns of ``sweep.csv`` with ``pareto``), ``pareto.csv`` (its rows
    on the front), the tidy ``points.csv`` (+ ``points.parquet`` with pyarrow; one row per
    simulation), ``pareto.png`` and ``summary.json``; returns the ``search.csv`` table.

    The chip, workload and evaluation options are those of
    :func:`~aimcsim.sweep.run.run_sweep`; ``search`` says how trials are proposed. Every
    input problem raises SweepError before any simulation.
    """
    say = warn or warn_as_warning
    sampler = _check_search(search)
    if not isinstance(space, dict):
        space = parse_space(list(space))
    setup = prepare(
        workload,
        list(space),
        preset=preset,
        config=config,
        base_overrides=base_overrides,
        seed=search.seed,
        objectives=objectives,
        executor=executor,
        workers=workers,
        scheduler=scheduler,
        scheduler_timeout_s=scheduler_timeout_s,
        evaluate=evaluate,
        evaluator_id=evaluator_id,
        n_mvm=None,
        functional=functional,
        n_samples=n_samples,
        t_inference_s=t_inference_s,
        compile_options=compile_options,
        samples=samples,
    )
    sampler = sampler or ("nsga2" if len(setup.objectives) > 1 else "tpe")
    trial_points = _TrialPoints(setup, config, search, energy_table)
    for key, value in corner_values(space):  # a bad end or choice fails before any work
        trial_points.point(-1, ((key, value),), where=f"--space '{key}': value {value!r}")
    storage_path = _check_storage(search.storage, setup.inputs)
    if scheduler is not None:
        probe_scheduler(scheduler, scheduler_timeout_s)
    signature = {
        "run": setup.run_digest,
        "space": describe_space(space),
        "objectives": [o.name for o in setup.objectives],
        "sampler": sampler,
        "chip": {"preset": setup.preset, "config": config, "overrides": setup.base_overrides},
        "energy_table": energy_table,
        "seed": search.seed,
        "repeats": search.repeats,
        "batch": search.batch,
    }
    from aimcsim.output_path import SEARCH_DIR, claimed_dir

    inputs = [*setup.inputs, *([storage_path] if storage_path else [])]
    with claimed_dir(out_dir, SEARCH_DIR, SEARCH_OWNED, SEARCH_TEMPORARY, inputs) as out:
        url = search.storage or f"{SQLITE_PREFIX}{out / STUDY_DB}"
        study = _open_study(url, search.study, setup.objectives, signature)
        with executor_client(executor, workers, scheduler, scheduler_timeout_s) as client:
            runner = _BatchRunner(
                study, space, trial_points, setup, sampler, search, out, say, progress
            )
            runner.run(executor, workers, client)
        df, tidy = _tables(study, list(space), search.repeats, setup)
        df["pareto"] = front(df, setup.objectives, search.repeats)
        write_atomic(out / SEARCH_CSV, csv_bytes(df))
        write_atomic(out / PARETO_CSV, csv_bytes(df[df["pareto"]]))
        write_atomic(out / POINTS_CSV, csv_bytes(tidy))
        write_parquet(tidy, out / POINTS_PARQUET, say)
        summary = _summary(df, space, setup, signature, search, workload)
        write_atomic(out / SUMMARY_JSON, (json.dumps(summary, indent=2) + "\n").encode())
        if plot:
            plot_pareto(df, out / PARETO_PNG, setup.objectives, label="trial")
    return df


def _check_search(search: SearchOptions) -> str | None:
    """The sampler named (None: by the number of objectives); SweepError for a bad option."""
    if not 1 <= search.trials <= MAX_TRIALS:
        raise SweepError(f"--trials {search.trials}: must be between 1 and {MAX_TRIALS}")
    if not 1 <= search.batch <= MAX_TRIALS:
        raise SweepError(f"--batch {search.batch}: must be between 1 and {MAX_TRIALS}")
    if search.seed < 0:
        raise SweepError(f"--seed {search.seed}: must be >= 0")
    check_repeats(search.repeats)
    if not search.study.strip():
        raise SweepError("--study: give a non-empty study name")
    if search.sampler is not None and search.sampler not in SAMPLERS:
        from aimcsim.sweep.grid import hint

        raise SweepError(
            f"--sampler '{search.sampler}': unknown{hint(search.sampler, SAMPLERS)} "
            f"(samplers: {', '.join(SAMPLERS)})"
        )
    return search.sampler


def _check_storage(storage: str | None, inputs: Sequence[str]) -> str | None:
    """The database file of a ``sqlite:///PATH`` storage (None for the default one in the
    output directory). SweepError for another URL, a missing parent directory, an input of
    the run, or an existing file that is not an SQLite database (never overwritten)."""
    if storage is None:
        return None
    if not storage.startswith(SQLITE_PREFIX) or len(storage) == len(SQLITE_PREFIX):
        raise SweepError(f"--storage {storage!r}: expected sqlite:///PATH (an SQLite file)")
    path = Path(storage[len(SQLITE_PREFIX) :])
    if not path.parent.is_dir():
        raise SweepError(f"--storage {storage!r}: directory {path.parent} does not exist")
    if any(path.resolve() == Path(p).resolve() for p in inputs):
        raise SweepError(f"--storage {storage!r}: {path} is an input of this search")
    if path.exists():
        try:
            with open(path, "rb") as fh:
                head = fh.read(len(SQLITE_MAGIC))
        except OSError as exc:
            raise SweepError(f"--storage {storage!r}: cannot read {path} ({exc})") from None
        if path.is_dir() or (head and head != SQLITE_MAGIC):
            raise SweepError(f"--storage {storage!r}: {path} exists and is not an SQLite file")
    return str(path)


def _open_study(
    url: str, name: str, objectives: Sequence[Objective], signature: dict[str, Any]
) -> optuna.Study:
    """The study ``name`` in the storage at ``url``: created with the signature of this
    search, or loaded when the same search made it (SweepError otherwise)."""
    import optuna

    optuna.logging.set_verbosity(optuna.logging.WARNING)
    directions = [
        optuna.study.StudyDirection.MAXIMIZE if o.maximise else optuna.study.StudyDirection.MINIMIZE
        for o in objectives
    ]
    recorded = json.loads(json.dumps(signature))
    try:
        storage = optuna.storages.RDBStorage(url)
        _fewer_syncs(storage)
        study = optuna.create_study(
            storage=storage, study_name=name, directions=directions, load_if_exists=True
        )
    except Exception as exc:  # SQLAlchemy / Optuna errors: a bad or locked database
        raise SweepError(f"--storage {url!r}: cannot open the study '{name}' ({exc})") from None
    found = study.user_attrs.get(SIGNATURE_ATTR)
    if found is None:
        if study.trials:
            raise SweepError(f"--study '{name}' in {url} was not made by aimcsim search")
        study.set_user_attr(SIGNATURE_ATTR, recorded)
        return study
    for key, value in recorded.items():
        if found.get(key) != value:
            raise SweepError(
                f"--study '{name}' in {url} belongs to another search: its {key} was "
                f"{found.get(key)!r}, this search's is {value!r} (name another --study)"
            )
    return study


def _fewer_syncs(storage: Any) -> None:
    """SQLite in write-ahead-log mode with ``synchronous=NORMAL``: each ask, tell and
    attribute is a transaction, and a disk sync at each costs tens of ms on a busy disk. The
    database stays consistent if the process is killed at any moment (a power cut may lose
    the last trials, which a rerun redoes). SQLite keeps ``FILE-wal`` and ``FILE-shm``
    beside the database while it is open."""
    from sqlalchemy import event

    def on_connect(connection: Any, _record: Any) -> None:
        cursor = connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    event.listen(storage.engine, "connect", on_connect)
    storage.engine.dispose()  # connections made before the listener are closed


class _TrialPoints:
    """Sweep points of trials: the point of a trial's parameters, its config resolved."""

    def __init__(
        self, setup: Setup, config: str | None, search: SearchOptions, table: str | None
    ) -> None:
        self.setup, self.config, self.search, self.table = setup, config, search, table

    def point(
        self, number: int, values: tuple[tuple[str, Any], ...], where: str | None = None
    ) -> SweepPoint:
        """The point of trial ``number`` (SweepError prefixed with ``where``, by default
        the trial and its values)."""
        return make_point(
            number,
            values,
            preset=self.setup.preset,
            config=self.config,
            base_overrides=self.setup.base_overrides,
            seed=self.search.seed,
            repeats=self.search.repeats,
            run_digest=self.setup.run_digest,
            energy_table=self.table,
            where=where or f"trial {number} ({describe(values)})",
        )


class _BatchRunner:
    """Asks, evaluates and tells the trials of a study, one batch at a time."""

    def __init__(
        self,
        study: optuna.Study,
        space: Space,
        points: _TrialPoints,
        setup: Setup,
        sampler: str,
        search: SearchOptions,
        out: Path,
        warn: cache.Warn,
        progress: bool,
    ) -> None:
        self.study, self.space, self.points, self.setup = study, space, points, setup
        self.sampler, self.search, self.out, self.warn = sampler, search, out, warn
        self.progress = progress

    def run(self, executor: str, workers: int | None, client: Any) -> None:
        """Trials until ``search.trials`` are finished (an interrupted batch first)."""
        import optuna

        finished = len(self._trials(optuna.trial.TrialState.COMPLETE, optuna.trial.TrialState.FAIL))
        bar = progress_bar(self.search.trials, "search" if self.progress else None, "trial")
        if bar is not None:
            bar.update(min(finished, self.search.trials))
        try:
            while True:
                batch = self._next_batch(finished)
                if not batch:
                    break
                failed = self._evaluate(batch, executor, workers, client)
                finished += len(batch)
                log.info(
                    "trials %d-%d evaluated (%d failed); %d of %d finished",
                    batch[0].number,
                    batch[-1].number,
                    failed,
                    finished,
                    self.search.trials,
                )
                if bar is not None:
                    bar.update(len(batch))
        finally:
            if bar is not None:
                bar.close()

    def _trials(self, *states: Any) -> list[Any]:
        return sorted(self.study.get_trials(deepcopy=False, states=states), key=lambda t: t.number)

    def _next_batch(self, finished: int) -> list[optuna.Trial]:
        """The running trials of an interrupted batch, then new trials up to a batch (or to
        the number of trials wanted)."""
        import optuna

        running = [
            optuna.trial.Trial(self.study, t._trial_id)
            for t in self._trials(optuna.trial.TrialState.RUNNING)
        ]
        want = min(self.search.batch, self.search.trials - finished)
        batch = list(running)
        while len(batch) < want:
            self.study.sampler = self._sampler(len(self.study.trials))
            batch.append(self.study.ask(dict(self.space)))
        return batch

    def _sampler(self, number: int) -> optuna.samplers.BaseSampler:
        """The sampler that proposes trial ``number``, seeded from (seed, number)."""
        import optuna

        seq = np.random.SeedSequence(self.search.seed, spawn_key=(number,))
        seed = int(seq.generate_state(1, dtype=np.uint32)[0])
        if self.sampler == "nsga2":
            population = max(self.search.batch, 2)
            return optuna.samplers.NSGAIISampler(population_size=population, seed=seed)
        if self.sampler == "tpe":
            return optuna.samplers.TPESampler(seed=seed)
        return optuna.samplers.RandomSampler(seed=seed)

    def _evaluate(
        self, batch: Sequence[optuna.Trial], executor: str, workers: int | None, client: Any
    ) -> int:
        """Evaluate a batch, record each trial's rows and tell the study in trial order;
        the number of failed trials."""
        import optuna

        keys = list(self.space)
        points: list[SweepPoint] = []
        config_errors: dict[int, tuple[tuple[tuple[str, Any], ...], str]] = {}
        for trial in batch:
            values = tuple((k, trial.params[k]) for k in keys)
            try:
                points.append(self.points.point(trial.number, values))
            except SweepError as exc:  # a combination the config refuses: a failed trial
                config_errors[trial.number] = (values, str(exc))
        sims = evaluate_points(
            points, self.setup.evaluate, self.out, executor, workers, client, self.warn
        )
        df, tidy = sweep_table(
            points,
            sims,
            keys,
            preset=self.setup.preset,
            config=self.points.config,
            energy_table=self.points.table,
            crossbars=self.setup.ref.is_model,
        )
        rows = {int(r["point"]): r for r in df.to_dict("records")}
        tidy_rows: dict[int, list[dict[str, Any]]] = {}
        for r in tidy.to_dict("records"):
            tidy_rows.setdefault(int(r["point"]), []).append(r)
        failed = 0
        for trial in batch:
            if trial.number in config_errors:
                values, message = config_errors[trial.number]
                row = {"point": trial.number, **dict(values), "seed": self.search.seed}
                row["error"] = message
                trial_tidy = [{**row, "repeat": 0}]
            else:
                row, trial_tidy = rows[trial.number], tidy_rows[trial.number]
            trial.set_user_attr("row", _plain(row))
            trial.set_user_attr("tidy", [_plain(r) for r in trial_tidy])
            objective_values = self._objective_values(row)
            if objective_values is None:
                failed += 1
                self.study.tell(trial, state=optuna.trial.TrialState.FAIL)
            else:
                self.study.tell(trial, objective_values)
        return failed

    def _objective_values(self, row: dict[str, Any]) -> list[float] | None:
        """The objectives of a row, or None when it failed or one is missing."""
        if row.get("error"):
            return None
        values = []
        for objective in self.setup.objectives:
            value = row.get(objective_column(objective, self.search.repeats))
            number = float("nan") if value is None or pd.isna(value) else float(value)
            if not np.isfinite(number):
                return None
            values.append(number)
        return values


def _plain(row: dict[str, Any]) -> dict[str, Any]:
    """A table row as JSON-able plain values (missing values as None)."""
    out: dict[str, Any] = {}
    for key, value in row.items():
        if not isinstance(value, str) and pd.isna(value):
            out[key] = None
        else:
            out[key] = cache.jsonable(value)
    return out


def _tables(
    study: optuna.Study, keys: list[str], repeats: int, setup: Setup
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(``search.csv`` without ``pareto``, tidy table) of every finished trial, rebuilt from
    the rows kept in the storage, in trial order."""
    import optuna

    states = (optuna.trial.TrialState.COMPLETE, optuna.trial.TrialState.FAIL)
    trials = sorted(study.get_trials(deepcopy=False, states=states), key=lambda t: t.number)
    kept = [t for t in trials if "row" in t.user_attrs]
    columns, tidy_columns = table_columns(keys, repeats, setup.ref.is_model)
    rows = pd.DataFrame([t.user_attrs["row"] for t in kept], columns=columns)
    tidy = pd.DataFrame([r for t in kept for r in t.user_attrs["tidy"]], columns=tidy_columns)
    trial_names = {"point": "trial"}
    return (
        typed(rows, columns).rename(columns=trial_names),
        typed(tidy, tidy_columns).rename(columns=trial_names),
    )


def _summary(
    df: pd.DataFrame,
    space: Space,
    setup: Setup,
    signature: dict[str, Any],
    search: SearchOptions,
    workload: str,
) -> dict[str, Any]:
    """``summary.json``: what was searched, how, and the Pareto set with its objectives."""
    columns = {o.name: objective_column(o, search.repeats) for o in setup.objectives}
    pareto = [
        {
            "trial": int(r["trial"]),
            "params": {k: r[k] for k in space},
            "objectives": {name: r[col] for name, col in columns.items()},
        }
        for r in df[df["pareto"]].to_dict("records")
    ]
    failed = df[df["error"] != ""]
    return cache.jsonable(
        {
            "workload": workload,
            "chip": signature["chip"],
            "space": {k: json.loads(v) for k, v in signature["space"].items()},
            "objectives": {
                o.name: {"column": columns[o.name], "sense": "max" if o.maximise else "min"}
                for o in setup.objectives
            },
            "sampler": signature["sampler"],
            "seed": search.seed,
            "batch": search.batch,
            "repeats": search.repeats,
            "study": search.study,
            "storage": search.storage or STUDY_DB,
            "trials": len(df),
            "failed": len(failed),
            "failures": {str(int(r.trial)): r.error for r in failed.itertuples()},
            "pareto": pareto,
        }
    )
