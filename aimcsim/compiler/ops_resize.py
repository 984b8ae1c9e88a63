"""Resize / Upsample of activations (nearest, linear, cubic; any coordinate transformation,
rounding, antialias) lowered axis by axis to gathers and constant weights.

These resizes are separable: along each resized axis ``k`` the output is ``R_k x`` with an
interpolation matrix ``R_k`` (out_k x in_k). ``R_k`` is read from onnxruntime: the node run
on inputs that are one at one index of axis ``k`` and zero elsewhere (one run per column).
When the rows of ``R_k`` have at most ``T`` non-zero weights, the axis is resized (the
last axis first) as
``sum_t w_t * take(x, i_t)`` (IR ``take``, ``mul`` by a constant, ``add``); a nearest
resize (one weight of 1 per row) is the ``take`` alone. The whole lowering is checked
against onnxruntime on a random input: a resize that is not separable this way (e.g.
``tf_crop_and_resize`` with an extrapolation value) is a CompileError naming the node.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from aimcsim.compiler.graph import Node
from aimcsim.compiler.ops_common import UnsupportedNode, const_operand
from aimcsim.compiler.ops_probe import NodeRunner

SEPARABLE_RTOL = 1e-5
"""Largest difference, relative to full scale, between the axis-by-axis interpolation and
onnxruntime's Resize on a random input."""


def _matrices(
    run: NodeRunner, shape: tuple[int, ...], oshape: tuple[int, ...], bax: int
) -> dict[int, np.ndarray]:
    """``axis -> R_axis`` for every axis whose interpolation is not the identity."""
    out: dict[int, np.ndarray] = {}
    for k, (n_in, n_out) in enumerate(zip(shape, oshape, strict=True)):
        if k == bax:
            continue
        r = np.zeros((n_out, n_in))
        for j in range(n_in):
            x = np.zeros(shape, dtype=np.float32)
            x[(slice(None),) * k + (j,)] = 1.0
            y = run(x)
            r[:, j] = y[tuple(0 if q != k else slice(None) for q in range(len(shape)))]
        if n_in != n_out or not np.allclose(r, np.eye(n_in), atol=1e-7):
            out[k] = r
    return out


def _apply(x: np.ndarray, mats: dict[int, np.ndarray]) -> np.ndarray:
    for k, r in mats.items():
        x = np.moveaxis(np.tensordot(r, x, axes=([1], [k])), 0, k)
    return x


def resize(cv: Any, node: Any, a: dict[str, Any], ins: list[str], out: str) -> None:
    """Resize / Upsample of an activation (see the module docstring)."""

    if any(t and not cv.is_static(t) for t in ins[1:]):
        raise UnsupportedNode("roi, scales and sizes must be constants")
    shape = cv.values[ins[0]].shape
    oshape = cv.values[out].shape
    bax = cv.bax.get(ins[0], 0)
    if len(shape) != len(oshape) or shape[bax] != oshape[bax]:
        raise UnsupportedNode("a resize of the batch axis")
    run = NodeRunner(cv.model, node, {ins[0]: shape}, cv.static)
    mats = _matrices(run, shape, oshape, bax)
    probe = np.random.default_rng(0).standard_normal(shape).astype(np.float32)
    ref = run(probe)
    if float(np.abs(_apply(probe.astype(np.float64), mats) - ref).max()) > SEPARABLE_RTOL * max(
        float(np.abs(ref).max()), 1e-6
    ):
        raise UnsupportedNode("not a separable interpolation (e.g. an extrapolation value)")
    x = cv.real(ins[0])
    x = cv.canon(x, cv._layouts_of(cv.g.shapes[x]))
    if not mats:
        cv.alias[out] = x
        return
    base = node.name or out
    # innermost axis first: a map stored channels-last is widened while it has few rows
    # (one copy per pixel), then each new row is a copy of a whole row
    axes = sorted(mats, reverse=True)
    for k in axes:
        last = k == axes[-1]
        ks = k - int(k > bax)
        x = _resize_axis(cv, node, x, ks, mats[k], out if last else f"{out}.axis{k}", base, last)


def _resize_axis(
    cv: Any, node: Any, x: str, axis: int, r: np.ndarray, out: str, base: str, last: bool
) -> str:
    """``out`` = ``x`` resized along per-sample ``axis`` by matrix ``r``."""
    g = cv.g
    shape = g.shapes[x]
    oshape = (*shape[:axis], r.shape[0], *shape[axis + 1 :])
    layout = g.layout(x)
    taps = max(1, int((r != 0).sum(axis=1).max()))
    order = np.argsort(r == 0, axis=1, kind="stable")[:, :taps]  # non-zero columns first
    weights = np.take_along_axis(r, order, axis=1)
    logical = np.arange(g.size(x)).reshape(shape)
    terms: list[str] = []
    for t in range(taps):
        if t > 0 and not np.any(weights[:, t]):
            continue
        single = taps == 1 and np.all(weights[:, 0] == 1.0)
        tap = out if single else f"{out}.tap{t}"
        idx = np.take(logical, order[:, t], axis=axis).reshape(-1)
        g.shapes[tap] = oshape
        g.layouts[tap] = layout
        label = (base if last else f"{base}.{out}") if single else f"{base}.{tap}"
        g.nodes.append(Node(label, "take", [x], tap, {"indices": idx}, node.op_type))
        if single:
            return out
        terms.append(_weighted(cv, node, tap, axis, weights[:, t], f"{tap}.weighted"))
    acc = terms[0]
    for k, term in enumerate(terms[1:], start=1):
        dst = out if k == len(terms) - 1 else f"{out}.sum{k}"
        g.shapes[dst] = oshape
        g.layouts[dst] = layout
        label = (base if last else f"{base}.{out}") if dst == out else f"{base}.{dst}"
        g.nodes.append(Node(label, "add", [acc, term], dst, {}, node.op_type))
        acc = dst
    if acc != out:  # one tap with weights other than 1
        g.nodes[-1].output = out
        g.nodes[-1].name = base if last else f"{base}.{out}"
        g.shapes[out] = g.shapes.pop(acc)
        g.layouts[out] = g.layouts.pop(acc)
    return out


def _weighted(cv: Any, node: Any, x: str, axis: int, w: np.ndarray, out: str) -> str:
    """``x`` times weights ``w`` that vary along ``axis`` (a constant in ``x``'s storage)."""
    shape = cv.g.shapes[x]
    per_axis = w.reshape([-1 if q == axis else 1 for q in range(len(shape))])
    return const_operand(cv, node, "mul", x, per_axis, out)
