"""ONNX LSTM: lowering to crossbar MVMs + DPU gate math, checked against onnxruntime."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import onnx
import pytest
from helpers import ort_values
from onnx import TensorProto, helper, numpy_helper

from aimcsim.compiler import CompileOptions, compile_model
from aimcsim.config.loader import load_arch
from aimcsim.errors import CompileError
from aimcsim.functional.executor import Executor, ideal_arch

T, N_IN, H = 6, 48, 24  # on `tiny` (64x64 crossbars): [W | R] is 96 x 72 -> 4 blocks, 2 tiles


def small_lstm(direction: str = "forward", peephole: bool = False) -> onnx.ModelProto:
    """Batch-first input -> Transpose -> LSTM -> Squeeze -> Transpose -> Relu, plus Y_h."""
    rng = np.random.default_rng(0)
    d = 2 if direction == "bidirectional" else 1
    inits = [
        numpy_helper.from_array(v.astype(np.float32), k)
        for k, v in (
            ("W", 0.3 * rng.standard_normal((d, 4 * H, N_IN))),
            ("R", 0.3 * rng.standard_normal((d, 4 * H, H))),
            ("B", 0.3 * rng.standard_normal((d, 8 * H))),
            ("P", np.full((d, 3 * H), 0.5 if peephole else 0.0)),
        )
    ]
    inits.append(numpy_helper.from_array(np.array([1], dtype=np.int64), "ax"))
    nodes = [
        helper.make_node("Transpose", ["x"], ["xt"], perm=[1, 0, 2], name="tr"),
        helper.make_node(
            "LSTM",
            ["xt", "W", "R", "B", "", "", "", "P"],
            ["Y", "Yh"],
            hidden_size=H,
            direction=direction,
            name="lstm",
        ),
        helper.make_node("Squeeze", ["Y", "ax"], ["Ys"], name="sq"),
        helper.make_node("Transpose", ["Ys"], ["Yb"], perm=[1, 0, 2], name="tr2"),
        helper.make_node("Relu", ["Yb"], ["out"], name="relu"),
    ]
    outs = [
        helper.make_tensor_value_info("out", TensorProto.FLOAT, ["N", T, H]),
        helper.make_tensor_value_info("Yh", TensorProto.FLOAT, [d, "N", H]),
    ]
    if d == 2:  # only Y_h: Squeeze of the direction axis does not apply
        nodes, outs = nodes[:2], outs[1:]
    g = helper.make_graph(
        nodes,
        "small_lstm",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, ["N", T, N_IN])],
        outs,
        inits,
    )
    m = helper.make_model(g, opset_imports=[helper.make_opsetid("", 17)])
    m.ir_version = 8
    return m


# batch axis of the ONNX value of each probed tensor (the executor puts the batch first)
BATCH_AXIS = {"Y": 2, "Yh": 1, "lstm0.Y": 2, "lstm1.Y": 2}


def assert_probes_match(probes, model, feeds, rtol=1e-4):
    ref = ort_values(model, feeds, list(probes))
    for name, y in probes.items():
        r = np.moveaxis(ref[name], BATCH_AXIS.get(name, 0), 0).reshape(y.shape)
        err = float(np.abs(y - r).max()) / max(float(np.abs(r).max()), 1e-6)
        assert err < rtol, f"{name}: max error {err:.2e} of full scale"


@pytest.mark.parametrize("digital", [False, True])
def test_small_lstm_matches_onnxruntime(tmp_path, digital):
    m = small_lstm()
    onnx.save(m, str(tmp_path / "l.onnx"))
    arch = load_arch(preset="tiny")
    opts = CompileOptions(n_slots=2, digital=("lstm",) if digital else ())
    wl = compile_model(tmp_path / "l.onnx", arch, opts)
    lay = {la["name"]: la for la in wl.layers}
    assert lay["lstm"]["kind"] == "lstm"
    if not digital:
        assert lay["lstm"]["crossbars"] == 4 and lay["lstm"]["replicas"] == 1
        assert len({b["tile"] for b in wl.manifest["blocks"]}) == 2  # the multi-tile path
    x = np.random.default_rng(1).standard_normal((5, T, N_IN)).astype(np.float32)
    res = Executor(wl, ideal_arch(arch)).run({"x": x})
    assert {"Y", "Yh", "out"} <= set(res.probes)
    assert_probes_match(res.probes, m, {"x": x})
    mnems = {i.mnemonic for s in wl.program.streams.values() for i in s.instructions}
    assert {"vsigm", "vtanh", "vmul", "vaffine"} <= mnems


@pytest.mark.parametrize("direction", ["reverse", "bidirectional"])
def test_reverse_and_bidirectional_lstm_match_onnxruntime(tmp_path, direction):
    """A reverse direction runs forward on the time-reversed input; Y_h of each direction."""
    m = small_lstm(direction=direction)
    onnx.save(m, str(tmp_path / "l.onnx"))
    arch = load_arch(preset="tiny")
    wl = compile_model(tmp_path / "l.onnx", arch, CompileOptions(n_slots=2))
    x = np.random.default_rng(2).standard_normal((5, T, N_IN)).astype(np.float32)
    res = Executor(wl, ideal_arch(arch)).run({"x": x})
    ref = np.moveaxis(ort_values(m, {"x": x}, ["Yh"])["Yh"], 1, 0)
    y = res.outputs["Yh"].reshape(ref.shape)
    assert float(np.abs(y - ref).max()) < 1e-4 * float(np.abs(ref).max())
    assert "take" in {la["kind"] for la in wl.layers}  # the time reversal


@pytest.mark.parametrize("kw,msg", [({"peephole": True}, "peephole")])
def test_unsupported_lstm_variants(tmp_path, tiny_arch, kw, msg):
    onnx.save(small_lstm(**kw), str(tmp_path / "l.onnx"))
    with pytest.raises(CompileError, match=msg) as ei:
        compile_model(tmp_path / "l.onnx", tiny_arch)
    assert "LSTM" in str(ei.value)


@pytest.fixture(scope="module")
def lstm_lm(models_mod, tmp_path_factory):
    import sys

    build = sys.modules.get("build")
    if build is None:
        import build
    spec = build.WORKLOADS["lstm"]
    model, samples, _ = models_mod.build_lstm_lm(n_samples=3)
    p = tmp_path_factory.mktemp("lstm") / "lstm.onnx"
    onnx.save(model, str(p))
    arch = load_arch(preset=spec["preset"], overrides=spec["set"])
    return model, samples, arch, compile_model(p, arch, CompileOptions(n_slots=2))


def test_lstm_workload_matches_onnxruntime_layer_by_layer(lstm_lm):
    model, samples, arch, wl = lstm_lm
    assert [la["kind"] for la in wl.layers if la["kind"] == "lstm"] == ["lstm", "lstm"]
    res = Executor(wl, ideal_arch(arch)).run(samples)
    assert {"lstm0.Y", "lstm1.Y", "logits"} <= set(res.probes)
    assert_probes_match(res.probes, model, samples)
    assert res.outputs["logits"].shape == (3, 24, 50)


def test_lstm_workload_runs_in_timing(lstm_lm):
    from aimcsim.timing import simulate_timing

    _, _, arch, wl = lstm_lm
    r = simulate_timing(wl.program, arch)
    assert r.total_cycles > 0


def test_shipped_lstm_workload_matches_onnxruntime(models_mod):
    """The workload in workloads/lstm (stored weights and token ids) against its model."""
    from aimcsim.workload import load_workload

    d = Path(__file__).resolve().parents[2] / "workloads" / "lstm"
    if not (d / "manifest.toml").is_file():
        pytest.skip("workloads/lstm not built (python workloads/build.py lstm)")
    wl = load_workload(d)
    model, samples, _ = models_mod.build_lstm_lm()
    arch = load_arch(preset=wl.manifest["workload"]["preset"])
    res = Executor(wl, ideal_arch(arch)).run(samples)
    assert_probes_match(res.probes, model, samples)
