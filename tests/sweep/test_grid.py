"""The grid: mixed-radix indexing of the cartesian product, lazy random draws, size limits."""

from __future__ import annotations

import itertools
import tracemalloc
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aimcsim.sweep import MAX_POINTS, SweepError, make_points, sample_indices
from aimcsim.sweep.grid import grid_size, grid_values, selected_indices


@given(st.lists(st.integers(1, 4), min_size=1, max_size=4))
@settings(max_examples=40, deadline=None)
def test_grid_values_follow_itertools_product(sizes: list[int]) -> None:
    grid: dict[str, list[Any]] = {f"k{i}": list(range(n)) for i, n in enumerate(sizes)}
    expected = list(itertools.product(*grid.values()))
    assert grid_size(grid) == len(expected)
    for index, combo in enumerate(expected):
        assert tuple(v for _, v in grid_values(grid, index)) == combo


@given(st.integers(1, 10**30), st.integers(1, 60), st.integers(0, 2**32))
@settings(max_examples=60, deadline=None)
def test_sample_indices_are_distinct_in_range_and_reproducible(
    total: int, n: int, seed: int
) -> None:
    n = min(n, total)
    drawn = sample_indices(total, n, seed)
    assert len(set(drawn)) == n == len(drawn)
    assert drawn == sorted(drawn) and drawn[0] >= 0 and drawn[-1] < total
    assert sample_indices(total, n, seed) == drawn


def test_small_population_draws_are_uniform() -> None:
    """Every 2-subset of 4 items appears, in roughly equal shares, over many seeds."""
    counts: dict[tuple[int, ...], int] = {}
    for seed in range(1200):
        key = tuple(sample_indices(4, 2, seed))
        counts[key] = counts.get(key, 0) + 1
    assert len(counts) == 6 and min(counts.values()) > 140


def test_random_draw_from_a_huge_grid_runs_in_bounded_memory() -> None:
    """15 keys x 10 values = 10^15 points: --random 3 resolves 3 configs, in little memory."""
    tenths = [i / 100 for i in range(10)]
    grid: dict[str, list[Any]] = {
        "tile.adc.bits": list(range(3, 13)),
        "tile.adc.count": list(range(1, 11)),
        "tile.adc.conversion_cycles": list(range(1, 11)),
        "noc.router_delay_cycles": list(range(1, 11)),
        "io.out_noise": tenths,
    }
    grid.update({f"energy.leakage.{k}": tenths for k in _kinds(10)})
    assert grid_size(grid) == 10**15
    tracemalloc.start()
    points = make_points(grid, preset="tiny", random_n=3, seed=5)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert len(points) == 3 and peak < 50e6
    again = make_points(grid, preset="tiny", random_n=3, seed=5)
    assert [p.values for p in again] == [p.values for p in points]


def _kinds(n: int) -> list[str]:
    from aimcsim.energy.actions import COMPONENT_KINDS

    kinds = list(COMPONENT_KINDS)[:n]
    assert len(kinds) == n
    return kinds


def test_a_grid_beyond_the_limit_needs_random() -> None:
    grid: dict[str, list[Any]] = {"a": list(range(1000)), "b": list(range(1000))}
    with pytest.raises(SweepError, match=f"more than the {MAX_POINTS}.*--random N"):
        selected_indices(grid, None, 0)
    assert len(selected_indices(grid, 7, 0)) == 7
    with pytest.raises(SweepError, match=f"--random 0: must be between 1 and {MAX_POINTS}"):
        selected_indices(grid, 0, 0)
    with pytest.raises(SweepError, match="--random"):
        selected_indices(grid, MAX_POINTS + 1, 0)
    assert selected_indices({"a": [1, 2]}, 5, 0) == [0, 1]  # more than the grid: all of it
