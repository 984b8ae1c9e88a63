"""Row copies in the timing model, in exact cycles: the layer's MVMs keep their duration (the
copies cost rows, not MVM time); the repeated input costs one timed ``vcopy`` per copy of a
dense layer's input, one per extra copy and pixel of a convolution's im2col patch; the
1/k scale is the layer's post-MVM ``vaffine`` (a scale-only one when the layer has no bias)."""

from __future__ import annotations

from collections import Counter

from aimcsim.compiler import CompileOptions
from aimcsim.compiler.compile import compile_graph
from aimcsim.compiler.layer_settings import parse_layer_set
from aimcsim.compiler.native import native_to_graph
from aimcsim.config.loader import load_arch
from aimcsim.timing import simulate_timing
from aimcsim.timing.latency import dpu_elementwise_cycles

MODEL = {
    "model": {"name": "rows", "seed": 5},
    "inputs": [{"name": "x", "shape": [1, 4, 4]}],
    "layers": [
        {"type": "conv", "filters": 2, "kernel": 3, "pads": 1, "name": "conv"},
        {"type": "relu", "name": "relu"},
        {"type": "flatten", "name": "flat"},
        {"type": "dense", "units": 10, "name": "fc"},  # K = 32
    ],
}
FC = 3
"""Layer id (node order) of the dense layer; with row copies its input copy takes this id and
the dense layer the next."""


def _timing(items: list[str]):
    arch = load_arch(preset="tiny")
    table = parse_layer_set(items) if items else None
    opts = CompileOptions(n_slots=1, duplicate=False, layer_settings=table)
    wl = compile_graph(native_to_graph(MODEL), arch, opts)
    return simulate_timing(wl.program, arch, trace=True), arch


def _slices(res, layer: int, mnemonic: str) -> list[int]:
    assert res.trace_recorder is not None
    return [r[3] for r in res.trace_recorder.slices if r[1] == mnemonic and r[4] == layer]


def test_row_copies_keep_mvm_time_and_add_one_vcopy_per_copy() -> None:
    base, arch = _timing([])
    for k in (2, 3):
        new, _ = _timing([f"fc.row_copies={k}"])
        fc_mvms = _slices(base, FC, "mvm")
        assert len(fc_mvms) > 0
        # one crossbar of 64 rows holds 2 copies of the 32 rows; 3 copies span two crossbars
        # (one more MVM per sample, of the same duration, its partial sum accumulated)
        row_blocks = -(-k * 32 // arch.tile.crossbar.rows)
        assert _slices(new, FC + 1, "mvm") == fc_mvms * row_blocks
        dpu = arch.dpu
        copy_cycles = dpu_elementwise_cycles(32, dpu.lanes, dpu.startup_cycles, dpu.simple_cycles)
        assert _slices(new, FC, "vcopy") == [copy_cycles] * k
        # the layer has no bias: the 1/k scale is one scale-only vaffine over its outputs
        assert _slices(base, FC, "vaffine") == []
        scale_cycles = dpu_elementwise_cycles(10, dpu.lanes, dpu.startup_cycles, dpu.simple_cycles)
        assert _slices(new, FC + 1, "vaffine") == [scale_cycles]
        assert _slices(new, 0, "mvm") == _slices(base, 0, "mvm")


def test_a_conv_copies_its_im2col_patch_once_per_extra_row_copy_and_pixel() -> None:
    base, arch = _timing([])
    new, _ = _timing(["conv.row_copies=2"])
    assert _slices(new, 0, "mvm") == _slices(base, 0, "mvm")  # one MVM per pixel, as before
    dpu = arch.dpu
    patch_cycles = dpu_elementwise_cycles(
        3 * 3 * 1, dpu.lanes, dpu.startup_cycles, dpu.simple_cycles
    )
    extra = Counter(_slices(new, 0, "vcopy")) - Counter(_slices(base, 0, "vcopy"))
    assert extra == Counter({patch_cycles: 4 * 4})  # one 9-element copy for each of 16 pixels
    assert sum(_slices(new, 0, "vcopy")) - sum(_slices(base, 0, "vcopy")) == 16 * patch_cycles
