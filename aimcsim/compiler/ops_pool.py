"""Pooling of any padding, ``ceil_mode`` and ``count_include_pad`` (MaxPool, AveragePool,
GlobalMaxPool), lowered to the IR ``maxpool`` / ``avgpool``: windows over a zero-padded map,
the mean divided by the whole window.

* ``auto_pad`` SAME_UPPER / SAME_LOWER become explicit pads; ``ceil_mode`` windows that run
  past the bottom / right edge get that much more bottom / right padding.
* MaxPool over padding: zero padding equals ONNX's (-inf) only for a non-negative input
  (after a relu, a clip at 0 or above, a sigmoid, ...). Any other input is first padded by
  replicating its edge (an IR ``take``): a window that overlaps the padding then also holds
  the edge pixel copied into it, so its maximum is that of its pixels in the image.
* AveragePool whose divisor is not the whole window everywhere (``count_include_pad`` 0,
  windows clipped by ``ceil_mode``): the zero-padded window mean times a constant map
  ``kh * kw / divisor``; the divisors are read from onnxruntime, the node run on ones.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from aimcsim.compiler.graph import Graph, Node
from aimcsim.compiler.ops_common import UnsupportedNode, const_operand
from aimcsim.compiler.ops_conv3d import pool3d
from aimcsim.compiler.ops_probe import NodeRunner

NONNEGATIVE_OPS = ("relu", "sigmoid", "exp")
"""IR operators whose output is never negative."""
VALUE_PRESERVING_OPS = (
    *("reshape", "transpose", "take", "broadcast", "slice", "concat"),
    *("maxpool", "avgpool", "gap"),
)
"""IR operators whose output values are drawn from (or averaged over) their inputs'."""


def nonnegative(g: Graph, tensor: str, known: dict[str, bool] | None = None) -> bool:
    """Whether ``tensor``'s values are provably never negative (from its producers;
    ``known`` memoises the tensors already decided)."""
    known = {} if known is None else known
    if tensor not in known:
        known[tensor] = False  # until proven
        if tensor in g.params:
            known[tensor] = bool(np.all(g.params[tensor] >= 0))
        elif (n := g.producer(tensor)) is not None:
            if n.op == "clip":
                known[tensor] = float(n.attrs["lo"]) >= 0.0
            elif n.op in VALUE_PRESERVING_OPS or n.op in ("add", "mul"):
                known[tensor] = all(nonnegative(g, t, known) for t in n.inputs)
            else:
                known[tensor] = n.op in NONNEGATIVE_OPS
    return known[tensor]


def _as_2d(a: dict[str, Any]) -> dict[str, Any]:
    """Attributes of a 1-D pool as those of the 2-D pool of its ``(C, 1, L)`` map."""
    out = dict(a)
    for k in ("kernel_shape", "strides", "dilations"):
        if k in a:
            out[k] = [1, *a[k]]
    if "pads" in a:
        out["pads"] = [0, a["pads"][0], 0, a["pads"][1]]
    return out


def _text(v: Any) -> str:
    return v.decode() if isinstance(v, bytes) else str(v)


def _pads(
    a: dict[str, Any],
    size: tuple[int, int],
    out: tuple[int, int],
    kernel: list[int],
    strides: list[int],
) -> list[int]:
    """Explicit (top, left, bottom, right) pads, ``ceil_mode`` overhang included."""
    auto = _text(a.get("auto_pad", "NOTSET"))
    if auto in ("SAME_UPPER", "SAME_LOWER"):
        pads = [0, 0, 0, 0]
        for k in range(2):
            total = max((out[k] - 1) * strides[k] + kernel[k] - size[k], 0)
            lo = total // 2 if auto == "SAME_UPPER" else total - total // 2
            pads[k], pads[k + 2] = lo, total - lo
    elif auto == "VALID":
        pads = [0, 0, 0, 0]
    else:
        pads = [int(p) for p in a.get("pads", [0, 0, 0, 0])]
    for k in range(2):  # ceil_mode: the last windows run past the bottom / right edge
        pads[k + 2] += max(
            0, (out[k] - 1) * strides[k] + kernel[k] - (size[k] + pads[k] + pads[k + 2])
        )
    return pads


