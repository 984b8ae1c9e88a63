"""Pad of an activation (any axes but the batch; modes constant, edge, reflect, wrap;
negative pads crop) as one IR ``take`` and, for constant padding, a ``mul`` by a 0/1 mask
(and an ``add`` of the padding value where it is not 0). Zero padding of H and W in front of
a Conv is not lowered here: it folds into the conv's own pads (see the ONNX frontend)."""

from __future__ import annotations

from typing import Any

import numpy as np

from aimcsim.compiler.graph import Node
from aimcsim.compiler.ops_common import UnsupportedNode, const_operand


def _source(n: int, begin: int, end: int, mode: str) -> np.ndarray:
    """Input index of each output index along one axis of ``n`` elements padded by
    ``begin`` / ``end`` (-1: the padding value)."""
    src = np.arange(n + begin + end) - begin
    inside = (src >= 0) & (src < n)
    if mode == "constant":
        return np.where(inside, src, -1)
    if mode == "edge":
        return np.clip(src, 0, n - 1)
    if mode == "wrap":
        return src % n
    if mode == "reflect":
        if n == 1:
            return np.zeros_like(src)
        period = 2 * (n - 1)
        r = src % period
        return np.where(r < n, r, period - r)
    raise ValueError(f"mode {mode!r}")


def pad(cv: Any, node: Any, mode: str, pads: list[int], value: float, axes: list[int]) -> None:
    """Pad ONNX tensor ``node.input[0]`` into ``node.output[0]`` (see the module docstring)."""

    if mode not in ("constant", "edge", "reflect", "wrap"):
        raise UnsupportedNode(f"Pad mode {mode!r}")
    x_onnx, out = node.input[0], node.output[0]
    rank = len(cv.values[x_onnx].shape)
    bax = cv.bax.get(x_onnx, 0)
    begin = dict.fromkeys(range(rank), 0)
    end = dict.fromkeys(range(rank), 0)
    axes = [q % rank for q in axes]
    for k, q in enumerate(axes):
        begin[q], end[q] = pads[k], pads[k + len(axes)]
    if begin[bax] or end[bax]:
        raise UnsupportedNode("padding of the batch axis")
    x = cv.real(x_onnx)
    shape = cv.g.shapes[x]
    sample_axes = [q for q in range(rank) if q != bax]
    sources = [_source(shape[k], begin[q], end[q], mode) for k, q in enumerate(sample_axes)]
    grids = np.meshgrid(*sources, indexing="ij")
    valid = np.all([s >= 0 for s in grids], axis=0)
    idx = np.ravel_multi_index([np.maximum(s, 0) for s in grids], shape)
    oshape = tuple(s.size for s in sources)
    layout = "nhwc" if len(oshape) == 3 and cv.lay(x) == "nhwc" else "flat"
    base = node.name or out
    padded = out if valid.all() else f"{out}.gathered"
    cv.g.shapes[padded] = oshape
    cv.g.layouts[padded] = layout
    label = base if padded == out else f"{base}.gathered"
    cv.g.nodes.append(Node(label, "take", [x], padded, {"indices": idx.reshape(-1)}, "Pad"))
    if padded == out:
        return
    mask = valid.astype(np.float64)
    if value == 0.0:
        const_operand(cv, node, "mul", padded, mask, out, base)
        return
    masked = const_operand(cv, node, "mul", padded, mask, f"{out}.masked")
    const_operand(cv, node, "add", masked, value * (1.0 - mask), out, base)
