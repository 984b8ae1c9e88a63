"""The first trials of a new study: the default settings, then one-knob-at-a-time moves.

A sampler that starts from random points fares badly in this space: a random candidate of a
many-layer model almost always has one layer at a ruinous value (2-bit inputs, pulse-width
inputs that multiply the latency, an ADC gain that clips), so with tens of knobs the random
start-up trials of TPE tell it little but "worse than the default", and it rarely finds the
few knobs that matter. The tuner therefore opens a new study with a small designed
experiment around the default settings: for every searched knob and every position ``j`` of
its choices, one candidate that moves *every tuned layer* to its ``j``-th choice of that knob
and keeps the default elsewhere. That is one trial per knob value (about 20 on an 8-bit-DAC
chip with a bounded ADC, whatever the number of layers), and it shows the sampler which
values of which knob help the network before it starts sampling combinations.

Positions, not values: the choices of ``input_range`` and ``copies`` differ between layers
(a factor of each layer's calibrated range, the copies that fit beside it), so the ``j``-th
choice is the same *move* for every layer (e.g. 3/4 of the calibrated range); a layer with
fewer choices keeps its default there.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from aimcsim.tune.space import SearchSpace


def opening_trials(space: SearchSpace, default: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The parameters of a new study's first trials: ``default`` (the default settings),
    then, for each knob of ``space`` in table order and each position of its choices, the
    default with every tuned layer at that choice; a move that changes nothing or repeats
    an earlier one is left out."""
    first = dict(default)
    out = [first]
    seen = {_frozen(first)}
    for knob in dict.fromkeys(k.knob for k in space.knobs):
        group = [k for k in space.knobs if k.knob == knob]
        for position in range(max(len(k.choices) for k in group)):
            params = dict(first)
            for k in group:
                if position < len(k.choices):
                    params[k.param] = k.choices[position]
            frozen = _frozen(params)
            if frozen not in seen:
                seen.add(frozen)
                out.append(params)
    return out


def _frozen(params: Mapping[str, Any]) -> tuple[tuple[str, Any], ...]:
    return tuple(sorted(params.items()))
