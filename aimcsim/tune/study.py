"""The search loop: an Optuna study asked for trials in fixed batches, told in order.

* Samplers: ``tpe`` (single objective: the network error, with the budget as constraints,
  set on each trial with ``Trial.set_constraint``), ``ga`` (the same objective and
  constraints, searched by the genetic operators of Optuna's NSGA-II sampler: each
  generation of ``batch`` trials is bred from the best feasible trials so far by uniform
  crossover and a mutation of about one knob per child, as Yu et al. 2025 search their
  per-layer knobs) and ``nsga2`` (three objectives: error, simulated latency and energy,
  with the same constraints). Optuna's own logging is
  silenced; progress goes through ``logging``.
* Determinism: trials are asked ``batch`` at a time, the batch is evaluated (in parallel or
  not: results come back in task order), then told in trial order. Before each batch the
  sampler is made anew with a seed derived from the root seed and the number of trials the
  study holds, so the trials asked depend only on the seed, the batch size and what the study
  holds, never on the number of workers or the executor.
* Resuming: with a storage (``sqlite:///FILE.db``) and a study name, a second run continues
  the study until it holds ``n_trials`` finished trials (a run interrupted between two
  batches then ends exactly where an uninterrupted one does). Trials left running by an
  interrupted run are marked failed. A study records what it tunes (space, chip, target,
  budget, sampler, seed); a run on a study of another problem is refused.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from aimcsim.tune.errors import TuneError
from aimcsim.tune.limits import DEFAULT_BATCH, SAMPLERS
from aimcsim.tune.metrics import Budget, Scores
from aimcsim.tune.space import SearchSpace

log = logging.getLogger(__name__)

PROBLEM_ATTR = "aimcsim_tune_problem"
"""Study user attribute holding what the study tunes (checked when a study is resumed)."""
SCORES_ATTR = "scores"


@dataclass(frozen=True)
class StudySpec:
    """How to search: ``sampler`` (:data:`SAMPLERS`), root ``seed``, ``batch`` size,
    ``storage`` URL (None: in memory) and ``study_name``."""

    sampler: str = "tpe"
    seed: int = 0
    batch: int = DEFAULT_BATCH
    storage: str | None = None
    study_name: str = "aimcsim-tune"

    @property
    def objectives(self) -> tuple[str, ...]:
        """The minimised figures, in Optuna's value order."""
        return ("error", "latency_ns", "energy_pj") if self.sampler == "nsga2" else ("error",)


EvaluateBatch = Callable[[Sequence[Mapping[str, Any]]], list[Scores]]
"""Scores of a batch of trials' parameters, in order."""


def open_study(spec: StudySpec, problem: Mapping[str, Any]) -> Any:
    """The study to search in: a new one recording ``problem``, or an earlier one of the
    same name in the storage, which must record the same ``problem``."""
    import optuna

    optuna.logging.set_verbosity(optuna.logging.WARNING)
    if spec.sampler not in SAMPLERS:
        raise TuneError(f"--sampler {spec.sampler!r}: choose one of {', '.join(SAMPLERS)}")
    try:
        study = optuna.create_study(
            storage=spec.storage,
            study_name=spec.study_name,
            directions=["minimize"] * len(spec.objectives),
            load_if_exists=True,
        )
    except Exception as exc:  # optuna's storage errors have no common base class
        raise TuneError(f"--storage {spec.storage}: cannot open study: {exc}") from None
    recorded = study.user_attrs.get(PROBLEM_ATTR)
    if recorded is None and study.trials:
        raise TuneError(
            f"--study {spec.study_name!r} in {spec.storage} was not made by aimcsim tune: "
            "choose another study name"
        )
    if recorded is None:
        study.set_user_attr(PROBLEM_ATTR, dict(problem))
    elif recorded != dict(problem):
        differing = sorted(k for k in {*recorded, *problem} if recorded.get(k) != problem.get(k))
        raise TuneError(
            f"--study {spec.study_name!r} in {spec.storage} tunes another problem "
            f"({', '.join(differing)} differ): use the same arguments to resume it, or "
            "another study name"
        )
    return study


