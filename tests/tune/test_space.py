"""The search space follows from the chip: which knobs exist, and over which values."""

from __future__ import annotations

import pytest

from aimcsim.config.loader import load_arch
from aimcsim.tune.errors import TuneError
from aimcsim.tune.space import (
    ADC_GAINS,
    SEARCHED_BY_DEFAULT,
    LayerInfo,
    build_space,
    domains,
    layer_infos,
)

CONV = LayerInfo("conv1", crossbars=2, copies=2, input_range=None)
FC = LayerInfo("fc", crossbars=1, copies=1, input_range=2.0)
DEFAULT_SEARCHED = SEARCHED_BY_DEFAULT


def _knobs(space, layer):
    return {k.knob: k.choices for k in space.knobs if k.layer == layer}


def test_yu2025_flash_adc_has_gain_but_no_integration_time() -> None:
    arch = load_arch(preset="yu2025-rram")
    d = domains(arch, FC, free_crossbars=3)
    assert d["adc_gain"] == ADC_GAINS  # bounded ADC (io.out_bound = 8)
    assert d["adc_itime_cycles"] == ()  # a sampling (flash) ADC: time does not set its range
    assert d["input_bits"] == tuple(range(2, 9))  # up to the DAC's 8 bits
    assert d["copies"] == (1, 2, 3, 4)


def test_integrating_adc_offers_multiples_of_its_window() -> None:
    arch = load_arch(preset="hermes")
    assert arch.tile.adc.kind == "integrating"
    d = domains(arch, FC, free_crossbars=0)
    assert len(d["adc_itime_cycles"]) == 4
    assert d["adc_itime_cycles"][1] * 2 == d["adc_itime_cycles"][2]
    assert d["copies"] == ()  # nothing free: one copy only


def test_unbounded_adc_has_neither_gain_nor_itime() -> None:
    arch = load_arch(preset="hermes", overrides=["io.out_bound=0"])
    d = domains(arch, FC, free_crossbars=0)
    assert d["adc_gain"] == () and d["adc_itime_cycles"] == ()


def test_input_range_only_where_the_compiler_calibrated_one() -> None:
    arch = load_arch(preset="standard")
    assert domains(arch, CONV, 0)["input_range"] == ()
    assert domains(arch, FC, 0)["input_range"] == (1.0, 1.5, 2.0, 3.0)


def test_copies_count_crossbars_per_copy() -> None:
    arch = load_arch(preset="yu2025-rram")
    assert domains(arch, CONV, free_crossbars=3)["copies"] == (1, 2, 3, 4)
    wide = LayerInfo("wide", crossbars=4, copies=2, input_range=None)
    assert domains(arch, wide, free_crossbars=3)["copies"] == (1, 2)


def test_copies_never_exceed_the_mvms_they_share() -> None:
    arch = load_arch(preset="yu2025-rram")
    one_mvm = LayerInfo("fc", crossbars=1, copies=1, input_range=None, mvms_per_sample=1)
    three = LayerInfo("fc", crossbars=1, copies=1, input_range=None, mvms_per_sample=3)
    assert domains(arch, one_mvm, free_crossbars=6)["copies"] == ()
    assert domains(arch, three, free_crossbars=6)["copies"] == (1, 2, 3)


def test_build_space_uses_free_crossbars_beside_one_copy_each() -> None:
    arch = load_arch(preset="yu2025-rram")
    space = build_space(arch, [CONV, FC], chip_crossbars=8)
    # one copy each: 1 + 1 crossbars, 6 free
    assert _knobs(space, "conv1")["copies"] == tuple(range(1, 8))
    assert "read_phases" not in _knobs(space, "fc")  # not searched by default
    assert space.layers == ("conv1", "fc")


def test_only_layers_and_space_choices() -> None:
    arch = load_arch(preset="yu2025-rram")
    chosen = {"*": {"input_bits": [4, 6], "copies": []}, "fc": {"adc_gain": [0, 1]}}
    space = build_space(arch, [CONV, FC], only_layers=["fc"], chosen=chosen, chip_crossbars=8)
    assert space.layers == ("fc",)
    knobs = _knobs(space, "fc")
    assert knobs["input_bits"] == (4, 6)
    assert knobs["adc_gain"] == (0, 1)
    assert "copies" not in knobs


@pytest.mark.parametrize(
    "kwargs,message",
    [
        ({"only_layers": ["relu1"]}, "'relu1' is not an analog weight layer"),
        ({"chosen": {"fc2": {"input_bits": [4]}}}, "layer 'fc2'"),
        ({"chosen": {"fc": {"input_bits": [9]}}}, "9 is not a value this chip allows"),
        ({"chosen": {"fc": {"adc_itime_cycles": [10]}}}, "chip cannot honour it"),
        (
            {"chosen": {"*": {k: [] for k in DEFAULT_SEARCHED}}},
            "nothing to tune",
        ),
    ],
)
def test_bad_requests_are_refused(kwargs, message) -> None:
    arch = load_arch(preset="yu2025-rram")
    with pytest.raises(TuneError, match=message):
        build_space(arch, [CONV, FC], chip_crossbars=8, **kwargs)


def test_layer_infos_reads_analog_layers_of_a_manifest() -> None:
    layers = [
        {"name": "conv1", "analog": True, "crossbars": 4, "replicas": 2},
        {"name": "relu1", "analog": False, "crossbars": 0, "replicas": 0},
        {
            "name": "fc",
            "analog": True,
            "crossbars": 1,
            "replicas": 1,
            "input_range": 1.5,
            "mvms_per_sample": 1,
        },
    ]
    assert layer_infos(layers) == [
        LayerInfo("conv1", 4, 2, None),
        LayerInfo("fc", 1, 1, 1.5, 1),
    ]
