"""Index geometry of the compiler's loops: pooling and im2col windows, concat copy runs."""

from __future__ import annotations

import math

import numpy as np

from aimcsim.compiler.graph import Graph, Node, physical_shape
from aimcsim.compiler.row_copies import patch_copies


def pool_geometry(shape: tuple[int, ...], pads: tuple[int, ...]) -> dict[str, int]:
    """Channels ``c``, input ``h``/``w``, padded ``hp``/``wp`` and top/left pads ``pt``/``pl``
    of a pooling input ``(C, H, W)`` with ONNX ``pads`` (top, left, bottom, right)."""
    c, h, w = shape
    return dict(
        c=c,
        h=h,
        w=w,
        hp=h + pads[0] + pads[2],
        wp=w + pads[1] + pads[3],
        pt=pads[0],
        pl=pads[1],
    )


def im2col_geometry(g: Graph, n: Node) -> dict[str, int]:
    """im2col geometry: input map (C, H, W) padded to (Hp, Wp), kernel, stride, output, and
    the copies of the patch the layer reads (``patch_copies``, its row copies)."""
    x = n.inputs[0]
    if n.op == "conv":
        c, h, w = g.shapes[x]
        _, oh, ow = g.shapes[n.output]
        pt, pl, pb, pr = n.attrs["pads"]
        sh, sw = n.attrs["stride"]
        dh, dw = n.attrs["dilation"]
        return dict(
            c=c,
            h=h,
            w=w,
            hp=h + pt + pb,
            wp=w + pl + pr,
            pt=pt,
            pl=pl,
            kh=n.attrs["kh"],
            kw=n.attrs["kw"],
            sh=sh,
            sw=sw,
            dh=dh,
            dw=dw,
            oh=oh,
            ow=ow,
            patch_copies=patch_copies(n),
        )
    k = g.params[n.attrs["w"]].shape[1]
    pixels = g.size(x) // k
    return dict(
        c=k,
        h=pixels,
        w=1,
        hp=pixels,
        wp=1,
        pt=0,
        pl=0,
        kh=1,
        kw=1,
        sh=1,
        sw=1,
        dh=1,
        dw=1,
        oh=pixels,
        ow=1,
        patch_copies=1,
    )


def patch_elements(geo: dict[str, int]) -> int:
    """Elements of a layer's im2col patch buffer, all its copies (0: the layer reads its
    input in place, a 1x1 kernel)."""
    kh, kw = geo["kh"], geo["kw"]
    return kh * kw * geo["c"] * geo["patch_copies"] if kh * kw > 1 else 0


def concat_runs(
    g: Graph, n: Node
) -> tuple[int, list[int], list[tuple[np.ndarray, np.ndarray, np.ndarray]]]:
    """``(outer, inner, runs)`` of concat node ``n``: its output storage is ``outer`` rows
    of ``sum(inner)`` elements, row ``o`` holding row ``o`` of every input (``inner[k]``
    elements of input ``k``); ``runs[k]`` = the copy runs ``(dst, src, length)`` of input
    ``k`` (one per row)."""
    lay = g.layout(n.output)
    shapes = [physical_shape(g.shapes[i], lay) for i in n.inputs]
    axis = n.attrs["axis"]
    outer = int(math.prod(shapes[0][:axis]))
    inner = [int(math.prod(s[axis:])) for s in shapes]
    rows = np.arange(outer, dtype=np.int64)
    offsets = np.cumsum([0, *inner[:-1]])
    runs = [
        (rows * sum(inner) + int(off), rows * ln, np.full(outer, ln, dtype=np.int64))
        for off, ln in zip(offsets, inner, strict=True)
    ]
    return outer, inner, runs
