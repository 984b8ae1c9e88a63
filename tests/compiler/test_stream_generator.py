"""Generator: every op kind streams through global memory at any buffer from its minimum up.

For random small one-op models of each kind (hypothesis draws the shapes and the buffer),
the compile below the minimum tile buffer is a CompileError that names the layer and the
minimum (``--set tile.buffer.size_elements=N``); at N and above it compiles, the ideal run
equals onnxruntime (<= 1e-4 of full scale) on every output and probed layer, and the timing
model runs.
"""

from __future__ import annotations

import re

import numpy as np
import onnx
import pytest
from helpers import ort_values
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from onnx import TensorProto, helper, numpy_helper

from aimcsim.compiler import CompileOptions, compile_model
from aimcsim.config.loader import load_arch
from aimcsim.errors import CompileError
from aimcsim.functional.executor import Executor, ideal_arch
from aimcsim.timing import simulate_timing

CHIP = ("tile.crossbar.rows=16", "tile.crossbar.cols=16", "tile.crossbar.per_tile=4")
CHIP += ("chip.mesh_rows=3", "chip.mesh_cols=3")
FLOOR = 32
"""The smallest buffer the chip's configuration accepts (one MVM's input and output)."""
MIN_RE = re.compile(r"layers? '([^']+)'.*the smallest buffer that compiles is (\d+) elements")


def _init(name: str, arr: np.ndarray) -> onnx.TensorProto:
    return numpy_helper.from_array(np.asarray(arr, dtype=np.float32), name)


def _model(nodes, inputs, output_shape, inits=(), opset=17):
    g = helper.make_graph(
        nodes,
        "m",
        [helper.make_tensor_value_info(k, TensorProto.FLOAT, ["N", *v]) for k, v in inputs.items()],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, ["N", *output_shape])],
        list(inits),
    )
    return helper.make_model(g, opset_imports=[helper.make_opsetid("", opset)])


def dense(d, rng):
    t, k, m = d.draw(st.integers(2, 6)), d.draw(st.integers(8, 40)), d.draw(st.integers(4, 40))
    w, b = rng.normal(0, 0.3, (k, m)), rng.normal(0, 0.1, m)
    nodes = [
        helper.make_node("MatMul", ["x", "w"], ["h"], name="fc"),
        helper.make_node("Add", ["h", "b"], ["y"], name="fc_b"),
    ]
    return _model(nodes, {"x": (t, k)}, (t, m), [_init("w", w), _init("b", b)]), ()


def dense_digital(d, rng):
    model, _ = dense(d, rng)
    return model, ("fc",)


def conv(d, rng):
    c, h, w = d.draw(st.integers(1, 4)), d.draw(st.integers(3, 9)), d.draw(st.integers(3, 9))
    o, k, s = (
        d.draw(st.integers(1, 6)),
        d.draw(st.sampled_from([1, 3])),
        d.draw(st.sampled_from([1, 2])),
    )
    p = k // 2
    oh, ow = (h + 2 * p - k) // s + 1, (w + 2 * p - k) // s + 1
    wt = rng.normal(0, 0.3, (o, c, k, k))
    node = helper.make_node("Conv", ["x", "w"], ["y"], pads=[p] * 4, strides=[s, s], name="cv")
    return _model([node], {"x": (c, h, w)}, (o, oh, ow), [_init("w", wt)]), ()


SEQ_FIRST = {"xt", "Y", "Ys"}
"""Tensors of the recurrent models with the sequence, not the batch, on their first axis
(compared through the model's output)."""


