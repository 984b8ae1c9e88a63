"""What the operator lowerings (``ops_*`` modules) share with each other and with the ONNX
frontend (:mod:`aimcsim.compiler.onnx_frontend`), which imports them, never the reverse."""

from __future__ import annotations

from typing import Any

import numpy as np

from aimcsim.compiler.emit import MAX_LEN
from aimcsim.compiler.graph import Node, tensor_order

MERGED_BATCH = -1
"""Batch "axis" of a tensor whose batch (of size 1 at export) a Reshape merged into its
leading axis, e.g. GPT-2's ``x.view(-1, d)``: its per-sample shape is its whole shape."""

MASK_LIMIT = 1e9
"""Additive attention-mask values are clamped to +-this (``-inf`` would give NaN in an
``x * scale + offset`` mapping; ``exp(-1e9)`` is 0 in float32 all the same)."""


class UnsupportedNode(Exception):
    """A lowering cannot translate the node it was given; the message says why. The
    frontend turns it into the CompileError naming the node, its op and what is supported."""


def period(v: np.ndarray) -> int:
    """Smallest ``p`` (a divisor of ``v.size`` within the DPU vector limit) with ``v`` =
    copies of ``v[:p]``; ``v.size`` when there is none."""
    n = v.size
    for p in range(1, min(n, MAX_LEN) + 1):
        if n % p == 0 and np.array_equal(v, np.tile(v[:p], n // p)):
            return p
    return n


def const_operand(
    cv: Any, node: Any, op: str, x: str, c: np.ndarray, out: str, label: str = ""
) -> str:
    """``out = x op c`` (``op`` "mul" or "add") for a constant ``c`` of ``x``'s per-sample
    logical shape (or one numpy broadcasts to it): ``c`` in ``x``'s storage order, stored
    once per period when it repeats (e.g. once per pixel for a per-channel constant of a
    map stored channels-last). ``out`` keeps ``x``'s storage order."""
    g = cv.g
    shape = g.shapes[x]
    full = np.broadcast_to(np.asarray(c, dtype=np.float64), shape).reshape(-1)
    full = full[tensor_order(g, x)]
    n_period = period(full)
    base = node.name or node.output[0]
    p = g.add_param(f"{base}.{op}_const", full[:n_period])
    g.shapes[out] = shape
    g.layouts[out] = g.layout(x)
    if x in g.perms:
        g.perms[out] = g.perms[x]
    attrs: dict[str, Any] = {"period": n_period} if n_period < full.size else {}
    g.nodes.append(Node(label or f"{base}.{out}", op, [x, p], out, attrs, node.op_type))
    return out
