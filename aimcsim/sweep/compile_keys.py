"""Compile keys: compiler options a sweep or a search varies per point of a model file.

``compile.n_slots`` (sample slots of the program's loop, an integer >= 1),
``compile.duplicate`` (replicate slow layers onto free crossbars, true/false) and
``compile.calibrate_input_range`` (``auto``, ``off``, ``absmax``, ``std``) override the
:class:`~aimcsim.compiler.CompileOptions` a model file is compiled with at that point. They
travel to the evaluator among the point's overrides (``compile.n_slots=8``) and are split off
there (:func:`split_overrides`) before the chip's config is built.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from aimcsim.config.schema import INT_LIMIT
from aimcsim.sweep.errors import SweepError

if TYPE_CHECKING:
    from aimcsim.compiler import CompileOptions

COMPILE_PREFIX = "compile."

COMPILE_KEYS: tuple[str, ...] = (
    "compile.n_slots",
    "compile.duplicate",
    "compile.calibrate_input_range",
)
"""The compile keys a sweep grid or a search space accepts (model files only)."""


def is_compile_key(key: str) -> bool:
    """True for a key in the ``compile.`` namespace (known or not)."""
    return key.startswith(COMPILE_PREFIX)


def check_compile_value(key: str, value: Any, where: str) -> None:
    """SweepError, prefixed with ``where``, unless ``value`` is valid for the compile ``key``."""
    from aimcsim.compiler.calibrate import MODES

    field = key[len(COMPILE_PREFIX) :]
    if field == "n_slots":
        ok = isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= INT_LIMIT
        expected = f"an integer in [1, {INT_LIMIT}]"
    elif field == "duplicate":
        ok, expected = isinstance(value, bool), "true or false"
    else:
        ok, expected = value in MODES, "one of " + ", ".join(MODES)
    if not ok:
        raise SweepError(f"{where}: '{key}' must be {expected} (got {value!r})")


def split_overrides(overrides: Sequence[str]) -> tuple[list[str], list[tuple[str, Any]]]:
    """(architecture overrides, ``(compile key, value)`` pairs) of a point's overrides."""
    from aimcsim.config.loader import parse_value

    arch: list[str] = []
    compile_values: list[tuple[str, Any]] = []
    for item in overrides:
        key, _, raw = item.partition("=")
        if is_compile_key(key.strip()):
            compile_values.append((key.strip(), parse_value(raw.strip())))
        else:
            arch.append(item)
    return arch, compile_values


def with_compile_values(
    options: CompileOptions, values: Sequence[tuple[str, Any]]
) -> CompileOptions:
    """``options`` with the compile keys' ``values`` in place."""
    changes = {key[len(COMPILE_PREFIX) :]: value for key, value in values}
    return dataclasses.replace(options, **changes) if changes else options