def padded_chain(d, rng):
    """Sigmoid -> padded conv (split over crossbars) -> relu -> padded max pool: the streamed
    element-wise layer leaves non-zero data in the tile's scratch area, which the padded
    layers' zero pad columns and whole-span partial sums must not pick up."""
    c, h, w = d.draw(st.integers(1, 3)), d.draw(st.integers(4, 8)), d.draw(st.integers(4, 8))
    o = d.draw(st.integers(17, 24))  # more columns than one 16 x 16 crossbar
    wt = rng.normal(0, 0.3, (o, c, 3, 3))
    nodes = [
        helper.make_node("Sigmoid", ["x"], ["s"], name="sg"),
        helper.make_node("Conv", ["s", "w"], ["cv"], pads=[1] * 4, name="cv"),
        helper.make_node("Relu", ["cv"], ["rl"], name="rl"),
        helper.make_node(
            "MaxPool", ["rl"], ["y"], kernel_shape=[3, 3], strides=[2, 2], pads=[1] * 4, name="mp"
        ),
    ]
    out = (o, (h - 1) // 2 + 1, (w - 1) // 2 + 1)
    return _model(nodes, {"x": (c, h, w)}, out, [_init("w", wt)]), ()


def _recurrent(d, rng, op: str, gates: int):
    t, i, hid = d.draw(st.integers(2, 5)), d.draw(st.integers(2, 8)), d.draw(st.integers(2, 8))
    inits = [
        _init("W", rng.normal(0, 0.4, (1, gates * hid, i))),
        _init("R", rng.normal(0, 0.4, (1, gates * hid, hid))),
        _init("B", rng.normal(0, 0.1, (1, 2 * gates * hid))),
        numpy_helper.from_array(np.array([1], dtype=np.int64), "ax"),
    ]
    extra = {"linear_before_reset": 1} if op == "GRU" else {}
    nodes = [
        helper.make_node("Transpose", ["x"], ["xt"], perm=[1, 0, 2], name="tr"),
        helper.make_node(op, ["xt", "W", "R", "B"], ["Y"], hidden_size=hid, name="rnn", **extra),
        helper.make_node("Squeeze", ["Y", "ax"], ["Ys"], name="sq"),
        helper.make_node("Transpose", ["Ys"], ["y"], perm=[1, 0, 2], name="tr2"),
    ]
    return _model(nodes, {"x": (t, i)}, (t, hid), inits), ()


def lstm(d, rng):
    return _recurrent(d, rng, "LSTM", 4)


def gru(d, rng):
    return _recurrent(d, rng, "GRU", 3)


def _unary_shape(d):
    return (d.draw(st.integers(1, 6)), d.draw(st.integers(2, 40)))


def elementwise(d, rng):
    shape = _unary_shape(d)
    op = d.draw(st.sampled_from(["Relu", "Sigmoid", "Tanh", "Add", "Mul"]))
    ins = ["x", "x2"] if op in ("Add", "Mul") else ["x"]
    nodes = [helper.make_node(op, ins, ["y"], name="ew")]
    return _model(nodes, {n: shape for n in ins}, shape), ()


def pool(d, rng):
    c, h, w = d.draw(st.integers(1, 4)), d.draw(st.integers(4, 10)), d.draw(st.integers(4, 10))
    op = d.draw(st.sampled_from(["MaxPool", "AveragePool"]))
    node = helper.make_node(op, ["x"], ["y"], kernel_shape=[2, 2], strides=[2, 2], name="pl")
    return _model([node], {"x": (c, h, w)}, (c, h // 2, w // 2)), ()


def gap(d, rng):
    c = d.draw(st.integers(1, 6))
    h, w = d.draw(st.integers(1, 70)), d.draw(st.integers(1, 100))
    node = helper.make_node("GlobalAveragePool", ["x"], ["y"], name="gap")
    return _model([node], {"x": (c, h, w)}, (c, 1, 1)), ()


def rowwise(d, rng):
    shape = _unary_shape(d)
    if d.draw(st.booleans()):
        return _model(
            [helper.make_node("Softmax", ["x"], ["y"], axis=-1, name="sm")], {"x": shape}, shape
        ), ()
    n = shape[-1]
    inits = [_init("g", rng.normal(1, 0.2, n)), _init("bt", rng.normal(0, 0.2, n))]
    node = helper.make_node("LayerNormalization", ["x", "g", "bt"], ["y"], axis=-1, name="ln")
    return _model([node], {"x": shape}, shape, inits), ()


def transpose(d, rng):
    a, b, c = (d.draw(st.integers(1, 8)) for _ in range(3))
    perm = d.draw(st.permutations([0, 1, 2]).filter(lambda p: p != [0, 1, 2]))
    shape = (a, b, c)
    out = tuple(shape[p] for p in perm)
    node = helper.make_node("Transpose", ["x"], ["y"], perm=[0, *(p + 1 for p in perm)], name="tp")
    return _model([node], {"x": shape}, out), ()


def matmul(d, rng):
    bt, m, k, n = (d.draw(st.integers(1, 12)) for _ in range(4))
    node = helper.make_node("MatMul", ["x", "x2"], ["y"], name="mm")
    return _model([node], {"x": (bt, m, k), "x2": (bt, k, n)}, (bt, m, n)), ()


def reduce(d, rng):
    shape = (d.draw(st.integers(1, 5)), d.draw(st.integers(1, 12)), d.draw(st.integers(1, 12)))
    axis = d.draw(st.integers(1, 3))
    op = d.draw(st.sampled_from(["ReduceSum", "ReduceMean"]))
    axes = numpy_helper.from_array(np.array([axis], dtype=np.int64), "axes")
    out = tuple(1 if i + 1 == axis else s for i, s in enumerate(shape))
    node = helper.make_node(op, ["x", "axes"], ["y"], keepdims=1, name="rd")
    return _model([node], {"x": shape}, out, [axes], opset=18), ()


def concat(d, rng):
    a, b, c = (d.draw(st.integers(1, 20)) for _ in range(3))
    nodes = [helper.make_node("Concat", ["x", "x2"], ["y"], axis=-1, name="cc")]
    return _model(nodes, {"x": (a, b), "x2": (a, c)}, (a, b + c)), ()


def slice_(d, rng):
    a, b = d.draw(st.integers(2, 12)), d.draw(st.integers(4, 40))
    lo = d.draw(st.integers(0, b - 2))
    hi = d.draw(st.integers(lo + 1, b))
    consts = [
        numpy_helper.from_array(np.array(v, dtype=np.int64), k)
        for k, v in (("st", [lo]), ("en", [hi]), ("ax", [2]))
    ]
    nodes = [
        helper.make_node("Slice", ["x", "st", "en", "ax"], ["s"], name="sl"),
        helper.make_node("Relu", ["s"], ["y"], name="r"),
    ]
    return _model(nodes, {"x": (a, b)}, (a, hi - lo), consts), ()


KINDS = {
    f.__name__.rstrip("_"): f
    for f in (
        dense,
        dense_digital,
        conv,
        lstm,
        gru,
        elementwise,
        pool,
        gap,
        rowwise,
        transpose,
        matmul,
        reduce,
        concat,
        slice_,
        padded_chain,
    )
}


def _compile(model, tmp_path, buffer, digital):
    path = tmp_path / "m.onnx"
    onnx.save(model, str(path))
    arch = load_arch(preset="tiny", overrides=[*CHIP, f"tile.buffer.size_elements={buffer}"])
    opts = CompileOptions(n_slots=2, digital=digital, duplicate=False, calibrate_input_range="off")
    return arch, compile_model(path, arch, opts)


def _minimum(model, tmp_path, digital) -> int:
    """The minimum buffer the compiler states for ``model``: a CompileError at the
    configuration's floor naming a layer of the model and ``tile.buffer.size_elements=N``
    (or the floor when the model compiles there)."""
    try:
        _compile(model, tmp_path, FLOOR, digital)
    except CompileError as err:
        message = str(err)
    else:
        return FLOOR
    found = MIN_RE.search(message)
    assert found, message
    names = {n.name for n in model.graph.node} | {o for n in model.graph.node for o in n.output}
    names |= {i.name for i in model.graph.input}  # re-layouts of an input are named after it
    assert found.group(1) in names or any(found.group(1).startswith(n) for n in names)
    return int(found.group(2))


def _feeds(model, rng):
    """Two samples of every input."""
    return {
        vi.name: rng.normal(
            0, 1, [2, *(d.dim_value for d in vi.type.tensor_type.shape.dim[1:])]
        ).astype(np.float32)
        for vi in model.graph.input
    }


def _check(model, tmp_path, buffer, digital, rng):
    arch, wl = _compile(model, tmp_path, buffer, digital)
    feeds = _feeds(model, rng)
    res = Executor(wl, ideal_arch(arch)).run(feeds)
    known = {o for n in model.graph.node for o in n.output} - SEQ_FIRST
    (out,) = res.outputs.values()  # the model's output "y" (its IR tensor may be renamed)
    values = {**{k: v for k, v in res.probes.items() if k in known}, "y": out}
    ref = ort_values(model, feeds, list(values))
    for name, y in values.items():
        r = ref[name].reshape(y.shape)
        err = float(np.abs(y - r).max()) / max(float(np.abs(r).max()), 1e-6)
        assert err <= 1e-4, f"{name}: error {err:.2e} of full scale at buffer {buffer}"
    assert simulate_timing(wl.program, arch).total_cycles > 0


@pytest.mark.parametrize("kind", sorted(KINDS))
@settings(
    max_examples=3, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_every_op_streams_from_its_minimum_buffer_up(kind, data, tmp_path):
    rng = np.random.default_rng(data.draw(st.integers(0, 2**16)))
    model, digital = KINDS[kind](data, rng)
    minimum = _minimum(model, tmp_path, digital)
    if minimum > FLOOR:
        with pytest.raises(CompileError, match=r"tile\.buffer\.size_elements="):
            _compile(model, tmp_path, minimum - 1, digital)
    extra = data.draw(st.sampled_from([0, 1, 7, minimum // 2, 4 * minimum]))
    _check(model, tmp_path, minimum + extra, digital, rng)
