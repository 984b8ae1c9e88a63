"""Corrupt energy/area tables given by path: NaN, infinite, negative, huge or non-numeric
entries, misspelled actions and component kinds (with a "did you mean"), wrong types,
non-UTF-8 and non-TOML files. Each ends in exit 2, no traceback, a message naming the table
file and the entry at fault, and nothing written. Generated from the shipped tables and the
vocabulary of counted actions and component kinds (never a hand list).
"""

from __future__ import annotations

import copy
import math
import tomllib
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aimcsim.config.schema import FLOAT_LIMIT
from aimcsim.energy import AREA_KINDS, COMPONENT_KINDS, all_actions, list_tables
from aimcsim.energy.table import TABLE_PACKAGE

from .conftest import assert_refused, assert_unchanged, run_cli, snapshot
from .toml_text import nested_document

SECTIONS = {"actions": all_actions, "leakage": lambda: COMPONENT_KINDS, "area": lambda: AREA_KINDS}
COMMANDS = (["energy", "show"], ["area"])

BAD_NUMBERS = st.one_of(
    st.sampled_from([math.nan, math.inf, -math.inf]),
    st.floats(max_value=0, exclude_max=True, allow_nan=False, allow_infinity=False),
    st.integers(max_value=-1),
    st.floats(min_value=FLOAT_LIMIT, exclude_min=True, allow_infinity=False),
    st.booleans(),
    st.text(max_size=4),
    st.lists(st.floats(0, 1), max_size=2),
)

HYPOTHESIS = settings(
    max_examples=30,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def shipped(name: str) -> dict[str, Any]:
    text = resources.files(TABLE_PACKAGE).joinpath(f"{name}.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


def _refused_table(tmp_path: Path, data: dict[str, Any], command: list[str], *names: str) -> str:
    path = tmp_path / "table.toml"
    path.write_text(nested_document(data), encoding="utf-8")
    before = snapshot(tmp_path)
    outcome = run_cli([*command, str(path), "--preset", "tiny"])
    assert_refused(outcome, str(path), *names)
    assert_unchanged(tmp_path, before)
    return outcome.err


@st.composite
def corrupt_entry(draw: st.DrawFn) -> tuple[dict[str, Any], str, str]:
    """(table data with one entry's number replaced by a bad value, section, entry name)."""
    data = copy.deepcopy(shipped(draw(st.sampled_from(list_tables()))))
    section = draw(st.sampled_from(sorted(SECTIONS)))
    name = draw(st.sampled_from(sorted(data[section])))
    entry = data[section][name]
    rule = next(k for k in entry if k != "source")
    entry[rule] = draw(BAD_NUMBERS)
    return data, section, name


@HYPOTHESIS
@given(case=corrupt_entry(), command=st.sampled_from(COMMANDS))
def test_bad_numbers_are_refused(tmp_path: Path, case: Any, command: list[str]) -> None:
    data, section, name = case
    where = f'actions."{name}"' if section == "actions" else f"{section}.{name}"
    _refused_table(tmp_path, data, command, where)


def _typos(word: str) -> st.SearchStrategy[str]:
    """One-character edits (substitution, deletion, insertion) of ``word``."""
    letters = st.sampled_from("abcdefghijklmnopqrstuvwxyz_.")
    pos = st.integers(0, len(word) - 1)
    return st.one_of(
        st.tuples(pos, letters).map(lambda p: word[: p[0]] + p[1] + word[p[0] + 1 :]),
        pos.map(lambda i: word[:i] + word[i + 1 :]),
        st.tuples(pos, letters).map(lambda p: word[: p[0]] + p[1] + word[p[0] :]),
    )


@HYPOTHESIS
@given(data=st.data())
def test_misspelled_names_are_refused_with_a_hint(tmp_path: Path, data: st.DataObject) -> None:
    table = copy.deepcopy(shipped(data.draw(st.sampled_from(list_tables()), label="table")))
    section = data.draw(st.sampled_from(sorted(SECTIONS)), label="section")
    vocabulary = SECTIONS[section]()
    name = data.draw(st.sampled_from(sorted(table[section])), label="entry")
    typo = data.draw(_typos(name).filter(lambda t: t and t not in vocabulary), label="typo")
    table[section] = {typo if k == name else k: v for k, v in table[section].items()}
    err = _refused_table(tmp_path, table, ["energy", "show"], f"'{typo}'", "did you mean")
    assert "unknown" in err


def test_reported_misspelling(refused, tmp_path: Path) -> None:
    """The tester's case: ``xbar.reed`` was silently ignored."""
    data = shipped("hermes")
    data["actions"]["xbar.reed"] = data["actions"].pop("xbar.read")
    path = tmp_path / "t.toml"
    path.write_text(nested_document(data), encoding="utf-8")
    refused(["energy", "show", str(path)], str(path), "'xbar.reed'", "did you mean 'xbar.read'")


@pytest.mark.parametrize(
    "change",
    [
        {"actions": 5},
        {"leakage": "x"},
        {"area": [1, 2]},
        {"name": 5},
        {"presets": 3},
        {"actoins": {}},
        {"actions": {"adc.convert": 5}},
        {"actions": {"adc.convert": {"energy_pj": 1.0}}},
        {"actions": {"adc.convert": {"energy_pj": 1.0, "walden_fom_fj": 2.0, "source": "s"}}},
        {"actions": {"adc.convert": {"energy_pj": 1.0, "source": 5}}},
        {"leakage": {"adc": {"leakage_mw": 1.0, "watts": 2.0, "source": "s"}}},
        {"area": {"xbar": {"um2_per_lane": 1.0, "source": "s"}}},
    ],
    ids=str,
)
def test_wrong_types_and_shapes(tmp_path: Path, change: dict[str, Any]) -> None:
    data = shipped("generic-pcm")
    data.update(change)
    _refused_table(tmp_path, data, ["energy", "show"], "invalid energy table")


@pytest.mark.parametrize(
    "content,named",
    [(b'name = "t"\n\xff\n', "not UTF-8"), (b"[actions\n", "not valid TOML"), (b"", "'name'")],
)
def test_unreadable_tables(refused, tmp_path: Path, content: bytes, named: str) -> None:
    path = tmp_path / "t.toml"
    path.write_bytes(content)
    before = snapshot(tmp_path)
    for command in COMMANDS:
        refused([*command, str(path), "--preset", "tiny"], str(path), named)
    assert_unchanged(tmp_path, before)


def test_missing_table_file(refused, tmp_path: Path) -> None:
    refused(["energy", "show", str(tmp_path / "none.toml")], "none.toml", "not found")


ENTRY = {
    "actions": {"energy_pj": 1.0, "source": "s"},
    "leakage": {"leakage_mw": 1.0, "source": "s"},
    "area": {"um2": 1.0, "source": "s"},
}


@pytest.mark.parametrize("section", sorted(SECTIONS))
def test_every_name_gets_a_hint_for_a_one_letter_slip(section: str) -> None:
    """Also two-letter kinds (``ai`` for ``ni``), which a plain difflib cutoff missed."""
    from aimcsim.energy.table import table_from_dict
    from aimcsim.errors import EnergyError

    for name in SECTIONS[section]():
        typo = ("q" if name[0] != "q" else "z") + name[1:]
        with pytest.raises(EnergyError, match=rf"'{typo}'; did you mean"):
            table_from_dict({"name": "t", section: {typo: ENTRY[section]}})
