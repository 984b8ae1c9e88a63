"""Layers split over tiles: inputs scattered first, partial sums reduced as they arrive.

Timing: the row blocks of a split layer compute at the same time and the layer costs about
one MVM plus the reduction. Values: the ideal run equals numpy whatever the reduction plan
(gather, tree, direct receives), for dense, conv and LSTM layers. Plans: the cost model
picks a tree when the root would otherwise add many partials, a gather when it would not.
"""

from __future__ import annotations

import numpy as np
import pytest

from aimcsim.compiler import CompileOptions, codegen_core
from aimcsim.compiler.compile import compile_graph
from aimcsim.compiler.lstm import lstm_reference
from aimcsim.compiler.native import native_to_graph
from aimcsim.compiler.reduce import CostModel, Partial, plan_reduction
from aimcsim.compiler.tags import TagAllocator
from aimcsim.config.loader import load_arch
from aimcsim.functional.executor import Executor, ideal_arch
from aimcsim.timing import simulate_timing


def _dense_model(k: int, n: int, **extra) -> dict:
    return {
        "model": {"name": "split", "seed": 3},
        "inputs": [{"name": "x", "shape": [k]}],
        "layers": [{"type": "dense", "units": n, "name": "fc", "bias": True, **extra}],
    }


@pytest.mark.parametrize(("phases", "mvm"), [(1, 133), (4, 520)])
def test_hermes_2016x224_row_blocks_overlap(phases: int, mvm: int) -> None:
    """The issue-16 layer: 8 row blocks on 8 hermes cores (one-phase 133-cycle MVMs,
    four-phase 520). Before, each block waited for the previous one's round trip (1,572 and
    4,281 cycles for the vector); now all 8 MVMs run at once and the layer, less its output store,
    takes one MVM plus the scatter and reduction (< 200 cycles)."""
    arch = load_arch(preset="hermes", overrides=[f"tile.crossbar.read_phases={phases}"])
    wl = compile_graph(native_to_graph(_dense_model(2016, 224)), arch, CompileOptions(n_slots=1))
    res = simulate_timing(wl.program, arch, trace=True)
    assert res.trace_recorder is not None
    recs = [r for r in res.trace_recorder.slices if r[4] == 0]
    mvms = [(r[2], r[2] + r[3]) for r in recs if r[1] == "mvm"]
    assert len(mvms) == 8 and all(e - s == mvm for s, e in mvms)
    assert max(s for s, _ in mvms) < min(e for _, e in mvms)  # all 8 overlap in time
    # The layer's latency starts at its first useful work, after the input load has reached
    # the row-block tiles (start_cycle in layers.csv); its output store is still in it.
    store = sum(r[3] for r in recs if r[1] == "st")
    latency = int(res.per_layer.set_index("layer_name").loc["fc", "latency_cycles"])
    assert mvm < latency - store < mvm + 200


def _run_split(model: dict, arch, x: np.ndarray) -> dict[str, np.ndarray]:
    wl = compile_graph(native_to_graph(model), arch, CompileOptions(n_slots=2, duplicate=False))
    return Executor(wl, ideal_arch(arch)).run({"x": x}).probes


@pytest.mark.parametrize(
    ("k", "n", "overrides"),
    [
        (2016, 224, []),  # 8 row blocks: tree
        (520, 300, []),  # 3 x 2 blocks, 6 tiles: groups by column range
        (700, 200, ["noc.mode=circuit"]),
        (300, 600, ["tile.crossbar.per_tile=2"]),  # tiles holding several blocks
        (200, 1000, []),  # column blocks only: received straight into the output
    ],
)
def test_split_dense_matches_numpy(k: int, n: int, overrides: list[str]) -> None:
    arch = load_arch(preset="hermes", overrides=["tile.crossbar.rows=128", *overrides])
    model = _dense_model(k, n)
    g = native_to_graph(model)
    w, b = (g.params[t].astype(np.float64) for t in ("fc.w", "fc.b"))
    x = np.random.default_rng(0).standard_normal((6, k)).astype(np.float32)
    y = _run_split(model, arch, x)["fc"]
    ref = x @ w.T + b
    assert np.abs(y - ref).max() < 1e-4 * np.abs(ref).max()


def test_split_conv_matches_numpy() -> None:
    """A conv whose 3x3x48 patch spans four 128-row crossbars on four tiles."""
    arch = load_arch(preset="hermes", overrides=["tile.crossbar.rows=128"])
    model = {
        "model": {"name": "c", "seed": 1},
        "inputs": [{"name": "x", "shape": [48, 5, 5]}],
        "layers": [{"type": "conv", "filters": 40, "kernel": 3, "pads": 1, "name": "conv"}],
    }
    g = native_to_graph(model)
    w = g.params["conv.w"].astype(np.float64).reshape(40, 3, 3, 48)  # (O, kh, kw, C)
    x = np.random.default_rng(1).standard_normal((3, 48, 5, 5)).astype(np.float32)
    y = _run_split(model, arch, x)["conv"]
    xp = np.pad(x.astype(np.float64), ((0, 0), (0, 0), (1, 1), (1, 1)))
    ref = np.zeros((3, 40, 5, 5))
    for i in range(5):
        for j in range(5):
            patch = xp[:, :, i : i + 3, j : j + 3].transpose(0, 2, 3, 1)  # (B, kh, kw, C)
            ref[:, :, i, j] = patch.reshape(3, -1) @ w.reshape(40, -1).T
    assert np.abs(y - ref).max() < 1e-4 * np.abs(ref).max()


