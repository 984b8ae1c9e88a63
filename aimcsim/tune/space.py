"""The search space of the tuner: which per-layer knobs it varies, and over which values.

Each analog weight layer of the workload (or the layers named with ``--layers``) gets one
Optuna parameter per knob, named ``LAYER.KNOB`` (e.g. ``conv1.input_bits``). The values a knob
may take (its *domain*) follow from the chip, so that every candidate is one the compiler
accepts:

* ``input_encoding``: ``bit_serial`` or ``pulse_width``;
* ``input_bits``: 2 (a sign and one magnitude bit) to the DAC's bits (``tile.dac.bits``);
* ``bits_per_phase``: powers of two up to the DAC's bits; a candidate uses
  ``min(bits_per_phase, input_bits)`` (the space stays the same for every trial, as Optuna's
  samplers need), and only with ``bit_serial`` inputs;
* ``adc_gain``: -2 to 4 (ADC full scale x 2^-gain), only with a bounded ADC
  (``io.out_bound`` > 0);
* ``adc_itime_cycles``: 1/2, 1, 2 and 4 times the ADC's counting window, only with an
  integrating ADC (``tile.adc.kind = integrating``: a sampling ADC's range does not depend on
  time), and only with a bounded ADC;
* ``input_range``: 1/2, 3/4, 1 and 3/2 times the input range the compiler calibrated for the
  layer, only where the compiler calibrated one (static noise management); with dynamic
  noise management (``abs_max``) every input vector is already scaled to the DAC range. A
  space file may give any positive ranges (the compiler refuses those a chip cannot honour);
* ``copies``: 1 to the copies that fit beside one copy of every other analog layer, and
  no more than the layer's MVMs per sample (which its copies share; at most
  :data:`MAX_COPIES`). The copies of a candidate's layers together may not fit the chip:
  they are then lowered, most copies first (see :func:`aimcsim.tune.candidates.fit_copies`);
* ``row_copies`` (row replication, :mod:`aimcsim.compiler.row_copies`): 1 to
  :data:`MAX_ROW_COPIES`, the values whose stacked matrix needs no more crossbars than are
  free beside one copy of every other analog layer: a layer whose rows fit one crossbar
  takes up to ``floor(crossbar rows / layer rows)`` copies there for free; a layer that
  spans several crossbars only as many as the free crossbars hold (lowered with the copies
  when a candidate does not fit).

``read_phases`` (1, 2, 4) is in the domain but not searched unless a space file names it.
A space file (:mod:`aimcsim.tune.space_file`) narrows or widens the choices within the domain.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, fields
from typing import Any

from aimcsim.compiler.layer_settings import LayerSettings
from aimcsim.compiler.mapping import crossbars_per_copy
from aimcsim.config.arch import ArchConfig
from aimcsim.timing.latency import adc_window_cycles
from aimcsim.tune.errors import TuneError

KNOBS = tuple(f.name for f in fields(LayerSettings))
"""Every knob of the per-layer settings table the tuner can vary, in table order."""

SEARCHED_BY_DEFAULT = tuple(k for k in KNOBS if k != "read_phases")
"""Knobs searched when no space file says otherwise."""

MAX_COPIES = 8
"""Most weight copies of one layer the default space offers."""

MAX_ROW_COPIES = 4
"""Most row copies of one layer the default space offers (relative programming noise down by
at most half)."""

ADC_GAINS = (-2, -1, 0, 1, 2, 3, 4)
"""``adc_gain`` values of the default space (full scale x 4 down to / 16)."""

ITIME_FACTORS = (0.5, 1.0, 2.0, 4.0)
"""``adc_itime_cycles`` values of the default space, in units of the ADC's counting window."""

RANGE_FACTORS = (0.5, 0.75, 1.0, 1.5)
"""``input_range`` values of the default space, in units of the compiler's calibrated range."""

READ_PHASES = (1, 2, 4)
"""``read_phases`` values a space file may choose from (also its default choices)."""


