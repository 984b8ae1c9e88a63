"""Training cuts a layer's crossbar blocks in the compiler's input order."""

from __future__ import annotations

import numpy as np
import onnx
import pytest

from aimcsim.config.loader import load_arch

from .conftest import workload_model

torch = pytest.importorskip("torch")

from aimcsim.train.analog import AnalogContext  # noqa: E402
from aimcsim.train.layout import compiler_input_orders  # noqa: E402
from aimcsim.train.onnx_torch import OnnxModule  # noqa: E402


def test_dense_after_channels_last_flatten_gets_the_compilers_order():
    model = onnx.load(str(workload_model("cnn-digits")))
    orders = compiler_input_orders(model, "cnn-digits")
    assert set(orders) == {"fc"}  # conv layers and the mlp keep their order
    order = orders["fc"]
    # (channel, row, column) flatten read from channels-last storage: 16 channels of 4x4
    assert sorted(order.tolist()) == list(range(256))
    assert order[:3].tolist() == [0, 16, 32]
    assert compiler_input_orders(onnx.load(str(workload_model("mlp-digits"))), "m") == {}


def test_blocks_hold_the_permuted_columns():
    model = onnx.load(str(workload_model("cnn-digits")))
    mod = OnnxModule(model, "cnn.onnx")
    fc = next(la for la in mod.layers if la.name == "fc")
    fc.input_order = compiler_input_orders(model, "cnn-digits")["fc"]
    ctx = AnalogContext(load_arch("tiny"), 0.0, 0)
    ctx.program(0)
    x = torch.from_numpy(np.random.default_rng(0).random((4, 256)).astype(np.float32))
    w = mod.matrix(fc).detach()
    ctx.mvm(fc, x, w, torch.tensor(1.0))
    first = ctx._tiles[(fc.index, 0)]
    expect = w.numpy()[:, fc.input_order[:64]]
    np.testing.assert_allclose(first.w_tile * first.col_scale[:, None], expect, rtol=1e-6)
