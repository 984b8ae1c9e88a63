"""From trial parameters to settings tables: capped bits per phase, the base table kept,
copies fitted to the chip, and the default point."""

from __future__ import annotations

from aimcsim.compiler.layer_settings import LayerSettings, LayerSettingsTable
from aimcsim.config.loader import load_arch
from aimcsim.tune.candidates import default_params, fit_copies, table_of
from aimcsim.tune.space import LayerInfo, build_space

ARCH = load_arch(preset="yu2025-rram")
INFOS = [
    LayerInfo("conv1", crossbars=2, copies=2, input_range=None, mvms_per_sample=64),
    LayerInfo("fc", crossbars=1, copies=1, input_range=None, mvms_per_sample=16),
]
SPACE = build_space(ARCH, INFOS, chip_crossbars=8)


def _params(**over):
    params = {k.param: k.choices[0] for k in SPACE.knobs}
    params.update({k.replace("__", "."): v for k, v in over.items()})
    return params


def test_bits_per_phase_is_capped_and_dropped_for_pulses() -> None:
    t = table_of(
        _params(conv1__input_bits=3, conv1__bits_per_phase=8, fc__input_encoding="pulse_width"),
        SPACE,
        ARCH,
    )
    assert t.for_layer("conv1").bits_per_phase == 3
    assert t.for_layer("fc").bits_per_phase is None
    assert t.for_layer("fc").input_encoding == "pulse_width"


def test_tuned_keys_go_on_top_of_the_base_table() -> None:
    base = LayerSettingsTable(
        default=LayerSettings(read_phases=2),
        layers={"fc": LayerSettings(adc_gain=3, input_bits=7), "other": LayerSettings(copies=1)},
    )
    t = table_of(_params(fc__input_bits=5), SPACE, ARCH, base)
    assert t.for_layer("fc").input_bits == 5  # tuned
    assert t.for_layer("fc").read_phases == 2  # from the base default
    assert t.layers["other"] == LayerSettings(copies=1)


def test_copies_are_lowered_most_first_until_they_fit() -> None:
    per_copy = {"a": 2, "b": 1, "c": 1}
    table = LayerSettingsTable(layers={"a": LayerSettings(copies=3), "b": LayerSettings(copies=4)})
    fitted = fit_copies(table, per_copy, chip_crossbars=7)
    # 2*3 + 4 + 1 = 11 -> b 4->3 (10), a 3->2 (8), b 3->2 (7)
    assert fitted.for_layer("a").copies == 2 and fitted.for_layer("b").copies == 2
    assert fit_copies(table, per_copy, chip_crossbars=11) is table
    ones = LayerSettingsTable(layers={"a": LayerSettings(copies=1)})
    assert fit_copies(ones, per_copy, chip_crossbars=2) is ones  # nothing to lower


def test_table_of_fits_the_chip() -> None:
    t = table_of(_params(conv1__copies=7, fc__copies=7), SPACE, ARCH)
    used = 1 * (t.for_layer("conv1").copies or 1) + 1 * (t.for_layer("fc").copies or 1)
    assert used <= 8


def test_default_params_reproduce_the_chip_and_mapping_defaults() -> None:
    d = default_params(SPACE, ARCH, {i.name: i for i in INFOS})
    assert d["conv1.input_bits"] == ARCH.tile.dac.bits
    assert d["conv1.input_encoding"] == ARCH.tile.dac.encoding
    assert d["conv1.adc_gain"] == 0
    assert d["conv1.copies"] == 2 and d["fc.copies"] == 1
    base = LayerSettingsTable(layers={"fc": LayerSettings(input_bits=5)})
    assert default_params(SPACE, ARCH, {i.name: i for i in INFOS}, base)["fc.input_bits"] == 5