def test_split_lstm_matches_reference() -> None:
    """LSTM gates over 6 tiles (input 300 + hidden 80 rows > 128, 320 gate columns)."""
    arch = load_arch(preset="hermes", overrides=["tile.crossbar.rows=128"])
    model = {
        "model": {"name": "r", "seed": 2},
        "inputs": [{"name": "x", "shape": [5, 300]}],
        "layers": [{"type": "lstm", "hidden": 80, "name": "rnn"}],
    }
    g = native_to_graph(model)
    x = np.random.default_rng(2).standard_normal((3, 5, 300)).astype(np.float32)
    y = _run_split(model, arch, x)["rnn"]
    ref = lstm_reference(x, g.params["rnn.w"], None, 80)
    assert np.abs(y - ref).max() < 1e-4


def test_tags_wrap_per_pair_and_programs_stay_correct(monkeypatch) -> None:
    """With a one-tag space every pair of tiles reuses its tag for all its messages (here
    up to 3 on one pair per slot); they still meet their receives in order (one FIFO per
    source and tag), in the values and in timing."""
    monkeypatch.setattr(codegen_core, "TagAllocator", lambda: TagAllocator(max_tag=1))
    arch = load_arch(preset="hermes", overrides=["tile.crossbar.rows=128"])
    model = _dense_model(700, 300)
    model["layers"] += [
        {"type": "dense", "units": 300, "name": "fc2"},
        {"type": "add", "inputs": ["fc2", "fc"], "name": "res"},
        {"type": "dense", "units": 260, "name": "fc3"},
    ]
    g = native_to_graph(model)
    wl = compile_graph(g, arch, CompileOptions(n_slots=2, duplicate=False))
    pairs: dict[tuple[int, int], int] = {}
    for t, stream in wl.program.streams.items():
        for i in stream.instructions:
            if i.mnemonic == "send":
                assert i.operands[2] == 1
                pairs[(t, i.operands[1])] = pairs.get((t, i.operands[1]), 0) + 1
    assert max(pairs.values()) >= 2
    x = np.random.default_rng(4).standard_normal((4, 700)).astype(np.float32)
    y = Executor(wl, ideal_arch(arch)).run({"x": x}).probes["fc3"]
    p = {k: v.astype(np.float64) for k, v in g.params.items()}
    h = x @ p["fc.w"].T + p["fc.b"]
    ref = (h @ p["fc2.w"].T + h) @ p["fc3.w"].T
    assert np.abs(y - ref).max() < 1e-4 * np.abs(ref).max()
    assert simulate_timing(wl.program, arch).total_cycles > 0


def test_tag_allocator_counts_per_pair_and_wraps() -> None:
    tags = TagAllocator(max_tag=3)
    assert [tags.new(0, 1) for _ in range(5)] == [1, 2, 3, 1, 2]
    assert tags.new(1, 0) == 1 and tags.new(0, 2) == 1


def test_plan_tree_for_many_partials_gather_for_few() -> None:
    arch = load_arch(preset="hermes")
    many = plan_reduction(0, [(0, 224)], [Partial(t, 0, 224) for t in range(1, 8)], arch)
    assert {m.dst for m in many} != {0}  # inner tiles add before the root does
    assert sum(1 for m in many if m.dst == 0) == 3  # log2(8) additions on the root
    sent = [m.src for m in many]
    for m in many:  # a tile sends only after everything it receives
        assert all(sent.index(c.src) < sent.index(m.src) for c in many if c.dst == m.src)
    few = plan_reduction(0, [(0, 224)], [Partial(1, 0, 224)], arch)
    assert [(m.src, m.dst, m.direct) for m in few] == [(1, 0, False)]


def test_plan_receives_disjoint_ranges_directly_and_groups_equal_ones() -> None:
    arch = load_arch(preset="hermes")
    parts = [Partial(1, 256, 512), Partial(2, 0, 256), Partial(3, 256, 512)]
    plan = plan_reduction(0, [(0, 256)], parts, arch)
    assert sorted((m.src, m.dst, m.lo, m.hi, m.direct) for m in plan) == [
        (1, 0, 256, 512, True),  # nothing else writes 256..512 on home: straight in
        (2, 0, 0, 256, False),  # same range as the home tile: added on it
        (3, 1, 256, 512, False),  # same range as tile 1: added there
    ]


def test_cost_model_uses_real_distances() -> None:
    arch = load_arch(preset="hermes", overrides=["noc.router_delay_cycles=5"])
    cost = CostModel(arch)
    assert cost.message_cycles(0, 63, 32) - cost.message_cycles(0, 1, 32) == 13 * 5
