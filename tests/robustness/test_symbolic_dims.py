"""ONNX inputs with symbolic dimensions besides the batch (exports with a dynamic sequence
length): their sizes come from the samples given to ``compile --samples``. Without samples,
or with samples that give one dimension two sizes, compile is refused (exit 2, no
traceback, the dimension and the inputs named, the samples file too) and writes nothing."""

from __future__ import annotations

import tempfile
from pathlib import Path

import numpy as np
import onnx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from onnx import TensorProto, helper

from .conftest import assert_refused, assert_unchanged, run_cli, snapshot


def _model(path: Path) -> Path:
    """Inputs ``a`` and ``b`` of shape (N, seq, 4), added, then a 4 x 3 weight."""
    w = np.random.default_rng(0).standard_normal((4, 3)).astype(np.float32)
    nodes = [
        helper.make_node("Add", ["a", "b"], ["s"], name="add"),
        helper.make_node("MatMul", ["s", "w"], ["y"], name="mm"),
    ]
    ins = [helper.make_tensor_value_info(k, TensorProto.FLOAT, ["N", "seq", 4]) for k in "ab"]
    out = helper.make_tensor_value_info("y", TensorProto.FLOAT, ["N", "seq", 3])
    graph = helper.make_graph(nodes, "dyn", ins, [out], [onnx.numpy_helper.from_array(w, "w")])
    onnx.save(helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)]), str(path))
    return path


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    la=st.integers(1, 9),
    lb=st.integers(1, 9),
    n=st.integers(1, 3),
)
def test_conflicting_sequence_lengths_refused(la, lb, n):
    if la == lb:
        lb += 1
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        model = _model(root / "m.onnx")
        samples = root / "s.npz"
        np.savez(samples, a=np.zeros((n, la, 4), np.float32), b=np.zeros((n, lb, 4), np.float32))
        before = snapshot(root)
        out = root / "out"
        outcome = run_cli(["compile", str(model), "--samples", str(samples), "-o", str(out)])
        assert_refused(outcome, str(samples), "'seq'", "'a'", "'b'", str(la), str(lb))
        assert not out.exists()
        assert_unchanged(root, before)


def test_symbolic_sequence_without_samples_refused(tmp_path):
    model = _model(tmp_path / "m.onnx")
    before = snapshot(tmp_path)
    outcome = run_cli(["compile", str(model), "-o", str(tmp_path / "out")])
    assert_refused(outcome, "'a'", "'seq'", "--samples")
    assert_unchanged(tmp_path, before)


def test_symbolic_sequence_set_by_samples(tmp_path):
    model = _model(tmp_path / "m.onnx")
    samples = tmp_path / "s.npz"
    rng = np.random.default_rng(1)
    np.savez(samples, a=rng.standard_normal((2, 5, 4)), b=rng.standard_normal((2, 5, 4)))
    outcome = run_cli(["compile", str(model), "--samples", str(samples), "-o", str(tmp_path / "o")])
    assert outcome.code == 0, outcome.err
