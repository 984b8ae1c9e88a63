"""A broadcast that repeats each source element in a row (a per-row scale over the row, as
in RMSNorm) is one ``mmul`` outer product with a row of ones, not a copy per element."""

from __future__ import annotations

import numpy as np
import pytest

from aimcsim.compiler.codegen import _repeats


@pytest.mark.parametrize(
    "idx,want",
    [
        ([3, 3, 4, 4, 5, 5], (3, 2)),
        ([7, 7, 7], (7, 3)),
        ([0, 1, 2], (0, 1)),
        ([0, 0, 1], (0, 1)),
        ([0, 0, 2, 2], (0, 1)),
        ([1, 1, 0, 0], (0, 1)),
        ([5], (0, 1)),
    ],
)
def test_repeats(idx, want):
    assert _repeats(np.array(idx)) == want


def test_row_scale_broadcast_is_one_outer_product(tmp_path):
    from aimcsim.compiler import CompileOptions, compile_model
    from aimcsim.compiler.graph import Graph, Node
    from aimcsim.config.loader import load_arch

    g = Graph(name="rowscale")
    g.inputs = ["x", "s"]
    g.shapes.update({"x": (16, 32), "s": (16, 1), "sb": (16, 32), "y": (16, 32)})
    g.nodes = [
        Node("bcast", "broadcast", ["s"], "sb", {}, "test"),
        Node("scale", "mul", ["x", "sb"], "y", {}, "test"),
    ]
    g.outputs = ["y"]
    wl = compile_model(g, load_arch(preset="standard"), CompileOptions(n_slots=1))
    mnems = [ins.mnemonic for s in wl.program.streams.values() for ins in s.instructions]
    assert mnems.count("mmul") == 1 and "vcopy" not in mnems
