"""The points of a sweep: their swept values, resolved configs, seeds and simulation keys.

Common random numbers: the noise of a point depends on the root seed only (the functional
model derives one stream per crossbar and purpose from it), never on the point's config, so
two points that differ only in parameters that do not change values (a clock frequency, an
energy entry) have identical accuracy, and the seed recorded in a row reproduces it with
``aimcsim run --seed``. Repeat r of a point (``--repeats``) uses :func:`aimcsim.seeds.repeat_seed`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from aimcsim.seeds import MAX_REPEATS, repeat_seeds
from aimcsim.sweep.compile_keys import check_compile_value, is_compile_key
from aimcsim.sweep.costing import point_table
from aimcsim.sweep.errors import SweepError
from aimcsim.sweep.grid import Grid, check_grid, grid_values, is_table_key, selected_indices


@dataclass(frozen=True)
class SweepPoint:
    """One point of a sweep.

    ``index``: its number in the sweep (the ``point`` column); ``values``: the swept
    ``(key, value)`` pairs; ``arch_overrides``: every architecture override (base ones, then
    swept ones); ``energy_overrides``: swept energy and area keys; ``compile_overrides``:
    swept compile keys as ``key=value`` (model files); ``seeds``: the root seed of each
    repeat; ``sim_keys``: the cache key of each repeat's simulation.
    """

    index: int
    values: tuple[tuple[str, Any], ...]
    arch_overrides: tuple[str, ...]
    energy_overrides: tuple[tuple[str, Any], ...]
    seeds: tuple[int, ...]
    sim_keys: tuple[str, ...]
    compile_overrides: tuple[str, ...] = ()

    @property
    def job_overrides(self) -> tuple[str, ...]:
        """What the evaluator receives: the architecture, then the compile overrides."""
        return (*self.arch_overrides, *self.compile_overrides)


def check_repeats(repeats: int) -> None:
    """SweepError unless 1 <= ``repeats`` <= :data:`MAX_REPEATS`."""
    if not 1 <= repeats <= MAX_REPEATS:
        raise SweepError(f"--repeats {repeats}: must be between 1 and {MAX_REPEATS}")


def make_points(
    grid: Grid,
    *,
    preset: str | None = None,
    config: str | None = None,
    base_overrides: Sequence[str] = (),
    random_n: int | None = None,
    seed: int = 0,
    repeats: int = 1,
    run_digest: str = "",
    energy_table: str | None = None,
) -> list[SweepPoint]:
    """Every point of the sweep, validated (SweepError before any work starts).

    Full factorial in grid order, or ``random_n`` distinct points drawn from it with the
    root ``seed`` (in grid order). Every point's config is resolved now, so a bad value fails
    here. ``run_digest`` (:func:`aimcsim.sweep.cache.run_digest`) enters the cache keys.
    """
    check_grid(grid)
    check_repeats(repeats)
    return [
        make_point(
            index,
            grid_values(grid, grid_index),
            preset=preset,
            config=config,
            base_overrides=base_overrides,
            seed=seed,
            repeats=repeats,
            run_digest=run_digest,
            energy_table=energy_table,
        )
        for index, grid_index in enumerate(selected_indices(grid, random_n, seed))
    ]


def make_point(
    index: int,
    values: tuple[tuple[str, Any], ...],
    *,
    preset: str | None,
    config: str | None,
    base_overrides: Sequence[str],
    seed: int,
    repeats: int,
    run_digest: str,
    energy_table: str | None,
    where: str | None = None,
) -> SweepPoint:
    """The point numbered ``index`` with the key values ``values`` (checked keys), its
    config resolved and its energy table built now (SweepError naming the point, or
    prefixed with ``where``)."""
    from aimcsim.config.loader import arch_to_dict, load_arch
    from aimcsim.errors import ConfigError
    from aimcsim.sweep.cache import simulation_key

    where = where or f"sweep point {index} ({describe(values)})"
    compile_values = [(k, v) for k, v in values if is_compile_key(k)]
    for key, value in compile_values:
        check_compile_value(key, value, where)
    arch_ov = tuple(
        f"{k}={_literal(v)}" for k, v in values if not is_table_key(k) and not is_compile_key(k)
    )
    energy_ov = tuple((k, v) for k, v in values if is_table_key(k))
    compile_ov = tuple(f"{k}={_literal(v)}" for k, v in compile_values)
    full_ov = (*base_overrides, *arch_ov)
    try:
        arch = load_arch(preset=preset, path=config, overrides=list(full_ov))
    except ConfigError as exc:
        raise SweepError(f"{where}: {exc}") from None
    point_table(arch, energy_ov, energy_table, where=where)
    resolved: dict[str, Any] = arch_to_dict(arch)
    if compile_ov:
        resolved = {**resolved, "compile": dict(compile_values)}
    seeds = tuple(repeat_seeds(seed, repeats))
    keys = tuple(simulation_key(run_digest, resolved, s) for s in seeds)
    return SweepPoint(index, values, full_ov, energy_ov, seeds, keys, compile_ov)


def describe(values: Iterable[tuple[str, Any]]) -> str:
    """``key=value, ...`` of a point, for messages."""
    return ", ".join(f"{k}={v!r}" for k, v in values)


def _literal(value: Any) -> str:
    """A value as a TOML literal for a ``--set`` override."""
    if isinstance(value, str):
        return json.dumps(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)
