"""With noise on, the training forward of one crossbar-sized layer has the error statistics
of the simulator's tile (``aimcsim tile-error``, :func:`aimcsim.functional.tile_error`).

A 64 x 64 Gemm on ``tiny`` (one crossbar) with a 5-bit ADC and PCM noise, at 0 and 1 d: the
per-vector relative error of the training forward, over 4 programmings, has a mean within
3 % (relative) of tile-error's over 4 repeats, and its spread within 15 %. The two draw
independent noise (other crossbar ids and programmings), so they agree statistically, not
bit for bit.
"""

from __future__ import annotations

import numpy as np
import pytest
from onnx import TensorProto, helper, numpy_helper

from aimcsim.config.loader import load_arch
from aimcsim.functional.forward import AnalogForwardParams
from aimcsim.functional.tile_error import tile_error

torch = pytest.importorskip("torch")

from aimcsim.train.analog import AnalogContext  # noqa: E402
from aimcsim.train.loop import deterministic_torch  # noqa: E402
from aimcsim.train.onnx_torch import OnnxModule  # noqa: E402

REPEATS = 4
MEAN_TOL = 0.03
STD_TOL = 0.15


def _gemm(w: np.ndarray):
    graph = helper.make_graph(
        [helper.make_node("Gemm", ["x", "w"], ["y"], name="fc", transB=1)],
        "one",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, ["N", w.shape[1]])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, ["N", w.shape[0]])],
        [numpy_helper.from_array(w, "w")],
    )
    return helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])


def _rel_errors(y: np.ndarray, ref: np.ndarray) -> np.ndarray:
    return np.linalg.norm(y - ref, axis=1) / np.linalg.norm(ref, axis=1)


@pytest.mark.parametrize("t_s", [0.0, 86400.0])
def test_training_forward_matches_tile_error_statistics(t_s):
    rng = np.random.default_rng(7)
    w = rng.standard_normal((64, 64)).astype(np.float32) * 0.2
    x = np.abs(rng.standard_normal((400, 64))).astype(np.float32)  # post-ReLU-like
    arch = load_arch("tiny", overrides=["tile.adc.bits=5"])
    ref = x.astype(np.float64) @ w.T.astype(np.float64)

    sim = tile_error(
        w, x, arch.noise, AnalogForwardParams.from_arch(arch), [t_s], repeats=REPEATS, seed=3
    ).times[0]

    mod = OnnxModule(_gemm(w), "one.onnx")
    mod.analog = AnalogContext(arch, t_s, seed=11)
    errs = []
    with deterministic_torch(0), torch.no_grad():
        mod.input_ranges[0] = 2.5  # any range: noise management rescales every vector
        for k in range(1, REPEATS + 1):
            mod.analog.program(k)
            y = mod({"x": torch.from_numpy(x)})[0].numpy()
            errs.append(_rel_errors(y.astype(np.float64), ref))
    e = np.concatenate(errs)
    assert e.mean() == pytest.approx(sim.rel_err_mean, rel=MEAN_TOL)
    assert e.std() == pytest.approx(sim.rel_err_std, rel=STD_TOL)
    assert sim.rel_err_mean > 0.05  # the noise is there to be matched


def test_each_step_programs_new_noise_and_evaluation_reuses_it():
    rng = np.random.default_rng(8)
    w = rng.standard_normal((8, 16)).astype(np.float32)
    x = torch.from_numpy(rng.standard_normal((5, 16)).astype(np.float32))
    mod = OnnxModule(_gemm(w), "one.onnx")
    mod.analog = AnalogContext(load_arch("tiny"), 0.0, seed=1)
    with torch.no_grad():
        mod.analog.program(0)
        a, b = mod({"x": x})[0], mod({"x": x})[0]
        mod.analog.program(1)
        c = mod({"x": x})[0]
    assert not torch.equal(a, c)
    # the same crossbars read twice: the same weights, fresh per-MVM noise only
    assert float((a - b).abs().max()) < float((a - c).abs().max())


def test_gradients_flow_to_weights_and_ranges_on_a_clipping_chip():
    """On a chip with static noise management the learned range clips, and gets a gradient."""
    rng = np.random.default_rng(9)
    w = rng.standard_normal((8, 16)).astype(np.float32)
    mod = OnnxModule(_gemm(w), "one.onnx")
    mod.analog = AnalogContext(load_arch("standard"), 0.0, seed=1)
    mod.analog.program(1)
    with torch.no_grad():
        mod.input_ranges[0] = 0.5
    x = torch.from_numpy(rng.standard_normal((32, 16)).astype(np.float32))
    mod({"x": x})[0].square().sum().backward()
    assert float(mod.input_ranges.grad[0]) != 0.0
    assert float(mod.tensor("w").grad.abs().sum()) > 0.0
    assert mod.analog.inside == {0: False}  # half the inputs lie outside +-0.5