def search(
    study: Any,
    spec: StudySpec,
    space: SearchSpace,
    budget: Budget,
    evaluate: EvaluateBatch,
    n_trials: int,
    *,
    first_params: Sequence[Mapping[str, Any]] = (),
    penalty: Scores,
    on_batch: Callable[[int, int], None] | None = None,
) -> None:
    """Ask, evaluate and tell trials until ``study`` holds ``n_trials`` finished ones.

    ``first_params``: the points evaluated first, in order, in a new study (the default
    settings and the opening moves of :func:`aimcsim.tune.seeds.opening_trials`);
    ``penalty``: figures told for a candidate that could not be evaluated (it is infeasible
    anyway, by its first constraint); ``on_batch(done, total)`` reports progress.
    """
    from optuna.distributions import CategoricalDistribution
    from optuna.trial import TrialState

    distributions = {k.param: CategoricalDistribution(list(k.choices)) for k in space.knobs}
    for t in study.get_trials(deepcopy=False, states=(TrialState.RUNNING,)):
        log.warning("trial %d was left running by an earlier run: marked failed", t.number)
        study.tell(t.number, state=TrialState.FAIL)
    if not study.trials:
        for params in first_params:
            study.enqueue_trial(dict(params))
    done = _finished(study)
    while done < n_trials:
        size = min(spec.batch, n_trials - done)
        study.sampler = _sampler(spec, _batch_seed(spec.seed, len(study.trials)))
        trials = [study.ask(distributions) for _ in range(size)]
        results = evaluate([t.params for t in trials])
        for trial, scores in zip(trials, results, strict=True):
            told = penalty if scores.failed else scores
            trial.set_user_attr(SCORES_ATTR, scores.as_attrs())
            for name, value in budget.constraints(scores).items():
                trial.set_constraint(name, value)
            study.tell(trial, [getattr(told, name) for name in spec.objectives])
        done += size
        if on_batch is not None:
            on_batch(done, n_trials)


def _finished(study: Any) -> int:
    from optuna.trial import TrialState

    return len(study.get_trials(deepcopy=False, states=(TrialState.COMPLETE,)))


def _batch_seed(root_seed: int, n_trials: int) -> int:
    """The sampler seed of the batch that starts when the study holds ``n_trials`` trials."""
    seq = np.random.SeedSequence(int(root_seed), spawn_key=(int(n_trials),))
    return int(seq.generate_state(1, dtype=np.uint32)[0])


def _sampler(spec: StudySpec, seed: int) -> Any:
    import optuna

    if spec.sampler == "tpe":
        return optuna.samplers.TPESampler(seed=seed)
    # ga and nsga2: one generation per batch (on one objective, NSGA-II's selection is
    # elitist by error, feasible trials first)
    return optuna.samplers.NSGAIISampler(seed=seed, population_size=max(4, spec.batch))


@dataclass(frozen=True)
class Finished:
    """One finished trial: its ``number``, ``params``, ``scores`` and whether it meets the
    budget (``feasible``)."""

    number: int
    params: dict[str, Any]
    scores: Scores
    feasible: bool


def finished_trials(study: Any, budget: Budget) -> list[Finished]:
    """Every finished trial of ``study``, in trial order."""
    from optuna.trial import TrialState

    out = []
    for t in study.get_trials(deepcopy=False, states=(TrialState.COMPLETE,)):
        scores = Scores.from_attrs(t.user_attrs[SCORES_ATTR])
        out.append(Finished(t.number, dict(t.params), scores, budget.admits(scores)))
    return out


def best_of(trials: Sequence[Finished]) -> Finished | None:
    """The feasible trial with the lowest error; ties go to the lower mean relative error,
    then latency, energy and trial number. None when no trial is feasible."""
    feasible = [t for t in trials if t.feasible]
    if not feasible:
        return None
    return min(
        feasible,
        key=lambda t: (
            t.scores.error,
            float(np.mean(t.scores.mean_rel_error)),
            t.scores.latency_ns,
            t.scores.energy_pj,
            t.number,
        ),
    )
