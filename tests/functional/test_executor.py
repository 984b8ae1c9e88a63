"""Executor semantics on hand-written assembly: loops, send/recv, DPU ops, deadlock."""

from __future__ import annotations

import numpy as np
import pytest

from aimcsim.config.loader import load_arch
from aimcsim.errors import DeadlockError
from aimcsim.functional.executor import Executor, ideal_arch
from aimcsim.isa import assemble
from aimcsim.workload import Workload

ASM = """
.isa 2.0.0
.layer 0 "fc"
.tile 0
    prog  x0, 0
    xwin  x0, 0, 4, 0, 2
    li    r14, 2
    li    r15, 0
top:
    li    r4, 4
    mul   r4, r15, r4
    li    r1, 0
    ld    r1, r4, dram, 4
.layer 0
    li    r2, 8
    mvm   x0, r1, r2, 0
    send  r2, 1, 7, 2
.layer -
    addi  r15, r15, 1
    blt   r15, r14, top
    halt
.tile 1
    li    r14, 2
    li    r15, 0
loop:
    li    r1, 0
    recv  r1, 0, 7, 2
    li    r2, 2
    vrelu r2, r1, 2
    li    r4, 2
    mul   r4, r15, r4
    addi  r4, r4, 8
    st    r4, r2, dram, 2
    addi  r15, r15, 1
    blt   r15, r14, loop
    halt
"""


def _workload(asm: str = ASM) -> Workload:
    w = np.array([[1.0, -2.0, 0.5, 0.0], [0.0, 1.0, 1.0, 1.0]], dtype=np.float32)
    man = {
        "workload": {"name": "hand", "n_slots": 2, "isa_version": "2.0.0", "dram_elements": 12},
        "inputs": [{"name": "x", "shape": [4], "layout": "flat", "addr": 0, "size": 4}],
        "outputs": [{"name": "y", "shape": [2], "layout": "flat", "addr": 8, "size": 2}],
        "layers": [{"id": 0, "name": "fc", "kind": "dense"}],
        "blocks": [{"id": 0, "tensor": "w", "row0": 0, "row1": 4, "col0": 0, "col1": 2}],
        "tiles": [{"id": 0, "buffer_elements": 16}, {"id": 1, "buffer_elements": 8}],
        "probes": [
            {
                "layer": 0,
                "tensor": "h",
                "tile": 0,
                "pc": 12,
                "addr": 8,
                "length": 2,
                "shape": [2],
                "layout": "flat",
            }
        ],
    }
    return Workload("hand", assemble(asm), {"w": w}, man)


def test_two_tile_pipeline_with_slots_and_batch():
    wl = _workload()
    arch = ideal_arch(load_arch(preset="tiny"))
    x = np.random.default_rng(0).standard_normal((6, 4)).astype(np.float32)
    res = Executor(wl, arch).run({"x": x})
    w = wl.tensors["w"]
    np.testing.assert_allclose(res.probes["h"], x @ w.T, rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(res.outputs["y"], np.maximum(x @ w.T, 0), rtol=1e-5, atol=1e-6)


def test_memory_probe_reads_each_slot_of_global_memory():
    """A probe with ``space`` reads the per-slot memory area at the end of the run; the old
    buffer probe (no ``space``) still works beside it."""
    wl = _workload()
    wl.manifest["probes"].append(
        {
            "layer": 0,
            "tensor": "y_mem",
            "space": "dram",
            "tile": 1,
            "addr": 8,
            "stride": 2,
            "length": 2,
            "shape": [2],
            "layout": "flat",
        }
    )
    arch = ideal_arch(load_arch(preset="tiny"))
    x = np.random.default_rng(1).standard_normal((5, 4)).astype(np.float32)
    res = Executor(wl, arch).run({"x": x})
    np.testing.assert_array_equal(res.probes["y_mem"], res.outputs["y"])
    np.testing.assert_allclose(res.probes["h"], x @ wl.tensors["w"].T, rtol=1e-5, atol=1e-6)


def test_deadlock_is_reported():
    asm = ASM.replace("send  r2, 1, 7, 2", "send  r2, 1, 8, 2")
    with pytest.raises(DeadlockError, match="tile 1"):
        Executor(_workload(asm), ideal_arch(load_arch(preset="tiny"))).run(
            {"x": np.zeros((2, 4), np.float32)}
        )


def test_ideal_run_reused_across_inference_times_gives_the_same_metrics():
    from pathlib import Path

    from aimcsim.config.loader import load_arch
    from aimcsim.functional.executor import run_functional
    from aimcsim.workload import load_workload

    wl = load_workload(Path(__file__).resolve().parents[2] / "workloads" / "mlp-digits")
    arch = load_arch("tiny")
    first = run_functional(wl, arch, t_inference_s=0.0, seed=3, n_samples=40)
    reused = run_functional(wl, arch, t_inference_s=3600.0, seed=3, n_samples=40, ideal_from=first)
    fresh = run_functional(wl, arch, t_inference_s=3600.0, seed=3, n_samples=40)
    assert [(m.rel_error, m.snr_db, m.cosine) for m in reused.layers] == [
        (m.rel_error, m.snr_db, m.cosine) for m in fresh.layers
    ]
    assert reused.top1 == fresh.top1 and reused.top1_ideal == fresh.top1_ideal
