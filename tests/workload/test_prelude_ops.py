"""The prelude's numpy interpreter against onnxruntime: every operator of
:data:`aimcsim.workload.prelude.OPS` on random integer (and bool) inputs and parameters,
one ONNX node at opset 17 each, must give the same values, shapes and element types."""

from __future__ import annotations

from typing import Any

import numpy as np
import onnx
import onnxruntime as ort
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from onnx import helper

from aimcsim.workload.prelude import LIST_PARAMETERS, OPS, Prelude, PreludeError, PreludeNode

SETTINGS = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
INT_TYPES = (np.int64, np.int32)


def _onnx(op: str, arrays: list[np.ndarray | None], attrs: dict[str, Any]) -> np.ndarray:
    names = [f"x{i}" if a is not None else "" for i, a in enumerate(arrays)]
    node = helper.make_node(op, names, ["y"], **attrs)
    inputs = [
        helper.make_tensor_value_info(n, helper.np_dtype_to_tensor_dtype(a.dtype), list(a.shape))
        for n, a in zip(names, arrays, strict=True)
        if a is not None
    ]
    graph = helper.make_graph([node], "g", inputs, [onnx.ValueInfoProto(name="y")])
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    model.ir_version = 8
    opts = ort.SessionOptions()
    opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_DISABLE_ALL
    sess = ort.InferenceSession(model.SerializeToString(), opts, providers=["CPUExecutionProvider"])
    feeds = {n: a for n, a in zip(names, arrays, strict=True) if a is not None}
    return sess.run(["y"], feeds)[0]


def _prelude(op: str, arrays: list[np.ndarray | None], attrs: dict[str, Any]) -> np.ndarray:
    """The same node as the prelude holds it: list attributes moved to inputs."""
    arrays = list(arrays)
    ints = {}
    for a, v in attrs.items():
        listed = LIST_PARAMETERS.get(op)
        if listed and a == listed[0]:
            arrays += [None] * (listed[1] + 1 - len(arrays))
            arrays[listed[1]] = np.asarray(v, dtype=np.int64)
        else:
            ints[a] = v
    consts = {f"prelude.c{i}": a for i, a in enumerate(arrays) if a is not None}
    names = tuple(f"prelude.c{i}" if a is not None else "" for i, a in enumerate(arrays))
    node = PreludeNode("n", op, names, ("y",), ints)
    return Prelude([], [node], consts).evaluate({})["y"]


def _same(op: str, arrays: list[np.ndarray | None], **attrs: Any) -> None:
    want = _onnx(op, arrays, attrs)
    got = _prelude(op, arrays, attrs)
    assert got.dtype == want.dtype, (op, got.dtype, want.dtype)
    assert got.shape == want.shape, (op, got.shape, want.shape)
    assert np.array_equal(got, want), (op, got, want)


shapes = st.lists(st.integers(1, 4), min_size=1, max_size=3).map(tuple)


@st.composite
def int_arrays(draw: Any, shape: tuple[int, ...] | None = None, lo: int = -20, hi: int = 20):
    shape = draw(shapes) if shape is None else shape
    dtype = draw(st.sampled_from(INT_TYPES))
    values = draw(
        st.lists(st.integers(lo, hi), min_size=int(np.prod(shape)), max_size=int(np.prod(shape)))
    )
    return np.asarray(values, dtype=dtype).reshape(shape)


@st.composite
def broadcast_pair(draw: Any, nonzero_second: bool = False):
    a = draw(int_arrays())
    shape = list(a.shape[draw(st.integers(0, a.ndim - 1)) :])
    shape = [1 if draw(st.booleans()) else d for d in shape]
    b = draw(int_arrays(tuple(shape)))
    if nonzero_second:
        b = np.where(b == 0, 3, b).astype(b.dtype)
    return a, b.astype(a.dtype)


@SETTINGS
@given(
    pair=broadcast_pair(),
    op=st.sampled_from(
        [
            "Add",
            "Sub",
            "Mul",
            "Equal",
            "Less",
            "LessOrEqual",
            "Greater",
            "GreaterOrEqual",
            "Min",
            "Max",
        ]
    ),
)
def test_binary_ops(pair, op):
    _same(op, list(pair))


@SETTINGS
@given(pair=broadcast_pair(nonzero_second=True), op=st.sampled_from(["Div", "Mod"]))
def test_integer_division_truncates_like_onnxruntime(pair, op):
    _same(op, list(pair))


@SETTINGS
@given(a=int_arrays(), op=st.sampled_from(["Neg", "Abs", "Sign", "Identity"]))
def test_unary_ops(a, op):
    _same(op, [a])


@SETTINGS
@given(pair=broadcast_pair(), op=st.sampled_from(["And", "Or", "Xor"]))
def test_logical_ops(pair, op):
    _same(op, [pair[0] > 0, pair[1] > 0])
    _same("Not", [pair[0] > 0])


@SETTINGS
@given(a=int_arrays(lo=-3, hi=3), to=st.sampled_from([1, 6, 7, 9, 11, 3, 2]))
def test_cast(a, to):
    _same("Cast", [a], to=to)
    _same("Cast", [a > 0], to=to)


