"""Row replication (``row_copies``): a weight layer's matrix stacked k times along its rows.

A layer with ``row_copies = k`` reads its weight matrix ``W`` (``n_out x K``) as the taller
matrix ``[W W ... W]`` (``n_out x kK``: every copy is its own conductances, with its own
programming noise) and its input vector ``x`` as ``[x x ... x]``; the column currents of the
copies add, so the MVM gives ``k W x`` while independent device noise of the copies averages
(relative noise down by about ``sqrt(k)``). It costs crossbar rows, not MVM time.

:func:`replicate_rows` does it as a graph rewrite before mapping, so that both models see it
through the program only: a ``concat`` node repeats the input ``k`` times (timed ``vcopy``
instructions; along the channel axis of a convolution's NHWC map, so that the im2col window
reads ``k`` copies of every channel), the weight layer gets the stacked matrix (mapped like any
matrix, spanning more crossbars when it is taller than one) and the attribute ``row_copies``;
code generation folds the ``1/k`` into the layer's post-MVM ``vaffine``
(:meth:`~aimcsim.compiler.codegen_core.CodegenCore.bias`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping

import numpy as np

from aimcsim.compiler.graph import Graph, Node

ROW_COPIED_OPS = ("dense", "conv")
"""Weight layers whose input the program can repeat (an LSTM's input is concatenated with its
hidden state inside the cell)."""

ROW_COPIES_ATTR = "row_copies"
"""Node attribute of a rewritten weight layer: its number of row copies ``k``."""


def stacked_rows(w: np.ndarray, op: str, attrs: Mapping[str, object], k: int) -> np.ndarray:
    """Weight matrix ``w`` (``n_out x K``) of a ``dense`` or ``conv`` layer as read with its
    input repeated ``k`` times: for a dense layer ``[W ... W]``; for a convolution, whose
    columns are in ``(dy, dx, c)`` order, every kernel position's channels repeated ``k``
    times (the input channels are repeated)."""
    if op == "conv":
        n_out = w.shape[0]
        positions = int(attrs["kh"]) * int(attrs["kw"])  # type: ignore[call-overload]
        per_position = w.reshape(n_out, positions, -1)
        return np.tile(per_position, (1, 1, k)).reshape(n_out, -1)
    return np.tile(w, (1, k))


def replicate_rows(g: Graph, row_copies: Mapping[str, int]) -> Graph:
    """``g`` with every weight layer of ``row_copies`` (layer -> k > 1) row-replicated (see
    the module docstring); ``g`` itself is left as it is (the same graph unchanged when no
    layer has k > 1)."""
    if not any(k > 1 for k in row_copies.values()):
        return g
    out = dataclasses.replace(
        g,
        nodes=[],
        shapes=dict(g.shapes),
        layouts=dict(g.layouts),
        params=dict(g.params),
    )
    for n in g.nodes:
        k = row_copies.get(n.name, 1)
        if k == 1:
            out.nodes.append(n)
            continue
        assert n.op in ROW_COPIED_OPS, n.op  # refused by the settings plan
        x = n.inputs[0]
        shape = g.shapes[x]
        repeated = f"{n.name}/row_copies.input"
        if n.op == "conv":
            c, h, w = shape
            out.shapes[repeated] = (k * c, h, w)
            axis = 2  # channels, the physical (H, W, C) order's last axis
        else:
            out.shapes[repeated] = (*shape[:-1], k * shape[-1])
            axis = len(shape) - 1
        out.layouts[repeated] = g.layout(x)
        out.nodes.append(Node(repeated, "concat", [x] * k, repeated, {"axis": axis}, n.source_op))
        weights = stacked_rows(g.params[n.attrs["w"]], n.op, n.attrs, k)
        w_name = out.add_param(f"{n.attrs['w']}.row_copies{k}", weights)
        attrs = {**n.attrs, "w": w_name, ROW_COPIES_ATTR: k}
        out.nodes.append(dataclasses.replace(n, inputs=[repeated, *n.inputs[1:]], attrs=attrs))
    return out


__all__ = ["ROW_COPIED_OPS", "ROW_COPIES_ATTR", "replicate_rows", "stacked_rows"]
