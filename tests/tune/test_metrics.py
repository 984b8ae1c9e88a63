"""Scores of an evaluate() result, the budget's constraints, and the default budget."""

from __future__ import annotations

import math

import pytest

from aimcsim.tune.errors import TuneError
from aimcsim.tune.metrics import Budget, Scores, budget_from, scores_of


def _result(top1, rel, latency=100.0, energy=10.0):
    return {
        "latency_ns": latency,
        "energy_per_inference_pj": energy,
        "accuracy": [
            {"t_inference_s": t, "top1_mean": a, "mean_rel_error_mean": r}
            for t, a, r in zip((0.0, 86400.0), top1, rel, strict=True)
        ],
    }


def test_error_is_top1_error_averaged_over_times() -> None:
    s = scores_of(_result((0.9, 0.8), (0.1, 0.3)), (0.0, 86400.0))
    assert s.error == pytest.approx(0.15)
    assert s.top1 == (0.9, 0.8) and s.mean_rel_error == (0.1, 0.3)


def test_without_labels_error_is_mean_layer_error() -> None:
    s = scores_of(_result((None, None), (0.1, 0.3)), (0.0, 86400.0))
    assert s.error == pytest.approx(0.2)


def test_a_failed_result_is_infeasible_whatever_the_budget() -> None:
    s = scores_of({"error": "copies do not fit"}, (0.0,))
    assert s.failed and math.isnan(s.latency_ns)
    budget = Budget(max_latency_ns=1e9)
    assert budget.constraints(s) == {"failed": 1.0, "latency": 1.0}
    assert not budget.admits(s)


def test_constraints_are_relative_excess() -> None:
    s = scores_of(_result((0.9, 0.9), (0.1, 0.1), latency=110.0, energy=5.0), (0.0, 1.0))
    budget = Budget(max_latency_ns=100.0, max_energy_pj=10.0)
    c = budget.constraints(s)
    assert c["failed"] == 0.0
    assert c["latency"] == pytest.approx(0.1) and c["energy"] == pytest.approx(-0.5)
    assert not budget.admits(s)
    assert Budget(max_latency_ns=110.0).admits(s)


def test_default_budget_is_the_default_latency() -> None:
    base = scores_of(_result((0.9, 0.9), (0.1, 0.1), latency=250.0, energy=7.0), (0.0, 1.0))
    assert budget_from(base) == Budget(250.0, None)
    assert budget_from(base, latency_budget=0.5, energy_budget=2.0) == Budget(125.0, 14.0)
    assert budget_from(base, max_energy_pj=3.0) == Budget(None, 3.0)


def test_a_default_that_fails_is_an_error() -> None:
    with pytest.raises(TuneError, match="default settings cannot be evaluated: boom"):
        budget_from(scores_of({"error": "boom"}, (0.0,)))


def test_scores_round_trip_through_trial_attributes() -> None:
    s = scores_of(_result((0.9, None), (0.1, 0.2)), (0.0, 86400.0))
    assert Scores.from_attrs(s.as_attrs()) == s
