"""Corrupt native TOML models through ``aimcsim compile``: wrong types, absurd sizes, missing
keys, bad weight archives and arrays, non-UTF-8 files. Each ends in exit 2, no traceback, a
message naming the model (or archive) file, the layer or section and the key, no output
directory and nothing else written.

The generators start from one valid model that uses every layer key kind and replace one
key's value by a bad one of its kind (sizes, names, numbers).
"""

from __future__ import annotations

import copy
import math
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aimcsim.compiler.native import (
    ELEMENTWISE,
    LAYER_KEYS,
    MAX_DIM,
    MAX_TENSOR_ELEMENTS,
)
from aimcsim.config.schema import SEED_MAX

from .conftest import assert_refused, assert_unchanged, run_cli, snapshot
from .toml_text import nested_document

BASE: dict[str, Any] = {
    "model": {"name": "base", "seed": 1},
    "inputs": [{"name": "img", "shape": [1, 6, 6]}, {"name": "seq", "shape": [3, 4]}],
    "layers": [
        {
            "type": "conv",
            "name": "conv",
            "input": "img",
            "filters": 2,
            "kernel": 3,
            "stride": 1,
            "dilation": 1,
            "pads": 1,
            "activation": "relu",
        },
        {"type": "maxpool", "name": "pool", "kernel": 2, "stride": 2, "pads": 0},
        {"type": "flatten", "name": "flat"},
        {"type": "dense", "name": "fc", "units": 4, "bias": True},
        {"type": "clip", "name": "clip", "hi": 6.0},
        {"type": "lstm", "name": "rnn", "input": "seq", "hidden": 3, "return": "last"},
        {"type": "layernorm", "name": "ln", "eps": 1e-5},
        {"type": "flatten", "name": "lnflat"},
        {"type": "concat", "name": "cat", "inputs": ["clip", "lnflat"], "axis": -1},
    ],
}
"""A valid model (it compiles for the ``tiny`` preset) using every kind of key."""

SIZE_KEYS = {"filters", "kernel", "stride", "dilation", "units", "hidden"}
WRONG_TYPES = st.one_of(
    st.booleans(),
    st.floats(allow_nan=True).filter(lambda v: not (math.isfinite(v) and v.is_integer())),
    st.text(max_size=5),
    st.dictionaries(st.just("a"), st.integers(0, 2), max_size=1),
)
BAD_SIZES = st.one_of(
    st.integers(max_value=0),
    st.integers(min_value=MAX_DIM + 1, max_value=2**63 - 1),
    WRONG_TYPES,
    st.lists(st.integers(1, 3), min_size=3, max_size=5),
)
NOT_A_STRING = st.one_of(
    st.integers(), st.booleans(), st.floats(), st.lists(st.integers(0, 3), min_size=1)
)
NOT_A_NUMBER = st.one_of(
    st.sampled_from([math.nan, math.inf, -math.inf]), st.booleans(), st.text(max_size=4)
)
NON_NAMES = {
    "type": st.text(max_size=8).filter(lambda t: t not in LAYER_KEYS),
    "activation": st.text(max_size=8).filter(lambda t: t not in ELEMENTWISE),
    "return": st.text(max_size=8).filter(lambda t: t not in ("sequence", "last")),
    "input": st.text(max_size=8).filter(lambda t: t not in _tensor_names()),
}
TEXT_KEYS = {"type", "name", "activation", "return", "input"}

