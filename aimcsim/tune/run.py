"""``aimcsim tune``, end to end: resolve the problem, derive the space, score the default
settings, search, re-score the best table against the default one, write the outputs.

Outputs (one directory, written atomically at the end through :mod:`aimcsim.output_path`):
``layer_settings.toml`` (the best table; ``compile --layer-settings`` and ``run`` take it),
``trials.csv`` (+ ``trials.parquet`` with pyarrow), ``before_after.csv``, ``pareto.png``
and ``tune.json`` (what was tuned, how, and the figures before and after).
"""

from __future__ import annotations

import io
import json
import logging
import math
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

import pandas as pd

from aimcsim.compiler.layer_settings import LayerSettingsTable, dumps_layer_settings
from aimcsim.evaluation import evaluation_pool
from aimcsim.output_path import TUNE_DIR, FileKind, check_output_dir, check_output_file, staged_dir
from aimcsim.tune.candidates import default_params, table_of
from aimcsim.tune.errors import TuneError
from aimcsim.tune.metrics import Budget, Scores, budget_from, scores_of
from aimcsim.tune.problem import Problem, resolve_problem
from aimcsim.tune.scoring import Scoring, score_tables
from aimcsim.tune.seeds import opening_trials
from aimcsim.tune.space import SearchSpace, build_space, layer_infos
from aimcsim.tune.space_file import load_space_file
from aimcsim.tune.study import Finished, StudySpec, best_of, finished_trials, open_study, search
from aimcsim.tune.tables import before_after_table, pareto_front, trials_table

log = logging.getLogger(__name__)

SETTINGS_TOML = "layer_settings.toml"
TRIALS_CSV = "trials.csv"
TRIALS_PARQUET = "trials.parquet"
BEFORE_AFTER_CSV = "before_after.csv"
PARETO_PNG = "pareto.png"
TUNE_JSON = "tune.json"

SQLITE_STORAGE = FileKind("Optuna study storage (SQLite)", b"SQLite format 3\x00")
"""An Optuna SQLite storage file, recognised by the SQLite header."""


@dataclass(frozen=True)
class Budgets:
    """Bounds as given: absolute (``max_*``) or relative to the default settings
    (``*_budget``, a factor); none at all means the default settings' latency."""

    max_latency_ns: float | None = None
    latency_budget: float | None = None
    max_energy_pj: float | None = None
    energy_budget: float | None = None


@dataclass(frozen=True)
class TuneRequest:
    """Everything ``aimcsim tune`` was asked (see the command's help)."""

    target: str
    out: str
    preset: str
    overrides: tuple[str, ...] = ()
    samples: str | None = None
    n_trials: int = 32
    study: StudySpec = field(default_factory=StudySpec)
    scoring: Scoring = field(default_factory=Scoring)
    budgets: Budgets = field(default_factory=Budgets)
    layers: tuple[str, ...] = ()
    space_file: str | None = None
    plot: bool = True


@dataclass(frozen=True)
class TuneResult:
    """What a tuning run found: the ``best`` trial (None: no trial met the budget) and its
    ``table``, every trial's row (``trials``), the ``before_after`` comparison and the
    ``summary`` written to tune.json."""

    best: Finished | None
    table: LayerSettingsTable | None
    trials: pd.DataFrame
    before_after: pd.DataFrame | None
    summary: dict[str, Any]


