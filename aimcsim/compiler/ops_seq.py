"""ONNX operators of transformer and sequence models, lowered to the graph IR.

Each function translates one ONNX node for the :class:`~aimcsim.compiler.onnx_frontend`
converter ``cv`` (its tensors, layouts and batch axes); :data:`LOWERINGS` maps an ONNX
operator to its function. Covered here:

* element-wise math on activations: ``Neg`` (an ``affine`` by -1), ``Sqrt``, ``Reciprocal``,
  ``Erf`` (outside the GELU pattern), ``Div`` of two activations (IR ``div``, the dividend
  broadcast when it is the smaller one), a constant divided by an activation (``recip``
  then a constant ``mul``), ``Pow`` by 0.5, -0.5 and negative integers (``sqrt`` /
  ``recip`` around the integer power);
* ``Cast`` of a float activation to a float type (an alias: values are simulated in one
  precision);
* ``Where`` with a condition computable at compile time: ``x * m + y * (1 - m)``, constant
  branches folded into the constant operands (a ``-inf`` branch, as in causal masks,
  clamped to ``-MASK_LIMIT``);
* data movement with constant parameters, as the selection they make of the input
  (``Expand``, ``Tile``, ``GatherElements`` with constant indices, a ``Pad`` with zero
  pads);
* ``MatMul`` with a constant that is not a right-hand ``(K, N)`` weight (a digital
  ``matmul``, :func:`lower_const_matmul`);
* ``Softmax`` over any axis but the batch (moved last by a transpose and back).

``InstanceNormalization`` (and ``GroupNorm``) is :mod:`aimcsim.compiler.ops_norm`'s.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from aimcsim.compiler.graph import Node
from aimcsim.compiler.ops_common import MASK_LIMIT, MERGED_BATCH, UnsupportedNode

Converter = Any
"""The ONNX frontend's ``_Converter`` (typed loosely: the frontend imports this module)."""

FLOAT_TYPES = (1, 10, 11, 16)
"""ONNX ``TensorProto`` float element types: FLOAT, FLOAT16, DOUBLE, BFLOAT16."""


def _like(cv: Converter, t: str, x: str) -> str:
    """Register IR tensor ``t`` with ``x``'s shape, layout and storage order."""
    cv.g.shapes[t] = cv.g.shapes[x]
    cv.g.layouts[t] = cv.lay(x)
    if x in cv.g.perms:
        cv.g.perms[t] = cv.g.perms[x]
    return t


def _elementwise(cv: Converter, node: Any, op: str, x: str, t: str, **attrs: Any) -> str:
    """An element-wise IR node ``op`` from ``x`` to ``t`` (``t`` keeps ``x``'s storage)."""
    name = t if t != node.output[0] else node.name or t
    cv.g.nodes.append(Node(name, op, [x], _like(cv, t, x), attrs, node.op_type))
    return t


def _scaled(cv: Converter, node: Any, x: str, t: str, scale: float) -> str:
    p = cv._scalar_affine(f"{node.name or t}.scale", x, scale, 0.0)
    return _elementwise(cv, node, "affine", x, t, params=p)


def lower_neg(cv: Converter, node: Any, a: dict[str, Any], ins: list[str], out: str) -> None:
    _scaled(cv, node, cv.real(ins[0]), out, -1.0)


def lower_unary(cv: Converter, node: Any, a: dict[str, Any], ins: list[str], out: str) -> None:
    op = {"Sqrt": "sqrt", "Reciprocal": "recip", "Erf": "erf"}[node.op_type]
    _elementwise(cv, node, op, cv.real(ins[0]), out)


def lower_cast(cv: Converter, node: Any, a: dict[str, Any], ins: list[str], out: str) -> None:

    if int(a.get("to", 0)) not in FLOAT_TYPES or not np.issubdtype(
        cv.values[ins[0]].dtype, np.floating
    ):
        raise UnsupportedNode("Cast of an activation to or from a non-float type")
    cv.alias[out] = cv.real(ins[0])


