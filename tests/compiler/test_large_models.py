"""Large models at the default buffer: big constant operands stream, the shipped recipes of
BERT-base and ResNet-50 compile and run in timing (slow: about a minute each on an idle
machine; the default run covers the constant streaming and the 64 x 64 mesh with the small
models of ``test_row_splits.py`` and ``tests/fidelity/test_noc_unloaded.py``)."""

from __future__ import annotations

import numpy as np
import onnx
import pytest
from helpers import ort_values
from onnx import TensorProto, helper, numpy_helper

from aimcsim.compiler import CompileOptions, compile_model
from aimcsim.config.loader import load_arch
from aimcsim.functional.executor import Executor, ideal_arch


def test_element_wise_op_with_a_constant_larger_than_the_buffer_streams_it(tmp_path) -> None:
    """x + P with P a (128, 768) constant (98304 elements, more than the whole 65536-element
    buffer, as BERT-base's position embeddings): P is loaded chunk by chunk from DRAM."""
    rng = np.random.default_rng(0)
    pos = rng.standard_normal((1, 128, 768)).astype(np.float32)
    graph = helper.make_graph(
        [helper.make_node("Add", ["x", "pos"], ["y"], name="add")],
        "bigconst",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, ["N", 128, 768])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, ["N", 128, 768])],
        [numpy_helper.from_array(pos, "pos")],
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    model.ir_version = 8
    onnx.save(model, str(tmp_path / "m.onnx"))
    arch = load_arch(preset="hermes")
    wl = compile_model(tmp_path / "m.onnx", arch, CompileOptions(n_slots=1))
    assert max(t["buffer_elements"] for t in wl.manifest["tiles"]) <= 65536
    x = rng.standard_normal((2, 128, 768)).astype(np.float32)
    res = Executor(wl, ideal_arch(arch)).run({"x": x})
    ref = ort_values(model, {"x": x}, ["y"])["y"]
    assert np.abs(res.outputs["y"] - ref).max() < 1e-5


def _compile_recipe(name: str, tmp_path):
    import build  # workloads/build.py

    path, arch, opts = build.recipe(name, tmp_path)
    return compile_model(path, arch, opts), arch


@pytest.mark.slow
def test_bert_base_recipe_compiles_and_runs_in_timing(tmp_path) -> None:
    from aimcsim.timing import simulate_timing

    wl, arch = _compile_recipe("bert-base", tmp_path)
    dense = [la for la in wl.layers if la["kind"] == "dense"]
    assert len(dense) == 72  # 12 layers x (Q, K, V, O, FFN1, FFN2)
    assert sum(la["crossbars"] for la in wl.layers) >= 1296  # > 32 x 32 tiles
    assert max(wl.program.streams) >= 1296 - 1
    r = simulate_timing(wl.program, arch)
    assert r.total_cycles > 0


@pytest.mark.slow
def test_resnet50_recipe_compiles_and_runs_in_timing(tmp_path) -> None:
    from aimcsim.timing import simulate_timing

    wl, arch = _compile_recipe("resnet50", tmp_path)
    convs = [la for la in wl.layers if la["kind"] == "conv"]
    assert len(convs) == 53  # 1 + 16 x 3 + 4 downsample
    assert "gap" in {la["kind"] for la in wl.layers}
    r = simulate_timing(wl.program, arch)
    assert r.total_cycles > 0
