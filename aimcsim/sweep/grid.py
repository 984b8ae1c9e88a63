"""The grid of a sweep: parsing ``--grid KEY=V1,V2,...``, checking keys, and indexing the
cartesian product lazily.

A grid of k keys with n_1..n_k values has N = n_1 x ... x n_k points. Point number i (0 <= i
< N, last key fastest, as :func:`itertools.product`) is decoded from i in mixed radix
(:func:`grid_values`), so neither a full sweep nor a ``--random`` draw ever materialises the
product: a random draw of n points from a grid of 10^15 costs O(n) memory
(:func:`sample_indices`).
"""

from __future__ import annotations

import difflib
import math
from collections.abc import Iterable, Sequence
from typing import Any

import numpy as np

from aimcsim.sweep.errors import SweepError

ENERGY_PREFIX = "energy."
AREA_PREFIX = "area."

MAX_POINTS = 100_000
"""Most points one sweep evaluates: a full grid larger than this is refused before any
work (sample it with ``--random N``), and so is ``--random N`` above it."""

Grid = dict[str, list[Any]]


def parse_grid(items: Sequence[str]) -> Grid:
    """``["tile.adc.bits=4,6,8", ...]`` -> ``{"tile.adc.bits": [4, 6, 8], ...}``.

    Values are TOML literals (``6``, ``0.5``, ``true``, ``"x"``); a bare word is a string.
    """
    from aimcsim.config.loader import parse_value

    if not items:
        raise SweepError("empty grid: give at least one --grid KEY=V1,V2,...")
    grid: Grid = {}
    for item in items:
        key, sep, raw = item.partition("=")
        key = key.strip()
        if not sep or not key:
            raise SweepError(f"--grid {item!r}: expected KEY=V1,V2,... e.g. tile.adc.bits=4,6,8")
        values = [parse_value(v.strip()) for v in raw.split(",") if v.strip()]
        if not values:
            raise SweepError(f"--grid {item!r}: no values for '{key}'")
        if key in grid:
            raise SweepError(f"--grid: key '{key}' given twice")
        grid[key] = values
    return grid


def check_grid(grid: Grid) -> None:
    """SweepError for an empty grid, a key without values or an unknown key."""
    if not grid:
        raise SweepError("empty grid: give at least one --grid KEY=V1,V2,...")
    for key, values in grid.items():
        check_key(key)
        if not values:
            raise SweepError(f"--grid: no values for '{key}'")


def grid_size(grid: Grid) -> int:
    """Number of points of the full grid (an exact integer, however large)."""
    return math.prod(len(v) for v in grid.values())


def grid_values(grid: Grid, index: int) -> tuple[tuple[str, Any], ...]:
    """``(key, value)`` pairs of grid point ``index`` (mixed radix, last key fastest)."""
    pairs = []
    for key in reversed(list(grid)):
        index, digit = divmod(index, len(grid[key]))
        pairs.append((key, grid[key][digit]))
    return tuple(reversed(pairs))


def selected_indices(grid: Grid, random_n: int | None, seed: int) -> list[int]:
    """Grid indices a sweep evaluates, ascending: all of them, or ``random_n`` distinct ones
    drawn with ``seed``. SweepError when there would be more than :data:`MAX_POINTS`."""
    total = grid_size(grid)
    if random_n is None:
        if total > MAX_POINTS:
            raise SweepError(
                f"the grid has {total} points, more than the {MAX_POINTS} a sweep evaluates: "
                "give fewer values or sample it with --random N"
            )
        return list(range(total))
    if not 1 <= random_n <= MAX_POINTS:
        raise SweepError(f"--random {random_n}: must be between 1 and {MAX_POINTS}")
    if random_n >= total:
        return list(range(total))
    return sample_indices(total, random_n, seed)