def run_tune(req: TuneRequest) -> TuneResult:
    """Run the tuning of ``req`` and write its outputs (see the module docstring)."""
    inputs = _inputs(req)
    check_output_dir(req.out, TUNE_DIR, inputs)
    storage_file = _storage_file(req.study.storage)
    if storage_file is not None:
        check_output_file(storage_file, SQLITE_STORAGE, inputs)
    problem = resolve_problem(req.target, req.preset, req.overrides, req.samples)
    arch = problem.arch()
    default_workload = problem.compile(problem.base, arch)
    infos = layer_infos(default_workload.layers)
    chosen = load_space_file(req.space_file) if req.space_file else None
    space = build_space(
        arch,
        infos,
        only_layers=req.layers,
        chosen=chosen,
        chip_crossbars=arch.chip.mesh_rows * arch.chip.mesh_cols * arch.tile.crossbar.per_tile,
        where=req.space_file or "--space",
    )
    log.info("search space: %d knobs over %d layers", len(space.knobs), len(space.layers))
    times = req.scoring.times_s
    target = problem.task_target(default_workload)

    sc = req.scoring
    with evaluation_pool(sc.executor, sc.workers, sc.scheduler) as run:

        def score(tables: Sequence[LayerSettingsTable], scoring: Scoring) -> list[dict[str, Any]]:
            return score_tables(target, problem.preset, problem.overrides, tables, scoring, run)

        baseline = scores_of(score([problem.base], req.scoring)[0], times)
        b = req.budgets
        budget = budget_from(
            baseline,
            max_latency_ns=b.max_latency_ns,
            latency_budget=b.latency_budget,
            max_energy_pj=b.max_energy_pj,
            energy_budget=b.energy_budget,
        )
        study = open_study(req.study, _problem_record(req, problem, space, budget))

        def evaluate(batch: Sequence[Mapping[str, Any]]) -> list[Scores]:
            tables = [table_of(params, space, arch, problem.base) for params in batch]
            return [scores_of(r, times) for r in score(tables, req.scoring)]

        def progress(done: int, total: int) -> None:
            best_now = best_of(finished_trials(study, budget))
            text = "none within budget" if best_now is None else f"{best_now.scores.error:.4f}"
            log.info("trials %d/%d, best error so far %s", done, total, text)

        search(
            study,
            req.study,
            space,
            budget,
            evaluate,
            req.n_trials,
            first_params=opening_trials(
                space, default_params(space, arch, {i.name: i for i in infos}, problem.base)
            ),
            penalty=_penalty(baseline),
            on_batch=progress,
        )
        trials = finished_trials(study, budget)
        best = best_of(trials)
        front = pareto_front(trials)
        table = None if best is None else table_of(best.params, space, arch, problem.base)
        before_after = None
        final: list[dict[str, Any]] = []
        if table is not None:
            final = score([problem.base, table], replace(req.scoring, n_samples=None))
            before_after = before_after_table(final[0], final[1])
    trials_df = trials_table(trials, space, front, best, req.scoring.seed)
    summary = _summary(req, problem, space, budget, baseline, best, table, final, len(trials))
    _write(req, inputs, table, trials_df, before_after, summary, trials, front, baseline, best)
    return TuneResult(best, table, trials_df, before_after, summary)


def _inputs(req: TuneRequest) -> list[str]:
    """The files the run reads (never written, nor any directory holding one)."""
    return [p for p in (req.target, req.samples, req.space_file) if p]


def _storage_file(storage: str | None) -> str | None:
    """The SQLite file of a ``sqlite:///FILE`` storage URL (None: in memory); other URLs
    are refused (aimcsim writes only where the user points, and checks that path)."""
    if storage is None:
        return None
    prefix = "sqlite:///"
    if not storage.startswith(prefix) or len(storage) == len(prefix):
        raise TuneError(f"--storage {storage!r}: expected sqlite:///FILE.db")
    return storage[len(prefix) :]


def _penalty(baseline: Scores) -> Scores:
    """Figures told for a candidate that could not be evaluated: worse than the default
    settings' in every objective (it is infeasible anyway)."""
    return Scores(
        error=1.0 + baseline.error,
        latency_ns=2.0 * baseline.latency_ns,
        energy_pj=2.0 * baseline.energy_pj,
        t_inference_s=baseline.t_inference_s,
        top1=baseline.top1,
        mean_rel_error=baseline.mean_rel_error,
    )


