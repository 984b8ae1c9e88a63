"""Choices and limits of ``aimcsim tune`` options (no heavy imports: the CLI reads them
while it builds its parser)."""

from __future__ import annotations

SAMPLERS = ("tpe", "ga", "nsga2")
"""Optuna samplers the tuner drives (:mod:`aimcsim.tune.study`)."""

DEFAULT_BATCH = 8
"""Trials asked and evaluated together (a fixed number, so results do not depend on workers)."""

MAX_BATCH = 1024
"""Most trials in one batch (``--batch``)."""

MAX_TRIALS = 100_000
"""Most trials one study may hold (``--trials``)."""
