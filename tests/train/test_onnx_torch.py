"""The ONNX -> torch converter: with noise off it computes what onnxruntime computes.

Every model runs three ways: onnxruntime, the torch module in float, and the torch module
through the analog context of an ideal chip (exact weights, perfect converters), which
exercises the crossbar tiling and the unfolded convolution (patch order of the compiler).
Tolerance: max abs error <= 1e-5 of the output's full scale.
"""

from __future__ import annotations

import numpy as np
import pytest
from onnx import TensorProto, helper, numpy_helper

from aimcsim.config.loader import load_arch
from aimcsim.errors import TrainError
from aimcsim.functional.executor import ideal_arch

from .conftest import workload_model

torch = pytest.importorskip("torch")

from aimcsim.train.analog import AnalogContext  # noqa: E402
from aimcsim.train.onnx_torch import OnnxModule  # noqa: E402

TOL = 1e-5


def _model(nodes, inputs, output, inits):
    graph = helper.make_graph(
        nodes,
        "g",
        [helper.make_tensor_value_info(n, TensorProto.FLOAT, s) for n, s in inputs],
        [helper.make_tensor_value_info(output, TensorProto.FLOAT, None)],
        [numpy_helper.from_array(np.asarray(v, dtype=np.float32), k) for k, v in inits.items()],
    )
    m = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    m.ir_version = 8
    return m


def _agree(model, feeds: dict[str, np.ndarray]) -> None:
    import onnxruntime as ort

    ref = ort.InferenceSession(model.SerializeToString()).run(None, feeds)[0]
    mod = OnnxModule(model, "test.onnx")
    xs = {k: torch.from_numpy(v) for k, v in feeds.items()}
    scale = float(np.abs(ref).max())
    with torch.no_grad():
        y = mod(xs)[0].numpy()
        assert np.abs(y - ref).max() <= TOL * scale
        mod.analog = AnalogContext(ideal_arch(load_arch("tiny")), 0.0, 0)
        mod.analog.program(0)
        ya = mod(xs)[0].numpy()
    assert np.abs(ya - ref).max() <= TOL * scale


def _rand(rng, *shape, scale=0.3):
    return (rng.standard_normal(shape) * scale).astype(np.float32)


@pytest.mark.parametrize("name", ["mlp-digits", "cnn-digits"])
def test_shipped_models_match_onnxruntime(name):
    import onnx

    data = np.load(workload_model(name).parent / "tensors.npz")
    _agree(onnx.load(str(workload_model(name))), {"x": data["input.x"][:64].astype(np.float32)})


def test_cnn_operators_match_onnxruntime():
    """Grouped and strided 2-D convs with asymmetric pads, batch norm, pools, flatten, gemm,
    clip, sigmoid, softmax; the 80-row first layer spans two 64-row crossbars."""
    rng = np.random.default_rng(0)
    nodes = [
        helper.make_node("Conv", ["x", "w1", "b1"], ["c1"], name="conv1", pads=[1, 0, 2, 1]),
        helper.make_node(
            "BatchNormalization", ["c1", "g", "be", "mu", "var"], ["bn"], epsilon=1e-3
        ),
        helper.make_node("Relu", ["bn"], ["r1"]),
        helper.make_node(
            "Conv", ["r1", "w2"], ["c2"], name="dw", group=4, strides=[2, 2], pads=[1, 1, 1, 1]
        ),
        helper.make_node("Clip", ["c2", "lo", "hi"], ["cl"]),
        helper.make_node("MaxPool", ["cl"], ["mp"], kernel_shape=[2, 2], strides=[1, 1]),
        helper.make_node("AveragePool", ["mp"], ["ap"], kernel_shape=[2, 2], pads=[1, 1, 0, 0]),
        helper.make_node("Sigmoid", ["ap"], ["sg"]),
        helper.make_node("GlobalAveragePool", ["sg"], ["gp"]),
        helper.make_node("Flatten", ["gp"], ["f"], axis=1),
        helper.make_node("Gemm", ["f", "wf", "bf"], ["z"], name="fc", transB=1, alpha=0.5),
        helper.make_node("Softmax", ["z"], ["y"], axis=-1),
    ]
    inits = {
        "w1": _rand(rng, 8, 5, 4, 4),
        "b1": _rand(rng, 8),
        "g": 1 + _rand(rng, 8),
        "be": _rand(rng, 8),
        "mu": _rand(rng, 8),
        "var": 1 + np.abs(_rand(rng, 8)),
        "w2": _rand(rng, 8, 2, 3, 3),
        "lo": np.array(-0.5),
        "hi": np.array(0.8),
        "wf": _rand(rng, 6, 8),
        "bf": _rand(rng, 6),
    }
    model = _model(nodes, [("x", ["N", 5, 9, 9])], "y", inits)
    _agree(model, {"x": _rand(rng, 3, 5, 9, 9, scale=1)})