@SETTINGS
@given(a=int_arrays(), data=st.data())
def test_cumsum(a, data):
    axis = data.draw(st.integers(-a.ndim, a.ndim - 1))
    _same(
        "CumSum",
        [a, np.asarray(axis, dtype=np.int64)],
        exclusive=data.draw(st.integers(0, 1)),
        reverse=data.draw(st.integers(0, 1)),
    )


@SETTINGS
@given(pair=broadcast_pair())
def test_where(pair):
    a, b = pair
    _same("Where", [a > 0, a, b])


@SETTINGS
@given(a=int_arrays(), data=st.data())
def test_shape_ops(a, data):
    r = a.ndim
    axes = sorted(set(data.draw(st.lists(st.integers(-(r + 1), r), min_size=1, max_size=2))))
    if len({x % (r + len(axes)) for x in axes}) == len(axes):
        _same("Unsqueeze", [a, np.asarray(axes, dtype=np.int64)])
    ones = [k for k, d in enumerate(a.shape) if d == 1]
    _same("Squeeze", [a, np.asarray(ones, dtype=np.int64)] if ones else [a])
    _same("Reshape", [a, np.asarray([-1], dtype=np.int64)])
    _same("Reshape", [a, np.asarray([0, -1], dtype=np.int64)])
    _same("Flatten", [a], axis=data.draw(st.integers(-r, r)))
    perm = data.draw(st.permutations(list(range(r))))
    _same("Transpose", [a], perm=list(perm))
    _same("Transpose", [a])
    reps = data.draw(st.lists(st.integers(1, 3), min_size=r, max_size=r))
    _same("Tile", [a, np.asarray(reps, dtype=np.int64)])
    big = [d * k for d, k in zip(a.shape, reps, strict=True)]
    target = [b if a.shape[k] == 1 else a.shape[k] for k, b in enumerate(big)]
    _same("Expand", [a, np.asarray([2, *target], dtype=np.int64)])
    _same("Concat", [a, a], axis=data.draw(st.integers(-r, r - 1)))


@SETTINGS
@given(a=int_arrays(), data=st.data())
def test_slice(a, data):
    axis = data.draw(st.integers(0, a.ndim - 1))
    dim = a.shape[axis]
    start = data.draw(st.integers(-dim - 2, dim + 2))
    end = data.draw(st.integers(-dim - 2, dim + 2))
    step = data.draw(st.sampled_from([-2, -1, 1, 2]))
    params = [np.asarray([v], dtype=np.int64) for v in (start, end, axis, step)]
    _same("Slice", [a, *params])
    _same("Slice", [a, params[0], params[1]])


@SETTINGS
@given(a=int_arrays(), data=st.data())
def test_gathers(a, data):
    axis = data.draw(st.integers(-a.ndim, a.ndim - 1))
    dim = a.shape[axis]
    idx = data.draw(int_arrays(data.draw(shapes), lo=-dim, hi=dim - 1)).astype(np.int64)
    _same("Gather", [a, idx], axis=axis)
    shape = list(a.shape)
    shape[axis] = data.draw(st.integers(1, 3))
    elems = data.draw(int_arrays(tuple(shape), lo=-dim, hi=dim - 1)).astype(np.int64)
    _same("GatherElements", [a, elems], axis=axis)


@SETTINGS
@given(a=int_arrays(), data=st.data(), op=st.sampled_from(["ReduceSum", "ReduceMax", "ReduceMin"]))
def test_reductions(a, data, op):
    drawn = data.draw(st.lists(st.integers(-a.ndim, a.ndim - 1), max_size=2))
    axes = [x for k, x in enumerate(drawn) if x % a.ndim not in [y % a.ndim for y in drawn[:k]]]
    keep = data.draw(st.integers(0, 1))
    if op == "ReduceSum":
        _same(op, [a, np.asarray(axes, dtype=np.int64)] if axes else [a], keepdims=keep)
    else:  # axes are an attribute at opset 17
        _same(op, [a], keepdims=keep, **({"axes": axes} if axes else {}))


@SETTINGS
@given(
    start=st.integers(-10, 10), limit=st.integers(-10, 10), delta=st.sampled_from([-3, -1, 1, 2])
)
def test_range(start, limit, delta):
    _same("Range", [np.asarray(v, dtype=np.int64) for v in (start, limit, delta)])


def test_every_operator_is_tested():
    import inspect

    source = inspect.getsource(inspect.getmodule(test_every_operator_is_tested))
    assert all(f'"{op}"' in source for op in OPS)


@pytest.mark.parametrize(
    ("op", "arrays", "says"),
    [
        ("Div", [np.asarray([4]), np.asarray([0])], "division by zero"),
        ("Mod", [np.asarray([4]), np.asarray([0])], "modulo by zero"),
        ("Gather", [np.asarray([4, 5]), np.asarray([2])], "index 2 is outside an axis of 2"),
        ("Expand", [np.asarray([1]), np.asarray([1 << 40])], "elements"),
        ("Range", [np.asarray(0), np.asarray(5), np.asarray(0)], "delta 0"),
        ("Not", [np.asarray([1])], "bool"),
    ],
)
def test_bad_values_name_the_node(op, arrays, says):
    with pytest.raises(PreludeError, match=f"prelude node 'n' \\(op {op}\\).*{says}"):
        _prelude(op, arrays, {})
