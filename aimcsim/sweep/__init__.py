"""Architecture sweeps: grid or random points over dotted config keys, on one machine or Dask.

A sweep evaluates one workload at every point of a grid (``--grid tile.adc.bits=4,6,8``) or
at ``random_n`` points drawn from it. Keys are architecture keys (``aimcsim config keys``) or
energy-table keys:

* ``energy.table=NAME``         cost with another energy table (name or TOML path);
* ``energy.<action>=PJ``        fixed energy of one action, e.g. ``energy.adc.convert=1.5``;
* ``energy.leakage.<kind>=MW``  leakage of one component kind;
* ``area.<kind>=UM2``           area of one instance of a component kind (um^2), e.g.
  ``area.adc=500``; it changes the ``area_mm2`` column only.

Points that differ only in energy or area keys share one simulation: it is run once and
re-costed from its saved counters (design decision 4). Every point's noise comes from the
root seed alone (common random numbers, :mod:`aimcsim.sweep.points`), so ``sweep.csv`` is
byte-identical whatever the executor and the number of workers, and ``aimcsim run --seed``
with a row's seed and config reproduces it. Finished simulations are cached under a key of
the evaluated content, config, seed and evaluator (:mod:`aimcsim.sweep.cache`), so an
interrupted sweep resumes where it stopped.

WORKLOAD may also be a model file (``.onnx`` or native ``.toml``, :class:`ModelSource`): it
is then compiled afresh for each point's chip, so keys that change the mapping (crossbar
size, tiles, buffer, mesh) can be swept. A point whose evaluation fails with a simulator
error becomes a row with empty metrics and the message in the ``error`` column.

Modules: :mod:`~aimcsim.sweep.grid` (keys, lazy grid indexing), :mod:`~aimcsim.sweep.points`
(configs, seeds, keys), :mod:`~aimcsim.sweep.evaluate` (one point),
:mod:`~aimcsim.sweep.executors` and :mod:`~aimcsim.sweep.scheduler` (where points run),
:mod:`~aimcsim.sweep.cache`, :mod:`~aimcsim.sweep.costing`, :mod:`~aimcsim.sweep.table`,
:mod:`~aimcsim.sweep.pareto`, :mod:`~aimcsim.sweep.figures`, :mod:`~aimcsim.sweep.output`
and :mod:`~aimcsim.sweep.run` (:func:`run_sweep`); :mod:`~aimcsim.sweep.search`
(:func:`run_search`, ``aimcsim search``) proposes points with Optuna instead of a grid.

Heavy modules load on first use (PEP 562), so the CLI can read the light constants cheaply.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from aimcsim.seeds import MAX_REPEATS, repeat_seed
    from aimcsim.sweep.errors import SweepError, SweepWarning
    from aimcsim.sweep.evaluate import (
        MODEL_SUFFIXES,
        N_MVM_RANGE,
        STREAMING_WORKLOAD,
        Evaluate,
        ModelSource,
        default_evaluator,
        resolve_workload,
        simulate_evaluate,
        timing_evaluate,
    )
    from aimcsim.sweep.executors import EXECUTORS
    from aimcsim.sweep.grid import MAX_POINTS, parse_grid, sample_indices
    from aimcsim.sweep.pareto import OBJECTIVES, pareto_mask, parse_objectives
    from aimcsim.sweep.points import SweepPoint, make_points
    from aimcsim.sweep.run import run_sweep
    from aimcsim.sweep.search import SAMPLERS, SearchOptions, run_search
    from aimcsim.sweep.table import METRIC_COLUMNS, REPEAT_COLUMNS

_LAZY = {
    "SweepError": "errors",
    "SweepWarning": "errors",
    "MODEL_SUFFIXES": "evaluate",
    "N_MVM_RANGE": "evaluate",
    "STREAMING_WORKLOAD": "evaluate",
    "Evaluate": "evaluate",
    "ModelSource": "evaluate",
    "default_evaluator": "evaluate",
    "resolve_workload": "evaluate",
    "simulate_evaluate": "evaluate",
    "timing_evaluate": "evaluate",
    "EXECUTORS": "executors",
    "MAX_POINTS": "grid",
    "parse_grid": "grid",
    "sample_indices": "grid",
    "OBJECTIVES": "pareto",
    "pareto_mask": "pareto",
    "parse_objectives": "pareto",
    "MAX_REPEATS": "seeds",
    "SweepPoint": "points",
    "make_points": "points",
    "repeat_seed": "seeds",
    "run_sweep": "run",
    "SAMPLERS": "search",
    "SearchOptions": "search",
    "run_search": "search",
    "METRIC_COLUMNS": "table",
    "REPEAT_COLUMNS": "table",
}

__all__ = [
    "EXECUTORS",
    "MAX_POINTS",
    "MAX_REPEATS",
    "METRIC_COLUMNS",
    "MODEL_SUFFIXES",
    "N_MVM_RANGE",
    "OBJECTIVES",
    "REPEAT_COLUMNS",
    "SAMPLERS",
    "STREAMING_WORKLOAD",
    "Evaluate",
    "ModelSource",
    "SearchOptions",
    "SweepError",
    "SweepPoint",
    "SweepWarning",
    "default_evaluator",
    "make_points",
    "pareto_mask",
    "parse_grid",
    "parse_objectives",
    "repeat_seed",
    "resolve_workload",
    "run_search",
    "run_sweep",
    "sample_indices",
    "simulate_evaluate",
    "timing_evaluate",
]


def __getattr__(name: str) -> Any:
    """Import the module that defines ``name`` on first access."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'aimcsim.sweep' has no attribute {name!r}")
    package = "aimcsim" if module == "seeds" else "aimcsim.sweep"
    return getattr(importlib.import_module(f"{package}.{module}"), name)
