"""Row replication (``row_copies``): a weight layer's matrix stacked k times along its rows.

A layer with ``row_copies = k`` reads its weight matrix ``W`` (``n_out x K``) as the taller
matrix ``[W W ... W]`` (``n_out x kK``: every copy is its own conductances, with its own
programming noise) and its input vector ``x`` as ``[x x ... x]``; the column currents of the
copies add, so the MVM gives ``k W x`` while independent device noise of the copies averages
(relative noise down by about ``sqrt(k)``). It costs crossbar rows, not MVMs.

:func:`replicate_rows` does it as a graph rewrite before mapping, so that both models see it
through the program only: the weight layer gets the stacked matrix (mapped like any matrix,
spanning more crossbars when it is taller than one) and the attribute ``row_copies``, and its
input vectors are repeated by timed instructions: a convolution with a kernel larger than 1x1
copies its im2col patch ``k - 1`` times on every tile that runs it (one ``vcopy`` per extra
copy and pixel, see :func:`patch_copies`); a dense layer or a 1x1 convolution, which read
their input in place, get a ``concat`` node that repeats the input ``k`` times (timed
``vcopy`` instructions). Code generation folds the ``1/k`` into the layer's post-MVM
``vaffine`` (:meth:`~aimcsim.compiler.codegen_core.CodegenCore.bias`).
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


def patch_copies(n: Node) -> int:
    """Copies of its im2col patch that layer ``n`` reads: its row copies for a convolution
    whose kernel is larger than 1x1 (the patch is built anyway), else 1 (its input is
    repeated by a ``concat`` node instead)."""
    if n.op == "conv" and int(n.attrs["kh"]) * int(n.attrs["kw"]) > 1:
        return int(n.attrs.get(ROW_COPIES_ATTR, 1))
    return 1


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
        weights = np.tile(g.params[n.attrs["w"]], (1, k))  # [W ... W]: patch order, copy major
        w_name = out.add_param(f"{n.attrs['w']}.row_copies{k}", weights)
        rewritten = dataclasses.replace(n, attrs={**n.attrs, "w": w_name, ROW_COPIES_ATTR: k})
        if patch_copies(rewritten) == 1:
            repeated = _repeat_input(out, g, n, k)
            rewritten.inputs = [repeated, *n.inputs[1:]]
        out.nodes.append(rewritten)
    return out


def _repeat_input(out: Graph, g: Graph, n: Node, k: int) -> str:
    """Append to ``out`` a ``concat`` node repeating the input of weight layer ``n`` ``k``
    times along its last storage axis (a 1x1 convolution's channels, a dense layer's
    features, which is the order of ``[W ... W]``); returns its output."""
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
    return repeated


__all__ = ["ROW_COPIED_OPS", "ROW_COPIES_ATTR", "patch_copies", "replicate_rows"]
