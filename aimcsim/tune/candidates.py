"""From an Optuna trial's parameters to a settings table, and the default point of a space.

A trial's parameters are ``LAYER.KNOB -> value`` over the whole space (every trial samples
every knob, so the space is the same for all trials). The table of a trial sets, for each
tuned layer, the knobs sampled for it; ``bits_per_phase`` is capped at the layer's input
bits and dropped for pulse-width inputs (where it means nothing), so two trials that differ
only there give the same table. Copies that together do not fit the chip are lowered
(:func:`fit_copies`), so that sampling each layer's copies on its own does not make most
candidates of a many-layer model infeasible; ``trials.csv`` keeps the sampled values, the
table (and ``layer_settings.toml``) the fitted ones; row copies that need more crossbars
than are left are lowered after the copies.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any

from aimcsim.compiler.layer_settings import LayerSettings, LayerSettingsTable
from aimcsim.config.arch import ArchConfig
from aimcsim.timing.latency import adc_window_cycles
from aimcsim.tune.space import LayerInfo, SearchSpace


def table_of(
    params: Mapping[str, Any],
    space: SearchSpace,
    arch: ArchConfig,
    base: LayerSettingsTable | None = None,
) -> LayerSettingsTable:
    """The settings table of a trial with ``params`` (see the module docstring): ``base``
    (the default settings) with the tuned keys of each tuned layer set on top."""
    base = base or LayerSettingsTable()
    layers = dict(base.layers)
    for layer in space.layers:
        own = base.for_layer(layer)
        keys = {k.knob: params[k.param] for k in space.knobs if k.layer == layer}
        encoding = keys.get("input_encoding", own.input_encoding or arch.tile.dac.encoding)
        bits = keys.get("input_bits", own.input_bits or arch.tile.dac.bits)
        if "bits_per_phase" in keys:
            if encoding == "bit_serial":
                keys["bits_per_phase"] = min(int(keys["bits_per_phase"]), int(bits))
            else:
                del keys["bits_per_phase"]
        layers[layer] = LayerSettings(**keys).over(own)
    table = LayerSettingsTable(base.default, layers)
    return fit_copies(
        table, space.crossbars_per_copy, space.chip_crossbars, space.row_copy_crossbars
    )


def fit_copies(
    table: LayerSettingsTable,
    crossbars_per_copy: Mapping[str, int],
    chip_crossbars: int,
    row_copy_crossbars: Mapping[str, tuple[int, ...]] | None = None,
) -> LayerSettingsTable:
    """``table`` with its layers' copies lowered one at a time (the layer with the most
    copies first, then by name), then their row copies likewise, until every analog layer
    (``crossbars_per_copy``: its crossbars per copy; ``row_copy_crossbars``: for a layer
    listed, its crossbars per copy at 1, 2, ... row copies; one copy and one row copy when
    the table sets none) fits ``chip_crossbars``; as it is when it fits already, or when
    nothing can be lowered."""
    rows_at = row_copy_crossbars or {}
    settings = {name: table.for_layer(name) for name in crossbars_per_copy}
    counts = {
        name: {"copies": s.copies or 1, "row_copies": s.row_copies or 1}
        for name, s in settings.items()
    }

    def crossbars(name: str) -> int:
        c = counts[name]
        per_copy = (
            rows_at[name][c["row_copies"] - 1] if name in rows_at else crossbars_per_copy[name]
        )
        return per_copy * c["copies"]

    lowered = dict(table.layers)
    for key in ("copies", "row_copies"):
        while sum(crossbars(n) for n in counts) > chip_crossbars:
            movable = [n for n, c in counts.items() if c[key] > 1]
            if not movable:
                break
            name = min(movable, key=lambda n: (-counts[n][key], n))
            counts[name][key] -= 1
            value = counts[name][key]
            lowered[name] = (
                dataclasses.replace(settings[name], copies=value)
                if key == "copies"
                else dataclasses.replace(settings[name], row_copies=value)
            )
            settings[name] = lowered[name]
    if lowered == dict(table.layers):
        return table
    return LayerSettingsTable(table.default, lowered)


def default_params(
    space: SearchSpace,
    arch: ArchConfig,
    infos: Mapping[str, LayerInfo],
    base: LayerSettingsTable | None = None,
) -> dict[str, Any]:
    """The parameters that reproduce the default settings (``base``, over the chip's and
    the default mapping's), for the knobs whose default is one of their choices (the tuner
    evaluates this point first)."""
    base = base or LayerSettingsTable()
    dac, adc = arch.tile.dac, arch.tile.adc
    default = {
        "input_encoding": dac.encoding,
        "input_bits": dac.bits,
        "bits_per_phase": dac.bits_per_phase,
        "read_phases": arch.tile.crossbar.read_phases,
        "adc_gain": 0,
        "adc_itime_cycles": adc_window_cycles(adc.kind, adc.bits, adc.step_ps, arch.chip.clock_mhz),
    }
    out = {}
    for k in space.knobs:
        info = infos[k.layer]
        own = {
            "copies": info.copies,
            "row_copies": info.row_copies,
            "input_range": round(info.input_range, 6) if info.input_range else None,
        }
        value = {**default, **own, **base.for_layer(k.layer).set_keys()}.get(k.knob)
        if value in k.choices:
            out[k.param] = value
    return out