def _problem_record(
    req: TuneRequest, problem: Problem, space: SearchSpace, budget: Budget
) -> dict[str, Any]:
    """What a study tunes, as JSON-able data (a resumed study must record the same)."""
    return {
        "model": problem.model,
        "samples": problem.samples_file,
        "preset": problem.preset,
        "overrides": list(problem.overrides),
        "options": repr(problem.options),
        "base_settings": dumps_layer_settings(problem.base),
        "t_inference_s": list(req.scoring.times_s),
        "seed": req.scoring.seed,
        "repeats": req.scoring.repeats,
        "n_samples": req.scoring.n_samples,
        "sampler": req.study.sampler,
        "batch": req.study.batch,
        "space": space.describe(),
        "budget": asdict(budget),
    }


def _summary(
    req: TuneRequest,
    problem: Problem,
    space: SearchSpace,
    budget: Budget,
    baseline: Scores,
    best: Finished | None,
    table: LayerSettingsTable | None,
    final: list[dict[str, Any]],
    n_trials: int,
) -> dict[str, Any]:
    """tune.json: the problem, the search, the budget, and the figures before and after
    (``before`` / ``after``: on every sample; ``best.scores``: on the calibration ones)."""

    def figures(result: dict[str, Any]) -> dict[str, Any]:
        return {
            "latency_ns": result["latency_ns"],
            "energy_per_inference_pj": result["energy_per_inference_pj"],
            "accuracy": result["accuracy"],
        }

    return {
        "target": req.target,
        **_problem_record(req, problem, space, budget),
        "error_metric": "top1 error" if baseline.top1[0] is not None else "mean_rel_error",
        "storage": req.study.storage,
        "study": req.study.study_name,
        "trials": n_trials,
        "default_scores": baseline.as_attrs(),
        "best_trial": None if best is None else best.number,
        "best_scores": None if best is None else best.scores.as_attrs(),
        "best_settings": None if table is None else _settings_dict(table),
        "before": figures(final[0]) if final else None,
        "after": figures(final[1]) if final else None,
    }


def _settings_dict(table: LayerSettingsTable) -> dict[str, dict[str, Any]]:
    return {name: s.set_keys() for name, s in table.layers.items()}


def _write(
    req: TuneRequest,
    inputs: list[str],
    table: LayerSettingsTable | None,
    trials_df: pd.DataFrame,
    before_after: pd.DataFrame | None,
    summary: dict[str, Any],
    trials: list[Finished],
    front: Any,
    baseline: Scores,
    best: Finished | None,
) -> None:
    with staged_dir(req.out, TUNE_DIR, inputs) as out:
        if table is not None:
            (out / SETTINGS_TOML).write_text(dumps_layer_settings(table), encoding="utf-8")
        _write_csv(trials_df, out / TRIALS_CSV)
        _write_parquet(trials_df, out / TRIALS_PARQUET)
        if before_after is not None:
            _write_csv(before_after, out / BEFORE_AFTER_CSV)
        text = json.dumps(_json_safe(summary), indent=2, sort_keys=True, allow_nan=False)
        (out / TUNE_JSON).write_text(text + "\n", encoding="utf-8")
        if req.plot:
            from aimcsim.tune.figures import plot_tuning

            label = "top-1 error" if summary["error_metric"] == "top1 error" else "mean rel. error"
            plot_tuning(
                trials,
                front,
                (baseline.error, baseline.latency_ns, baseline.energy_pj),
                best,
                label,
                out / PARETO_PNG,
            )


def _write_csv(df: pd.DataFrame, path: Path) -> None:
    path.write_text(df.to_csv(index=False, lineterminator="\n"), encoding="utf-8", newline="")


def _write_parquet(df: pd.DataFrame, path: Path) -> None:
    """``trials.parquet`` when pyarrow is installed (the ``parquet`` extra)."""
    try:
        import pyarrow  # noqa: F401
    except ImportError:
        return
    buffer = io.BytesIO()
    df.to_parquet(buffer, index=False)
    path.write_bytes(buffer.getvalue())


def _json_safe(value: Any) -> Any:
    """``value`` with NaN floats as None (strict JSON)."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {str(k): _json_safe(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_json_safe(v) for v in value]
    return value
