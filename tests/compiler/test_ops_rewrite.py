"""Operators lowered by rewriting them as other ONNX operators (``Einsum``, 3-D ``Conv`` and
pooling: :mod:`aimcsim.compiler.rewrite`) and the broadcasting and shape patterns that
``benchmarks/try_families.py`` found refused (MatMul over broadcast batch axes, empty
slices, an activation times a larger constant, a whole-tensor Gather in another shape).

Each case is a one- or few-node ONNX graph (batch axis 0, symbolic), compiled, run on the
ideal chip on two samples, every probed layer compared with onnxruntime (<= 1e-4 of full
scale), and run through the timing model.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import onnx
import pytest
from helpers import assert_layers_match, ort_values
from onnx import TensorProto, helper

from aimcsim.compiler import CompileOptions, compile_model
from aimcsim.config.loader import load_arch
from aimcsim.errors import CompileError
from aimcsim.functional.executor import Executor, ideal_arch
from aimcsim.timing import simulate_timing

ARCH = ["chip.mesh_rows=8", "chip.mesh_cols=8"]


def _model(
    tmp_path: Path,
    nodes: list[Any],
    inputs: dict[str, tuple[int, ...]],
    out_shape: tuple[int, ...],
    consts: dict[str, np.ndarray] | None = None,
) -> Path:
    """A graph of ``nodes`` with float inputs (batch axis 0 symbolic) and output ``y``."""
    ins = [
        helper.make_tensor_value_info(k, TensorProto.FLOAT, ["N", *s[1:]])
        for k, s in inputs.items()
    ]
    inits = [onnx.numpy_helper.from_array(np.asarray(v), k) for k, v in (consts or {}).items()]
    out = helper.make_tensor_value_info("y", TensorProto.FLOAT, ["N", *out_shape[1:]])
    graph = helper.make_graph(nodes, "t", ins, [out], inits)
    m = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    path = tmp_path / "m.onnx"
    onnx.save(m, str(path))
    return path


def _check(path: Path, inputs: dict[str, tuple[int, ...]], seed: int = 0) -> Any:
    """Compile, run two samples ideal, compare every probe and the output with
    onnxruntime, run timing."""
    rng = np.random.default_rng(seed)
    samples = {k: rng.standard_normal((2, *s[1:])).astype(np.float32) for k, s in inputs.items()}
    arch = load_arch(preset="standard", overrides=ARCH)
    wl = compile_model(path, arch, CompileOptions(n_slots=1, duplicate=False))
    res = Executor(wl, ideal_arch(arch)).run(samples)
    model = onnx.load(str(path))
    known = {o for n in model.graph.node for o in n.output}
    probes = {k: v for k, v in res.probes.items() if k in known}
    names = sorted(set(probes) | {"y"})
    per = [ort_values(model, {k: v[i : i + 1] for k, v in samples.items()}, names) for i in (0, 1)]
    ref = {k: np.concatenate([p[k] for p in per]) for k in names}
    (y,) = res.outputs.values()
    assert_layers_match({**probes, "y": y}, ref)
    assert simulate_timing(wl.program, arch).total_cycles > 0
    return wl


# ---------------------------------------------------------------------------- Einsum
EINSUMS = [
    # equation, input shapes (batch axis 0 of size 1), constant operand (index) or None
    ("bhid,bhjd->bhij", [(1, 2, 6, 4), (1, 2, 5, 4)], None),  # attention scores
    ("bhij,bhjd->bhid", [(1, 2, 6, 5), (1, 2, 5, 4)], None),  # attention output
    ("bid,nd->bin", [(1, 6, 4), (3, 4)], 1),  # a weight on the right: a dense layer
    ("nd,bid->bni", [(3, 4), (1, 6, 4)], 0),  # a weight on the left
    ("bind,snd->bnis", [(1, 6, 2, 4), (3, 2, 4)], 1),  # Funnel's segment embeddings
    ("blhc,blkc->blhk", [(1, 5, 3, 4), (1, 5, 2, 4)], None),
    ("bij->bji", [(1, 3, 4)], None),  # a transpose
    ("bij->bi", [(1, 3, 4)], None),  # a reduction
    ("bij,bj->bi", [(1, 3, 4), (1, 4)], None),  # matrix-vector
    ("bi,bj->bij", [(1, 3), (1, 4)], None),  # outer product
    ("...ij,...jk->...ik", [(1, 2, 3, 4), (1, 2, 4, 5)], None),  # ellipsis
    ("bji", [(1, 4, 3)], None),  # implicit output: the letters sorted, "bij"
]


@pytest.mark.parametrize("eq,shapes,const", EINSUMS, ids=[e[0] for e in EINSUMS])
def test_einsum(tmp_path, eq, shapes, const):
    rng = np.random.default_rng(1)
    names = [f"x{i}" for i in range(len(shapes))]
    consts = {}
    inputs = {}
    for i, (n, s) in enumerate(zip(names, shapes, strict=True)):
        if i == const:
            consts[n] = rng.standard_normal(s).astype(np.float32)
        else:
            inputs[n] = s
    operands = [np.zeros(s, np.float32) for s in shapes]
    out_shape = np.einsum(eq, *operands).shape
    node = helper.make_node("Einsum", names, ["y"], name="ein", equation=eq)
    _check(_model(tmp_path, [node], inputs, out_shape, consts), inputs)


def test_einsum_diagonal_refused(tmp_path):
    node = helper.make_node("Einsum", ["x"], ["y"], name="diag", equation="bii->bi")
    path = _model(tmp_path, [node], {"x": (1, 3, 3)}, (1, 3))
    with pytest.raises(CompileError, match="'diag'.*Einsum.*repeated"):
        _check(path, {"x": (1, 3, 3)})


# ---------------------------------------------------------------------------- 3-D
CONV3D = [
    # kernel, strides, pads (d0, h0, w0, d1, h1, w1), dilations, groups
    ((3, 3, 3), (1, 1, 1), (1, 1, 1, 1, 1, 1), (1, 1, 1), 1),
    ((1, 3, 3), (1, 2, 2), (0, 1, 1, 0, 1, 1), (1, 1, 1), 1),
    ((3, 1, 1), (1, 1, 1), (1, 0, 0, 1, 0, 0), (1, 1, 1), 2),
    ((3, 3, 3), (2, 2, 2), (1, 1, 1, 1, 1, 1), (1, 1, 1), 1),
    ((2, 3, 2), (1, 3, 1), (0, 2, 1, 1, 0, 0), (2, 1, 2), 1),
    ((3, 5, 5), (1, 2, 2), (1, 2, 2, 1, 2, 2), (1, 1, 1), 4),
]


@pytest.mark.parametrize("k,s,p,d,g", CONV3D)
def test_conv3d(tmp_path, k, s, p, d, g):
    rng = np.random.default_rng(2)
    cin, cout, shape = 4, 8, (1, 4, 5, 9, 7)
    w = rng.standard_normal((cout, cin // g, *k)).astype(np.float32) * 0.3
    b = rng.standard_normal(cout).astype(np.float32)
    node = helper.make_node("Conv", ["x", "w", "b"], ["y"], name="c3", kernel_shape=list(k),
                            strides=list(s), pads=list(p), dilations=list(d), group=g)  # fmt: skip
    x0 = np.zeros(shape, np.float32)
    out_shape = ort_values(
        helper.make_model(
            helper.make_graph(
                [node],
                "g",
                [helper.make_tensor_value_info("x", TensorProto.FLOAT, shape)],
                [helper.make_tensor_value_info("y", TensorProto.FLOAT, None)],
                [onnx.numpy_helper.from_array(w, "w"), onnx.numpy_helper.from_array(b, "b")],
            ),
            opset_imports=[helper.make_opsetid("", 17)],
        ),
        {"x": x0},
        ["y"],
    )["y"].shape
    path = _model(tmp_path, [node], {"x": shape}, out_shape, {"w": w, "b": b})
    wl = _check(path, {"x": shape})
    assert sum(la["kind"] == "conv" for la in wl.layers) == 1


POOL3D = [
    ("MaxPool", dict(kernel_shape=[2, 2, 2], strides=[2, 2, 2])),
    ("MaxPool", dict(kernel_shape=[3, 3, 3], strides=[2, 2, 2], pads=[1, 1, 1, 1, 1, 1])),
    ("MaxPool", dict(kernel_shape=[1, 3, 3], strides=[1, 2, 2], ceil_mode=1)),
    ("AveragePool", dict(kernel_shape=[2, 2, 2], strides=[2, 2, 2], ceil_mode=1)),
    ("AveragePool", dict(kernel_shape=[3, 3, 3], strides=[1, 2, 2], pads=[1, 1, 1, 1, 1, 1])),
    (
        "AveragePool",
        dict(
            kernel_shape=[3, 3, 3], strides=[2, 2, 2], pads=[1, 1, 1, 1, 1, 1], count_include_pad=1
        ),
    ),
    ("GlobalAveragePool", {}),
    ("GlobalMaxPool", {}),
]


@pytest.mark.parametrize("op,attrs", POOL3D)
def test_pool3d(tmp_path, op, attrs):
    shape = (1, 3, 5, 9, 7)
    node = helper.make_node(op, ["x"], ["y"], name="p3", **attrs)
    model = helper.make_model(
        helper.make_graph(
            [node],
            "g",
            [helper.make_tensor_value_info("x", TensorProto.FLOAT, shape)],
            [helper.make_tensor_value_info("y", TensorProto.FLOAT, None)],
        ),
        opset_imports=[helper.make_opsetid("", 17)],
    )
    out_shape = ort_values(model, {"x": np.zeros(shape, np.float32)}, ["y"])["y"].shape
    _check(_model(tmp_path, [node], {"x": shape}, out_shape), {"x": shape})


# ---------------------------------------------------------------------------- broadcasting
@pytest.mark.parametrize(
    "sa,sb",
    [
        ((1, 4, 6, 8), (1, 1, 8, 5)),  # multi-query attention: one K head for four Q heads
        ((1, 1, 6, 8), (1, 4, 8, 5)),
        ((1, 3, 1, 6, 8), (1, 1, 2, 8, 5)),  # both broadcast
    ],
)
def test_matmul_broadcasts_batch_axes(tmp_path, sa, sb):
    node = helper.make_node("MatMul", ["a", "b"], ["y"], name="mm")
    out = np.matmul(np.zeros(sa), np.zeros(sb)).shape
    inputs = {"a": sa, "b": sb}
    wl = _check(_model(tmp_path, [node], inputs, out), inputs)
    assert "broadcast" in {la["kind"] for la in wl.layers}


def test_matmul_initializer_on_the_left(tmp_path):
    """W @ x with W an initializer (Mamba's dt projection): a digital matmul."""
    w = np.random.default_rng(4).standard_normal((5, 6)).astype(np.float32)
    node = helper.make_node("MatMul", ["w", "x"], ["y"], name="wx")
    _check(_model(tmp_path, [node], {"x": (1, 6, 4)}, (1, 5, 4), {"w": w}), {"x": (1, 6, 4)})


def test_activation_times_larger_constant(tmp_path):
    """(1, 2, 6, 1) * constant (2, 6, 6): the activation broadcast to the output first."""
    c = np.random.default_rng(3).standard_normal((2, 6, 6)).astype(np.float32)
    node = helper.make_node("Mul", ["x", "c"], ["y"], name="gate")
    _check(
        _model(tmp_path, [node], {"x": (1, 2, 6, 1)}, (1, 2, 6, 6), {"c": c}), {"x": (1, 2, 6, 1)}
    )


def test_empty_slice_concatenated(tmp_path):
    """x[..., 8:] of an 8-wide x is empty: Concat([relu(x), empty]) is relu(x)."""
    consts = {k: np.array([v], dtype=np.int64) for k, v in (("s", 8), ("e", 100), ("a", 2))}
    nodes = [
        helper.make_node("Relu", ["x"], ["r"], name="relu"),
        helper.make_node("Slice", ["x", "s", "e", "a"], ["z"], name="pass"),
        helper.make_node("Concat", ["r", "z"], ["y"], name="cat", axis=2),
    ]
    _check(_model(tmp_path, nodes, {"x": (1, 4, 8)}, (1, 4, 8), consts), {"x": (1, 4, 8)})


def test_empty_slice_used_elsewhere_refused(tmp_path):
    consts = {k: np.array([v], dtype=np.int64) for k, v in (("s", 8), ("e", 100), ("a", 2))}
    nodes = [
        helper.make_node("Slice", ["x", "s", "e", "a"], ["z"], name="pass"),
        helper.make_node("Relu", ["z"], ["y"], name="relu_of_empty"),
    ]
    path = _model(tmp_path, nodes, {"x": (1, 4, 8)}, (1, 4, 0), consts)
    with pytest.raises(CompileError, match="'relu_of_empty'.*Relu.*no elements"):
        _check(path, {"x": (1, 4, 8)})


def test_whole_gather_in_another_shape_then_transpose(tmp_path):
    """Gather of every row with 2-D indices (ConvBERT's unfold): the same elements in a new
    shape, then a Transpose of that shape."""
    consts = {"i": np.arange(4, dtype=np.int64).reshape(1, 4)}
    nodes = [
        helper.make_node("Gather", ["x", "i"], ["g"], name="unfold", axis=1),
        helper.make_node("Transpose", ["g"], ["y"], name="t", perm=[0, 1, 3, 2]),
    ]
    inputs = {"x": (1, 4, 6)}
    _check(_model(tmp_path, nodes, inputs, (1, 1, 6, 4), consts), inputs)


@pytest.mark.parametrize("k,s", [(2, 2), (3, 1), (4, 4)])
def test_conv_of_frames_merged_into_the_batch(tmp_path, k, s):
    """(1, T, C, H, W) reshaped to (T, C, H, W) and convolved frame by frame (TimeSformer's
    patch embedding): one conv over the frames stacked as rows."""
    w = np.random.default_rng(5).standard_normal((4, 3, k, k)).astype(np.float32)
    consts = {"shape": np.array([4, 3, 8, 8], dtype=np.int64), "w": w}
    nodes = [
        helper.make_node("Reshape", ["x", "shape"], ["frames"], name="merge"),
        helper.make_node("Conv", ["frames", "w"], ["y"], name="patch", kernel_shape=[k, k],
                         strides=[s, s]),
    ]  # fmt: skip
    ho = (8 - k) // s + 1
    inputs = {"x": (1, 4, 3, 8, 8)}
    wl = _check(_model(tmp_path, nodes, inputs, (4, 4, ho, ho), consts), inputs)
    assert sum(la["kind"] == "conv" for la in wl.layers) == 1


def test_conv_of_frames_with_height_padding_refused(tmp_path):
    w = np.random.default_rng(5).standard_normal((4, 3, 3, 3)).astype(np.float32)
    consts = {"shape": np.array([4, 3, 8, 8], dtype=np.int64), "w": w}
    nodes = [
        helper.make_node("Reshape", ["x", "shape"], ["frames"], name="merge"),
        helper.make_node("Conv", ["frames", "w"], ["y"], name="patch", kernel_shape=[3, 3],
                         pads=[1, 1, 1, 1]),
    ]  # fmt: skip
    path = _model(tmp_path, nodes, {"x": (1, 4, 3, 8, 8)}, (4, 4, 8, 8), consts)
    with pytest.raises(CompileError, match="'patch'.*Conv.*stacked in the batch axis"):
        compile_model(path, load_arch(preset="standard", overrides=ARCH))