@dataclass(frozen=True)
class LayerInfo:
    """What the space needs to know of one analog weight layer of the default mapping:
    ``crossbars`` it occupies (all copies), ``copies`` it has, the ``input_range`` the
    compiler calibrated for it (None when it calibrated none) and its ``mvms_per_sample``
    (the copies that can share its work; None: unknown); its ``matrix`` (rows, columns) of
    one row copy (None: unknown, no row copies offered) and the ``row_copies`` it has."""

    name: str
    crossbars: int
    copies: int
    input_range: float | None
    mvms_per_sample: int | None = None
    matrix: tuple[int, int] | None = None
    row_copies: int = 1

    def crossbars_at(self, row_copies: int, arch: ArchConfig) -> int:
        """Crossbars of one copy of the layer with ``row_copies`` row copies."""
        if self.matrix is None:
            return max(1, self.crossbars // self.copies)
        rows, cols = self.matrix
        return crossbars_per_copy(rows * row_copies, cols, arch)


@dataclass(frozen=True)
class Knob:
    """One searched parameter: knob ``knob`` of layer ``layer`` over ``choices``."""

    layer: str
    knob: str
    choices: tuple[Any, ...]

    @property
    def param(self) -> str:
        """The Optuna parameter name, ``LAYER.KNOB``."""
        return f"{self.layer}.{self.knob}"


@dataclass(frozen=True)
class SearchSpace:
    """Every searched knob, in layer order then :data:`KNOBS` order; ``crossbars_per_copy``
    of every analog layer, the crossbars per copy of each layer with a ``row_copies`` knob
    at 1, 2, ... row copies (``row_copy_crossbars``), and the ``chip_crossbars``, to fit the
    copies of a candidate (:func:`aimcsim.tune.candidates.table_of`)."""

    knobs: tuple[Knob, ...]
    crossbars_per_copy: Mapping[str, int] = field(default_factory=dict)
    chip_crossbars: int = 0
    row_copy_crossbars: Mapping[str, tuple[int, ...]] = field(default_factory=dict)

    @property
    def layers(self) -> tuple[str, ...]:
        """The tuned layers, in order."""
        return tuple(dict.fromkeys(k.layer for k in self.knobs))

    def describe(self) -> dict[str, dict[str, list[Any]]]:
        """``{layer: {knob: choices}}``, plain data (recorded with a study, in tune.json)."""
        out: dict[str, dict[str, list[Any]]] = {}
        for k in self.knobs:
            out.setdefault(k.layer, {})[k.knob] = list(k.choices)
        return out


def layer_infos(layers: Sequence[Mapping[str, Any]]) -> list[LayerInfo]:
    """The analog weight layers of a workload manifest's layer table (``Workload.layers``)."""
    out = []
    for entry in layers:
        if not entry.get("analog"):
            continue
        rng = entry.get("input_range")
        row_copies = max(1, int(entry.get("row_copies", 1)))
        matrix = entry.get("matrix")
        out.append(
            LayerInfo(
                name=str(entry["name"]),
                crossbars=int(entry.get("crossbars", 0)),
                copies=max(1, int(entry.get("replicas", 1))),
                input_range=float(rng) if rng else None,
                mvms_per_sample=int(entry["mvms_per_sample"])
                if "mvms_per_sample" in entry
                else None,
                matrix=(int(matrix[0]) // row_copies, int(matrix[1])) if matrix else None,
                row_copies=row_copies,
            )
        )
    return out


def domains(arch: ArchConfig, info: LayerInfo, free_crossbars: int) -> dict[str, tuple[Any, ...]]:
    """The values each knob may take for layer ``info`` on ``arch`` (empty: not tunable
    there), given the crossbars left free when every analog layer has one copy."""
    dac_bits = arch.tile.dac.bits
    adc = arch.tile.adc
    bounded = arch.io.out_bound > 0
    window = adc_window_cycles(adc.kind, adc.bits, adc.step_ps, arch.chip.clock_mhz)
    per_copy = max(1, info.crossbars // info.copies)
    most_copies = min(
        MAX_COPIES, 1 + free_crossbars // per_copy, info.mvms_per_sample or MAX_COPIES
    )
    bpp = tuple(b for b in (1, 2, 4, 8, 16) if b <= dac_bits)
    return {
        "input_encoding": ("bit_serial", "pulse_width"),
        "input_bits": tuple(range(2, dac_bits + 1)),
        "bits_per_phase": bpp,
        "read_phases": READ_PHASES,
        "adc_gain": ADC_GAINS if bounded else (),
        "adc_itime_cycles": (
            tuple(sorted({max(1, round(f * window)) for f in ITIME_FACTORS}))
            if window > 0 and bounded
            else ()
        ),
        "input_range": (
            tuple(round(f * info.input_range, 6) for f in RANGE_FACTORS) if info.input_range else ()
        ),
        "copies": tuple(range(1, most_copies + 1)) if most_copies > 1 else (),
        "row_copies": row_copy_choices(arch, info, free_crossbars),
    }


def row_copy_choices(arch: ArchConfig, info: LayerInfo, free_crossbars: int) -> tuple[int, ...]:
    """Row copies 1 to :data:`MAX_ROW_COPIES` whose stacked matrix needs at most
    ``free_crossbars`` more crossbars than the layer's copy has now (empty when only 1 is
    possible, or when the layer's matrix is unknown)."""
    if info.matrix is None:
        return ()
    now = info.crossbars_at(info.row_copies, arch)
    fits = tuple(
        k
        for k in range(1, MAX_ROW_COPIES + 1)
        if info.crossbars_at(k, arch) - now <= free_crossbars
    )
    return fits if len(fits) > 1 else ()


def build_space(
    arch: ArchConfig,
    infos: Sequence[LayerInfo],
    *,
    only_layers: Sequence[str] = (),
    chosen: Mapping[str, Mapping[str, Sequence[Any]]] | None = None,
    chip_crossbars: int,
    where: str = "--space",
) -> SearchSpace:
    """The search space over ``infos`` (restricted to ``only_layers`` when given) on
    ``arch``, a chip of ``chip_crossbars`` crossbars.

    ``chosen`` (from a space file): per layer name, or ``"*"`` for every layer, the choices
    of a knob (replacing the default ones; an empty list: not searched). A choice outside
    the knob's domain, or a knob the chip cannot honour, is a TuneError naming ``where``.
    """
    by_name = {i.name: i for i in infos}
    for name in only_layers:
        if name not in by_name:
            raise TuneError(
                f"--layers: {name!r} is not an analog weight layer of the workload; "
                f"choose from {', '.join(by_name) or '(none)'}"
            )
    chosen = chosen or {}
    for name in chosen:
        if name != "*" and name not in by_name:
            raise TuneError(
                f"{where}: layer {name!r} is not an analog weight layer of the workload; "
                f"choose from {', '.join(by_name) or '(none)'}"
            )
    free = chip_crossbars - sum(i.crossbars // i.copies for i in infos)
    knobs = []
    for info in infos:
        if only_layers and info.name not in only_layers:
            continue
        allowed = domains(arch, info, max(0, free))
        for knob in KNOBS:
            choices = _choices(knob, allowed[knob], info.name, chosen, where)
            if len(choices) > 1:
                knobs.append(Knob(info.name, knob, choices))
    if not knobs:
        raise TuneError(
            f"nothing to tune: no knob has two or more values on chip {arch.chip.name!r} "
            "for the chosen layers"
        )
    per_copy = {i.name: max(1, i.crossbars // i.copies) for i in infos}
    row_copy_crossbars = {
        k.layer: tuple(by_name[k.layer].crossbars_at(r, arch) for r in range(1, max(k.choices) + 1))
        for k in knobs
        if k.knob == "row_copies"
    }
    return SearchSpace(tuple(knobs), per_copy, chip_crossbars, row_copy_crossbars)


def _choices(
    knob: str,
    allowed: tuple[Any, ...],
    layer: str,
    chosen: Mapping[str, Mapping[str, Sequence[Any]]],
    where: str,
) -> tuple[Any, ...]:
    """The choices of ``knob`` for ``layer``: the space file's (layer entry over ``*``),
    checked against ``allowed``, else the default ones."""
    for scope in (layer, "*"):
        picked = chosen.get(scope, {})
        if knob in picked:
            values = tuple(picked[knob])
            bad = [v for v in values if knob != "input_range" and v not in allowed]
            if bad:
                domain = ", ".join(map(str, allowed)) or "none: the chip cannot honour it"
                raise TuneError(
                    f"{where}: layer {scope!r} key {knob!r}: {bad[0]!r} is not a value this "
                    f"chip allows for layer {layer!r} (allowed: {domain})"
                )
            return tuple(dict.fromkeys(values))
    return allowed if knob in SEARCHED_BY_DEFAULT else ()
