"""Bad values for every architecture config key, enumerated from the schema (never a hand list):
NaN, infinities, out-of-range and huge numbers, non-integral floats for integers, booleans
and wrong types, through ``--set`` and through a ``--config`` file. Each ends in exit 2, no
traceback, a message naming every key at fault and where its value came from, and nothing
written. A key added to the schema later is covered without touching this file.
"""

from __future__ import annotations

import dataclasses
import math
import typing
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aimcsim.config import ArchConfig
from aimcsim.config.arch import DERIVED_LIMITS
from aimcsim.config.schema import FLOAT_LIMIT, INT_LIMIT, LIST_LIMIT, ParamDoc, param_doc

from .conftest import assert_refused, assert_unchanged, run_cli, snapshot
from .toml_text import document, literal


def _leaves(cls: type, prefix: str = "") -> list[tuple[str, Any, ParamDoc]]:
    """(dotted key, field type, doc) of every leaf field of a config class."""
    hints = typing.get_type_hints(cls)
    out: list[tuple[str, Any, ParamDoc]] = []
    for f in dataclasses.fields(cls):
        ftype = hints[f.name]
        if dataclasses.is_dataclass(ftype):
            out.extend(_leaves(ftype, f"{prefix}{f.name}."))  # type: ignore[arg-type]
        else:
            out.append((f"{prefix}{f.name}", ftype, param_doc(f) or ParamDoc(doc="")))
    return out


LEAVES = _leaves(ArchConfig)
NUMERIC = [(k, t, d) for k, t, d in LEAVES if t in (int, float) and d.choices is None]
WRONG_TYPES = st.one_of(
    st.text(min_size=1, max_size=8), st.dictionaries(st.just("a"), st.integers(0, 3), max_size=1)
)


def _above(high: float) -> st.SearchStrategy[float]:
    return st.floats(min_value=high, max_value=1e300, exclude_min=True)


def bad_values(ftype: Any, doc: ParamDoc) -> st.SearchStrategy[Any]:
    """Values that a field of type ``ftype`` with range ``doc`` must refuse."""
    non_finite = st.sampled_from([math.nan, math.inf, -math.inf])
    if ftype is float:
        low, high = doc.bounds(is_int=False)
        options = [non_finite, st.booleans(), WRONG_TYPES, _above(high)]
        options.append(st.floats(min_value=-1e300, max_value=low, exclude_max=True))
        options.append(st.lists(st.floats(0, 1), min_size=1, max_size=2))
        return st.one_of(options)
    if ftype is int:
        if doc.choices is not None:
            return st.one_of(
                st.integers(-(10**6), 10**6).filter(lambda v: v not in doc.choices),
                st.booleans(),
                WRONG_TYPES,
            )
        low, high = doc.bounds(is_int=True)
        return st.one_of(
            non_finite,
            st.booleans(),
            WRONG_TYPES,
            st.floats(-1e6, 1e6).filter(lambda v: not v.is_integer()),
            st.integers(min_value=int(high) + 1, max_value=2**63 - 1),
            st.integers(min_value=-(2**63), max_value=int(low) - 1),
        )
    if ftype is bool:
        return st.one_of(st.integers(0, 2), st.floats(0, 1), st.text(max_size=5))
    if ftype is str:
        wrong = st.one_of(st.integers(), st.booleans(), non_finite)
        if doc.choices is None:
            return wrong
        return st.one_of(wrong, st.text(max_size=8).filter(lambda v: v not in doc.choices))
    return st.one_of(  # a list of numbers
        st.lists(non_finite, min_size=1, max_size=3),
        st.lists(st.text(min_size=1, max_size=3), min_size=1, max_size=2),
        st.lists(st.floats(0, 1), min_size=LIST_LIMIT + 1, max_size=LIST_LIMIT + 3),
        st.floats(0, 1),
    )


@st.composite
def bad_config(draw: st.DrawFn) -> dict[str, Any]:
    """A bad value for every key of the schema."""
    return {key: draw(bad_values(ftype, doc)) for key, ftype, doc in LEAVES}


def _named(err: str, origin: str, key: str) -> bool:
    return f"{origin}: key '{key}'" in err


