"""Building blocks of configuration dataclasses.

A configuration is a tree of frozen dataclasses. Every field is declared with :func:`param`,
which records its meaning, unit and valid range in the field's metadata. The loader
(:mod:`aimcsim.config.loader`) uses that metadata to check values generically, and
``aimcsim config show`` prints it, so a field's documentation lives in exactly one place.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any

_DOC = "aimcsim_doc"


@dataclasses.dataclass(frozen=True)
class ParamDoc:
    """What a config field means, its unit and the values it accepts."""

    doc: str
    unit: str = ""
    min: float | None = None
    max: float | None = None
    choices: tuple[Any, ...] | None = None

    def describe_range(self) -> str:
        """Human-readable range, e.g. ``[1, 16]`` or ``one of 'a', 'b'``."""
        if self.choices is not None:
            return "one of " + ", ".join(repr(c) for c in self.choices)
        lo = "-inf" if self.min is None else f"{self.min:g}"
        hi = "inf" if self.max is None else f"{self.max:g}"
        return f"[{lo}, {hi}]"


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
