"""Row copies in the tuner: their choices follow from the crossbar rows and the free
crossbars, the opening moves try every tuned layer at each, and a candidate that overflows
the chip has its row copies lowered after its copies."""

from __future__ import annotations

from aimcsim.compiler.layer_settings import LayerSettings, LayerSettingsTable
from aimcsim.config.loader import load_arch
from aimcsim.tune.candidates import default_params, fit_copies
from aimcsim.tune.seeds import opening_trials
from aimcsim.tune.space import MAX_ROW_COPIES, LayerInfo, build_space, domains, layer_infos

ARCH = load_arch(preset="yu2025-rram")  # 576 x 128 crossbars, 8 of them


def _info(name: str, rows: int, cols: int = 10, crossbars: int = 1) -> LayerInfo:
    return LayerInfo(name, crossbars, 1, None, mvms_per_sample=1, matrix=(rows, cols))


def test_a_layer_that_fits_one_crossbar_takes_floor_rows_over_layer_rows_for_free() -> None:
    assert domains(ARCH, _info("fc", 256), free_crossbars=0)["row_copies"] == (1, 2)
    assert domains(ARCH, _info("fc", 192), free_crossbars=0)["row_copies"] == (1, 2, 3)
    capped = tuple(range(1, MAX_ROW_COPIES + 1))
    assert domains(ARCH, _info("conv", 9), free_crossbars=0)["row_copies"] == capped
    assert domains(ARCH, _info("wide", 400), free_crossbars=0)["row_copies"] == ()


def test_a_layer_spanning_crossbars_takes_only_what_the_free_crossbars_hold() -> None:
    big = _info("big", 1000, crossbars=2)  # 2 row blocks; 2 copies: 4, 3: 6, 4: 7 crossbars
    assert domains(ARCH, big, free_crossbars=0)["row_copies"] == ()
    assert domains(ARCH, big, free_crossbars=2)["row_copies"] == (1, 2)
    assert domains(ARCH, big, free_crossbars=5)["row_copies"] == (1, 2, 3, 4)


def test_layer_infos_read_one_row_copy_of_the_matrix_from_the_layer_table() -> None:
    (info,) = layer_infos(
        [{"name": "fc", "analog": True, "crossbars": 1, "matrix": [512, 10], "row_copies": 2}]
    )
    assert info.matrix == (256, 10) and info.row_copies == 2
    assert domains(ARCH, info, free_crossbars=0)["row_copies"] == (1, 2)


def test_the_opening_moves_put_every_tuned_layer_at_each_row_copy_count() -> None:
    infos = [_info("conv", 72, cols=16), _info("fc", 256)]
    space = build_space(ARCH, infos, chip_crossbars=2)  # nothing free beside them
    default = default_params(space, ARCH, {i.name: i for i in infos})
    assert default["conv.row_copies"] == 1 and default["fc.row_copies"] == 1
    moves = [
        {k: v for k, v in t.items() if v != default[k]} for t in opening_trials(space, default)
    ]
    assert {"conv.row_copies": 2, "fc.row_copies": 2} in moves
    assert {"conv.row_copies": 4} in moves  # fc has 2 choices only: it keeps its default


def test_row_copies_are_lowered_after_copies_when_a_candidate_overflows() -> None:
    per_copy = {"a": 2, "b": 1}
    rows_at = {"a": (2, 4, 6)}  # a spans 2 crossbars per row copy
    table = LayerSettingsTable(
        layers={"a": LayerSettings(row_copies=3), "b": LayerSettings(copies=2)}
    )
    # 6 + 2 = 8 -> b 2->1 (7) -> a 3->2 (5)
    fitted = fit_copies(table, per_copy, chip_crossbars=5, row_copy_crossbars=rows_at)
    assert fitted.for_layer("b").copies == 1 and fitted.for_layer("a").row_copies == 2
    assert fit_copies(table, per_copy, chip_crossbars=8, row_copy_crossbars=rows_at) is table