def test_sequence_operators_match_onnxruntime():
    """1-D conv, MatMul + Add, LayerNormalization, a GELU written with Erf, Tanh, Mul,
    Reshape, Transpose and a MatMul of two activations."""
    rng = np.random.default_rng(1)
    nodes = [
        helper.make_node("Conv", ["x", "wc"], ["c"], name="conv1d", pads=[1, 1], group=2),
        helper.make_node("Transpose", ["c"], ["t"], perm=[0, 2, 1]),
        helper.make_node("MatMul", ["t", "wm"], ["m"], name="proj"),
        helper.make_node("Add", ["m", "bm"], ["a"]),
        helper.make_node("LayerNormalization", ["a", "ln_g", "ln_b"], ["ln"], axis=-1),
        helper.make_node("Div", ["ln", "sqrt2"], ["d"]),
        helper.make_node("Erf", ["d"], ["e"]),
        helper.make_node("Add", ["e", "one"], ["e1"]),
        helper.make_node("Mul", ["ln", "e1"], ["h"]),
        helper.make_node("Mul", ["h", "half"], ["gelu"]),
        helper.make_node("Tanh", ["gelu"], ["th"]),
        helper.make_node("Transpose", ["th"], ["tt"], perm=[0, 2, 1]),
        helper.make_node("MatMul", ["th", "tt"], ["att"]),
        helper.make_node("Reshape", ["att", "shape"], ["y"]),
    ]
    inits = {
        "wc": _rand(rng, 6, 2, 3),
        "wm": _rand(rng, 6, 70),
        "bm": _rand(rng, 70),
        "ln_g": 1 + _rand(rng, 70),
        "ln_b": _rand(rng, 70),
        "sqrt2": np.array(np.sqrt(2.0)),
        "one": np.array(1.0),
        "half": np.array(0.5),
        "shape": np.array([0, -1]),
    }
    model = _model(nodes, [("x", ["N", 4, 10])], "y", inits)
    model.graph.initializer[-1].CopyFrom(numpy_helper.from_array(np.array([0, -1]), "shape"))
    _agree(model, {"x": _rand(rng, 2, 4, 10, scale=1)})


def test_weight_layers_are_named_as_the_compiler_names_them():
    rng = np.random.default_rng(2)
    nodes = [
        helper.make_node("Gemm", ["x", "w"], ["h"], name="", transB=1),
        helper.make_node("MatMul", ["h", "w2"], ["y"], name="head"),
    ]
    mod = OnnxModule(
        _model(nodes, [("x", ["N", 4])], "y", {"w": _rand(rng, 3, 4), "w2": _rand(rng, 3, 2)}),
        "m.onnx",
    )
    assert [la.name for la in mod.layers] == ["h", "head"]


@pytest.mark.parametrize(
    ("node", "what"),
    [
        (helper.make_node("LSTM", ["x", "w", "w"], ["y"], name="rnn"), "'rnn' (op LSTM)"),
        (helper.make_node("MatMul", ["w", "x"], ["y"], name="left"), "constant left operand"),
        (helper.make_node("Gemm", ["x", "w"], ["y"], name="g", transA=1), "transA"),
        (helper.make_node("Conv", ["x", "x"], ["y"], name="dyn"), "must be an initialiser"),
    ],
)
def test_unsupported_nodes_are_refused_naming_node_and_op(node, what):
    model = _model([node], [("x", ["N", 4])], "y", {"w": np.ones((4, 4))})
    with pytest.raises(TrainError, match="bad.onnx") as err:
        OnnxModule(model, "bad.onnx")
    assert what in str(err.value)
