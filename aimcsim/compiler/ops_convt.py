"""ConvTranspose (1-D and 2-D; strides, pads, output_padding, groups) lowered to one IR
``conv`` and one IR ``take`` (sub-pixel decomposition; no zeros are inserted).

With stride ``s`` and kernel ``k`` along an axis, the full (uncropped) output position
``y' = q * s + r`` (phase ``r`` in ``[0, s)``) sums ``W[.., m * s + r] * x[q - m]`` over
``m < ceil(k / s)``. So every phase is a correlation of the input with a kernel of
``M = ceil(k / s)`` taps: one stride-1 ``conv`` of kernel ``M_h x M_w`` (input padded by
``M - 1`` before, and after as far as the last output needs) computes all phases at once as
``s_h * s_w * O`` output channels ordered (phase row, phase column, channel). The ``take``
then interleaves the phases into the output map and crops the ``pads`` (depth-to-space).
The bias is the conv's. A 1-D ConvTranspose is the 2-D one of height 1.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np

from aimcsim.compiler.graph import Node
from aimcsim.compiler.ops_common import UnsupportedNode


def _phase_kernel(w: np.ndarray, groups: int, strides: tuple[int, int]) -> np.ndarray:
    """Crossbar matrix ``(sh * sw * O, Mh * Mw * C)`` (im2col order ``(dy, dx, c)``) of the
    phase convolution of ConvTranspose weights ``w`` ``(C, O / groups, kh, kw)``."""
    c, og, kh, kw = w.shape
    o = og * groups
    cg = c // groups
    dense = np.zeros((c, o, kh, kw))  # every input channel to every output channel
    for gi in range(groups):
        dense[gi * cg : (gi + 1) * cg, gi * og : (gi + 1) * og] = w[gi * cg : (gi + 1) * cg]
    sh, sw = strides
    mh, mw = math.ceil(kh / sh), math.ceil(kw / sw)
    k = np.zeros((sh, sw, o, mh, mw, c))
    for ry in range(sh):
        for rx in range(sw):
            for dy in range(mh):
                ky = (mh - 1 - dy) * sh + ry
                for dx in range(mw):
                    kx = (mw - 1 - dx) * sw + rx
                    if ky < kh and kx < kw:
                        k[ry, rx, :, dy, dx, :] = dense[:, :, ky, kx].T
    return k.reshape(sh * sw * o, mh * mw * c)


def conv_transpose(cv: Any, node: Any, a: dict[str, Any], ins: list[str], out: str) -> None:
    """ConvTranspose of an activation with constant weights (see the module docstring)."""

    if not cv.is_static(ins[1]) or (len(ins) > 2 and ins[2] and not cv.is_static(ins[2])):
        raise UnsupportedNode("ConvTranspose weights and bias must be constant")
    w = np.asarray(cv.const(ins[1]), dtype=np.float64)
    one_d = w.ndim == 3
    if w.ndim not in (3, 4):
        raise UnsupportedNode("only 1-D and 2-D transposed convolutions")
    auto = a.get("auto_pad", b"NOTSET")
    if (auto.decode() if isinstance(auto, bytes) else auto) not in ("NOTSET", "VALID"):
        raise UnsupportedNode("auto_pad SAME (give explicit pads)")
    if "output_shape" in a:
        raise UnsupportedNode("output_shape (give explicit pads)")
    if any(int(d) != 1 for d in a.get("dilations", [])):
        raise UnsupportedNode("dilated transposed convolution")
    x = cv.real(ins[0])
    if one_d:
        w = w[:, :, None, :]
        x = cv.canon(x, ("flat_t",))
        c_in, length = cv.g.shapes[x]
        x = cv._view(x, (c_in, 1, length), "nhwc", f"{x}.map")
    else:
        x = cv.canon(x, ("nhwc",))
    _, h, wd = cv.g.shapes[x]
    groups = int(a.get("group", 1))
    o = w.shape[1] * groups
    kh, kw = w.shape[2:]
    strides = [int(s) for s in a.get("strides", [1] * (1 if one_d else 2))]
    pads = [int(p) for p in a.get("pads", [0] * (2 if one_d else 4))]
    if one_d:
        strides, pads = [1, *strides], [0, pads[0], 0, pads[1]]
    sh, sw = strides
    oshape = cv.sample_shape(out)
    oh, ow = (1, oshape[1]) if one_d else oshape[1:]
    mh, mw = math.ceil(kh / sh), math.ceil(kw / sw)
    qh = max(math.ceil((oh + pads[0]) / sh), h)  # phase rows the output needs
    qw = max(math.ceil((ow + pads[1]) / sw), wd)
    base = node.name or out
    bias = np.asarray(cv.const(ins[2]), dtype=np.float64) if len(ins) > 2 and ins[2] else None
    wn = cv.g.add_param(f"{base}.w", _phase_kernel(w, groups, (sh, sw)))
    bn = cv.g.add_param(f"{base}.b", np.tile(bias, sh * sw)) if bias is not None else None
    phases = f"{out}.phases"
    cv.g.shapes[phases] = (sh * sw * o, qh, qw)
    cv.g.layouts[phases] = "nhwc"
    attrs = dict(
        w=wn,
        b=bn,
        kh=mh,
        kw=mw,
        stride=(1, 1),
        pads=(mh - 1, mw - 1, qh - h, qw - wd),
        dilation=(1, 1),
        groups=1,
    )
    cv.g.nodes.append(Node(f"{base}.phases", "conv", [x], phases, attrs, node.op_type))
    yy = np.arange(oh) + pads[0]
    xx = np.arange(ow) + pads[1]
    ch = ((yy % sh)[None, :, None] * sw + (xx % sw)[None, None, :]) * o + np.arange(o)[
        :, None, None
    ]
    idx = (ch * qh + (yy // sh)[None, :, None]) * qw + (xx // sw)[None, None, :]
    mapped = f"{out}.map" if one_d else out
    cv.g.shapes[mapped] = (o, oh, ow)
    cv.g.layouts[mapped] = "nhwc"
    cv.g.nodes.append(
        Node(base, "take", [phases], mapped, {"indices": idx.reshape(-1)}, node.op_type)
    )
    if one_d:
        cv._view(mapped, oshape, "flat_t", out, node.op_type)