HYPOTHESIS = settings(
    max_examples=25,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@HYPOTHESIS
@given(values=bad_config())
def test_every_key_refused_through_set(tmp_path: Path, values: dict[str, Any]) -> None:
    before = snapshot(tmp_path)
    args = ["config", "show"]
    for key, value in values.items():
        args += ["--set", f"{key}={literal(value)}"]
    outcome = run_cli(args)
    assert_refused(outcome)
    missing = [k for k in values if not _named(outcome.err, "--set", k)]
    assert not missing, f"not named: {missing}\n{outcome.err}"
    assert_unchanged(tmp_path, before)


@HYPOTHESIS
@given(values=bad_config())
def test_every_key_refused_through_a_config_file(tmp_path: Path, values: dict[str, Any]) -> None:
    path = tmp_path / "chip.toml"
    path.write_text(document(values), encoding="utf-8")
    before = snapshot(tmp_path)
    outcome = run_cli(["config", "show", "--config", str(path)])
    assert_refused(outcome)
    missing = [k for k in values if not _named(outcome.err, str(path), k)]
    assert not missing, f"not named: {missing}\n{outcome.err}"
    assert_unchanged(tmp_path, before)


@pytest.mark.parametrize("key", [k for k, t, _ in NUMERIC if t is float])
@pytest.mark.parametrize("value", ["nan", "inf", "-inf", "1e400"])
def test_float_key_refuses_non_finite_alone(refused, key: str, value: str) -> None:
    """One non-finite value on its own (``nan < min`` is false: this once passed)."""
    outcome = refused(["config", "show", "--set", f"{key}={value}"], f"--set: key '{key}'")
    assert "NaN and infinities are not accepted" in outcome.err


@pytest.mark.parametrize("key", [k for k, t, _ in NUMERIC if t is int])
def test_int_key_refuses_fractions_bools_and_huge_alone(refused, key: str) -> None:
    for value in ("2.5", "true", "nan", str(2**70)):
        refused(["config", "show", "--set", f"{key}={value}"], f"--set: key '{key}'")


def test_every_numeric_key_is_bounded() -> None:
    """Every number has finite bounds, stated or the generic limits of its type, that keep
    integers inside int64 with room for a product by a small factor."""
    for key, ftype, doc in NUMERIC:
        low, high = doc.bounds(is_int=ftype is int)
        limit = 2**48 if ftype is int else FLOAT_LIMIT
        assert -limit <= low <= high <= limit, key
        if ftype is int and doc.max is None:
            assert high == INT_LIMIT, key


@pytest.mark.parametrize("key", [k for k, t, _ in NUMERIC if t is int])
def test_int_key_accepts_an_integral_float(key: str) -> None:
    """``6.0`` is an integer; the check must not refuse what it should accept."""
    from aimcsim.config.loader import get_key, load_arch

    default = get_key(ArchConfig(), key)
    assert get_key(load_arch(overrides=[f"{key}={float(default)!r}"]), key) == default


def _with(arch: Any, key: str, value: Any) -> Any:
    """``arch`` with one dotted key replaced, unvalidated (to compute derived quantities)."""
    head, _, rest = key.partition(".")
    if not rest:
        return dataclasses.replace(arch, **{head: value})
    return dataclasses.replace(arch, **{head: _with(getattr(arch, head), rest, value)})


@pytest.mark.parametrize("limit", DERIVED_LIMITS, ids=lambda lim: lim.name)
@settings(max_examples=30, deadline=None, derandomize=True)
@given(data=st.data())
def test_derived_limits(limit: Any, data: st.DataObject) -> None:
    """Products of keys each within its own range are refused past their stated limit, with
    every key and where it came from named; accepted below it."""
    from aimcsim.config.loader import load_arch

    docs = {k: d for k, _, d in LEAVES}
    arch = ArchConfig()
    overrides = []
    for key in limit.keys:
        low, high = docs[key].bounds(is_int=True)
        value = data.draw(st.integers(int(low), int(high)), label=key)
        arch = _with(arch, key, value)
        overrides.append(f"{key}={value}")
    if limit.value(arch) > limit.max:
        outcome = run_cli(["config", "show", *(f"--set={o}" for o in overrides)])
        assert_refused(outcome, limit.name, *(f"{k}: --set" for k in limit.keys))
    else:
        load_arch(overrides=overrides)


@pytest.mark.parametrize(
    "content,named",
    [
        (b"\xff\xfe[chip]\nclock_mhz = 1000\n", "not UTF-8"),
        (b"[chip\nclock_mhz = 1000\n", "not valid TOML"),
        (b"chip = 5\n", "key 'chip'"),
        (b"[chip.clock_mhz]\nx = 1\n", "key 'chip.clock_mhz'"),
    ],
)
def test_unreadable_config_files(refused, tmp_path: Path, content: bytes, named: str) -> None:
    path = tmp_path / "chip.toml"
    path.write_bytes(content)
    before = snapshot(tmp_path)
    refused(["config", "show", "--config", str(path)], str(path), named)
    assert_unchanged(tmp_path, before)


def test_config_path_that_is_a_directory(refused, tmp_path: Path) -> None:
    refused(["config", "show", "--config", str(tmp_path)], str(tmp_path), "is a directory")
