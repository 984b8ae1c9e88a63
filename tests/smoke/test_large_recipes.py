"""The large recipe workloads (``workloads/build.py``: ``bert-base``, ``resnet50``) compile
from their recipes and run in timing (no functional run: synthetic weights, no samples).

Both are marked slow (about a minute each of compile + timing on an idle 2-core machine, see
``benchmarks/bench_large.py``). The default run compiles and times one full-width BERT-base
encoder layer (hidden 768, 12 heads, FFN 3072, sequence 128, the 30522-token embedding) on
the recipe's chip, and covers the other mechanisms on small models:
64 x 64 meshes and the ISA's tile field (``tests/fidelity/test_noc_unloaded.py``), tags reused
per pair and parallel row splits (``tests/compiler/test_row_splits.py``), big constants and
wide global average pooling streamed (``tests/compiler/test_large_models.py``)."""

from __future__ import annotations

import pytest

from aimcsim.compiler import compile_model
from aimcsim.timing import simulate_timing


def _compile_recipe(name: str, tmp_path):
    import build  # workloads/build.py

    path, arch, opts = build.recipe(name, tmp_path)
    return compile_model(path, arch, opts), arch


def test_one_bert_base_layer_compiles_and_runs_in_timing(tmp_path) -> None:
    """One encoder layer of BERT-base at full width (about 1/12 of the recipe's work):
    every dense layer mapped, attention and layer norms streamed, timing runs."""
    import build  # workloads/build.py
    import models  # workloads/models.py
    import onnx

    from aimcsim.compiler import CompileOptions
    from aimcsim.config.loader import load_arch

    model, _, _ = models.build_bert_tiny(
        seq=128, hidden=768, heads=12, layers=1, vocab=30522, n_samples=1
    )
    onnx.save(model, str(tmp_path / "bert1.onnx"))
    spec = build.WORKLOADS["bert-base"]
    arch = load_arch(preset=spec["preset"], overrides=spec["set"])
    wl = compile_model(
        tmp_path / "bert1.onnx", arch, CompileOptions(n_slots=1, synthetic_weights=True)
    )
    dense = [la for la in wl.layers if la["kind"] == "dense"]
    assert len(dense) == 6  # Q, K, V, O, FFN1, FFN2
    assert wl.manifest["compiler"].get("stream_budget_elements", 0) >= 0
    streamed = {p["layer"] for p in wl.manifest["probes"] if p.get("space") in ("sram", "dram")}
    kinds = {la["kind"] for la in wl.layers if la["id"] in streamed}
    assert {"softmax", "layernorm", "matmul", "dense"} <= kinds
    r = simulate_timing(wl.program, arch)
    assert r.total_cycles > 0
    assert set(r.per_layer["layer_name"]) >= {la["name"] for la in dense}


@pytest.mark.slow
def test_bert_base_recipe_compiles_and_runs_in_timing(tmp_path) -> None:
    wl, arch = _compile_recipe("bert-base", tmp_path)
    dense = [la for la in wl.layers if la["kind"] == "dense"]
    assert len(dense) == 72  # 12 layers x (Q, K, V, O, FFN1, FFN2)
    assert sum(la["crossbars"] for la in wl.layers) >= 1296  # more than 32 x 32 tiles
    assert max(wl.program.streams) >= 1296 - 1
    r = simulate_timing(wl.program, arch)
    assert r.total_cycles > 0
    assert set(r.per_layer["layer_name"]) >= {la["name"] for la in dense}


@pytest.mark.slow
def test_resnet50_recipe_compiles_and_runs_in_timing(tmp_path) -> None:
    wl, arch = _compile_recipe("resnet50", tmp_path)
    convs = [la for la in wl.layers if la["kind"] == "conv"]
    assert len(convs) == 53  # 1 + 16 x 3 + 4 downsample
    assert "gap" in {la["kind"] for la in wl.layers}
    r = simulate_timing(wl.program, arch)
    assert r.total_cycles > 0
