"""Programmatically built ResNet-18 and BERT (onnx.helper, no downloads) compile and run."""

from __future__ import annotations

import onnx
import pytest
from helpers import assert_layers_match, ort_values

from aimcsim.compiler import CompileOptions, compile_model
from aimcsim.config.loader import load_arch
from aimcsim.functional.executor import Executor, ideal_arch

BERT_ARCH: list[str] = []  # default 65536-element buffer: big activations streamed
RESNET_ARCH = ["chip.mesh_rows=16", "chip.mesh_cols=16"]  # activations streamed


@pytest.fixture(scope="module")
def bert(models_mod, tmp_path_factory):
    model, samples, _ = models_mod.build_bert_tiny(n_samples=2)
    p = tmp_path_factory.mktemp("bert") / "bert.onnx"
    onnx.save(model, str(p))
    arch = load_arch(preset="standard", overrides=BERT_ARCH)
    return model, samples, arch, compile_model(p, arch, CompileOptions(n_slots=1))


def test_bert_uses_attention_ops(bert):
    _, _, _, wl = bert
    kinds = {la["kind"] for la in wl.layers}
    assert {"dense", "matmul", "softmax", "layernorm", "gelu", "transpose", "add"} <= kinds
    assert wl.manifest["inputs"][0]["transform"]["kind"] == "embedding"
    mnems = {i.mnemonic for s in wl.program.streams.values() for i in s.instructions}
    assert {"mmul", "vsoftmax", "vlnorm", "vgelu", "mvm", "send", "recv"} <= mnems


def test_bert_ideal_run_matches_onnxruntime(bert):
    """With the default buffer, activations (attention scores, softmax, layer norm, GELU,
    transposes) are streamed through global memory and probed there, layer by layer."""
    model, samples, arch, wl = bert
    mnems = {i.mnemonic for s in wl.program.streams.values() for i in s.instructions}
    assert {"ld", "st"} <= mnems
    probes = wl.manifest["probes"]
    assert {p["layer"] for p in probes} == {la["id"] for la in wl.layers if la["kind"] != "reshape"}
    assert "sram" in {p.get("space") for p in probes}
    res = Executor(wl, ideal_arch(arch)).run(samples)
    assert len(res.probes) == len(probes)
    assert_layers_match(res.probes, ort_values(model, samples, list(res.probes)), rtol=1e-4)


def test_bert_timing(bert):
    from aimcsim.timing import simulate_timing

    _, _, arch, wl = bert
    r = simulate_timing(wl.program, arch)
    assert r.total_cycles > 0


def test_resnet18_compiles_and_runs_in_timing(models_mod, tmp_path):
    from aimcsim.timing import simulate_timing

    model, _, _ = models_mod.build_resnet18()
    onnx.save(model, str(tmp_path / "r18.onnx"))
    arch = load_arch(preset="hermes", overrides=RESNET_ARCH)
    wl = compile_model(tmp_path / "r18.onnx", arch, CompileOptions(n_slots=1))
    convs = [la for la in wl.layers if la["kind"] == "conv"]
    assert len(convs) == 20  # 17 3x3/7x7 convs + 3 downsample convs, BN folded
    assert all("BatchNormalization" in la["source_op"] for la in convs)
    assert sum(la["crossbars"] for la in wl.layers) <= 256
    r = simulate_timing(wl.program, arch)
    assert r.total_cycles > 0


def test_small_resnet_ideal_matches_onnxruntime(models_mod, tmp_path):
    """The same ResNet-18 graph on 32x32 inputs, run functionally against onnxruntime."""
    model, samples, _ = models_mod.build_resnet18(n_classes=10, image=32)
    onnx.save(model, str(tmp_path / "r.onnx"))
    arch = load_arch(
        preset="hermes",
        overrides=["chip.mesh_rows=16", "chip.mesh_cols=16", "tile.buffer.size_elements=1048576"],
    )
    wl = compile_model(tmp_path / "r.onnx", arch, CompileOptions(n_slots=1, duplicate=False))
    res = Executor(wl, ideal_arch(arch)).run(samples)
    assert_layers_match(res.probes, ort_values(model, samples, list(res.probes)), rtol=1e-3)


def test_bert_with_a_buffer_whose_first_streaming_budget_overflows(bert, tmp_path):
    """131072 elements: at the first budget (1/8 buffer) the 128x128 hidden states stay
    resident and tile 0 overflows (164610 elements); the compiler halves the budget, streams
    them, records the budget, and the ideal run still matches onnxruntime layer by layer."""
    model, samples, _, _ = bert
    onnx.save(model, str(tmp_path / "bert.onnx"))
    arch = load_arch(preset="standard", overrides=[*BERT_ARCH, "tile.buffer.size_elements=131072"])
    wl = compile_model(tmp_path / "bert.onnx", arch, CompileOptions(n_slots=1))
    assert wl.manifest["compiler"]["stream_budget_elements"] == 8192
    assert max(t["buffer_elements"] for t in wl.manifest["tiles"]) <= 131072
    res = Executor(wl, ideal_arch(arch)).run(samples)
    assert_layers_match(res.probes, ort_values(model, samples, list(res.probes)), rtol=1e-4)
