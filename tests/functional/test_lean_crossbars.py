"""A run holds only what its crossbars read: frozen analog tiles, shared exact weights.

:meth:`AnalogTile.freeze` drops the programming state (targets, programmed weights, readout
probes); the outputs must not change by a bit. The executor hands replicas of one weight
region the same read-only array, so the ideal run holds each region once."""

from __future__ import annotations

import gc
from pathlib import Path

import numpy as np
import pytest

from aimcsim.config.loader import load_arch
from aimcsim.errors import NoiseModelError
from aimcsim.functional.executor import ExactCrossbar, Executor, ideal_arch, make_crossbar
from aimcsim.functional.forward import AnalogForwardParams
from aimcsim.functional.tile import AnalogTile
from aimcsim.workload.format import load_workload

WORKLOADS = Path(__file__).resolve().parents[2] / "workloads"


@pytest.mark.parametrize("preset", ["tiny", "hermes"])
@pytest.mark.parametrize("t_s", [0.0, 3600.0])
def test_frozen_tile_forwards_the_same_bits(preset: str, t_s: float) -> None:
    arch = load_arch(preset=preset)
    params = AnalogForwardParams.from_arch(arch)
    rng = np.random.default_rng(1)
    w = rng.uniform(-1, 1, (24, 40))
    x = rng.uniform(-1, 1, (13, 40)).astype(np.float32)  # the batched path (> SMALL_BATCH)
    x_small = x[:3]  # the one-call small-batch path
    frozen = make_crossbar(w, arch, params, seed=7, crossbar_id=2, t_inference_s=t_s)
    twin = AnalogTile(w, arch.noise, params, seed=7, crossbar_id=2)
    twin.program()
    twin.drift(t_s)
    for batch in (x, x_small, x):
        np.testing.assert_array_equal(frozen.forward(batch), twin.forward(batch))
    np.testing.assert_array_equal(frozen.alpha, twin.alpha)
    assert frozen.readout_warnings == twin.readout_warnings


def test_frozen_tile_refuses_what_needs_the_programming_state() -> None:
    arch = load_arch(preset="tiny")
    params = AnalogForwardParams.from_arch(arch)
    tile = AnalogTile(np.ones((4, 4)), arch.noise, params, seed=1, crossbar_id=0)
    tile.freeze()  # unprogrammed: programs first, as forward() would
    assert tile.weights_now.shape == (4, 4)
    for what in (
        lambda: tile.drift(1.0),
        tile.program,
        lambda: tile.programmed_weights,
        lambda: tile.w_tile,
    ):
        with pytest.raises(NoiseModelError, match="after freeze"):
            what()


def test_replicas_share_one_exact_weight_array() -> None:
    wl = load_workload(WORKLOADS / "resnet18")  # 232 blocks over 201 weight regions
    regions: dict[tuple, list[int]] = {}
    for bid, b in wl.blocks.items():
        key = (b["tensor"], b["row0"], b["row1"], b["col0"], b["col1"])
        regions.setdefault(key, []).append(bid)
    shared = [ids for ids in regions.values() if len(ids) > 1]
    assert shared
    ex = Executor(wl, ideal_arch(load_arch(preset="tiny")))
    held = [ExactCrossbar(ex._block_weights(b)) for b in shared[0]]
    assert all(h.w is held[0].w for h in held)
    assert not held[0].w.flags.writeable
    np.testing.assert_array_equal(held[0].w, wl.block_matrix(shared[0][0]))
    del held
    gc.collect()
    assert len(ex._regions) == 0  # nothing holds the weights: not kept