def pool(cv: Any, node: Any, a: dict[str, Any], ins: list[str], out: str) -> None:
    """MaxPool, AveragePool, GlobalMaxPool of a 2-D map or of a 1-D ``(C, L)`` tensor (the
    map ``(C, 1, L)`` stored channels-last) (see the module docstring)."""

    op = node.op_type
    if cv.values[out].ndim == 5:
        pool3d(cv, node, a, ins, out)
        return
    indices = node.output[1] if op == "MaxPool" and len(node.output) > 1 else ""
    graph_outputs = {o.name for o in cv.model.graph.output}
    if indices and (cv.consumers(indices) or indices in graph_outputs):
        raise UnsupportedNode("the Indices output of MaxPool is used")
    x = cv.real(ins[0])
    oshape = cv.sample_shape(out)
    one_d = len(oshape) == 2
    if one_d:
        x = cv.canon(x, ("flat_t",))
        x = cv._view(x, (oshape[0], 1, cv.g.shapes[x][1]), "nhwc", f"{x}.map")
        a = _as_2d(a)
    else:
        x = cv.canon(x, ("nhwc",))
    _, h, w = cv.g.shapes[x]
    omap = (oshape[0], 1, oshape[1]) if one_d else oshape
    y = f"{out}.map" if one_d else out
    base = node.name or out

    def emit(ir_op: str, src: str, tensor: str, label: str, **attrs: Any) -> None:
        cv.g.shapes[tensor] = omap
        cv.g.layouts[tensor] = "nhwc"
        cv.g.nodes.append(Node(label, ir_op, [src], tensor, attrs, op))

    if op == "GlobalMaxPool":
        emit("maxpool", x, y, base, kh=h, kw=w, stride=(1, 1), pads=(0, 0, 0, 0))
    else:
        kernel = [int(k) for k in a["kernel_shape"]]
        if len(kernel) != 2:
            raise UnsupportedNode("only 1-D and 2-D pooling")
        if any(int(d) != 1 for d in a.get("dilations", [1, 1])):
            raise UnsupportedNode("dilated pooling")
        strides = [int(s) for s in a.get("strides", [1, 1])]
        pads = _pads(a, (h, w), omap[1:], kernel, strides)
        geometry = dict(kh=kernel[0], kw=kernel[1], stride=tuple(strides))
        factor = None
        if op == "AveragePool":
            factor = _divisor_correction(cv, node, ins[0], (h, w), omap[1:], kernel, strides, pads)
        elif any(pads) and not nonnegative(cv.g, x):
            x, pads = _edge_padded(cv, node, x, pads), [0, 0, 0, 0]
        ir_op = "maxpool" if op == "MaxPool" else "avgpool"
        if factor is None:
            emit(ir_op, x, y, base, pads=tuple(pads), **geometry)
        else:
            mean = f"{out}.window_mean"
            emit(ir_op, x, mean, f"{base}.window_mean", pads=tuple(pads), **geometry)
            const_operand(cv, node, "mul", mean, factor, y, base)
    if one_d:
        cv._view(y, oshape, "flat_t", out, op)


def _edge_padded(cv: Any, node: Any, x: str, pads: list[int]) -> str:
    """``x`` (C, H, W) padded by ``pads`` with copies of its edge pixels (an IR ``take``)."""
    c, h, w = cv.g.shapes[x]
    pt, pl, pb, pr = pads
    rows = np.clip(np.arange(-pt, h + pb), 0, h - 1)
    cols = np.clip(np.arange(-pl, w + pr), 0, w - 1)
    idx = (np.arange(c)[:, None, None] * h + rows[None, :, None]) * w + cols[None, None, :]
    t = f"{node.output[0]}.edge_padded"
    cv.g.shapes[t] = (c, rows.size, cols.size)
    cv.g.layouts[t] = "nhwc"
    name = f"{node.name or node.output[0]}.edge_padded"
    cv.g.nodes.append(Node(name, "take", [x], t, {"indices": idx.reshape(-1)}, node.op_type))
    return t


def _divisor_correction(
    cv: Any,
    node: Any,
    x_onnx: str,
    size: tuple[int, int],
    out: tuple[int, int],
    kernel: list[int],
    strides: list[int],
    pads: list[int],
) -> np.ndarray | None:
    """``kh * kw / divisor`` per output pixel ``(oh, ow)``, or None when it is 1 everywhere:
    the zero-padded window sums of ones give the pixels in each window, onnxruntime's mean of
    ones their count over the divisor."""
    h, w = size
    inside = np.zeros((h + pads[0] + pads[2], w + pads[1] + pads[3]))
    inside[pads[0] : pads[0] + h, pads[1] : pads[1] + w] = 1.0
    count = np.array(
        [
            [
                inside[
                    y * strides[0] : y * strides[0] + kernel[0],
                    x * strides[1] : x * strides[1] + kernel[1],
                ].sum()
                for x in range(out[1])
            ]
            for y in range(out[0])
        ]
    )
    shape = cv.values[x_onnx].shape
    mean_of_ones = NodeRunner(cv.model, node, {x_onnx: shape}, cv.static)(np.ones(shape))
    per_pixel = mean_of_ones.reshape(-1, out[0], out[1])[0]
    factor = np.where(count > 0, per_pixel * kernel[0] * kernel[1] / np.maximum(count, 1), 1.0)
    return None if np.allclose(factor, 1.0, rtol=1e-6, atol=0) else factor