HYPOTHESIS = settings(
    max_examples=40,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def _tensor_names() -> set[str]:
    return {i["name"] for i in BASE["inputs"]} | {layer["name"] for layer in BASE["layers"]}


def bad_value(key: str) -> st.SearchStrategy[Any]:
    """Values that ``key`` of a layer must refuse."""
    if key in SIZE_KEYS:
        return BAD_SIZES
    if key == "pads":
        return st.one_of(st.integers(max_value=-1), st.integers(min_value=MAX_DIM + 1), WRONG_TYPES)
    if key in ("hi", "eps"):
        return NOT_A_NUMBER if key == "eps" else st.one_of(NOT_A_NUMBER, st.floats(max_value=-1))
    if key == "axis":
        return st.one_of(st.integers(min_value=1), st.integers(max_value=-2), WRONG_TYPES)
    if key == "inputs":
        return st.one_of(st.just([]), st.lists(NOT_A_STRING, min_size=1, max_size=2), NOT_A_STRING)
    if key == "bias":
        return st.one_of(st.integers(), st.floats(), st.text(min_size=1, max_size=4))
    if key in NON_NAMES:
        return st.one_of(NOT_A_STRING, NON_NAMES[key])
    return NOT_A_STRING  # name


def _compile(tmp_path: Path, model: dict[str, Any], *names: str) -> str:
    """Write ``model``, compile it, assert a clean refusal naming the file and ``names``."""
    path = tmp_path / "m.toml"
    path.write_text(nested_document(model), encoding="utf-8")
    out = tmp_path / "out"
    before = snapshot(tmp_path)
    outcome = run_cli(["compile", str(path), "--preset", "tiny", "-o", str(out)])
    assert_refused(outcome, *names)
    assert not out.exists()
    assert_unchanged(tmp_path, before)
    return outcome.err


def test_base_model_compiles(tmp_path: Path) -> None:
    """The generators' starting point is valid, so every refusal below is due to the change."""
    path = tmp_path / "m.toml"
    path.write_text(nested_document(BASE), encoding="utf-8")
    assert run_cli(["compile", str(path), "--preset", "tiny", "-o", str(tmp_path / "o")]).code == 0


@st.composite
def bad_layer_key(draw: st.DrawFn) -> tuple[dict[str, Any], int, str]:
    model = copy.deepcopy(BASE)
    index = draw(st.integers(0, len(model["layers"]) - 1))
    layer = model["layers"][index]
    key = draw(st.sampled_from(sorted(layer)))
    layer[key] = draw(bad_value(key))
    return model, index, key


@HYPOTHESIS
@given(case=bad_layer_key())
def test_bad_layer_values(tmp_path: Path, case: Any) -> None:
    model, index, key = case
    _compile(tmp_path, model, "m.toml", f"layers[{index}]", key)


REQUIRED_KEYS = {"type", "filters", "kernel", "units", "hidden", "hi"}


@pytest.mark.parametrize(
    "index,key",
    [(i, k) for i, layer in enumerate(BASE["layers"]) for k in layer if k in REQUIRED_KEYS],
)
def test_missing_required_keys(tmp_path: Path, index: int, key: str) -> None:
    model = copy.deepcopy(BASE)
    del model["layers"][index][key]
    _compile(tmp_path, model, "m.toml", f"layers[{index}]", key)


@HYPOTHESIS
@given(
    index=st.integers(0, 1),
    shape=st.one_of(
        st.just([]),
        st.lists(st.integers(1, 3), min_size=4, max_size=5),
        st.lists(BAD_SIZES, min_size=1, max_size=3),
        st.lists(st.integers(2**9, MAX_DIM), min_size=3, max_size=3),
        NOT_A_STRING.filter(lambda v: not isinstance(v, list)),
    ),
)
def test_bad_input_shapes(tmp_path: Path, index: int, shape: Any) -> None:
    model = copy.deepcopy(BASE)
    model["inputs"][index]["shape"] = shape
    err = _compile(tmp_path, model, "m.toml", f"inputs[{index}]")
    assert "shape" in err or "input" in err


@HYPOTHESIS
@given(
    key_value=st.one_of(
        st.tuples(
            st.just("seed"),
            st.one_of(st.integers(max_value=-1), st.integers(min_value=SEED_MAX + 1), WRONG_TYPES),
        ),
        st.tuples(st.just("name"), st.one_of(NOT_A_STRING, st.just(""))),
        st.tuples(st.just("outputs"), st.one_of(NOT_A_STRING, st.just([]))),
        st.tuples(st.just("weights"), st.one_of(NOT_A_STRING, st.just(""))),
    )
)
def test_bad_model_section(tmp_path: Path, key_value: tuple[str, Any]) -> None:
    key, value = key_value
    model = copy.deepcopy(BASE)
    model["model"][key] = value
    _compile(tmp_path, model, "m.toml", "[model]", key)


def test_absurd_product_is_refused_before_allocation(tmp_path: Path) -> None:
    """Each size within MAX_DIM, their product far beyond any allocation (units = 1e8 once
    asked for 23.8 GiB)."""
    model = copy.deepcopy(BASE)
    model["inputs"][1]["shape"] = [MAX_DIM, 64]
    model["layers"][5]["hidden"] = MAX_DIM
    err = _compile(tmp_path, model, "m.toml", "layers[5]", "limit")
    assert str(MAX_TENSOR_ELEMENTS) in err


# ----------------------------------------------------------------------------- weights


def _with_weight(tmp_path: Path) -> dict[str, Any]:
    model = copy.deepcopy(BASE)
    model["model"]["weights"] = "w.npz"
    model["layers"][3]["weight"] = "fc.w"  # dense (4, 18)
    return model


def _bad_archive(tmp_path: Path, write: Any, *names: str) -> None:
    write(tmp_path / "w.npz")
    _compile(tmp_path, _with_weight(tmp_path), *names)


@HYPOTHESIS
@given(
    array=st.one_of(
        st.tuples(st.integers(0, 3), st.integers(0, 17), st.sampled_from([np.nan, np.inf])).map(
            lambda c: np.where(np.arange(72).reshape(4, 18) == c[0] * 18 + c[1], c[2], 0.5)
        ),
        st.sampled_from(
            [
                np.zeros((4, 17)),
                np.zeros((18, 4)),
                np.zeros((4, 18, 2)),
                np.full((4, 18), "a"),
                np.zeros((4, 18), dtype=complex),
            ]
        ),
    )
)
def test_bad_weight_arrays(tmp_path: Path, array: np.ndarray) -> None:
    np.savez(tmp_path / "w.npz", **{"fc.w": array})
    _compile(tmp_path, _with_weight(tmp_path), "m.toml", "layers[3]", "weight")


def _pickled(path: Path) -> None:
    np.savez(path, **{"fc.w": np.array([{"a": 1}], dtype=object)})


def _npy_named_npz(path: Path) -> None:
    with path.open("wb") as f:
        np.save(f, np.zeros((4, 18)))


@pytest.mark.parametrize(
    "write",
    [
        lambda p: p.write_bytes(b"PK\x03\x04 not really a zip"),
        lambda p: p.write_text("fc.w = [1, 2]"),
        _pickled,
        _npy_named_npz,
        lambda p: p.mkdir(),
    ],
    ids=["corrupt-zip", "text", "pickled", "npy", "directory"],
)
def test_bad_weight_archives(tmp_path: Path, write: Any) -> None:
    _bad_archive(tmp_path, write, "w.npz")


def test_missing_weight_array_and_archive(tmp_path: Path) -> None:
    np.savez(tmp_path / "w.npz", other=np.zeros(3))
    _compile(tmp_path, _with_weight(tmp_path), "m.toml", "layers[3]", "'fc.w'")
    (tmp_path / "w.npz").unlink()
    _compile(tmp_path, _with_weight(tmp_path), "w.npz", "not found")


def test_non_utf8_model(refused, tmp_path: Path) -> None:
    path = tmp_path / "m.toml"
    path.write_bytes(b'[model]\nname = "\xff"\n')
    refused(["compile", str(path), "--preset", "tiny", "-o", str(tmp_path / "o")], "m.toml")
    assert not (tmp_path / "o").exists()
