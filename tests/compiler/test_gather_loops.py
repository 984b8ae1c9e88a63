"""Data-movement layers compiled as copy loops: the ideal run equals numpy (IR graphs) and
onnxruntime (ONNX models) exactly, resident or streamed, and a gather that was refused for
its number of copy runs (a nearest 2x upsampling to 512 x 512) now compiles and times."""

from __future__ import annotations

import numpy as np
import onnx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from onnx import TensorProto, helper, numpy_helper

from aimcsim.compiler import CompileOptions, compile_model
from aimcsim.compiler.graph import Graph, Node
from aimcsim.config.loader import load_arch
from aimcsim.errors import CompileError
from aimcsim.functional.executor import Executor, ideal_arch
from aimcsim.timing import simulate_timing

SMALL_BUFFER = ["tile.buffer.size_elements=2048"]
"""Streams every tensor above 256 elements through global memory."""


def _compile_and_run(g: Graph, x: np.ndarray, overrides: list[str]) -> tuple[np.ndarray, int]:
    arch = load_arch(preset="standard", overrides=overrides)
    wl = compile_model(g, arch, CompileOptions(n_slots=1))
    res = Executor(wl, ideal_arch(arch)).run({"x": x})
    (y,) = res.outputs.values()
    assert simulate_timing(wl.program, arch).total_cycles > 0
    return y, sum(len(s.instructions) for s in wl.program.streams.values())


def _one_node(op: str, shape: tuple[int, ...], out: tuple[int, ...], attrs: dict) -> Graph:
    g = Graph(name=op)
    g.inputs, g.outputs = ["x"], ["y"]
    g.shapes.update({"x": shape, "y": out})
    g.nodes = [Node(op, op, ["x"], "y", attrs, "test")]
    return g


@settings(max_examples=12, deadline=None)
@given(
    shape=st.lists(st.integers(2, 9), min_size=2, max_size=4),
    data=st.data(),
    streamed=st.booleans(),
)
def test_transpose_equals_numpy(shape, data, streamed):
    perm = data.draw(st.permutations(range(len(shape))))
    x = np.random.default_rng(0).standard_normal((2, *shape)).astype(np.float32)
    out = tuple(shape[p] for p in perm)
    g = _one_node("transpose", tuple(shape), out, {"perm": list(perm)})
    y, _ = _compile_and_run(g, x, SMALL_BUFFER if streamed else [])
    np.testing.assert_array_equal(y.reshape(2, *out), x.transpose(0, *(p + 1 for p in perm)))


@settings(max_examples=12, deadline=None)
@given(
    c=st.integers(1, 6),
    h=st.integers(2, 12),
    scale=st.sampled_from([2.0, 3.0, 1.5, 0.5, 2.5]),
    pad=st.integers(0, 2),
    streamed=st.booleans(),
)
def test_resize_and_pad_takes_equal_numpy(c, h, scale, pad, streamed):
    """A nearest resize (integer or fractional scale) then an edge pad, as one take each."""
    oh = max(1, int(h * scale))
    src = np.minimum((np.arange(oh) / scale).astype(int), h - 1)
    src = np.concatenate([np.full(pad, src[0]), src, np.full(pad, src[-1])]).astype(int)
    logical = np.arange(c * h * h).reshape(c, h, h)
    idx = logical[:, src][:, :, src].reshape(-1)
    g = _one_node("take", (c, h, h), (c, src.size, src.size), {"indices": idx})
    x = np.random.default_rng(1).standard_normal((2, c, h, h)).astype(np.float32)
    y, _ = _compile_and_run(g, x, SMALL_BUFFER if streamed else [])
    np.testing.assert_array_equal(y.reshape(2, -1), x.reshape(2, -1)[:, idx])


@pytest.mark.parametrize("streamed", [False, True])
def test_concat_of_many_rows_is_a_loop_per_input(streamed):
    g = Graph(name="cat")
    g.inputs, g.outputs = ["x"], ["y"]
    g.shapes.update({"x": (500, 6), "a": (500, 6), "y": (500, 12)})
    g.nodes = [
        Node("relu", "relu", ["x"], "a", {}, "test"),
        Node("cat", "concat", ["x", "a"], "y", {"axis": 1}, "test"),
    ]
    x = np.random.default_rng(2).standard_normal((1, 500, 6)).astype(np.float32)
    y, size = _compile_and_run(g, x, SMALL_BUFFER if streamed else [])
    np.testing.assert_array_equal(
        y.reshape(500, 12), np.concatenate([x[0], np.maximum(x[0], 0)], 1)
    )
    assert size < (2000 if streamed else 200)  # 1,000 row copies before


def test_an_irregular_gather_beyond_the_limit_is_a_compile_error_naming_the_node():
    idx = np.random.default_rng(3).permutation(100_000)
    g = _one_node("take", (100_000,), (100_000,), {"indices": idx})
    arch = load_arch(preset="standard", overrides=["tile.buffer.size_elements=2000000"])
    with pytest.raises(CompileError, match=r"take 'take'.*instructions"):
        compile_model(g, arch, CompileOptions(n_slots=1))


def _upsampling_model(c: int, h: int, path) -> None:
    rng = np.random.default_rng(0)
    w = rng.standard_normal((c, c, 1, 1)).astype(np.float32) / c**0.5
    nodes = [
        helper.make_node("Conv", ["x", "w"], ["h"], name="conv"),
        helper.make_node("Resize", ["h", "", "scales"], ["y"], name="up", mode="nearest"),
    ]
    graph = helper.make_graph(
        nodes,
        "unet_up",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, c, h, h])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, [1, c, 2 * h, 2 * h])],
        [
            numpy_helper.from_array(w, "w"),
            numpy_helper.from_array(np.array([1, 1, 2, 2], np.float32), "scales"),
        ],
    )
    onnx.save(helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)]), path)


@pytest.mark.parametrize("c,h", [(2, 256), pytest.param(8, 256, marks=pytest.mark.slow)])
def test_upsampling_to_512_matches_onnxruntime(tmp_path, c, h):
    """Refused before (``take 'up.y.axis3' needs 65664 copies``): the column take of the
    Resize has 256 x 257 runs. Now a nest of a few loops per streamed chunk."""
    import onnxruntime as ort

    path = tmp_path / "up.onnx"
    _upsampling_model(c, h, path)
    arch = load_arch(preset="standard")
    wl = compile_model(path, arch, CompileOptions(n_slots=1, duplicate=False))
    x = np.random.default_rng(4).standard_normal((1, c, h, h)).astype(np.float32)
    (y,) = Executor(wl, ideal_arch(arch)).run({"x": x}).outputs.values()
    sess = ort.InferenceSession(str(path), providers=["CPUExecutionProvider"])
    ref = sess.run(["y"], {"x": x})[0]
    assert float(np.abs(y.reshape(ref.shape) - ref).max()) <= 1e-5 * float(np.abs(ref).max())
    assert simulate_timing(wl.program, arch).total_cycles > 0
