"""The opening trials of a new study: the default settings, then every tuned layer moved
together to each position of one knob's choices."""

from __future__ import annotations

from aimcsim.tune.seeds import opening_trials
from aimcsim.tune.space import Knob, SearchSpace

SPACE = SearchSpace(
    (
        Knob("a", "input_bits", (2, 4, 8)),
        Knob("a", "adc_gain", (-1, 0, 1)),
        Knob("a", "copies", (1, 2, 3)),
        Knob("b", "input_bits", (2, 4, 8)),
        Knob("b", "adc_gain", (-1, 0, 1)),
        Knob("b", "copies", (1, 2)),
    )
)
DEFAULT = {
    "a.input_bits": 8,
    "a.adc_gain": 0,
    "a.copies": 2,
    "b.input_bits": 8,
    "b.adc_gain": 0,
    "b.copies": 1,
}


def test_default_first_then_one_move_per_knob_position() -> None:
    trials = opening_trials(SPACE, DEFAULT)
    assert trials[0] == DEFAULT
    moves = [{k: v for k, v in t.items() if v != DEFAULT[k]} for t in trials[1:]]
    assert moves == [
        {"a.input_bits": 2, "b.input_bits": 2},
        {"a.input_bits": 4, "b.input_bits": 4},
        {"a.adc_gain": -1, "b.adc_gain": -1},
        {"a.adc_gain": 1, "b.adc_gain": 1},
        # copies: position 0 moves a to 1 copy (b is there already), position 1 moves b to
        # 2 copies (a is there already), position 2 exists only for a
        {"a.copies": 1},
        {"b.copies": 2},
        {"a.copies": 3},
    ]


def test_moves_that_change_nothing_or_repeat_are_left_out() -> None:
    space = SearchSpace((Knob("a", "input_bits", (8, 8, 4)),))
    assert opening_trials(space, {"a.input_bits": 8}) == [{"a.input_bits": 8}, {"a.input_bits": 4}]
