"""Index geometry of the compiler's loops: pooling and im2col windows, gather copy runs."""

from __future__ import annotations

import numpy as np

from aimcsim.compiler.emit import MAX_LEN
from aimcsim.compiler.graph import Graph, Node

MAX_COPIES = 20000
"""Most ``vcopy`` runs one data-movement layer may emit (a guard against gathers that move
single elements over a large tensor)."""


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
    """im2col geometry: input map (C, H, W) padded to (Hp, Wp), kernel, stride, output."""
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
    )


def copy_runs(idx: np.ndarray) -> list[tuple[int, int, int]]:
    """Maximal runs ``(dst, src, length)`` with consecutive sources of a gather ``idx``, cut
    into pieces of at most MAX_LEN."""
    breaks = (np.flatnonzero(np.diff(idx) != 1) + 1).tolist()
    runs = []
    for start, end in zip([0, *breaks], [*breaks, idx.size], strict=True):
        for a in range(start, end, MAX_LEN):
            runs.append((a, int(idx[a]), min(MAX_LEN, end - a)))
    return runs
