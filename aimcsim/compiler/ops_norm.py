"""Normalisations: layer normalisation over the last axis (any epsilon) and
InstanceNormalization (GroupNorm exports as Reshape + InstanceNormalization + Reshape +
Mul + Add).

* LayerNormalization: the ISA's ``vlnorm`` has a fixed epsilon :data:`VLNORM_EPS`;
  ``LN(x, eps) = LN(k x, k^2 eps)`` exactly, so another epsilon scales the input by
  ``k = sqrt(VLNORM_EPS / eps)`` first (an ``affine``).
* InstanceNormalization of ``(C, *spatial)``: each channel normalised over its spatial
  elements is a layer norm of the rows of the ``(C, S)`` view. When the input's storage
  keeps each channel's elements together (in any order: e.g. GroupNorm(1) of a map stored
  channels-last, one row), it is normalised as stored; otherwise it is first re-laid
  channel-major (one copy per element for a map stored channels-last). Then the per-channel
  scale and bias (an ``affine`` on the map stored channels-last again; nothing when they are
  1 and 0).
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np

from aimcsim.compiler.graph import Node, tensor_order

VLNORM_EPS = 1e-5
"""The epsilon of the ISA's ``vlnorm`` (fixed); other epsilons are mapped exactly by scaling."""


def emit_layernorm(
    cv: Any, node: Any, x: str, gamma: np.ndarray, beta: np.ndarray, eps: float, out: str
) -> None:
    """``out`` = layer norm of flat ``x`` over its last axis with gain, bias and ``eps``."""
    d = cv.g.shapes[x][-1]
    if not math.isclose(eps, VLNORM_EPS, rel_tol=1e-3):
        # HF BERT: eps 1e-12, tiny variances; instance norms of small maps
        k = math.sqrt(VLNORM_EPS / eps)
        sc = cv.g.add_param(
            f"{node.name or out}.eps_scale", np.concatenate([np.full(d, k), np.zeros(d)])
        )
        scaled = f"{out}.eps_scaled"
        cv.g.shapes[scaled] = cv.g.shapes[x]
        cv.g.layouts[scaled] = "flat"
        cv.g.nodes.append(
            Node(
                f"{node.name or out}.eps_scale",
                "affine",
                [x],
                scaled,
                {"params": sc},
                f"{node.op_type} (epsilon)",
            )
        )
        x = scaled
    p = cv.g.add_param(f"{node.name or out}.ln", np.concatenate([gamma, beta]))
    if out in cv.values:
        cv.add(node, "layernorm", [x], out, "flat", params=p, eps=VLNORM_EPS)
        return
    cv.g.shapes[out] = cv.g.shapes[x]
    cv.g.layouts[out] = "flat"
    cv.g.nodes.append(
        Node(
            f"{node.name or out}.rows",
            "layernorm",
            [x],
            out,
            {"params": p, "eps": VLNORM_EPS},
            node.op_type,
        )
    )


def instance_norm(cv: Any, node: Any, a: dict[str, Any], ins: list[str], out: str) -> None:
    """InstanceNormalization (see the module docstring)."""
    x = cv.real(ins[0])
    shape = cv.g.shapes[x]
    c = shape[0]
    s = int(np.prod(shape[1:]))
    scale = np.asarray(cv.const(ins[1]), dtype=np.float64).reshape(-1)
    bias = np.asarray(cv.const(ins[2]), dtype=np.float64).reshape(-1)
    blocks = tensor_order(cv.g, x).reshape(c, s) // s
    if not np.all(blocks == np.arange(c)[:, None]):  # a channel's elements are not together
        x = cv.canon(x)
    rows = cv._view(x, (c, s), "flat", f"{out}.rows_in")
    normed = f"{out}.normalised"
    first = len(cv.g.nodes)
    emit_layernorm(cv, node, rows, np.ones(s), np.zeros(s), float(a.get("epsilon", 1e-5)), normed)
    if rows in cv.g.perms:  # each stored row holds one channel, its elements in another order
        for n in cv.g.nodes[first:]:
            cv.g.perms[n.output] = cv.g.perms[rows]
    trivial = np.all(scale == 1.0) and np.all(bias == 0.0)
    if trivial:
        cv._view(normed, shape, "flat", out, node.op_type)
        cv.g.nodes[-1].name = node.name or out
        return
    # per-channel scale and bias: an affine over the channel axis stored last
    last = {3: "nhwc", 2: "flat_t"}.get(len(shape))
    if last is None:
        raise ValueError(f"InstanceNormalization of a rank-{len(shape) + 1} tensor with a scale")
    view = cv._view(normed, shape, "flat", f"{out}.normalised_map")
    lay = cv.canon(view, (last,))
    p = cv.g.add_param(f"{node.name or out}.affine", np.concatenate([scale, bias]))
    cv.add(node, "affine", [lay], out, last, params=p)
