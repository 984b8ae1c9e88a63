"""What large models need at the default buffer, on small models: an element-wise operand
constant larger than the whole buffer (BERT-base's position embeddings) and a global average
pooling with more channels than the streaming budget (ResNet-50's 2048) both stream. The
full models run in ``tests/smoke/test_large_recipes.py`` (slow)."""

from __future__ import annotations

import numpy as np
import onnx
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


def test_global_average_pool_with_more_channels_than_the_budget_streams() -> None:
    """GAP of a (9000, 3, 3) map on hermes (streaming budget 8192): the input streams in row
    bands and the 9000 means are spilled like any big output, then read by the dense layer
    (36 row blocks on 36 tiles)."""
    from aimcsim.compiler.compile import compile_graph
    from aimcsim.compiler.native import native_to_graph

    model = {
        "model": {"name": "gap", "seed": 5},
        "inputs": [{"name": "x", "shape": [9000, 3, 3]}],
        "layers": [
            {"type": "gap", "name": "pool"},
            {"type": "flatten", "name": "flat"},
            {"type": "dense", "units": 10, "name": "fc"},
        ],
    }
    g = native_to_graph(model)
    arch = load_arch(preset="hermes")
    wl = compile_graph(g, arch, CompileOptions(n_slots=1))
    x = np.random.default_rng(5).standard_normal((2, 9000, 3, 3)).astype(np.float32)
    res = Executor(wl, ideal_arch(arch)).run({"x": x})
    ref = x.astype(np.float64).mean(axis=(2, 3)) @ g.params["fc.w"].astype(np.float64).T
    assert np.abs(res.outputs["fc"] - ref).max() < 1e-4 * np.abs(ref).max()
