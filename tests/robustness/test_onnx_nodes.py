"""Bad ONNX graphs: unsupported operators and malformed nodes end in exit 2 with one message
naming the node and its operator, no traceback, and no output directory.

Every graph here is valid ONNX that onnxruntime runs (so the refusal comes from the
compiler's translation, not from the model check); hypothesis draws the operator, the node
name, the input width and where the bad node sits in a small chain of supported layers.
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

UNSUPPORTED_UNARY = [
    "Sin",
    "Cos",
    "Log",
    "Softsign",
    "Tan",
    "Ceil",
    "Floor",
    "Sign",
    "Abs",
    "Hardmax",
    "LpNormalization",
]


def _const(name: str, value: np.ndarray) -> onnx.TensorProto:
    return numpy_helper.from_array(np.asarray(value), name)


def _bad_node(kind: str, name: str, x: str, width: int) -> tuple[list, list, list]:
    """(nodes, initializers, extra graph inputs) of one bad node reading ``x`` -> ``bad``."""
    if kind in UNSUPPORTED_UNARY:
        return [helper.make_node(kind, [x], ["bad"], name=name)], [], []
    if kind == "TopK":
        k = _const("k", np.array([width], dtype=np.int64))  # keeps the width
        return [helper.make_node("TopK", [x, "k"], ["bad", "idx"], name=name)], [k], []
    if kind == "CumSum":
        ax = _const("ax", np.array(1, dtype=np.int64))
        return [helper.make_node("CumSum", [x, "ax"], ["bad"], name=name)], [ax], []
    if kind == "CompareActivations":  # a Where whose condition is computed at run time
        nodes = [
            helper.make_node("Greater", [x, "zero"], ["cond"], name=name),
            helper.make_node("Where", ["cond", x, "zero"], ["bad"], name=f"{name}_where"),
        ]
        return nodes, [_const("zero", np.zeros(1, dtype=np.float32))], []
    if kind == "PowFractional":
        e = _const("e", np.array(0.3, dtype=np.float32))
        return [helper.make_node("Pow", [x, "e"], ["bad"], name=name)], [e], []
    if kind == "ClipDynamicBound":
        lo = helper.make_tensor_value_info("lo", TensorProto.FLOAT, [1])
        return [helper.make_node("Clip", [x, "lo"], ["bad"], name=name)], [], [lo]
    raise AssertionError(kind)


KINDS = [
    *UNSUPPORTED_UNARY,
    "TopK",
    "CumSum",
    "CompareActivations",
    "PowFractional",
    "ClipDynamicBound",
]


def _model(path: Path, kind: str, name: str, width: int, before: int) -> None:
    """``before`` supported dense+relu layers, the bad node, then a dense layer."""
    rng = np.random.default_rng(0)
    nodes, inits = [], []
    x = "x"
    for k in range(before):
        w = _const(f"w{k}", rng.standard_normal((width, width)).astype(np.float32))
        inits.append(w)
        nodes += [
            helper.make_node("MatMul", [x, f"w{k}"], [f"h{k}"], name=f"fc{k}"),
            helper.make_node("Relu", [f"h{k}"], [f"r{k}"], name=f"relu{k}"),
        ]
        x = f"r{k}"
    bad, bad_inits, extra = _bad_node(kind, name, x, width)
    nodes += bad
    inits += bad_inits
    wo = _const("wo", rng.standard_normal((width, 3)).astype(np.float32))
    inits.append(wo)
    nodes.append(helper.make_node("MatMul", ["bad", "wo"], ["y"], name="head"))
    graph = helper.make_graph(
        nodes,
        "bad",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, width]), *extra],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, [1, 3])],
        inits,
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
    width=st.integers(2, 9),
    before=st.integers(0, 2),
)
def test_bad_node_is_refused_naming_node_and_op(tmp_path, refused, kind, name, width, before):
    work = Path(tempfile.mkdtemp(prefix=f"{kind}-", dir=tmp_path))  # one per example
    model = work / "m.onnx"
    _model(model, kind, name, width, before)
    before_files = snapshot(work)
    op = {
        "CompareActivations": "Greater",
        "PowFractional": "Pow",
        "ClipDynamicBound": "Clip",
    }.get(kind, kind)
    out = work / "out"
    refused(
        ["compile", str(model), "--preset", "standard", "-o", str(out)],
        f"node {name!r}",
        f"(op {op})",
    )
    assert not out.exists()
    assert_unchanged(work, before_files)
