"""Vision operators used outside what their lowering covers (aimcsim/compiler/ops_*.py):
each ends in exit 2 with one message naming the node and its operator, no traceback, and
no output directory.

Every graph is valid ONNX that onnxruntime runs; hypothesis draws the node name, the
channels and the map size. The bad node reads the output of a supported conv + relu.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import numpy as np
import onnx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from onnx import TensorProto, helper, numpy_helper

from .conftest import assert_unchanged, snapshot


def _const(name: str, value: np.ndarray) -> onnx.TensorProto:
    return numpy_helper.from_array(np.asarray(value), name)


def _bad_node(kind: str, name: str, c: int, side: int) -> tuple[list, list, list, list[int]]:
    """(nodes, initializers, extra graph inputs, output shape) of one bad node reading ``r``
    (1, c, side, side) or ``r1`` (1, 1, side, side), writing ``bad``."""
    f32 = np.float32
    node = helper.make_node
    if kind == "ConvTransposeActivationWeights":  # weights (1, c, 2, 2) on the 1-channel r1
        w = helper.make_tensor_value_info("wt", TensorProto.FLOAT, [1, c, 2, 2])
        n = node("ConvTranspose", ["r1", "wt"], ["bad"], name=name, strides=[2, 2])
        return [n], [], [w], [1, c, 2 * side, 2 * side]
    if kind == "ConvTransposeDilated":
        w = _const("wt", np.ones((c, c, 2, 2), f32))
        n = node("ConvTranspose", ["r", "wt"], ["bad"], name=name, dilations=[2, 2])
        return [n], [w], [], [1, c, side + 2, side + 2]
    if kind == "ConvTransposeSamePad":
        w = _const("wt", np.ones((c, c, 3, 3), f32))
        n = node("ConvTranspose", ["r", "wt"], ["bad"], name=name, auto_pad="SAME_UPPER")
        return [n], [w], [], [1, c, side, side]
    if kind == "ConvTransposeOutputShape":
        w = _const("wt", np.ones((c, c, 2, 2), f32))
        n = node(
            "ConvTranspose",
            ["r", "wt"],
            ["bad"],
            name=name,
            strides=[2, 2],
            output_shape=[2 * side, 2 * side],
        )
        return [n], [w], [], [1, c, 2 * side, 2 * side]
    if kind == "MaxPoolDilated":
        n = node("MaxPool", ["r"], ["bad"], name=name, kernel_shape=[2, 2], dilations=[2, 2])
        return [n], [], [], [1, c, side - 2, side - 2]
    if kind == "MaxPoolIndicesUsed":
        pool = node("MaxPool", ["r"], ["pooled", "idx"], name=name, kernel_shape=[1, 1])
        cast = node("Cast", ["idx"], ["idx_f"], to=TensorProto.FLOAT)
        add = node("Add", ["pooled", "idx_f"], ["bad"], name="use_indices")
        return [pool, cast, add], [], [], [1, c, side, side]
    if kind == "ResizeBatch":
        sc = _const("scales", np.array([2, 1, 1, 1], f32))
        n = node("Resize", ["r", "", "scales"], ["bad"], name=name, mode="nearest")
        return [n], [sc], [], [2, c, side, side]
    if kind == "InstanceNormActivationScale":  # on the 1-channel r1
        sc = helper.make_tensor_value_info("scale", TensorProto.FLOAT, [1])
        b = _const("bias", np.zeros(1, f32))
        n = node("InstanceNormalization", ["r1", "scale", "bias"], ["bad"], name=name)
        return [n], [b], [sc], [1, 1, side, side]
    if kind == "PReluActivationSlope":
        sl = helper.make_tensor_value_info("slope", TensorProto.FLOAT, [1])
        return [node("PRelu", ["r", "slope"], ["bad"], name=name)], [], [sl], [1, c, side, side]
    raise AssertionError(kind)


KINDS = [
    "ConvTransposeActivationWeights",
    "ConvTransposeDilated",
    "ConvTransposeSamePad",
    "ConvTransposeOutputShape",
    "MaxPoolDilated",
    "MaxPoolIndicesUsed",
    "ResizeBatch",
    "InstanceNormActivationScale",
    "PReluActivationSlope",
]
OPS = {
    "ConvTranspose": "ConvTranspose",
    "MaxPool": "MaxPool",
    "Resize": "Resize",
    "InstanceNorm": "InstanceNormalization",
    "PRelu": "PRelu",
}


def _model(path: Path, kind: str, name: str, c: int, side: int) -> None:
    """conv 3x3 + relu on a (1, c, side, side) input (``r``) and its channel sum (``r1``),
    the bad node, a global average pool."""
    rng = np.random.default_rng(0)
    w = _const("w", rng.standard_normal((c, c, 3, 3)).astype(np.float32))
    nodes = [
        helper.make_node("Conv", ["x", "w"], ["h"], name="conv", pads=[1, 1, 1, 1]),
        helper.make_node("Relu", ["h"], ["r"], name="relu"),
        helper.make_node("ReduceSum", ["r", "ch"], ["r1"], name="channel_sum"),
    ]
    bad, inits, extra, shape = _bad_node(kind, name, c, side)
    nodes += [*bad, helper.make_node("GlobalAveragePool", ["bad"], ["y"], name="gap")]
    graph = helper.make_graph(
        nodes,
        "bad",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, c, side, side]), *extra],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, [shape[0], shape[1], 1, 1])],
        [w, _const("ch", np.array([1], np.int64)), *inits],
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    onnx.checker.check_model(model)
    onnx.save(model, str(path))


@pytest.mark.parametrize("kind", KINDS)
@settings(
    max_examples=3,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    name=st.from_regex(r"[a-z][a-z0-9_/]{0,12}", fullmatch=True),
    c=st.integers(1, 4),
    side=st.integers(4, 7),
)
def test_bad_vision_node_is_refused_naming_node_and_op(tmp_path, refused, kind, name, c, side):
    work = Path(tempfile.mkdtemp(prefix=f"{kind}-", dir=tmp_path))  # one per example
    model = work / "m.onnx"
    _model(model, kind, name, c, side)
    before_files = snapshot(work)
    op = next(v for k, v in OPS.items() if kind.startswith(k))
    out = work / "out"
    refused(
        ["compile", str(model), "--preset", "standard", "-o", str(out)],
        f"node {name!r}",
        f"(op {op})",
    )
    assert not out.exists()
    assert_unchanged(work, before_files)
