"""Corrupt ``tensors.npz`` and ``program.bin`` of a workload: truncated, bytes flipped, arrays
renamed, deleted, of the wrong dtype or shape, or holding NaN/Inf. Each is refused with exit 2,
no traceback and a message naming the file and the array (or the run succeeds when the damage
changed nothing loading reads), and the workload directory is left as it was."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from .conftest import assert_refused, assert_unchanged, run_cli, snapshot
from .workload_edits import WORKLOADS, copy_workload, read_tensors, write_tensors

BASES = ("mlp-digits", "lstm")
"""Small shipped workloads: weights, constants, samples with labels; token ids + embedding."""

ARRAYS = {base: sorted(read_tensors(WORKLOADS / base)) for base in BASES}

FUZZ = settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def _fresh(tmp_path: Path, base: str, tag: str) -> Path:
    wl = tmp_path / f"{base}-{tag}"
    if wl.exists():
        shutil.rmtree(wl)
    return copy_workload(base, wl)


def _run(wl: Path):
    before = snapshot(wl)
    outcome = run_cli(["run", str(wl), "--no-report", "--no-functional"])
    assert_unchanged(wl, before)
    return outcome


def _refused_or_ran(outcome, *names: str) -> None:
    """Either the run succeeded (the damage did not touch what is read) or it was refused
    naming ``names``."""
    if outcome.code == 0 and outcome.exception is None:
        return
    assert_refused(outcome, *names)


@FUZZ
@given(base=st.sampled_from(BASES), cut=st.floats(0.0, 0.999))
def test_truncated_archive(tmp_path: Path, base: str, cut: float) -> None:
    wl = _fresh(tmp_path, base, "cut")
    data = (wl / "tensors.npz").read_bytes()
    (wl / "tensors.npz").write_bytes(data[: int(cut * len(data))])
    assert_refused(_run(wl), "tensors.npz")


@FUZZ
@given(base=st.sampled_from(BASES), where=st.floats(0.0, 0.999), mask=st.integers(1, 255))
def test_flipped_byte_in_archive(tmp_path: Path, base: str, where: float, mask: int) -> None:
    wl = _fresh(tmp_path, base, "flip")
    data = bytearray((wl / "tensors.npz").read_bytes())
    data[int(where * len(data))] ^= mask
    (wl / "tensors.npz").write_bytes(bytes(data))
    _refused_or_ran(_run(wl), "tensors.npz")


@FUZZ
@given(base=st.sampled_from(BASES), data=st.data())
def test_renamed_array(tmp_path: Path, base: str, data: st.DataObject) -> None:
    name = data.draw(st.sampled_from(ARRAYS[base]), label="array")
    new = data.draw(st.sampled_from([name + "x", name[:-1], name.upper(), "x" + name]))
    wl = _fresh(tmp_path, base, "rename")
    arrays = read_tensors(wl)
    arrays[new] = arrays.pop(name)
    write_tensors(wl, arrays)
    # the message names the array that is missing, or the stray one with a did-you-mean
    assert_refused(_run(wl), name)


@pytest.mark.parametrize(
    ("base", "name"), [(b, n) for b in BASES for n in ARRAYS[b]], ids=lambda v: str(v)
)
def test_deleted_array(tmp_path: Path, base: str, name: str) -> None:
    wl = _fresh(tmp_path, base, "delete")
    arrays = read_tensors(wl)
    del arrays[name]
    write_tensors(wl, arrays)
    outcome = _run(wl)
    if name == "labels" or name.startswith("input."):
        # valid: without labels no top-1, without samples (each base has one input) a
        # timing-only workload
        assert outcome.code == 0, outcome.err
    else:
        assert_refused(outcome, "tensors.npz")


@FUZZ
@given(base=st.sampled_from(BASES), data=st.data())
def test_wrong_dtype(tmp_path: Path, base: str, data: st.DataObject) -> None:
    name = data.draw(st.sampled_from(ARRAYS[base]), label="array")
    dtype = data.draw(st.sampled_from(["complex64", "U3", "bool"]), label="dtype")
    wl = _fresh(tmp_path, base, "dtype")
    arrays = read_tensors(wl)
    if dtype == "bool" and name.startswith("input."):
        dtype = "complex64"  # 0/1 inputs are numbers
    arrays[name] = arrays[name].astype(dtype)
    write_tensors(wl, arrays)
    assert_refused(_run(wl), "tensors.npz" if name.startswith(("input.", "labels")) else "", name)


@FUZZ
@given(base=st.sampled_from(BASES), data=st.data())
def test_wrong_shape(tmp_path: Path, base: str, data: st.DataObject) -> None:
    name = data.draw(st.sampled_from(ARRAYS[base]), label="array")
    wl = _fresh(tmp_path, base, "shape")
    arrays = read_tensors(wl)
    a = arrays[name]
    arrays[name] = a[..., :-1] if data.draw(st.booleans(), label="shrink") else a[..., None]
    write_tensors(wl, arrays)
    outcome = _run(wl)
    if name == "labels" and arrays[name].ndim == 1:
        assert_refused(outcome, "labels")
    else:
        assert_refused(outcome, name)


@FUZZ
@given(
    base=st.sampled_from(BASES),
    data=st.data(),
    bad=st.sampled_from([np.nan, np.inf, -np.inf]),
)
def test_non_finite_values(tmp_path: Path, base: str, data: st.DataObject, bad: float) -> None:
    floats = [n for n in ARRAYS[base] if read_tensors(WORKLOADS / base)[n].dtype.kind == "f"]
    name = data.draw(st.sampled_from(floats), label="array")
    wl = _fresh(tmp_path, base, "nan")
    arrays = read_tensors(wl)
    flat = arrays[name].reshape(-1).copy()
    flat[data.draw(st.integers(0, flat.size - 1), label="index")] = bad
    arrays[name] = flat.reshape(arrays[name].shape)
    write_tensors(wl, arrays)
    assert_refused(_run(wl), name)


def test_labels_out_of_range_and_token_ids_out_of_table(tmp_path: Path) -> None:
    wl = _fresh(tmp_path, "mlp-digits", "labels")
    arrays = read_tensors(wl)
    arrays["labels"] = arrays["labels"].copy()
    arrays["labels"][5] = 10  # 10 classes: 0..9
    write_tensors(wl, arrays)
    assert_refused(_run(wl), "tensors.npz", "'labels'", "0..9")
    wl = _fresh(tmp_path, "lstm", "ids")
    arrays = read_tensors(wl)
    arrays["input.input_ids"] = arrays["input.input_ids"].copy()
    arrays["input.input_ids"][0, 3] = 50  # vocabulary of 50 tokens
    write_tensors(wl, arrays)
    assert_refused(_run(wl), "tensors.npz", "'input.input_ids'", "0..49")


def test_archive_that_is_not_a_zip(tmp_path: Path) -> None:
    wl = _fresh(tmp_path, "mlp-digits", "text")
    (wl / "tensors.npz").write_text("not an archive", encoding="utf-8")
    assert_refused(_run(wl), "tensors.npz")
    (wl / "tensors.npz").unlink()
    (wl / "tensors.npz").mkdir()
    assert_refused(_run(wl), "tensors.npz")


@FUZZ
@given(base=st.sampled_from(BASES), where=st.floats(0.0, 0.999), mask=st.integers(1, 255))
def test_damaged_program(tmp_path: Path, base: str, where: float, mask: int) -> None:
    wl = _fresh(tmp_path, base, "bin")
    data = bytearray((wl / "program.bin").read_bytes())
    data[int(where * len(data))] ^= mask
    (wl / "program.bin").write_bytes(bytes(data))
    assert_refused(_run(wl), "program.bin")
    (wl / "program.bin").write_bytes(bytes(data[: int(where * len(data))]))
    assert_refused(_run(wl), "program.bin")
