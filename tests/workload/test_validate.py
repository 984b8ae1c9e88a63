"""Unit tests of the workload validation layer: schema walker, key paths, samples checks."""

from __future__ import annotations

import numpy as np
import pytest

from aimcsim.errors import WorkloadError
from aimcsim.workload import schema
from aimcsim.workload.samples import InputSignature, check_sample_count, check_samples
from aimcsim.workload.schema import Table, Value, did_you_mean, key_path

SMALL = Table(
    {
        "t": Table(
            {"n": Value("int", min=1, max=8), "s": Value("shape"), "k": Value("str", False)},
            many=True,
        ),
        "o": Table({"f": Value("float", min=0.0)}, required=False, open=True),
    },
    open=True,
)


def test_key_path_text() -> None:
    assert key_path(("probes", 2, "pc")) == "probes[2].pc"
    assert key_path(("workload", "n_slots")) == "workload.n_slots"
    assert key_path(("inputs", 0, "shape", 1)) == "inputs[0].shape[1]"


def test_did_you_mean_ignores_case() -> None:
    assert did_you_mean("INPUT.X", ["input.x", "labels"]) == " (did you mean 'input.x'?)"
    assert did_you_mean("zzz", ["input.x"]) == ""


@pytest.mark.parametrize(
    ("doc", "where"),
    [
        ({}, "f.toml: t: required key is missing"),
        ({"t": {}}, "f.toml: t: expected an array of tables"),
        (
            {"t": [{"n": 1, "s": [2]}, {"n": 9, "s": [2]}]},
            "f.toml: t[1].n: 9 is out of range (1..8)",
        ),
        ({"t": [{"n": True, "s": [2]}]}, "f.toml: t[0].n: expected an integer, got a boolean"),
        ({"t": [{"n": 1, "s": [2, 0]}]}, "f.toml: t[0].s[1]: 0 is out of range"),
        (
            {"t": [{"n": 1, "s": [2], "kk": "x"}]},
            "f.toml: t[0].kk: unknown key (did you mean 'k'?)",
        ),
        ({"t": [], "o": {"f": float("inf")}}, "f.toml: o.f: expected a finite number"),
    ],
)
def test_schema_check_names_the_key_path(doc: dict, where: str) -> None:
    with pytest.raises(WorkloadError) as info:
        schema.check(doc, "f.toml", SMALL)
    assert str(info.value).startswith(where)


def test_open_tables_accept_other_keys() -> None:
    schema.check({"t": [], "o": {"f": 1, "note": "free text"}, "extra": 1}, "f.toml", SMALL)


def test_check_samples_accepts_and_counts() -> None:
    sig = [InputSignature("x", (2, 3)), InputSignature("ids", (4,), vocab=10)]
    arrays = {"x": np.zeros((5, 2, 3), np.float32), "ids": np.arange(20).reshape(5, 4) % 10}
    assert check_samples(arrays, np.arange(5) % 3, sig, 3, "s.npz") == 5


@pytest.mark.parametrize(
    ("arrays", "labels", "message"),
    [
        ({"x": np.zeros((5, 3))}, None, "array 'x' has shape (5, 3), expected (N, 2, 3)"),
        ({"x": np.zeros((5, 2, 3)), "y": np.zeros(1)}, None, "array 'y' is not an input"),
        ({}, None, "no samples for model input 'x'"),
        ({"x": np.full((1, 2, 3), np.inf)}, None, "holds inf at index (0, 0, 0)"),
        ({"x": np.zeros((2, 2, 3))}, np.array([0, 3]), "outside 0..2"),
        ({"x": np.zeros((2, 2, 3))}, np.array([0]), "expected (2,)"),
        ({"x": np.zeros((2, 2, 3))}, np.array([0.0, 1.0]), "expected integer class indices"),
    ],
)
def test_check_samples_refuses(arrays: dict, labels, message: str) -> None:
    with pytest.raises(WorkloadError, match="^s.npz: ") as info:
        check_samples(arrays, labels, [InputSignature("x", (2, 3))], 3, "s.npz")
    assert message in str(info.value)


def test_sample_count_bounds() -> None:
    check_sample_count(None, 5, "w")
    check_sample_count(5, 5, "w")
    for n in (0, 6):
        with pytest.raises(WorkloadError, match=f"--samples {n}: w holds 5 samples"):
            check_sample_count(n, 5, "w")
