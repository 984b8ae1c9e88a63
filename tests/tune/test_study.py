"""The search loop on a synthetic problem (no simulator): determinism, batches, budget,
resuming, failed candidates and the choice of the best trial."""

from __future__ import annotations

from pathlib import Path

import pytest

from aimcsim.tune.errors import TuneError
from aimcsim.tune.metrics import Budget, Scores
from aimcsim.tune.space import Knob, SearchSpace
from aimcsim.tune.study import StudySpec, best_of, finished_trials, open_study, search

SPACE = SearchSpace(
    (
        Knob("a", "input_bits", (2, 3, 4, 5, 6, 7, 8)),
        Knob("a", "copies", (1, 2, 3)),
        Knob("b", "input_bits", (2, 4, 6, 8)),
    )
)
PENALTY = Scores(2.0, 1e6, 1e6, (0.0,), (None,), (1.0,))


def _scores(params) -> Scores:
    """More bits: lower error, more latency; copies: less latency; a.copies=3 'does not fit'."""
    if params["a.copies"] == 3:
        return Scores(
            float("nan"),
            float("nan"),
            float("nan"),
            (0.0,),
            (None,),
            (float("nan"),),
            failure="copies do not fit",
        )
    bits = params["a.input_bits"] + params["b.input_bits"]
    error = 1.0 / bits
    latency = 10.0 * bits / params["a.copies"]
    return Scores(error, latency, 2.0 * bits, (0.0,), (None,), (error,))


def _evaluate(batch):
    return [_scores(p) for p in batch]


def _run(spec: StudySpec, n_trials: int, budget: Budget, first=()):
    study = open_study(spec, {"problem": "synthetic"})
    search(study, spec, SPACE, budget, _evaluate, n_trials, first_params=first, penalty=PENALTY)
    return study, finished_trials(study, budget)


def _params(trials):
    return [(t.number, t.params) for t in trials]


@pytest.mark.parametrize("sampler", ["tpe", "ga", "nsga2"])
def test_same_seed_same_trials(sampler: str) -> None:
    budget = Budget(max_latency_ns=80.0)
    _, a = _run(StudySpec(sampler, seed=3, batch=4), 12, budget)
    _, b = _run(StudySpec(sampler, seed=3, batch=4), 12, budget)
    _, c = _run(StudySpec(sampler, seed=4, batch=4), 12, budget)
    assert len(a) == 12 and _params(a) == _params(b)
    assert _params(a) != _params(c)


def test_ga_and_tpe_minimise_the_error_alone_nsga2_all_three() -> None:
    assert StudySpec("tpe").objectives == StudySpec("ga").objectives == ("error",)
    assert StudySpec("nsga2").objectives == ("error", "latency_ns", "energy_pj")


def test_first_params_are_the_first_trials_in_order() -> None:
    first = [
        {"a.input_bits": 8, "a.copies": 1, "b.input_bits": 8},
        {"a.input_bits": 2, "a.copies": 1, "b.input_bits": 2},
        {"a.input_bits": 4, "a.copies": 2, "b.input_bits": 4},
    ]
    _, trials = _run(StudySpec(batch=2), 4, Budget(max_latency_ns=1e9), first)
    assert [t.params for t in trials[:3]] == first


def test_budget_and_failures_decide_feasibility_and_the_best() -> None:
    budget = Budget(max_latency_ns=60.0)
    _, trials = _run(StudySpec(seed=0, batch=8), 32, budget)
    for t in trials:
        assert t.feasible == (not t.scores.failed and t.scores.latency_ns <= 60.0)
    best = best_of(trials)
    assert best is not None and best.feasible
    assert all(best.scores.error <= t.scores.error for t in trials if t.feasible)
    assert any(t.scores.failed for t in trials) or all(t.params["a.copies"] != 3 for t in trials)


def test_best_breaks_error_ties_by_latency() -> None:
    from aimcsim.tune.study import Finished

    def f(number, latency):
        return Finished(number, {}, Scores(0.1, latency, 1.0, (0.0,), (0.9,), (0.2,)), True)

    assert best_of([f(0, 300.0), f(1, 200.0), f(2, 250.0)]).number == 1
    assert best_of([Finished(0, {}, PENALTY, False)]) is None


def test_resume_continues_to_the_same_trials(tmp_path: Path) -> None:
    storage = f"sqlite:///{tmp_path / 'study.db'}"
    budget = Budget(max_latency_ns=80.0)
    whole = StudySpec(seed=1, batch=2, storage=f"sqlite:///{tmp_path / 'whole.db'}")
    _, straight = _run(whole, 4, budget)
    spec = StudySpec(seed=1, batch=2, storage=storage)
    _, part = _run(spec, 2, budget)
    assert len(part) == 2
    _, resumed = _run(spec, 4, budget)
    assert len(resumed) == 4
    assert _params(resumed) == _params(straight)
    _, again = _run(spec, 4, budget)  # nothing left to do
    assert _params(again) == _params(straight)


def test_a_study_of_another_problem_is_refused(tmp_path: Path) -> None:
    spec = StudySpec(storage=f"sqlite:///{tmp_path / 's.db'}", study_name="mine")
    open_study(spec, {"problem": "one"})
    with pytest.raises(
        TuneError, match="--study 'mine' .* tunes another problem \\(problem differ"
    ):
        open_study(spec, {"problem": "two"})
