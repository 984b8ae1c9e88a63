"""The search space of ``aimcsim search``: ``--space`` items parsed into Optuna distributions.

An item is ``KEY=LO:HI`` (a float range), ``KEY=LO:HI:int`` (integers), ``KEY=LO:HI:log``
(log-uniform; ``:int:log`` for integers) or ``KEY=A,B,C`` (a choice among TOML literals:
``4``, ``0.5``, ``true``, ``"ramp"``; a bare word is a string). Keys are those of a sweep
grid (:func:`aimcsim.sweep.grid.check_key`): config keys, energy and area keys, and compile
keys for model files.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from aimcsim.sweep.errors import SweepError
from aimcsim.sweep.grid import check_key

if TYPE_CHECKING:
    from optuna.distributions import BaseDistribution

Space = dict[str, "BaseDistribution"]

RANGE_FLAGS = ("int", "log")


def parse_space(items: Sequence[str]) -> Space:
    """``["tile.adc.bits=4:8:int", "chip.clock_mhz=250,500,1000"]`` -> distributions by key,
    in the order given. SweepError naming the item for a bad spec or an unknown key."""
    if not items:
        raise SweepError("empty search space: give at least one --space KEY=LO:HI or KEY=A,B,...")
    space: Space = {}
    for item in items:
        key, sep, spec = item.partition("=")
        key, spec = key.strip(), spec.strip()
        if not sep or not key or not spec:
            raise SweepError(
                f"--space {item!r}: expected KEY=LO:HI[:int][:log] or KEY=A,B,... "
                "(e.g. tile.adc.bits=4:8:int)"
            )
        if key in space:
            raise SweepError(f"--space: key '{key}' given twice")
        check_key(key)
        space[key] = _distribution(item, spec)
    return space


def _distribution(item: str, spec: str) -> BaseDistribution:
    from optuna.distributions import CategoricalDistribution

    if ":" in spec and "," not in spec:
        return _range(item, spec)
    choices = [_literal(item, raw) for raw in spec.split(",")]
    if len(set(map(repr, choices))) != len(choices):
        raise SweepError(f"--space {item!r}: a choice is given twice")
    return CategoricalDistribution(choices)


def _range(item: str, spec: str) -> BaseDistribution:
    from optuna.distributions import FloatDistribution, IntDistribution

    low_raw, high_raw, *flags = (part.strip() for part in spec.split(":"))
    unknown = [f for f in flags if f not in RANGE_FLAGS]
    if unknown or len(set(flags)) != len(flags):
        raise SweepError(
            f"--space {item!r}: unknown or repeated range flag "
            f"{(unknown or flags)[0]!r} (flags: {', '.join(RANGE_FLAGS)})"
        )
    low, high = _number(item, low_raw), _number(item, high_raw)
    if not low < high:
        raise SweepError(f"--space {item!r}: the low end must be below the high end")
    log = "log" in flags
    if log and low <= 0:
        raise SweepError(f"--space {item!r}: a log range needs a low end > 0")
    if "int" in flags:
        if low != int(low) or high != int(high):
            raise SweepError(f"--space {item!r}: an integer range needs integer ends")
        return IntDistribution(int(low), int(high), log=log)
    return FloatDistribution(float(low), float(high), log=log)


def _number(item: str, raw: str) -> float:
    import math

    value = _literal(item, raw)
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise SweepError(f"--space {item!r}: range end {raw!r} is not a finite number")
    return float(value)


def _literal(item: str, raw: str) -> Any:
    from aimcsim.config.loader import parse_value

    raw = raw.strip()
    if not raw:
        raise SweepError(f"--space {item!r}: an empty value")
    value = parse_value(raw)
    if not isinstance(value, bool | int | float | str):
        raise SweepError(f"--space {item!r}: {raw!r} is not a number, boolean or string")
    return value


def corner_values(space: Space) -> list[tuple[str, Any]]:
    """``(key, value)`` pairs that bound the space: both ends of each range and every
    choice (checked against the config before a search starts)."""
    from optuna.distributions import CategoricalDistribution

    pairs: list[tuple[str, Any]] = []
    for key, dist in space.items():
        if isinstance(dist, CategoricalDistribution):
            pairs += [(key, choice) for choice in dist.choices]
        else:
            pairs += [(key, dist.low), (key, dist.high)]  # type: ignore[attr-defined]
    return pairs


def describe_space(space: Space) -> dict[str, str]:
    """A canonical text of each dimension (what a resumed study must match)."""
    from optuna.distributions import distribution_to_json

    return {key: distribution_to_json(dist) for key, dist in space.items()}