def lower_div(cv: Converter, node: Any, a: dict[str, Any], ins: list[str], out: str) -> None:
    """``a / b`` with ``b`` an activation (``a`` constant or activation)."""
    xb = cv.real(ins[1])
    if cv.is_static(ins[0]):  # c / x = c * (1 / x)
        inv = _elementwise(cv, node, "recip", xb, f"{out}.reciprocal")
        cv.values[inv] = cv.values[ins[1]]
        cv.bax[inv] = cv.bax.get(ins[1], 0)
        c = cv.const(ins[0]).astype(np.float64)
        if c.size == 1 and float(c.ravel()[0]) == 1.0:
            cv.alias[out] = inv
        else:
            cv._const_operand(node, "mul", inv, inv, c, out)
        return
    xa = cv.real(ins[0])
    oshape = cv.sample_shape(out)
    if cv.g.shapes[xa] != oshape:  # the dividend broadcast: div is not commutative
        xa = cv._broadcast(xa, oshape, "flat")
    cv._two_activations(node, "div", xa, xb, out)


def lower_pow(cv: Converter, node: Any, a: dict[str, Any], ins: list[str], out: str) -> None:
    """Pow by a constant: integers 1..8 by repeated ``mul``; 0.5 a ``sqrt``; a negative
    exponent ``-e`` (``e`` one of those) the ``recip`` of ``x ** e``."""

    if cv.is_static(ins[0]) or not cv.is_static(ins[1]):
        raise UnsupportedNode("only an activation to a constant power")
    e = np.asarray(cv.const(ins[1]), dtype=np.float64).reshape(-1)
    if e.size != 1 or e[0] == 0:
        raise UnsupportedNode(f"exponent {e.tolist()}")
    mag = abs(float(e[0]))
    x = cv.real(ins[0])
    pos = out if e[0] > 0 else f"{out}.power"
    if mag == 0.5:
        _elementwise(cv, node, "sqrt", x, pos)
    elif mag == round(mag) and 1 <= mag <= 8:
        cv._pow(node, x, int(mag), pos)
        pos = cv.real(pos)
    else:
        raise UnsupportedNode(f"exponent {e.tolist()}; only +-0.5 and integers +-1..8")
    if e[0] < 0:
        _elementwise(cv, node, "recip", pos, out)


def lower_where(cv: Converter, node: Any, a: dict[str, Any], ins: list[str], out: str) -> None:
    """Where with a constant condition: ``x * m + y * (1 - m)``; a constant branch is folded
    into the other's constant operands, a non-finite one clamped (see ``MASK_LIMIT``)."""

    if not cv.is_static(ins[0]):
        raise UnsupportedNode(
            "Where with a condition computed from activations (only constant conditions, "
            "the where(isnan(x), c, x) guard, or attention masks)"
        )
    oshape = cv.values[out].shape
    m = np.broadcast_to(cv.const(ins[0]).astype(np.float64), oshape)
    consts: list[np.ndarray] = []
    acts: list[tuple[str, np.ndarray]] = []  # at least one: a Where of constants is folded
    for branch, weight in ((ins[1], m), (ins[2], 1.0 - m)):
        if cv.is_static(branch):
            c = np.broadcast_to(cv.const(branch).astype(np.float64), oshape)
            consts.append(np.where(weight != 0, np.clip(c, -MASK_LIMIT, MASK_LIMIT), 0.0))
        else:
            acts.append((branch, weight))
    offset = np.sum(consts, axis=0) if consts else None
    parts = []
    for k, (branch, weight) in enumerate(acts):
        x = cv.real(branch)
        t = out if len(acts) == 1 and offset is None else f"{out}.branch{k}"
        cv.values[t] = cv.values[out]
        cv.bax[t] = cv.bax.get(out, 0)
        if cv.values[branch].shape != oshape:  # the branch broadcast to the output
            x = cv._broadcast(x, cv.sample_shape(out), "flat")
            cv.values[x] = cv.values[out]
            branch = x
        cv._const_operand(node, "mul", x, branch, np.asarray(weight), t)
        cv.g.nodes[-1].name = t if t != out else node.name or out
        parts.append(t)
    if len(parts) == 2:
        t = out if offset is None else f"{out}.sum"
        cv.values[t] = cv.values[out]
        cv._two_activations(node, "add", parts[0], parts[1], t)
        cv.g.nodes[-1].name = t if t != out else node.name or out
        parts = [t]
    if offset is not None:
        cv._const_operand(node, "add", parts[0], parts[0], offset, out)


