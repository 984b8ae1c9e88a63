"""The ``--space FILE`` of ``aimcsim tune``: the choices of each knob, per layer.

TOML, like a settings table but with a list of choices per knob::

    version = 1
    [default]                  # every tuned layer
    input_bits = [4, 6, 8]
    copies = []                # an empty list: not searched (the default is kept)
    [layer."conv1"]
    adc_gain = [0, 1, 2]       # this layer's choices replace the default ones

A knob absent from the file keeps the choices :mod:`aimcsim.tune.space` derives from the
chip. Unknown keys, wrong types and empty files are a TuneError naming the file, the table
and the key; choices outside what the chip allows are refused by
:func:`aimcsim.tune.space.build_space`.
"""

from __future__ import annotations

import difflib
import math
from pathlib import Path
from typing import Any

from aimcsim.inputs import read_toml
from aimcsim.tune.errors import TuneError
from aimcsim.tune.space import KNOBS

FORMAT_VERSION = 1
MAX_CHOICES = 64
"""Most choices one knob may list."""

_TYPES: dict[str, type] = {
    "input_encoding": str,
    "input_range": float,
}
"""Value type of each knob (int when not listed)."""


def load_space_file(path: str | Path) -> dict[str, dict[str, list[Any]]]:
    """``{"*" or layer name: {knob: choices}}`` from the space file at ``path``."""
    doc = read_toml(path, what="search-space file")
    where = str(path)
    version = doc.pop("version", None)
    if version != FORMAT_VERSION:
        raise TuneError(f"{where}: key 'version': expected {FORMAT_VERSION}, got {version!r}")
    out: dict[str, dict[str, list[Any]]] = {}
    default = doc.pop("default", {})
    layers = doc.pop("layer", {})
    for key in doc:
        raise TuneError(
            f"{where}: unknown key {key!r}{_hint(key, ('version', 'default', 'layer'))}"
        )
    if not isinstance(default, dict):
        raise TuneError(f"{where}: key 'default' must be a table of knob choices")
    if not isinstance(layers, dict):
        raise TuneError(f"{where}: key 'layer' must hold one table per layer name")
    out["*"] = _knob_choices(default, f"{where}: [default]")
    for name, table in layers.items():
        if not isinstance(table, dict):
            raise TuneError(f"{where}: layer {name!r} must be a table of knob choices")
        out[name] = _knob_choices(table, f"{where}: [layer.{name!r}]")
    return out


def _knob_choices(table: dict[str, Any], where: str) -> dict[str, list[Any]]:
    out = {}
    for knob, values in table.items():
        if knob not in KNOBS:
            raise TuneError(f"{where}: unknown key {knob!r}{_hint(knob, KNOBS)}")
        if not isinstance(values, list) or len(values) > MAX_CHOICES:
            raise TuneError(
                f"{where}: key {knob!r} must be a list of at most {MAX_CHOICES} choices"
            )
        out[knob] = [_checked(knob, v, where) for v in values]
    return out


def _checked(knob: str, value: Any, where: str) -> Any:
    kind = _TYPES.get(knob, int)
    if kind is float and isinstance(value, int | float) and not isinstance(value, bool):
        if math.isfinite(value) and value > 0:
            return float(value)
        raise TuneError(f"{where}: key {knob!r}: {value!r} must be a finite number > 0")
    if kind is int and isinstance(value, int) and not isinstance(value, bool):
        return value
    if kind is str and isinstance(value, str):
        return value
    expected = {int: "an integer", str: "a string", float: "a number"}[kind]
    raise TuneError(f"{where}: key {knob!r}: {value!r} is not {expected}")


def _hint(key: str, known: tuple[str, ...]) -> str:
    close = difflib.get_close_matches(key, known, n=1)
    return f" (did you mean {close[0]!r}?)" if close else ""
