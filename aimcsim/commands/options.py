"""Types of the numeric command-line options: each checks its value when the command line is
parsed, so a nonsense number (negative count, NaN duration, huge seed) ends in argparse's
one-line usage error naming the option and exit code 2, before any work starts.

Limits: counts and cycle budgets are integers in ``[1, 2^31 - 1]``
(:data:`~aimcsim.config.schema.INT_LIMIT`; ``--max-cycles`` up to the timing model's own
ceiling 2^62), seeds in ``[0, 2^63 - 1]`` (:data:`~aimcsim.config.schema.SEED_MAX`), inference
times finite, >= 0 s and at most :data:`MAX_TIME_S` (1000 years).
"""

from __future__ import annotations

import argparse
import math
from collections.abc import Callable

from aimcsim.config.schema import INT_LIMIT, SEED_MAX
from aimcsim.errors import ConfigError
from aimcsim.units import SECONDS_PER_UNIT, parse_times

MAX_TIME_S = 1000 * SECONDS_PER_UNIT["y"]
"""Longest inference time accepted (1000 years): far past any device's retention, and it
keeps drift factors ``(t / t0)^-nu`` well inside float64."""

MAX_CYCLES_LIMIT = 1 << 62
"""Largest ``--max-cycles``: the timing model's own 'no limit' ceiling."""


def int_range(low: int, high: int, what: str) -> Callable[[str], int]:
    """An argparse ``type``: a decimal integer in ``[low, high]``; ``what`` says what it counts."""

    def parse(text: str) -> int:
        try:
            value = int(text.strip(), 10)
        except ValueError:
            raise argparse.ArgumentTypeError(
                f"expected an integer ({what}), got {text!r}"
            ) from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"{what} must be in [{low}, {high}], got {value}")
        return value

    parse.__name__ = what  # argparse names the type in some messages
    return parse


count = int_range(1, INT_LIMIT, "a count")
"""A positive count: samples, repeats, workers, slots, random points."""

seed = int_range(0, SEED_MAX, "a seed")
"""A root seed."""

max_cycles = int_range(1, MAX_CYCLES_LIMIT, "a cycle budget")
"""A bound on simulated cycles."""


def inference_times(text: str) -> list[float]:
    """An argparse ``type``: comma-separated times since programming (``0,1h,1d``) in seconds,
    each finite and in ``[0, MAX_TIME_S]``."""
    try:
        times = parse_times(text)
    except ConfigError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    for t_s in times:
        if not math.isfinite(t_s) or not 0.0 <= t_s <= MAX_TIME_S:
            raise argparse.ArgumentTypeError(
                f"inference times must be finite and in [0 s, 1000 y], got {t_s:g} s in {text!r}"
            )
    return times


MAX_TIMEOUT_S = 24 * 3600.0
"""Longest network deadline accepted (one day)."""


def timeout_s(text: str) -> float:
    """An argparse ``type``: a deadline in seconds, finite and in ``(0, MAX_TIMEOUT_S]``."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number of seconds, got {text!r}") from None
    if not (math.isfinite(value) and 0.0 < value <= MAX_TIMEOUT_S):
        raise argparse.ArgumentTypeError(
            f"a deadline must be in (0, {MAX_TIMEOUT_S:g}] s, got {text!r}"
        )
    return value


MAX_BOUND = 1e18
"""Largest budget or bound accepted by :func:`positive_number` (the config's float limit)."""


def positive_number(text: str) -> float:
    """An argparse ``type``: a finite number in ``(0, MAX_BOUND]`` (a budget or a bound)."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number, got {text!r}") from None
    if not (math.isfinite(value) and 0.0 < value <= MAX_BOUND):
        raise argparse.ArgumentTypeError(f"must be a number in (0, {MAX_BOUND:g}], got {text!r}")
    return value