def _selection(cv: Converter, node: Any, ins: list[str], out: str, idx: np.ndarray) -> None:
    """``out`` as a selection ``idx`` (logical input indices, in ``out``'s ONNX shape) of the
    activation ``ins[0]``; the batch axis keeps its place from the end."""

    bin_ = cv.bax.get(ins[0], 0)
    rin, rout = cv.values[ins[0]].ndim, idx.ndim
    bax = MERGED_BATCH if bin_ == MERGED_BATCH else bin_ + rout - rin
    if bax != MERGED_BATCH and idx.shape[bax] != 1:
        raise UnsupportedNode(f"{node.op_type} that repeats the batch axis")
    cv._select(node, ins[0], idx, out, bax)


def _arange(cv: Converter, t: str) -> np.ndarray:
    shape = cv.values[t].shape
    return np.arange(int(np.prod(shape)), dtype=np.int64).reshape(shape)


def lower_expand(cv: Converter, node: Any, a: dict[str, Any], ins: list[str], out: str) -> None:
    idx = np.broadcast_to(_arange(cv, ins[0]), cv.values[out].shape)
    _selection(cv, node, ins, out, idx)


def lower_tile(cv: Converter, node: Any, a: dict[str, Any], ins: list[str], out: str) -> None:
    reps = [int(r) for r in cv.const(ins[1]).reshape(-1)]
    _selection(cv, node, ins, out, np.tile(_arange(cv, ins[0]), reps))


def lower_gather_elements(
    cv: Converter, node: Any, a: dict[str, Any], ins: list[str], out: str
) -> None:
    """GatherElements of an activation with constant indices (DeBERTa's relative-position
    scores): the selection ``take_along_axis``."""

    if cv.is_static(ins[0]) or not cv.is_static(ins[1]):
        raise UnsupportedNode("only an activation indexed by constant indices")
    src = _arange(cv, ins[0])
    axis = int(a.get("axis", 0)) % src.ndim
    ind = cv.const(ins[1]).astype(np.int64)
    ind = np.where(ind < 0, ind + src.shape[axis], ind)
    _selection(cv, node, ins, out, np.take_along_axis(src, ind, axis))


def lower_softmax(cv: Converter, node: Any, a: dict[str, Any], ins: list[str], out: str) -> None:
    """Softmax over the last axis (IR ``softmax``), or over another one (opset >= 13
    semantics): that axis moved last by an IR ``transpose``, the softmax, and back."""

    x = cv.canon(cv.real(ins[0]))
    nd = cv.values[out].ndim
    axis = int(a.get("axis", -1)) % nd
    if axis == nd - 1:
        cv.add(node, "softmax", [x], out, "flat")
        return
    bax = cv.bax.get(ins[0], 0)
    opset = max(
        (o.version for o in cv.model.opset_import if o.domain in ("", "ai.onnx")), default=0
    )
    if axis == bax or opset < 13:
        raise UnsupportedNode("Softmax over the batch axis, or not the last (opset < 13)")
    k = axis - int(bax != MERGED_BATCH and axis > bax)
    shape = cv.g.shapes[x]
    perm = tuple([i for i in range(len(shape)) if i != k] + [k])
    moved, soft = f"{out}.axis_last", f"{out}.softmax_last"
    for t in (moved, soft):
        cv.g.shapes[t] = tuple(shape[p] for p in perm)
        cv.g.layouts[t] = "flat"
    name = node.name or out
    cv.g.nodes.append(Node(moved, "transpose", [x], moved, {"perm": perm}, "Softmax"))
    cv.g.nodes.append(Node(name, "softmax", [moved], soft, {}, "Softmax"))
    back = tuple(int(p) for p in np.argsort(perm))
    cv.g.shapes[out] = cv.sample_shape(out)
    cv.g.layouts[out] = "flat"
    cv.g.nodes.append(
        Node(f"{name}.axis_back", "transpose", [soft], out, {"perm": back}, "Softmax")
    )


