"""``aimcsim tune``: per-layer crossbar settings searched with Optuna under a simulated
latency / energy budget (issue 14). See :mod:`aimcsim.tune.run` for the flow,
:mod:`aimcsim.tune.space` for what is searched, :mod:`aimcsim.tune.metrics` for what is
minimised and :mod:`aimcsim.tune.study` for the search loop and what is deterministic."""

from aimcsim.tune.errors import TuneError
from aimcsim.tune.run import Budgets, TuneRequest, TuneResult, run_tune
from aimcsim.tune.scoring import Scoring
from aimcsim.tune.study import StudySpec

__all__ = ["Budgets", "Scoring", "StudySpec", "TuneError", "TuneRequest", "TuneResult", "run_tune"]
