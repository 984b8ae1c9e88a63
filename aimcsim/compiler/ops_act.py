"""Activations the DPU has no instruction for, lowered to element-wise IR operators it has
(``relu``, ``exp``, ``affine``, ``add``, ``mul``), so they stream like any element-wise op.

* LeakyRelu / PRelu (slope ``a``, a scalar or broadcast constant):
  ``x + (1 - a) * relu(-x)``; when every ``1 - a >= 0`` the scale moves inside the relu:
  ``x + relu(-(1 - a) * x)``.
* Elu, Selu, Celu: ``g * relu(x) + g * alpha * (exp(min(x, 0) / beta) - 1)`` with
  ``min(x, 0) / beta = -relu(-x / beta)`` (Elu: g = beta = 1; Selu: beta = 1; Celu:
  g = 1, beta = alpha).
* Softplus: ``relu(x) + log1p(exp(-|x|))`` with ``-|x| = x - 2 relu(x)`` and ``log1p`` on
  ``(0, 1]`` a polynomial (:data:`LOG1P_COEFFS`, Horner: ``mul`` + ``affine`` per degree;
  max error 1e-7 in float32). Mish = ``x * tanh(softplus(x))``.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from aimcsim.compiler.graph import Node


def _log1p_coefficients(degree: int = 12) -> np.ndarray:
    """Power-series coefficients (constant first) of a least-squares fit of ``log(1 + t)``
    on Chebyshev nodes of ``[0, 1]``."""
    k = np.arange(4 * degree)
    t = 0.5 + 0.5 * np.cos(np.pi * (k + 0.5) / k.size)
    fit = np.polynomial.Polynomial.fit(t, np.log1p(t), degree, domain=[0.0, 1.0], window=[0, 1])
    return np.asarray(fit.coef, dtype=np.float64)


LOG1P_COEFFS = _log1p_coefficients()
"""``log1p(t) ~= sum_k c[k] t^k`` on ``0 <= t <= 1``."""


class Chain:
    """Builds the IR nodes of one ONNX node's lowering: intermediate tensors are shaped and
    stored like the node's input; the last step produces the ONNX output."""

    def __init__(self, cv: Any, node: Any, x: str) -> None:
        self.cv = cv
        self.node = node
        self.like = x
        self.base = node.name or node.output[0]
        self.count = 0

    def step(self, op: str, inputs: list[str], out: str = "", **attrs: Any) -> str:
        """Append ``op(inputs)``; returns its tensor (``out``, else a fresh name)."""
        g = self.cv.g
        self.count += 1
        name = out or f"{self.node.output[0]}.{op}{self.count}"
        g.shapes[name] = g.shapes[self.like]
        g.layouts[name] = g.layout(self.like)
        if self.like in g.perms:
            g.perms[name] = g.perms[self.like]
        label = self.base if out == self.node.output[0] else f"{self.base}.{op}{self.count}"
        g.nodes.append(Node(label, op, list(inputs), name, attrs, self.node.op_type))
        return name

    def affine(self, x: str, scale: Any, offset: float = 0.0, out: str = "") -> str:
        """``x * scale + offset`` (``scale`` a number or a per-channel vector)."""
        scale = np.asarray(scale, dtype=np.float64).reshape(-1)
        if scale.size == 1:
            p = self.cv._scalar_affine(f"{self.base}.affine", x, float(scale[0]), offset)
        else:
            p = self.cv.g.add_param(
                f"{self.base}.affine", np.concatenate([scale, np.full(scale.size, offset)])
            )
        return self.step("affine", [x], out, params=p)


def leaky(cv: Any, node: Any, a: dict[str, Any], ins: list[str], out: str) -> None:
    """LeakyRelu (attribute ``alpha``) and PRelu (constant ``slope``)."""
    if node.op_type == "PRelu":
        slope = np.asarray(cv.const(ins[1]), dtype=np.float64)
    else:
        slope = np.asarray(float(a.get("alpha", 0.01)))
    x = cv.real(ins[0])
    if slope.size == 1:
        vec: np.ndarray | None = slope.reshape(1)
    else:
        x = cv.canon(x, ("nhwc", "flat"))
        vec = cv._channel_const(x, slope)  # the per-channel vector ``affine`` applies
    if vec is None:  # a slope that does not run along the stored channel axis
        _leaky_broadcast(cv, node, x, ins[0], slope, out)
        return
    ch = Chain(cv, node, x)
    keep = 1.0 - vec
    if np.all(keep >= 0):
        neg = ch.step("relu", [ch.affine(x, -keep)])
    else:
        neg = ch.affine(ch.step("relu", [ch.affine(x, -1.0)]), keep)
    ch.step("add", [x, neg], out)


def _leaky_broadcast(cv: Any, node: Any, x: str, x_onnx: str, slope: np.ndarray, out: str) -> None:
    """PRelu with a slope broadcast over other axes: ``x + (1 - a) * relu(-x)`` with the
    scale a constant operand of the tensor's shape."""
    ch = Chain(cv, node, x)
    neg = ch.step("relu", [ch.affine(x, -1.0)])
    scaled = f"{out}.scaled_negative"
    cv.values[scaled] = cv.values[x_onnx]
    cv.bax[scaled] = cv.bax.get(x_onnx, 0)
    cv._const_operand(node, "mul", neg, x_onnx, 1.0 - slope, scaled)
    cv.g.nodes[-1].name = f"{ch.base}.scaled_negative"
    ch.step("add", [x, scaled], out)


def elu_family(cv: Any, node: Any, a: dict[str, Any], ins: list[str], out: str) -> None:
    """Elu, Selu and Celu (see the module docstring)."""
    op = node.op_type
    alpha = float(a.get("alpha", {"Elu": 1.0, "Selu": 1.6732632423543772, "Celu": 1.0}[op]))
    gain = float(a.get("gamma", 1.0507009873554805)) if op == "Selu" else 1.0
    beta = alpha if op == "Celu" else 1.0
    if beta <= 0 or gain <= 0:
        raise ValueError(f"alpha {alpha} / gamma {gain} must be positive")
    x = cv.real(ins[0])
    ch = Chain(cv, node, x)
    shrunk = ch.step("relu", [ch.affine(x, -1.0 / beta)])  # -min(x, 0) / beta
    decay = ch.step("exp", [ch.affine(shrunk, -1.0)])
    tail = ch.affine(decay, gain * alpha, -gain * alpha)
    pos = ch.step("relu", [x if gain == 1.0 else ch.affine(x, gain)])
    ch.step("add", [pos, tail], out)


def softplus_of(ch: Chain, x: str, out: str = "") -> str:
    """``log(1 + exp(x))`` of tensor ``x`` (see the module docstring)."""
    pos = ch.step("relu", [x])
    decay = ch.step("exp", [ch.step("add", [x, ch.affine(pos, -2.0)])])  # exp(-|x|), in (0, 1]
    c = LOG1P_COEFFS
    acc = ch.affine(decay, c[-1], c[-2])
    for k in range(len(c) - 3, -1, -1):
        acc = ch.affine(ch.step("mul", [acc, decay]), 1.0, c[k])
    return ch.step("add", [pos, acc], out)


def softplus(cv: Any, node: Any, a: dict[str, Any], ins: list[str], out: str) -> None:
    """Softplus; Mish (opset 18) = ``x * tanh(softplus(x))``."""
    x = cv.real(ins[0])
    ch = Chain(cv, node, x)
    if node.op_type == "Mish":
        ch.step("mul", [x, ch.step("tanh", [softplus_of(ch, x)])], out)
    else:
        softplus_of(ch, x, out)
