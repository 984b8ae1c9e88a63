"""Operators that only move an activation's elements with a fixed pattern (DepthToSpace,
SpaceToDepth, Tile, Expand of an activation) lowered to one IR ``take`` (or a free view).

The pattern is read from onnxruntime: the node run on the element indices ``0, 1, 2, ...``
of its input (exact in float32 up to 2^24 elements) returns, at each output element, the
index of the input element it copies.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from aimcsim.compiler.ops_common import UnsupportedNode
from aimcsim.compiler.ops_probe import NodeRunner

EXACT_INDEX_LIMIT = 1 << 24
"""Largest input whose element indices float32 holds exactly."""


def movement(cv: Any, node: Any, a: dict[str, Any], ins: list[str], out: str) -> None:
    """A fixed data movement of activation ``ins[0]`` (see the module docstring)."""

    if any(t and not cv.is_static(t) for t in ins[1:]):
        raise UnsupportedNode("its inputs other than the data must be constants")
    shape = cv.values[ins[0]].shape
    size = int(np.prod(shape))
    if size > EXACT_INDEX_LIMIT:
        raise UnsupportedNode(f"an input of {size} elements (at most {EXACT_INDEX_LIMIT})")
    bax = cv.bax.get(ins[0], 0)
    oshape = cv.values[out].shape
    if len(oshape) != len(shape) or oshape[bax] != 1:
        raise UnsupportedNode("a movement across the batch axis")
    run = NodeRunner(cv.model, node, {ins[0]: shape}, cv.static)
    idx = np.rint(run(np.arange(size, dtype=np.float32).reshape(shape))).astype(np.int64)
    cv._select(node, ins[0], idx, out, bax)