def sample_indices(total: int, n: int, seed: int) -> list[int]:
    """``n`` distinct integers of ``[0, total)``, uniformly without replacement, ascending.

    Floyd's algorithm: n draws and a set of n integers, whatever ``total`` (Python integers,
    so grids beyond 2^64 points work too). Deterministic for a given ``seed``.
    """
    rng = np.random.default_rng(seed)
    chosen: set[int] = set()
    for upper in range(total - n, total):
        pick = _uniform_below(rng, upper + 1)
        chosen.add(upper if pick in chosen else pick)
    return sorted(chosen)


def _uniform_below(rng: np.random.Generator, bound: int) -> int:
    """A uniform integer of ``[0, bound)`` for any positive Python int ``bound``."""
    if bound <= 2**62:
        return int(rng.integers(0, bound))
    n_words = (bound.bit_length() + 31) // 32
    excess = n_words * 32 - bound.bit_length()
    while True:  # rejection: accepted with probability > 1/2
        value = 0
        for word in rng.integers(0, 2**32, size=n_words, dtype=np.uint64):
            value = (value << 32) | int(word)
        value >>= excess
        if value < bound:
            return value


def check_key(key: str) -> None:
    """SweepError, with a "did you mean", for a key that is neither a config key, an
    energy-table or area key nor a compile key (:mod:`aimcsim.sweep.compile_keys`)."""
    from aimcsim.config.loader import known_keys
    from aimcsim.sweep.compile_keys import COMPILE_KEYS, COMPILE_PREFIX, is_compile_key

    if is_compile_key(key):
        if key not in COMPILE_KEYS:
            field = key[len(COMPILE_PREFIX) :]
            names = [k[len(COMPILE_PREFIX) :] for k in COMPILE_KEYS]
            raise SweepError(
                f"unknown sweep key '{key}'{hint(field, names, COMPILE_PREFIX)} "
                f"(compile keys: {', '.join(COMPILE_KEYS)})"
            )
        return
    if key.startswith(AREA_PREFIX):
        from aimcsim.energy.area import AREA_KINDS

        kind = key[len(AREA_PREFIX) :]
        if kind not in AREA_KINDS:
            raise SweepError(f"unknown sweep key '{key}'{hint(kind, AREA_KINDS, AREA_PREFIX)}")
        return
    if key.startswith(ENERGY_PREFIX):
        from aimcsim.energy.actions import COMPONENT_KINDS, all_actions

        rest = key[len(ENERGY_PREFIX) :]
        if rest == "table":
            return
        if rest.startswith("leakage."):
            kind = rest[len("leakage.") :]
            if kind not in COMPONENT_KINDS:
                raise SweepError(f"unknown sweep key '{key}'{hint(kind, COMPONENT_KINDS)}")
            return
        if rest not in all_actions():
            choices = ["table", *all_actions(), *(f"leakage.{k}" for k in COMPONENT_KINDS)]
            raise SweepError(f"unknown sweep key '{key}'{hint(rest, choices, ENERGY_PREFIX)}")
        return
    keys = known_keys()
    if key not in keys:
        last = key.split(".")[-1]
        same_leaf = [k for k in keys if k.endswith("." + last)]
        match = difflib.get_close_matches(
            key, same_leaf, n=1, cutoff=0.5
        ) or difflib.get_close_matches(key, keys, n=1, cutoff=0.6)
        did = f"; did you mean '{match[0]}'?" if match else ""
        raise SweepError(f"unknown sweep key '{key}'{did} (see 'aimcsim config keys')")


def hint(word: str, choices: Iterable[str], prefix: str = "") -> str:
    """``"; did you mean 'PREFIX+match'?"`` for the closest of ``choices``, or ``""``."""
    match = difflib.get_close_matches(word, list(choices), n=1)
    return f"; did you mean '{prefix}{match[0]}'?" if match else ""


def is_table_key(key: str) -> bool:
    """True for keys that change the energy table (energy and area), not the chip config."""
    return key.startswith(ENERGY_PREFIX) or key.startswith(AREA_PREFIX)