def lower_pad(cv: Converter, node: Any, a: dict[str, Any], ins: list[str], out: str) -> None:
    """A Pad that pads nothing is the identity; zero padding in front of a Conv is folded
    into it (the frontend's own Pad handling)."""
    pads = [int(v) for v in (cv.const(ins[1]) if len(ins) > 1 and ins[1] else a["pads"])]
    if not any(pads):
        cv.alias[out] = cv.real(ins[0])
        return
    cv._pad(node, a)


LOWERINGS = {
    "Neg": lower_neg,
    "Sqrt": lower_unary,
    "Reciprocal": lower_unary,
    "Erf": lower_unary,
    "Cast": lower_cast,
    "Pow": lower_pow,
    "Where": lower_where,
    "Expand": lower_expand,
    "Tile": lower_tile,
    "Softmax": lower_softmax,
    "GatherElements": lower_gather_elements,
    "Pad": lower_pad,
}
"""ONNX operator -> its lowering (see the module docstring); ``Div`` of an activation
divisor goes to :func:`lower_div`."""


def lower_const_matmul(cv: Converter, node: Any, ins: list[str], out: str) -> None:
    """MatMul of an activation and a constant that is not a plain ``(K, N)`` weight on the
    right (a constant of rank > 2, e.g. DeBERTa's projected relative positions, or a constant
    left operand): a digital ``matmul`` whose constant operand is a parameter broadcast to the
    output's batch axes (the activation is broadcast likewise when it has fewer)."""

    full = cv.values[out].shape
    dyn = ins[0] if not cv.is_static(ins[0]) else ins[1]
    bax = cv.bax.get(dyn, 0)
    if min(cv.values[ins[0]].ndim, cv.values[ins[1]].ndim) < 2:
        raise UnsupportedNode("MatMul of a vector and a constant")
    operands = []
    for t in ins[:2]:
        v = cv.values[t]
        lead = tuple(full[:-2])
        if cv.is_static(t):
            c = np.broadcast_to(cv.const(t).astype(np.float32), lead + v.shape[-2:])
            if bax != MERGED_BATCH:
                c = c[(slice(None),) * bax + (0,)]
            name = cv.g.add_param(f"{node.name or out}.const", np.ascontiguousarray(c))
            cv.g.shapes[name] = tuple(int(d) for d in c.shape)
            cv.g.layouts[name] = "flat"
            operands.append(name)
            continue
        x = cv.canon(cv.real(t))
        sample = tuple(d for k, d in enumerate(lead + v.shape[-2:]) if k != bax)
        if bax == MERGED_BATCH:
            sample = lead + v.shape[-2:]
        if cv.g.shapes[x] != sample:
            x = cv._broadcast(x, sample, "flat")
        operands.append(x)
    cv.add(node, "matmul", operands, out, "flat", tb=0)


def without_leading_ones(cv: Converter, x: str, shape: tuple[int, ...]) -> str:
    """``x`` seen without the leading axes of size 1 that ``shape`` (of lower rank) lacks,
    e.g. a ``(1, L, E)`` tensor whose batch a Reshape merged, added to an ``(L, E)`` one;
    ``x`` itself otherwise."""
    have = cv.g.shapes[x]
    extra = len(have) - len(shape)
    if extra <= 0 or any(d != 1 for d in have[:extra]):
        return x
    flat = cv.canon(x)
    return cv._view(flat, have[extra:], "flat", f"{flat}.squeezed")
