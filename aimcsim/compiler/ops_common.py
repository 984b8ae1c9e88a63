"""Helpers shared by the vision lowerings (:mod:`aimcsim.compiler.ops_vision`)."""

from __future__ import annotations

from typing import Any

import numpy as np

from aimcsim.compiler.graph import Node, tensor_order


def const_operand(
    cv: Any, node: Any, op: str, x: str, c: np.ndarray, out: str, label: str = ""
) -> str:
    """``out = x op c`` (``op`` "mul" or "add") for a constant ``c`` of ``x``'s per-sample
    logical shape (or one numpy broadcasts to it): ``c`` in ``x``'s storage order, stored
    once per period when it repeats (e.g. once per pixel for a per-channel constant of a
    map stored channels-last). ``out`` keeps ``x``'s storage order."""
    from aimcsim.compiler.onnx_frontend import _period

    g = cv.g
    shape = g.shapes[x]
    full = np.broadcast_to(np.asarray(c, dtype=np.float64), shape).reshape(-1)
    full = full[tensor_order(g, x)]
    period = _period(full)
    base = node.name or node.output[0]
    p = g.add_param(f"{base}.{op}_const", full[:period])
    g.shapes[out] = shape
    g.layouts[out] = g.layout(x)
    if x in g.perms:
        g.perms[out] = g.perms[x]
    attrs: dict[str, Any] = {"period": period} if period < full.size else {}
    g.nodes.append(Node(label or f"{base}.{out}", op, [x, p], out, attrs, node.op_type))
    return out
