"""Bad weight and input files for ``aimcsim tile-error``: non-numeric dtypes, shapes that are
not 2-D or disagree, empty arrays, NaN/Inf or beyond-float32 values, vectors whose exact output
is zero (relative error 0/0), and files that are not ``.npy`` arrays (``.npz`` archives, text,
directories, truncated or pickled files). Each ends in exit 2, no traceback, a message naming
the file, and nothing written.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from .conftest import assert_refused, assert_unchanged, run_cli, snapshot

N_OUT, N_IN, N_VEC = 6, 10, 5


def _good(role: str) -> np.ndarray:
    rng = np.random.default_rng(0 if role == "weights" else 1)
    return rng.standard_normal((N_OUT, N_IN) if role == "weights" else (N_VEC, N_IN))


def _with_value(role: str, value: float, row: int, col: int) -> np.ndarray:
    a = _good(role)
    a[row % a.shape[0], col % a.shape[1]] = value
    return a


BAD_ARRAYS = st.one_of(
    st.tuples(
        st.sampled_from([np.nan, np.inf, -np.inf, 1e39, -1e300]),
        st.integers(0, 20),
        st.integers(0, 20),
    ),
    st.sampled_from(
        [
            np.zeros(N_IN),
            np.zeros((2, N_IN, 1)),
            np.array(3.0),
            np.zeros((0, N_IN)),
            np.zeros((N_OUT, 0)),
            np.zeros((3, N_IN + 1)),
            np.full((3, N_IN), "x"),
            np.zeros((3, N_IN), dtype=complex),
            np.ones((3, N_IN), dtype=bool),
            np.zeros((3, N_IN)),
        ]
    ),
)

SETTINGS = settings(
    max_examples=30,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def _run(tmp_path: Path, weights: Path, inputs: Path, named: Path) -> str:
    before = snapshot(tmp_path)
    outcome = run_cli(
        ["tile-error", "--weights", str(weights), "--inputs", str(inputs), "--preset", "tiny"]
    )
    assert_refused(outcome, str(named))
    assert_unchanged(tmp_path, before)
    return outcome.err


@SETTINGS
@given(role=st.sampled_from(["weights", "inputs"]), bad=BAD_ARRAYS)
def test_bad_arrays(tmp_path: Path, role: str, bad: Any) -> None:
    array = _with_value(role, *bad) if isinstance(bad, tuple) else bad
    if role == "weights" and array.shape == (3, N_IN + 1):
        array = np.zeros((N_OUT, N_IN))  # a (6, 11) weight would just make the inputs disagree
    files = {r: tmp_path / f"{r}.npy" for r in ("weights", "inputs")}
    np.save(files["weights"], array if role == "weights" else _good("weights"))
    np.save(files["inputs"], array if role == "inputs" else _good("inputs"))
    _run(tmp_path, files["weights"], files["inputs"], files[role])


def test_zero_weights_are_refused_naming_them(tmp_path: Path) -> None:
    np.save(tmp_path / "w.npy", np.zeros((N_OUT, N_IN)))
    np.save(tmp_path / "x.npy", _good("inputs"))
    _run(tmp_path, tmp_path / "w.npy", tmp_path / "x.npy", tmp_path / "w.npy")


def test_zero_input_vectors_are_refused_with_a_reason(tmp_path: Path) -> None:
    x = _good("inputs")
    x[2] = 0.0
    np.save(tmp_path / "w.npy", _good("weights"))
    np.save(tmp_path / "x.npy", x)
    err = _run(tmp_path, tmp_path / "w.npy", tmp_path / "x.npy", tmp_path / "x.npy")
    assert "rows 2" in err and "undefined" in err


def _npz(p: Path) -> None:
    with p.open("wb") as f:
        np.savez(f, w=_good("weights"))


def _truncated(p: Path) -> None:
    np.save(p, _good("weights"))
    p.write_bytes(p.read_bytes()[:-40])


def _pickled(p: Path) -> None:
    np.save(p, np.array([{"a": 1}], dtype=object), allow_pickle=True)


@pytest.mark.parametrize(
    "write",
    [
        _npz,
        _truncated,
        _pickled,
        lambda p: p.write_text("1 2 3\n4 5 6\n"),
        lambda p: p.write_bytes(b""),
        lambda p: p.mkdir(),
    ],
    ids=["npz", "truncated", "pickled", "text", "empty", "directory"],
)
@pytest.mark.parametrize("role", ["weights", "inputs"])
def test_files_that_are_not_npy_arrays(tmp_path: Path, write: Any, role: str) -> None:
    files = {r: tmp_path / f"{r}.npy" for r in ("weights", "inputs")}
    for r, path in files.items():
        if r == role:
            write(path)
        else:
            np.save(path, _good(r))
    _run(tmp_path, files["weights"], files["inputs"], files[role])


def test_missing_file(tmp_path: Path) -> None:
    np.save(tmp_path / "w.npy", _good("weights"))
    _run(tmp_path, tmp_path / "w.npy", tmp_path / "none.npy", tmp_path / "none.npy")
