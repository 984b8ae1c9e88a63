"""The large recipe workloads (``workloads/build.py``: ``bert-base``, ``resnet50``) compile
from their recipes and run in timing (no functional run: synthetic weights, no samples).

Both are marked slow (about a minute each of compile + timing on an idle 2-core machine, see
``benchmarks/bench_large.py``). The default run covers their mechanisms on small models:
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
