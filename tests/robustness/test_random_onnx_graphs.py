"""Random ONNX graphs: chains of operators drawn from a pool of supported and unsupported
ones, with random attributes, over a random input shape. Whatever the chain, ``aimcsim
compile`` either compiles it (exit 0) or refuses it cleanly (exit 2, no traceback, one
message naming one of the graph's nodes and its operator), and touches nothing but its
output path.
"""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

import numpy as np
import onnx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from onnx import TensorProto, helper, numpy_helper

from .conftest import assert_unchanged, run_cli, snapshot

UNARY = [
    "Relu",
    "Sigmoid",
    "Tanh",
    "Exp",
    "Neg",
    "Sqrt",
    "Reciprocal",
    "Erf",
    "Sin",
    "Log",
    "Abs",
    "Softplus",
    "Floor",
    "Identity",
]
STEPS = [
    *UNARY,
    "Add",
    "Mul",
    "Sub",
    "Div",
    "Pow",
    "ReduceMean",
    "ReduceSum",
    "ReduceMax",
    "Softmax",
    "Transpose",
    "Where",
    "Cast",
    "MatMul",
    "Expand",
    "LayerNormalization",
]


def _step(kind: str, k: int, x: str, shape: list[int], draw_int: int):
    """(nodes, initializers, output shape) of step ``k`` of kind ``kind`` reading ``x``."""
    name, y = f"n{k}_{kind.lower()}", f"t{k}"
    rng = np.random.default_rng(draw_int)

    def const(suffix: str, value: np.ndarray):
        return numpy_helper.from_array(np.asarray(value), f"c{k}_{suffix}")

    if kind in UNARY:
        return [helper.make_node(kind, [x], [y], name=name)], [], shape
    if kind in ("Add", "Mul", "Sub", "Div"):
        return [helper.make_node(kind, [x, x], [y], name=name)], [], shape
    if kind == "Pow":
        e = const("e", np.array([2.0, 0.5, -1.0, 0.3, 3.0][draw_int % 5], dtype=np.float32))
        return [helper.make_node("Pow", [x, e.name], [y], name=name)], [e], shape
    if kind in ("ReduceMean", "ReduceSum", "ReduceMax"):
        axis = 1 + draw_int % (len(shape) - 1)
        out = [1 if a == axis else d for a, d in enumerate(shape)]
        if kind == "ReduceSum":
            ax = const("axes", np.array([axis], dtype=np.int64))
            return [helper.make_node(kind, [x, ax.name], [y], name=name, keepdims=1)], [ax], out
        return [helper.make_node(kind, [x], [y], name=name, axes=[axis], keepdims=1)], [], out
    if kind == "Softmax":
        axis = 1 + draw_int % (len(shape) - 1)
        return [helper.make_node(kind, [x], [y], name=name, axis=axis)], [], shape
    if kind == "Transpose":
        perm = [0, *rng.permutation(range(1, len(shape))).tolist()]
        out = [shape[p] for p in perm]
        return [helper.make_node(kind, [x], [y], name=name, perm=perm)], [], out
    if kind == "Where":
        cond = const("cond", rng.random(shape[1:]) > 0.5)
        other = const("other", np.array(-1e4, dtype=np.float32))
        node = helper.make_node("Where", [cond.name, x, other.name], [y], name=name)
        return [node], [cond, other], shape
    if kind == "Cast":
        to = [TensorProto.FLOAT, TensorProto.DOUBLE][draw_int % 2]
        back = helper.make_node("Cast", [f"{y}_c"], [y], name=f"{name}_back", to=1)
        return [helper.make_node("Cast", [x], [f"{y}_c"], name=name, to=to), back], [], shape
    if kind == "MatMul":
        w = const("w", rng.standard_normal((shape[-1], 1 + draw_int % 5)).astype(np.float32))
        return (
            [helper.make_node(kind, [x, w.name], [y], name=name)],
            [w],
            [
                *shape[:-1],
                1 + draw_int % 5,
            ],
        )
    if kind == "Expand":
        out = [*shape[:-1], shape[-1] * 2] if shape[-1] == 1 else [1, 2, *shape[1:]]
        sh = const("shape", np.array(out, dtype=np.int64))
        return [helper.make_node(kind, [x, sh.name], [y], name=name)], [sh], out
    if kind == "LayerNormalization":
        g = const("g", np.ones(shape[-1], dtype=np.float32))
        return [helper.make_node(kind, [x, g.name], [y], name=name, axis=-1)], [g], shape
    raise AssertionError(kind)


def _model(path: Path, kinds: list[str], shape: list[int], seeds: list[int]) -> list[str]:
    nodes, inits, x, cur = [], [], "x", list(shape)
    for k, (kind, seed) in enumerate(zip(kinds, seeds, strict=False)):
        ns, cs, cur = _step(kind, k, x, cur, seed)
        nodes += ns
        inits += cs
        x = ns[-1].output[0]
    nodes.append(helper.make_node("Identity", [x], ["y"], name="out"))
    graph = helper.make_graph(
        nodes,
        "random",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, shape)],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, cur)],
        inits,
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    onnx.checker.check_model(model)
    onnx.save(model, str(path))
    return [n.name for n in nodes]


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    kinds=st.lists(st.sampled_from(STEPS), min_size=1, max_size=5),
    shape=st.lists(st.integers(1, 6), min_size=1, max_size=3),
    seeds=st.lists(st.integers(0, 1000), min_size=5, max_size=5),
)
def test_random_graph_compiles_or_is_refused_naming_a_node(tmp_path, kinds, shape, seeds):
    work = Path(tempfile.mkdtemp(prefix="random-", dir=tmp_path))
    model = work / "m.onnx"
    names = _model(model, kinds, [1, *shape], seeds)
    before = snapshot(work)
    out = work / "out"
    outcome = run_cli(["compile", str(model), "--preset", "standard", "-o", str(out)])
    assert outcome.exception is None, f"escaped {outcome.exception!r}"
    assert "Traceback" not in outcome.err, outcome.err
    assert outcome.code in (0, 2), outcome.err
    if outcome.code == 2:
        named = re.findall(r"node '([^']*)' \(op (\w+)\)", outcome.err)
        assert any(n in names for n, _ in named), outcome.err
        assert not out.exists()
        assert_unchanged(work, before)
