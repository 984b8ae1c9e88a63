"""3-D convolutions and pooling (video models: C3D, R3D, R(2+1)D...), rewritten as the 2-D
operators the frontend lowers (:class:`~aimcsim.compiler.rewrite.NodeRewriter`).

Conv over ``(C, D, H, W)`` with kernel ``(kd, kh, kw)``: the input is zero-padded in depth
and height (``Pad``), then the ``kd`` depth slices each output depth reads are stacked as
channels (``c * kd + k``, so channel groups stay contiguous) and the output depths one under
the other, each block ``Hp`` rows high (the padded height rounded up to the row stride), into
one tall map ``(C * kd, D_out * Hp, W)`` (a gather). One 2-D convolution with the weights
``(O, C / groups * kd, kh, kw)`` (the crossbar rows of the 3-D kernel) and the width padding
runs over it; the rows whose window straddles two blocks are dropped (a gather) to give
``(O, D_out, H_out, W_out)``.

Max and average pooling are separable: a 2-D pool of kernel ``(kd, 1)`` over the view
``(C, D, H * W)``, then one of kernel ``(kh, kw)`` over the view ``(C * D_out, H, W)``
(exact for both, pads and ``ceil_mode`` included: the window count of an average factorises
per axis). Global pooling is a reduction over the three axes.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from aimcsim.compiler.ops_common import UnsupportedNode
from aimcsim.compiler.rewrite import NodeRewriter


def _triple(a: dict[str, Any], key: str, default: int) -> list[int]:
    return [int(v) for v in a.get(key, [default] * 3)]


def _check_plain(cv: Any, node: Any, a: dict[str, Any], x: str) -> None:
    auto = a.get("auto_pad", b"NOTSET")
    auto = auto.decode() if isinstance(auto, bytes) else str(auto)
    if auto not in ("NOTSET", "VALID"):
        raise UnsupportedNode(f"auto_pad {auto} in 3-D")
    if cv.bax.get(x, 0) != 0:
        raise UnsupportedNode("a 3-D input whose batch axis is not the first")


def conv3d(cv: Any, node: Any, a: dict[str, Any], ins: list[str], out: str) -> None:
    """A Conv with a 5-D weight (see the module docstring)."""
    _check_plain(cv, node, a, ins[0])
    rw = NodeRewriter(cv, node, "conv3d")
    wt = np.asarray(cv.const(ins[1]), dtype=np.float32)
    o, cg, kd, kh, kw = wt.shape
    sd, sh, sw = _triple(a, "strides", 1)
    dd, dh, dw = _triple(a, "dilations", 1)
    pads = [int(v) for v in a.get("pads", [0] * 6)]
    _, c, d, h, w = rw.value(ins[0]).shape
    _, _, d_out, h_out, w_out = cv.values[out].shape
    hp = h + pads[1] + pads[4]
    hp += -hp % sh  # whole output rows per block
    padded = rw.step(
        "Pad",
        [
            ins[0],
            rw.const(np.array([0, 0, pads[0], pads[1], 0, 0, 0, pads[3], hp - h - pads[1], 0])),
        ],
        mode="constant",
    )
    dp = d + pads[0] + pads[3]
    src = np.arange(c * dp * hp * w).reshape(c, dp, hp, w)
    depth = np.arange(d_out)[:, None] * sd + np.arange(kd)[None, :] * dd  # (d_out, kd)
    # tall[c * kd + k, b * hp + r, x] = padded[c, depth[b, k], r, x]
    stacked = src[:, depth.T, :, :]  # (c, kd, d_out, hp, w)
    tall = rw.select(padded, stacked.reshape(1, c * kd, d_out * hp, w))
    ins2 = [tall, rw.const(wt.reshape(o, cg * kd, kh, kw))]
    if len(ins) > 2 and ins[2]:
        ins2.append(ins[2])
    conv = rw.step(
        "Conv",
        ins2,
        kernel_shape=[kh, kw],
        strides=[sh, sw],
        dilations=[dh, dw],
        pads=[0, pads[2], 0, pads[5]],
        group=int(a.get("group", 1)),
    )
    rows = rw.value(conv).shape[2]
    per_block = hp // sh
    keep = np.arange(d_out)[:, None] * per_block + np.arange(h_out)[None, :]  # (d_out, h_out)
    if keep.max() >= rows:
        raise UnsupportedNode("a 3-D convolution whose last depth block is cut short")
    idx = np.arange(o * rows * w_out).reshape(o, rows, w_out)[:, keep, :]
    rw.select(conv, idx.reshape(1, o, d_out, h_out, w_out), out)


def pool3d(cv: Any, node: Any, a: dict[str, Any], ins: list[str], out: str) -> None:
    """MaxPool / AveragePool of a 5-D input, or a global pool (see the module docstring)."""
    op = node.op_type
    rw = NodeRewriter(cv, node, "pool3d")
    if op in ("GlobalAveragePool", "GlobalMaxPool"):
        reduce = "ReduceMean" if op == "GlobalAveragePool" else "ReduceMax"
        if rw.opset() >= 18:  # the axes became an input
            rw.step(reduce, [ins[0], rw.const(np.array([2, 3, 4]))], out, keepdims=1)
        else:
            rw.step(reduce, [ins[0]], out, axes=[2, 3, 4], keepdims=1)
        return
    _check_plain(cv, node, a, ins[0])
    if op == "MaxPool" and len(node.output) > 1 and node.output[1]:
        raise UnsupportedNode("the Indices output of a 3-D MaxPool")
    _, c, d, h, w = rw.value(ins[0]).shape
    _, _, d_out, h_out, w_out = cv.values[out].shape
    kd, kh, kw = (int(v) for v in a["kernel_shape"])
    sd, sh, sw = _triple(a, "strides", 1)
    dd, dh, dw = _triple(a, "dilations", 1)
    pads = [int(v) for v in a.get("pads", [0] * 6)]
    common: dict[str, Any] = {"ceil_mode": int(a.get("ceil_mode", 0))}
    if op == "AveragePool":
        common["count_include_pad"] = int(a.get("count_include_pad", 0))
    if dd != 1 or dh != 1 or dw != 1:
        common["dilations"] = [dd, 1]
    view = rw.step("Reshape", [ins[0], rw.const(np.array([1, c, d, h * w], dtype=np.int64))])
    deep = rw.step(op, [view], kernel_shape=[kd, 1], strides=[sd, 1],
                   pads=[pads[0], 0, pads[3], 0], **common)  # fmt: skip
    view = rw.step("Reshape", [deep, rw.const(np.array([1, c * d_out, h, w], dtype=np.int64))])
    if "dilations" in common:
        common["dilations"] = [dh, dw]
    flat = rw.step(op, [view], kernel_shape=[kh, kw], strides=[sh, sw],
                   pads=[pads[1], pads[2], pads[4], pads[5]], **common)  # fmt: skip
    shape = rw.const(np.array([1, c, d_out, h_out, w_out], dtype=np.int64))
    rw.step("Reshape", [flat, shape], out)
