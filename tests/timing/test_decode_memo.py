"""The memoised decoder gives every instruction the op a fresh decode of it gives."""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest

from aimcsim.config.loader import load_arch
from aimcsim.isa import load_program
from aimcsim.timing.counters import Counters
from aimcsim.timing.decode import K_NOP, TileLayout, UnitOp, _decode_one, decode_stream

WORKLOADS = Path(__file__).resolve().parents[2] / "workloads"


def _layout(tile: int, counters: Counters) -> TileLayout:
    comp = counters.component
    return TileLayout(
        tile=tile,
        n_xbars=4,
        n_tiles=256,
        buffer_elements=1 << 20,
        element_bytes=1,
        xbar_components=tuple(comp(f"t{tile}.xbar[{i}]", "xbar") for i in range(4)),
        dac_components=tuple(comp(f"t{tile}.dac[{i}]", "dac") for i in range(4)),
        adc_component=comp(f"t{tile}.adc", "adc"),
        dpu_component=comp(f"t{tile}.dpu", "dpu"),
        buffer_component=comp(f"t{tile}.buffer", "buffer"),
        ni_component=comp(f"t{tile}.ni", "ni"),
    )


@pytest.mark.parametrize("name", ["resnet18", "bert-tiny"])
def test_memoised_ops_equal_fresh_ones(name: str) -> None:
    program = load_program(WORKLOADS / name / "program.bin")
    dpu = load_arch(preset="tiny").dpu
    counters = Counters()
    reused = 0
    for tile, stream in program.streams.items():
        layout = _layout(tile, counters)
        stats = partial(counters.layer, tile=tile)
        code = decode_stream(stream, layout, stats, dpu)
        assert len(code) == len(stream.instructions)
        seen: set[int] = set()
        for index, (op, instr) in enumerate(zip(code, stream.instructions, strict=True)):
            if op[0] <= K_NOP:
                continue  # scalar: checked by the timing tests' exact cycles
            fresh = _decode_one(index, instr, layout, stats, dpu)
            if not isinstance(fresh[1], UnitOp):
                assert op == fresh
                continue
            assert op[0] == fresh[0]
            got, want = op[1], fresh[1]
            if got.reads:
                reused += id(got.reads) in seen
                seen.add(id(got.reads))
            for slot in UnitOp.__slots__:
                assert getattr(got, slot) == getattr(want, slot), (tile, index, slot)
    assert reused  # the workload repeats unit instructions: the memo was used
