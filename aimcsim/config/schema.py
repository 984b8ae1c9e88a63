"""Building blocks of configuration dataclasses.

A configuration is a tree of frozen dataclasses. Every field is declared with :func:`param`,
which records its meaning, unit and valid range in the field's metadata. The loader
(:mod:`aimcsim.config.loader`) uses that metadata to check values generically, and
``aimcsim config show`` prints it, so a field's documentation lives in exactly one place.

Every value is checked against limits that hold for every field of its type, whether or not
the field states a range, so a field added later gets them for free: a float must be finite
and within +-:data:`FLOAT_LIMIT`; an integer (never a bool; a float only if integral) within
+-:data:`INT_LIMIT`; a list of numbers at most :data:`LIST_LIMIT` long, each finite. A stated
``min``/``max`` narrows these.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any

_DOC = "aimcsim_doc"

FLOAT_LIMIT = 1e18
"""Largest magnitude of any float config value; fields may state a narrower range. No
physical quantity of a chip in this project's units (MHz, s, uS, V, pJ, multipliers) comes
near it, and products of two such values stay far from float64 overflow."""

INT_LIMIT = 2**31 - 1
"""Largest magnitude of any integer config value without a stated ``max``; products of two
such values fit int64 (numpy's integer), so no size or count computed from config wraps."""

LIST_LIMIT = 64
"""Most numbers a list-valued config field (e.g. ``noise.prog_coeff``) may hold."""

SEED_MAX = 2**63 - 1
"""Largest seed a user may give (command line, native model): seeds are written to
``run.json`` and TOML manifests, whose integers are signed 64-bit."""


@dataclasses.dataclass(frozen=True)
class ParamDoc:
    """What a config field means, its unit and the values it accepts."""

    doc: str
    unit: str = ""
    min: float | None = None
    max: float | None = None
    choices: tuple[Any, ...] | None = None

    def bounds(self, is_int: bool) -> tuple[float, float]:
        """Inclusive ``(low, high)`` a number must lie in: the stated ``min``/``max``, else
        the limit of every field of its type (:data:`INT_LIMIT`, :data:`FLOAT_LIMIT`)."""
        limit = INT_LIMIT if is_int else FLOAT_LIMIT
        low = -limit if self.min is None else self.min
        high = limit if self.max is None else self.max
        return low, high

    def describe_range(self, value: Any = None) -> str:
        """Human-readable range of a field holding ``value`` (its type decides the generic
        limits), e.g. ``[1, 16]``, ``[0, 1e+18]``, ``one of 'a', 'b'``, ``true or false``."""
        if self.choices is not None:
            return "one of " + ", ".join(repr(c) for c in self.choices)
        if isinstance(value, bool):
            return "true or false"
        if isinstance(value, str):
            return "any string"
        low, high = self.bounds(is_int=isinstance(value, int))
        text = f"[{format_bound(low)}, {format_bound(high)}]"
        return f"{text} each, at most {LIST_LIMIT} numbers" if isinstance(value, tuple) else text


def format_bound(value: float) -> str:
    """A range bound as written in messages: integers exactly, floats compactly."""
    return f"{value:g}" if isinstance(value, float) else str(value)


def param(
    default: Any,
    doc: str,
    *,
    unit: str = "",
    min: float | None = None,
    max: float | None = None,
    choices: Sequence[Any] | None = None,
) -> Any:
    """Declare a config field with its default, meaning, unit and valid range.

    ``min``/``max`` are inclusive bounds for numbers; ``choices`` lists the accepted values
    for enumerations. Mutable defaults (tuples are fine) are not allowed.
    """
    meta = {
        _DOC: ParamDoc(
            doc=doc,
            unit=unit,
            min=min,
            max=max,
            choices=tuple(choices) if choices is not None else None,
        )
    }
    return dataclasses.field(default=default, metadata=meta)


def section(factory: type) -> Any:
    """Declare a nested config section (a dataclass whose defaults are its own defaults)."""
    return dataclasses.field(default_factory=factory)


def param_doc(field: dataclasses.Field[Any]) -> ParamDoc | None:
    """The :class:`ParamDoc` of a field declared with :func:`param`, else ``None``."""
    return field.metadata.get(_DOC)
