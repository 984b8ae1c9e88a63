"""What a candidate scores: network error, simulated latency and energy, and the budgets.

From one :func:`aimcsim.evaluate` result at the ``full`` tier (values and timing):

* ``error``: the network error the tuner minimises, averaged over the inference times: top-1
  error (1 - top-1, a fraction) where the samples have labels, else the mean analog-layer
  relative error;
* ``latency_ns``: the simulator's inference latency (the pipelined span of the program's
  samples: ADC sharing, the network, the DPUs included, never a bare cycle count);
* ``energy_pj``: the simulator's inference energy per inference (leakage included).

A budget bounds latency and/or energy; Optuna sees it as constraints (``<= 0`` is feasible):
``value / limit - 1`` per bounded metric, plus a first constraint that is 1 for a candidate
that could not be evaluated (the compiler refused it) and 0 otherwise.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from aimcsim.tune.errors import TuneError


@dataclass(frozen=True)
class Scores:
    """The figures of one evaluated candidate (see the module docstring). ``top1`` and
    ``mean_rel_error`` per inference time (top-1 None without labels); ``failure`` is the
    reason a candidate could not be evaluated (then every figure is NaN)."""

    error: float
    latency_ns: float
    energy_pj: float
    t_inference_s: tuple[float, ...]
    top1: tuple[float | None, ...]
    mean_rel_error: tuple[float, ...]
    failure: str = ""

    @property
    def failed(self) -> bool:
        """True when the candidate could not be evaluated."""
        return bool(self.failure)

    def as_attrs(self) -> dict[str, Any]:
        """Plain data for an Optuna trial's user attributes."""
        return {
            "error": self.error,
            "latency_ns": self.latency_ns,
            "energy_pj": self.energy_pj,
            "t_inference_s": list(self.t_inference_s),
            "top1": list(self.top1),
            "mean_rel_error": list(self.mean_rel_error),
            "failure": self.failure,
        }

    @classmethod
    def from_attrs(cls, attrs: Mapping[str, Any]) -> Scores:
        """The inverse of :meth:`as_attrs`."""
        return cls(
            error=float(attrs["error"]),
            latency_ns=float(attrs["latency_ns"]),
            energy_pj=float(attrs["energy_pj"]),
            t_inference_s=tuple(attrs["t_inference_s"]),
            top1=tuple(attrs["top1"]),
            mean_rel_error=tuple(attrs["mean_rel_error"]),
            failure=str(attrs.get("failure", "")),
        )


def scores_of(result: Mapping[str, Any], times: Sequence[float]) -> Scores:
    """The scores of one :func:`aimcsim.evaluate` result (a failed one: an ``error`` key)."""
    nan = math.nan
    if result.get("error"):
        n = len(times)
        return Scores(nan, nan, nan, tuple(times), (None,) * n, (nan,) * n, str(result["error"]))
    accuracy = result["accuracy"]
    top1 = tuple(a["top1_mean"] for a in accuracy)
    rel = tuple(float(a["mean_rel_error_mean"]) for a in accuracy)
    labelled = all(v is not None for v in top1)
    per_time = [1.0 - float(v) for v in top1] if labelled else list(rel)
    return Scores(
        error=sum(per_time) / len(per_time),
        latency_ns=float(result["latency_ns"]),
        energy_pj=float(result["energy_per_inference_pj"]),
        t_inference_s=tuple(float(a["t_inference_s"]) for a in accuracy),
        top1=top1,
        mean_rel_error=rel,
    )


@dataclass(frozen=True)
class Budget:
    """Upper bounds on a candidate's simulated figures (None: unbounded)."""

    max_latency_ns: float | None = None
    max_energy_pj: float | None = None

    def constraints(self, s: Scores) -> dict[str, float]:
        """Optuna constraint values of ``s`` by name (``<= 0``: feasible; see the module
        docstring)."""
        out = {"failed": 1.0 if s.failed else 0.0}
        for name, value, limit in (
            ("latency", s.latency_ns, self.max_latency_ns),
            ("energy", s.energy_pj, self.max_energy_pj),
        ):
            if limit is not None:
                out[name] = 1.0 if s.failed else value / limit - 1.0
        return out

    def admits(self, s: Scores) -> bool:
        """True when ``s`` was evaluated and meets every bound."""
        return all(c <= 0.0 for c in self.constraints(s).values())


def budget_from(
    baseline: Scores,
    *,
    max_latency_ns: float | None = None,
    latency_budget: float | None = None,
    max_energy_pj: float | None = None,
    energy_budget: float | None = None,
) -> Budget:
    """The budget of a tuning run: absolute bounds, or bounds relative to the ``baseline``
    (the default settings) figures; with no bound at all, the baseline's latency (equal or
    lower simulated latency)."""
    if baseline.failed:
        raise TuneError(f"the default settings cannot be evaluated: {baseline.failure}")
    latency = max_latency_ns
    if latency_budget is not None:
        latency = latency_budget * baseline.latency_ns
    energy = max_energy_pj
    if energy_budget is not None:
        energy = energy_budget * baseline.energy_pj
    if latency is None and energy is None:
        latency = baseline.latency_ns
    return Budget(latency, energy)
