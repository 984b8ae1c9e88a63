"""``aimcsim compile --samples`` with bad samples: wrong array names, shapes, dtypes, counts,
NaN/Inf, labels of the wrong length, dtype or range, damaged archives. Each is refused
(exit 2, no traceback, the file and the array named) before anything is written."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from .conftest import CliOutcome, assert_refused, assert_unchanged, run_cli, snapshot
from .workload_edits import WORKLOADS

MODEL = WORKLOADS / "mlp-digits" / "model.onnx"
"""Input ``x`` of shape (64,), output ``logits`` of 10 classes."""


def _good(n: int) -> dict[str, np.ndarray]:
    rng = np.random.default_rng(n)
    return {
        "x": rng.standard_normal((n, 64)).astype(np.float32),
        "labels": rng.integers(0, 10, n),
    }


def _mutations(n: int, at: int) -> dict[str, tuple[dict[str, np.ndarray], list[str]]]:
    """Bad sample sets built from ``n`` good samples: name -> (arrays, names to be named)."""
    good = _good(n)
    x, labels = good["x"], good["labels"]
    nan_x = x.copy()
    nan_x.reshape(-1)[at % x.size] = np.nan
    inf_x = x.copy()
    inf_x.reshape(-1)[at % x.size] = -np.inf
    bad_labels = labels.copy()
    bad_labels[at % n] = 10
    neg_labels = labels.copy()
    neg_labels[at % n] = -1
    return {
        "short-feature": ({"x": x[:, :-1], "labels": labels}, ["'x'", "(N, 64)"]),
        "extra-axis": ({"x": x[:, :, None], "labels": labels}, ["'x'", "(N, 64)"]),
        "one-sample-no-axis": ({"x": x[0], "labels": labels[:1]}, ["'x'"]),
        "no-samples": ({"x": x[:0], "labels": labels[:0]}, ["'x'", "no samples"]),
        "complex": ({"x": x.astype(np.complex64), "labels": labels}, ["'x'", "complex64"]),
        "strings": ({"x": x.astype("U4"), "labels": labels}, ["'x'"]),
        "bool": ({"x": x > 0, "labels": labels}, ["'x'", "bool"]),
        "nan": ({"x": nan_x, "labels": labels}, ["'x'", "nan"]),
        "inf": ({"x": inf_x, "labels": labels}, ["'x'", "inf"]),
        "labels-short": ({"x": x, "labels": labels[:-1]}, ["'labels'", f"({n},)"]),
        "labels-2d": ({"x": x, "labels": labels[:, None]}, ["'labels'"]),
        "labels-float": ({"x": x, "labels": labels.astype(np.float32)}, ["'labels'", "float"]),
        "labels-too-big": ({"x": x, "labels": bad_labels}, ["'labels'", "0..9"]),
        "labels-negative": ({"x": x, "labels": neg_labels}, ["'labels'", "0..9"]),
        "renamed": ({"X": x, "labels": labels}, ["'X'", "did you mean 'x'"]),
        "misspelt": ({"xx": x, "labels": labels}, ["'xx'", "did you mean 'x'"]),
        "extra-array": ({"x": x, "y": x, "labels": labels}, ["'y'"]),
        "only-labels": ({"labels": labels}, ["no sample arrays"]),
        "workload-prefix-wrong": ({"input.xx": x, "labels": labels}, ["'xx'", "'x'"]),
    }


def _compile(tmp_path: Path, samples: Path) -> tuple[CliOutcome, dict[str, str], Path]:
    out = tmp_path / "out"
    before = snapshot(tmp_path)
    outcome = run_cli(
        ["compile", str(MODEL), "--preset", "tiny", "--samples", str(samples), "-o", str(out)]
    )
    return outcome, before, out


def _assert_compile_refused(tmp_path: Path, samples: Path, *names: str) -> None:
    outcome, before, out = _compile(tmp_path, samples)
    assert_refused(outcome, str(samples), *names)
    assert not out.exists()
    assert_unchanged(tmp_path, before)


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    kind=st.sampled_from(sorted(_mutations(3, 0))),
    n=st.integers(1, 40),
    at=st.integers(0, 10_000),
)
def test_bad_samples_are_refused(tmp_path: Path, kind: str, n: int, at: int) -> None:
    arrays, names = _mutations(n, at)[kind]
    samples = tmp_path / f"samples-{kind}-{n}-{at}.npz"
    np.savez(samples, **arrays)  # type: ignore[arg-type]
    _assert_compile_refused(tmp_path, samples, *names)


@pytest.mark.parametrize("cut", [0, 10, 100, -10])
def test_truncated_samples_archive(tmp_path: Path, cut: int) -> None:
    samples = tmp_path / "samples.npz"
    np.savez(samples, **_good(20))  # type: ignore[arg-type]
    data = samples.read_bytes()
    samples.write_bytes(data[:cut])
    _assert_compile_refused(tmp_path, samples)


def test_samples_of_another_model(tmp_path: Path) -> None:
    """A workload's tensors.npz (input.x of shape (1, 8, 8)) given to the 64-input MLP."""
    samples = WORKLOADS / "cnn-digits" / "tensors.npz"
    _assert_compile_refused(tmp_path, samples, "'x'", "(540, 1, 8, 8)")


def test_good_samples_compile(tmp_path: Path) -> None:
    """The checks accept what they should: float samples with labels, and int samples."""
    samples = tmp_path / "samples.npz"
    good = _good(12)
    np.savez(samples, x=np.round(good["x"] * 4).astype(np.int16), labels=good["labels"])
    outcome, _, out = _compile(tmp_path, samples)
    assert outcome.code == 0, outcome.err
    assert (out / "tensors.npz").exists()
