"""Bad input to ``aimcsim train``: options, model files, samples, output paths, no torch.

Every case exits 2 with one message naming the option, file, array, node or key at fault,
before any training, and leaves every file in the working directory as it was.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from .conftest import assert_refused, run_cli, snapshot

ROOT = Path(__file__).resolve().parents[2]
MLP = ROOT / "workloads" / "mlp-digits" / "model.onnx"
SLOW_OK = settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def _has_torch() -> bool:
    try:
        import torch  # noqa: F401
    except ImportError:
        return False
    return True


needs_torch = pytest.mark.skipif(not _has_torch(), reason="torch is not installed")


@pytest.fixture
def work(tmp_path: Path) -> Path:
    """A directory with the mlp-digits model and 20 labelled samples."""
    shutil.copy(MLP, tmp_path / "m.onnx")
    rng = np.random.default_rng(0)
    np.savez(
        tmp_path / "s.npz",
        x=rng.random((20, 64)).astype(np.float32),
        labels=rng.integers(0, 10, 20),
    )
    return tmp_path


def _args(work: Path, *extra: str, model: str = "m.onnx", samples: str = "s.npz") -> list[str]:
    return [
        "train",
        str(work / model),
        "--preset",
        "tiny",
        "--samples",
        str(work / samples),
        "--epochs",
        "1",
        "-o",
        str(work / "out.onnx"),
        *extra,
    ]


def _refused_untouched(work: Path, args: list[str], *names: str) -> None:
    before = snapshot(work)
    assert_refused(run_cli(args), *names)
    assert snapshot(work) == before


BAD_OPTIONS = [
    ("--epochs", "0"),
    ("--epochs", "-3"),
    ("--epochs", "1.5"),
    ("--lr", "0"),
    ("--lr", "-1e-3"),
    ("--lr", "nan"),
    ("--lr", "inf"),
    ("--lr", "2"),
    ("--lr", "fast"),
    ("--batch-size", "0"),
    ("--val-fraction", "0"),
    ("--val-fraction", "1"),
    ("--val-fraction", "-0.1"),
    ("--val-fraction", "nan"),
    ("--t-inference", "1d,2d"),
    ("--t-inference", "-1"),
    ("--t-inference", "tomorrow"),
    ("--weight-clip-sigma", "-1"),
    ("--weight-clip-sigma", "nan"),
    ("--weight-clip-sigma", "1000"),
    ("--seed", "-1"),
]


@needs_torch
@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(case=st.sampled_from(BAD_OPTIONS))
def test_bad_options_are_refused(work, case):
    option, value = case
    _refused_untouched(work, _args(work, option, value), option)


@needs_torch
@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.binary(min_size=0, max_size=200))
def test_corrupt_model_files_are_refused(work, data):
    (work / "bad.onnx").write_bytes(data)
    _refused_untouched(work, _args(work, model="bad.onnx"), "bad.onnx")


@needs_torch
def test_missing_model_and_non_onnx_model_are_refused(work):
    _refused_untouched(work, _args(work, model="none.onnx"), "none.onnx", "not found")
    (work / "m.toml").write_text("x = 1\n")
    _refused_untouched(work, _args(work, model="m.toml"), "m.toml", "ONNX")


def _model_with(op: str, work: Path) -> None:
    """mlp-digits with a node ``mystery`` of ``op`` (a valid ONNX operator) before fc2."""
    import onnx
    from onnx import helper

    model = onnx.load(str(MLP))
    nodes = list(model.graph.node)
    fc2 = next(n for n in nodes if n.name == "fc2")
    fc2.input[0] = "odd"
    extra = {"Concat": {"axis": 1}, "ReduceMean": {"keepdims": 1}}.get(op, {})
    ins = ["a1", "a1"] if op == "Concat" else ["a1"]
    at = nodes.index(fc2)
    odd = helper.make_node(op, ins, ["odd"], name="mystery", **extra)
    del model.graph.node[:]
    model.graph.node.extend([*nodes[:at], odd, *nodes[at:]])
    (work / "odd.onnx").write_bytes(model.SerializeToString())


@needs_torch
@pytest.mark.parametrize("op", ["Concat", "ReduceMean", "Floor", "Sin", "HardSwish"])
def test_unsupported_operator_is_refused_naming_node_and_op(work, op):
    _model_with(op, work)
    outcome = run_cli(_args(work, model="odd.onnx"))
    assert_refused(outcome, "odd.onnx", "'mystery'", f"(op {op})")
    assert "is not supported by aimcsim train" in outcome.err


def _samples(work: Path, **arrays: np.ndarray) -> None:
    np.savez(work / "bad.npz", **arrays)


SAMPLE_CASES = {
    "no labels": ({"x": np.zeros((4, 64), np.float32)}, "'labels'"),
    "wrong shape": ({"x": np.zeros((4, 63), np.float32), "labels": np.zeros(4, int)}, "'x'"),
    "unknown input": ({"xx": np.zeros((4, 64), np.float32), "labels": np.zeros(4, int)}, "'xx'"),
    "label range": ({"x": np.zeros((4, 64), np.float32), "labels": np.full(4, 10)}, "'labels'"),
    "float labels": ({"x": np.zeros((4, 64), np.float32), "labels": np.zeros(4)}, "'labels'"),
    "nan sample": ({"x": np.full((4, 64), np.nan, np.float32), "labels": np.zeros(4, int)}, "'x'"),
    "label count": ({"x": np.zeros((4, 64), np.float32), "labels": np.zeros(3, int)}, "'labels'"),
}


@needs_torch
@pytest.mark.parametrize("case", sorted(SAMPLE_CASES))
def test_bad_samples_are_refused_naming_file_and_array(work, case):
    arrays, name = SAMPLE_CASES[case]
    _samples(work, **arrays)
    _refused_untouched(work, _args(work, samples="bad.npz"), "bad.npz", name)


@needs_torch
def test_corrupt_and_missing_samples_are_refused(work):
    (work / "bad.npz").write_bytes(b"PK\x03\x04 not really a zip")
    _refused_untouched(work, _args(work, samples="bad.npz"), "bad.npz")
    _refused_untouched(work, _args(work, samples="none.npz"), "none.npz")


@needs_torch
def test_a_split_without_training_samples_is_refused(work):
    _samples(work, x=np.zeros((2, 64), np.float32), labels=np.zeros(2, int))
    _refused_untouched(
        work, _args(work, "--val-fraction", "0.9", samples="bad.npz"), "--val-fraction"
    )


@needs_torch
def test_output_paths_that_are_not_ours_are_refused(work):
    _refused_untouched(work, [*_args(work)[:-2], "-o", str(work / "m.onnx")], "m.onnx")
    (work / "mine.onnx").write_bytes(MLP.read_bytes())
    _refused_untouched(work, [*_args(work)[:-2], "-o", str(work / "mine.onnx")], "mine.onnx")
    (work / "dir.onnx").mkdir()
    _refused_untouched(work, [*_args(work)[:-2], "-o", str(work / "dir.onnx")], "dir.onnx")
    (work / "out.layers.toml").write_text("version = 1\n")
    _refused_untouched(work, _args(work), "out.layers.toml")


def test_without_torch_train_exits_2_with_an_install_hint(work, monkeypatch):
    monkeypatch.setitem(sys.modules, "torch", None)
    _refused_untouched(work, _args(work), "pip install 'aimcsim[train]'")
