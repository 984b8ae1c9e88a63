"""Bad numbers for every numeric command-line option, enumerated from the parser (never a hand
list): negative and zero counts, seeds beyond 64 bits, fractions, NaN, infinities, garbage and
nonsense durations. Each is argparse's one-line usage error naming the option, exit 2, before
any work (nothing written).
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aimcsim.cli import build_parser
from aimcsim.commands import options
from aimcsim.config.schema import INT_LIMIT, SEED_MAX

from .conftest import assert_refused, assert_unchanged, run_cli, snapshot

GARBAGE = st.one_of(
    st.sampled_from(["", "nan", "inf", "-inf", "1.5", "1e3", "0x10", "ten", " "]),
    st.text(alphabet="0123456789.-+eEnaif", min_size=1, max_size=6).filter(
        lambda t: not t.strip().lstrip("+-").isdigit()
    ),
)


def bad_text(kind: Any) -> st.SearchStrategy[str]:
    """Option values that an option of type ``kind`` must refuse."""
    if kind is options.inference_times:
        return st.one_of(
            st.sampled_from(["nan", "inf", "1e999", "-1", "-5h", "2000y", "1x", "", "1,", ","]),
            st.floats(max_value=-1e-9, allow_infinity=False).map(repr),
            st.integers(1001, 10**6).map(lambda y: f"{y}y"),
        )
    if kind is options.seed:
        too_big = st.integers(min_value=SEED_MAX + 1)
        return st.one_of(st.integers(max_value=-1).map(str), too_big.map(str), GARBAGE)
    high = options.MAX_CYCLES_LIMIT if kind is options.max_cycles else INT_LIMIT
    return st.one_of(
        st.integers(max_value=0).map(str), st.integers(min_value=high + 1).map(str), GARBAGE
    )


CHECKED_TYPES = (options.count, options.seed, options.max_cycles, options.inference_times)


def _subcommands(
    parser: argparse.ArgumentParser, path: tuple[str, ...] = ()
) -> Iterator[tuple[tuple[str, ...], argparse.ArgumentParser]]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield (*path, name), sub
                yield from _subcommands(sub, (*path, name))


def _required_args(parser: argparse.ArgumentParser) -> list[str]:
    """Placeholder values for the required positionals and options of a subcommand."""
    out: list[str] = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            continue
        if not action.option_strings and action.nargs not in ("?", "*"):
            out.append("placeholder")
        elif action.option_strings and action.required:
            value = "1" if action.type in CHECKED_TYPES else "placeholder"
            out += [action.option_strings[-1], value]
    return out


def numeric_options() -> list[tuple[list[str], str, Any]]:
    """(command line up to the option, option string, type) of every checked numeric option."""
    found = []
    for path, sub in _subcommands(build_parser()):
        for action in sub._actions:
            if action.type in CHECKED_TYPES:
                found.append(
                    ([*path, *_required_args(sub)], action.option_strings[-1], action.type)
                )
    return found


NUMERIC = numeric_options()


def test_the_options_are_found() -> None:
    """The enumeration sees the options the assignment names (so the tests below run)."""
    seen = {(cmd[0], opt) for cmd, opt, _ in NUMERIC}
    for expected in [
        ("run", "--samples"),
        ("run", "--seed"),
        ("run", "--t-inference"),
        ("run", "--max-cycles"),
        ("tile-error", "--repeats"),
        ("compile", "--slots"),
        ("sweep", "--workers"),
    ]:
        assert expected in seen


def test_no_numeric_option_is_unchecked() -> None:
    """A bare ``type=int``/``float`` accepts -5, nan and 10**30: every numeric option uses a
    checked type (``--n-mvm`` belongs to the sweep's own validation)."""
    unchecked = [
        (path, action.option_strings)
        for path, sub in _subcommands(build_parser())
        for action in sub._actions
        if action.type in (int, float) and "--n-mvm" not in action.option_strings
    ]
    assert not unchecked


@pytest.mark.parametrize("command,option,kind", NUMERIC, ids=[f"{c[0]} {o}" for c, o, _ in NUMERIC])
@settings(
    max_examples=12,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(data=st.data())
def test_bad_numbers_are_usage_errors(
    tmp_path: Path, command: list[str], option: str, kind: Any, data: st.DataObject
) -> None:
    value = data.draw(bad_text(kind), label="value")
    before = snapshot(tmp_path)
    outcome = run_cli([*command, f"{option}={value}"])
    assert_refused(outcome, f"argument {option}")
    assert_unchanged(tmp_path, before)


@pytest.mark.parametrize(
    "kind,text,value",
    [
        (options.count, "5", 5),
        (options.seed, "0", 0),
        (options.seed, str(SEED_MAX), SEED_MAX),
        (options.inference_times, "0,1h,1d,1y", [0.0, 3600.0, 86400.0, 31536000.0]),
    ],
)
def test_good_numbers_pass(kind: Any, text: str, value: Any) -> None:
    assert kind(text) == value
