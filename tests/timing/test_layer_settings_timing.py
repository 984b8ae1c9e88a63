"""Per-layer crossbar settings in the timing model, in exact cycles.

A layer's ``xcfg`` (compiled from the settings table) must change the duration of exactly that
layer's MVMs, by the closed forms of :mod:`aimcsim.timing.latency` (bit-serial: one input
phase per ``bits_per_phase`` bits; each input phase read ``read_phases`` times on a sampling
ADC; an integrating ADC's read phase lasts ``max(pulse, itime)``), and its copies split its
MVMs between crossbars.
"""

from __future__ import annotations

from collections import Counter

import pytest

from aimcsim.compiler import CompileOptions
from aimcsim.compiler.compile import compile_graph
from aimcsim.compiler.layer_settings import parse_layer_set
from aimcsim.compiler.native import native_to_graph
from aimcsim.config.loader import load_arch
from aimcsim.timing import simulate_timing

MODEL = {
    "model": {"name": "settings", "seed": 5},
    "inputs": [{"name": "x", "shape": [1, 8, 8]}],
    "layers": [
        {"type": "conv", "filters": 4, "kernel": 3, "pads": 1, "name": "conv"},
        {"type": "relu", "name": "relu"},
        {"type": "flatten", "name": "flat"},
        {"type": "dense", "units": 10, "name": "fc"},
    ],
}
CONV, FC = 0, 3
"""Layer ids (node order) of the conv and dense layers."""


def _timing(preset: str, items: list[str], duplicate: bool = False):
    arch = load_arch(preset=preset)
    table = parse_layer_set(items) if items else None
    opts = CompileOptions(n_slots=1, duplicate=duplicate, layer_settings=table)
    wl = compile_graph(native_to_graph(MODEL), arch, opts)
    return simulate_timing(wl.program, arch, trace=True)


def _mvm_cycles(res, layer: int) -> list[int]:
    """Durations of the layer's MVMs, in issue order."""
    assert res.trace_recorder is not None
    return [r[3] for r in res.trace_recorder.slices if r[1] == "mvm" and r[4] == layer]


def _busy(res, layer: int) -> int:
    return int(res.per_layer.set_index("layer").loc[layer, "busy_cycles"])


@pytest.mark.parametrize(
    ("items", "factor"),
    [
        (["fc.input_bits=4"], (4, 8)),  # 4 bit-serial phases instead of 8
        (["fc.input_bits=6"], (6, 8)),
        (["fc.bits_per_phase=2"], (4, 8)),  # 8 bits, 2 per phase
        (["fc.bits_per_phase=3"], (3, 8)),  # ceil(8 / 3) phases
        (["fc.read_phases=3"], (3, 1)),  # every input phase read 3 times (sampling ADC)
        (["fc.read_phases=2", "fc.input_bits=6"], (12, 8)),
    ],
)
def test_bit_serial_mvm_cycles_follow_the_layer_settings(
    items: list[str], factor: tuple[int, int]
) -> None:
    """tiny: bit-serial, SAR ADC: an MVM takes ``phases_in * read_phases * c`` cycles."""
    base, new = _timing("tiny", []), _timing("tiny", items)
    before, after = _mvm_cycles(base, FC), _mvm_cycles(new, FC)
    assert len(before) == len(after) > 0
    num, den = factor
    assert all(b * num == a * den for b, a in zip(before, after, strict=True))
    # only that layer changes, and its busy time by exactly its MVMs' change
    assert _mvm_cycles(base, CONV) == _mvm_cycles(new, CONV)
    assert _busy(new, FC) - _busy(base, FC) == sum(after) - sum(before)
    assert _busy(new, CONV) == _busy(base, CONV)


def test_pulse_width_input_takes_one_phase_of_two_to_the_bits_minus_one_steps() -> None:
    """tiny with ``input_encoding = pulse_width``: one input phase of 2^(b-1) steps of
    ``cycles_per_pulse_step`` instead of b bit-serial phases."""
    arch = load_arch(preset="tiny")
    base = _mvm_cycles(_timing("tiny", []), FC)[0]
    dac, cb = arch.tile.dac, arch.tile.crossbar
    per_phase = base // dac.bits  # bit-serial: 8 phases of equal length
    convert = per_phase - dac.cycles_per_phase - cb.settle_cycles
    for bits in (3, 5):
        res = _timing("tiny", ["fc.input_encoding=pulse_width", f"fc.input_bits={bits}"])
        steps = 2 ** (bits - 1) * dac.cycles_per_pulse_step
        assert _mvm_cycles(res, FC) == [steps + cb.settle_cycles + convert] * len(
            _mvm_cycles(res, FC)
        )


@pytest.mark.parametrize("itime", [200, 255])
def test_integration_time_lengthens_the_read_phase_of_an_integrating_adc(itime: int) -> None:
    """hermes: pulse width 128 steps, window 77, settle 1, readout 4: a one-phase MVM takes
    128 + 1 + 4 = 133 cycles; with ``adc_itime_cycles`` above the pulse the read phase lasts
    the integration time instead."""
    base = _mvm_cycles(_timing("hermes", []), FC)
    longer = _mvm_cycles(_timing("hermes", [f"fc.adc_itime_cycles={itime}"]), FC)
    assert base == [133] * len(base)
    assert longer == [itime + 1 + 4] * len(base)


def test_integration_time_below_the_pulse_does_not_shorten_the_read() -> None:
    base = _mvm_cycles(_timing("hermes", []), FC)
    assert _mvm_cycles(_timing("hermes", ["fc.adc_itime_cycles=50"]), FC) == base


def test_copies_split_the_conv_pixel_loop_and_shorten_the_layer() -> None:
    one = _timing("tiny", ["conv.copies=1"])
    two = _timing("tiny", ["conv.copies=2"])
    four = _timing("tiny", ["conv.copies=4"])

    def per_crossbar(res) -> list[int]:
        assert res.trace_recorder is not None
        tracks = Counter(r[0] for r in res.trace_recorder.slices if r[1] == "mvm" and r[4] == CONV)
        return sorted(tracks.values())

    assert per_crossbar(one) == [64]  # 8 x 8 output pixels
    assert per_crossbar(two) == [32, 32]
    assert per_crossbar(four) == [16] * 4
    latency = {
        n: int(r.per_layer.set_index("layer").loc[CONV, "latency_cycles"])
        for n, r in ((1, one), (2, two), (4, four))
    }
    assert latency[1] > latency[2] > latency[4]


def test_fixed_copies_are_not_changed_by_automatic_duplication() -> None:
    res = _timing("tiny", ["conv.copies=2"], duplicate=True)
    assert res.trace_recorder is not None
    tracks = {r[0] for r in res.trace_recorder.slices if r[1] == "mvm" and r[4] == CONV}
    assert len(tracks) == 2
