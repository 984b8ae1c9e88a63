"""Clear CompileErrors: unsupported operator, chip too small, bad model file."""

from __future__ import annotations

import numpy as np
import onnx
import pytest
from onnx import TensorProto, helper, numpy_helper

from aimcsim.compiler import CompileOptions, compile_model
from aimcsim.config.loader import load_arch
from aimcsim.errors import CompileError


def _save(tmp_path, nodes, inits, in_shape, out_shape, name="m.onnx"):
    g = helper.make_graph(
        nodes,
        "g",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, in_shape)],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, out_shape)],
        inits,
    )
    m = helper.make_model(g, opset_imports=[helper.make_opsetid("", 17)])
    m.ir_version = 8
    p = tmp_path / name
    onnx.save(m, str(p))
    return p


def test_unsupported_operator_names_node_and_op(tmp_path, tiny_arch):
    p = _save(tmp_path, [helper.make_node("Sin", ["x"], ["y"], name="weird")], [], [1, 8], [1, 8])
    with pytest.raises(CompileError, match=r"'weird' \(op Sin\).*Supported operators: Gemm"):
        compile_model(p, tiny_arch)


def test_unsupported_attribute(tmp_path, tiny_arch):
    w = numpy_helper.from_array(np.ones((1, 4), np.float32), "w")
    p = _save(
        tmp_path,
        [helper.make_node("Gemm", ["x", "w"], ["y"], name="g", transA=1)],
        [w],
        [1, 8],
        [8, 4],
    )
    with pytest.raises(CompileError, match="transA"):
        compile_model(p, tiny_arch)


def test_chip_too_small_says_needed_and_available(tmp_path, tiny_arch):
    w = numpy_helper.from_array(np.ones((512, 512), np.float32), "w")
    p = _save(
        tmp_path,
        [helper.make_node("MatMul", ["x", "w"], ["y"], name="big")],
        [w],
        [1, 512],
        [1, 512],
    )
    with pytest.raises(CompileError, match="needs 64 crossbars of 64x64 but the chip has 8"):
        compile_model(p, tiny_arch)


def test_bad_model_file(tmp_path, tiny_arch):
    p = tmp_path / "junk.onnx"
    p.write_bytes(b"this is not protobuf \x00\x01\x02")
    with pytest.raises(CompileError, match="junk.onnx"):
        compile_model(p, tiny_arch)
    with pytest.raises(CompileError, match="no such model file"):
        compile_model(tmp_path / "missing.onnx", tiny_arch)
    with pytest.raises(CompileError, match="unknown model format"):
        compile_model(tmp_path / "model.pt", tiny_arch)


def test_buffer_too_small(tmp_path):
    w = numpy_helper.from_array(np.ones((64, 64), np.float32), "w")
    b = numpy_helper.from_array(np.ones(64, np.float32), "b")
    p = _save(
        tmp_path,
        [helper.make_node("Gemm", ["x", "w", "b"], ["y"], name="mm")],
        [w, b],
        [1, 64],
        [1, 64],
    )
    arch = load_arch(preset="tiny", overrides=["tile.buffer.size_elements=200"])
    with pytest.raises(CompileError, match="buffer elements"):
        compile_model(p, arch, CompileOptions(n_slots=1))


def test_digital_layer_runs_on_dpu(tmp_path, tiny_arch):
    from aimcsim.functional.executor import Executor, ideal_arch

    rng = np.random.default_rng(0)
    w = rng.standard_normal((64, 16)).astype(np.float32)
    p = _save(
        tmp_path,
        [helper.make_node("MatMul", ["x", "w"], ["y"], name="mm")],
        [numpy_helper.from_array(w, "w")],
        [1, 64],
        [1, 16],
    )
    wl = compile_model(p, tiny_arch, CompileOptions(n_slots=2, digital=("mm",)))
    mnems = {i.mnemonic for s in wl.program.streams.values() for i in s.instructions}
    assert "mmul" in mnems and "mvm" not in mnems and "prog" not in mnems
    x = rng.standard_normal((5, 64)).astype(np.float32)
    y = Executor(wl, ideal_arch(tiny_arch)).run({"x": x}).outputs["y"]
    np.testing.assert_allclose(y, x @ w, rtol=1e-4, atol=1e-4)
