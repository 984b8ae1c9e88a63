"""The cache is keyed on content: a resumed sweep after the weights, samples or labels of
the workload changed gives fresh results, equal to those of a sweep in a new directory."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from aimcsim.sweep import run_sweep

GRID = ["tile.adc.bits=6,8"]
KW = {"n_samples": 48, "plot": False}


def _edit_tensors(workload: Path, edit: Callable[[dict[str, np.ndarray]], None]) -> None:
    path = workload / "tensors.npz"
    with np.load(path) as z:
        arrays = {k: z[k] for k in z.files}
    edit(arrays)
    np.savez(path, **arrays)


def _scale_weights(arrays: dict[str, np.ndarray]) -> None:
    arrays["fc1.w"] = arrays["fc1.w"] * np.float32(0.25)


def _perturb_samples(arrays: dict[str, np.ndarray]) -> None:
    rng = np.random.default_rng(1)
    x = arrays["input.x"]
    arrays["input.x"] = (x + rng.normal(0, 4, x.shape)).astype(x.dtype)


def _shuffle_labels(arrays: dict[str, np.ndarray]) -> None:
    arrays["labels"] = np.roll(arrays["labels"], 1)


@pytest.mark.parametrize(
    ("edit", "changes"),
    [
        (_scale_weights, "mean_rel_error"),
        (_perturb_samples, "mean_rel_error"),
        (_shuffle_labels, "top1"),
    ],
    ids=["weights", "samples", "labels"],
)
def test_resume_after_the_workload_changed_gives_fresh_results(
    digits_copy: Path, tmp_path: Path, edit: Callable[[dict[str, np.ndarray]], None], changes: str
) -> None:
    out = tmp_path / "out"
    before = run_sweep(str(digits_copy), GRID, out, **KW)
    _edit_tensors(digits_copy, edit)
    resumed = run_sweep(str(digits_copy), GRID, out, **KW)
    fresh = run_sweep(str(digits_copy), GRID, tmp_path / "fresh", **KW)
    pd.testing.assert_frame_equal(resumed, fresh)
    assert (resumed[changes] != before[changes]).all()
    assert len(list((out / "cache").glob("*.json"))) == 4  # old entries kept, new ones added


def test_resume_reuses_unchanged_content(digits_copy: Path, tmp_path: Path) -> None:
    """Touching a file without changing its bytes keeps the cache valid."""
    out = tmp_path / "out"
    first = run_sweep(str(digits_copy), GRID, out, **KW)
    entries = sorted(p.name for p in (out / "cache").glob("*.json"))
    _edit_tensors(digits_copy, lambda arrays: None)  # same arrays, file rewritten
    again = run_sweep(str(digits_copy), GRID, out, **KW)
    pd.testing.assert_frame_equal(first, again)
    assert sorted(p.name for p in (out / "cache").glob("*.json")) == entries


NATIVE = """
[model]
name = "one-dense"
weights = "w.npz"

[[inputs]]
name = "x"
shape = [16]

[[layers]]
type = "dense"
name = "fc"
units = 8
weight = "fc.w"
"""


def test_model_sweep_resumes_after_its_weights_file_changed(tmp_path: Path) -> None:
    """A native model reads its weights from another file: that content is keyed too."""
    model = tmp_path / "m.toml"
    model.write_text(NATIVE, encoding="utf-8")
    rng = np.random.default_rng(0)
    x = rng.standard_normal((32, 16)).astype(np.float32)
    np.savez(tmp_path / "s.npz", x=x)
    kw = {"preset": "tiny", "samples": str(tmp_path / "s.npz"), "plot": False}
    np.savez(tmp_path / "w.npz", **{"fc.w": rng.standard_normal((8, 16))})
    before = run_sweep(str(model), GRID, tmp_path / "out", **kw)
    np.savez(tmp_path / "w.npz", **{"fc.w": rng.standard_normal((8, 16))})
    resumed = run_sweep(str(model), GRID, tmp_path / "out", **kw)
    fresh = run_sweep(str(model), GRID, tmp_path / "fresh", **kw)
    pd.testing.assert_frame_equal(resumed, fresh)
    assert (resumed["mean_rel_error"] != before["mean_rel_error"]).all()


def test_unusable_evaluator_result_is_an_error_row_and_not_cached(tmp_path: Path) -> None:
    def empty(overrides: list[str], seed: int) -> dict[str, object]:
        return {}

    df = run_sweep(
        "streaming-mvm", ["tile.adc.bits=8"], tmp_path, preset="tiny", evaluate=empty, plot=False
    )
    assert df["error"].iloc[0] == "the evaluator returned an unusable result: no 'total_cycles'"
    assert not list(tmp_path.glob("cache/*.json"))
