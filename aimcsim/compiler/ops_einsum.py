"""ONNX ``Einsum`` of one or two operands, rewritten as the ONNX operators the frontend
already lowers: ``ReduceSum`` over the letters only one operand has and the output lacks,
``Transpose`` + ``Reshape`` of each operand to ``(batch, rows, contracted)`` and
``(batch, contracted, columns)``, one ``MatMul`` (an analog dense layer when the other
operand is a constant weight), then ``Reshape`` + ``Transpose`` to the output's letters.

The nodes are emitted by :class:`~aimcsim.compiler.rewrite.NodeRewriter` (converted like
nodes of the model; steps whose inputs are all constants are folded). Ellipses are expanded
to letters; a letter repeated within one operand (a diagonal) and more than two operands are
refused.
"""

from __future__ import annotations

import math
import string
from typing import Any

import numpy as np

from aimcsim.compiler.ops_common import UnsupportedNode
from aimcsim.compiler.rewrite import NodeRewriter


def _parse(equation: str, ranks: list[int]) -> tuple[list[str], str]:
    """Operand letter strings and output letters, ellipses replaced by unused letters."""
    eq = equation.replace(" ", "")
    lhs, arrow, rhs = eq.partition("->")
    terms = lhs.split(",")
    if len(terms) != len(ranks):
        raise UnsupportedNode(f"equation {equation!r} for {len(ranks)} inputs")
    free = [c for c in string.ascii_letters if c not in eq]
    n_ell = max(
        (r - len(t.replace("...", "")) for t, r in zip(terms, ranks, strict=True)), default=0
    )
    ell = "".join(free[:n_ell])
    expanded = []
    for t, r in zip(terms, ranks, strict=True):
        if "..." in t:
            t = t.replace("...", ell[n_ell - (r - len(t.replace("...", ""))) :])
        if len(t) != r:
            raise UnsupportedNode(f"term {t!r} of equation {equation!r} for a rank-{r} input")
        if len(set(t)) != len(t):
            raise UnsupportedNode(f"a letter repeated within term {t!r} (a diagonal)")
        expanded.append(t)
    if arrow:
        out = rhs.replace("...", ell)
    else:  # implicit output: the ellipsis, then the letters used once, alphabetically
        letters = "".join(expanded)
        out = ell + "".join(
            sorted(c for c in set(letters) if letters.count(c) == 1 and c not in ell)
        )
    return expanded, out


class _Einsum(NodeRewriter):
    """The replacement nodes of one Einsum node."""

    def transpose(self, x: str, letters: str, order: str) -> str:
        if letters == order:
            return x
        perm = [letters.index(c) for c in order]
        return self.step("Transpose", [x], perm=perm)

    def reshape(self, x: str, shape: tuple[int, ...]) -> str:
        if self.value(x).shape == shape:
            return x
        return self.step("Reshape", [x, self.const(np.asarray(shape, dtype=np.int64))])

    def reduce(self, x: str, letters: str, keep: set[str]) -> tuple[str, str]:
        """``x`` summed over its letters not in ``keep``; the remaining letters."""
        axes = [i for i, c in enumerate(letters) if c not in keep]
        if not axes:
            return x, letters
        if self.opset() < 13:  # the axes were an attribute
            y = self.step("ReduceSum", [x], axes=axes, keepdims=0)
        else:
            y = self.step("ReduceSum", [x, self.const(np.asarray(axes))], keepdims=0)
        return y, "".join(c for c in letters if c in keep)

    def finish(self, x: str, letters: str, out_letters: str, out: str) -> None:
        """``x`` with ``letters`` brought to ``out_letters`` as the node's output ``out``."""
        y = self.transpose(x, letters, out_letters)
        value = self.value(y)
        if y in self.cv.static:
            raise UnsupportedNode("an Einsum of constants only")
        # the output name is the node's own: an identity view of the last tensor
        self.cv.values[out] = value
        self.cv.bax[out] = self.cv.bax.get(y, 0)
        self.cv.alias[out] = self.cv.real(y)


def lower_einsum(cv: Any, node: Any, a: dict[str, Any], ins: list[str], out: str) -> None:
    """ONNX Einsum (see the module docstring); a constant left operand is moved right (the
    letters fix the result), where a 2-D constant is a weight matrix."""
    eq = a["equation"]
    eq = eq.decode() if isinstance(eq, bytes) else str(eq)
    if len(ins) not in (1, 2):
        raise UnsupportedNode(f"{len(ins)} operands (at most two)")
    rw = _Einsum(cv, node, "einsum")
    terms, out_letters = _parse(eq, [rw.value(t).ndim for t in ins])
    size = {
        c: int(d)
        for t, x in zip(terms, ins, strict=True)
        for c, d in zip(t, rw.value(x).shape, strict=True)
    }
    keep_out = set(out_letters)
    if len(ins) == 1:
        x, letters = rw.reduce(ins[0], terms[0], keep_out)
        rw.finish(x, letters, out_letters, out)
        return
    if cv.is_static(ins[0]) and not cv.is_static(ins[1]):  # the constant on the right
        terms, ins = terms[::-1], ins[::-1]
    ta, tb = terms
    xa, la = rw.reduce(ins[0], ta, keep_out | set(tb))
    xb, lb = rw.reduce(ins[1], tb, keep_out | set(ta))
    batch = "".join(c for c in out_letters if c in la and c in lb)
    contracted = "".join(c for c in la if c in lb and c not in keep_out)
    rows = "".join(c for c in la if c not in lb)
    cols = "".join(c for c in lb if c not in la)

    def prod(letters: str) -> int:
        return math.prod(size[c] for c in letters)

    lead = (prod(batch),) if batch else ()  # without one, a constant B is a weight matrix
    xa = rw.reshape(rw.transpose(xa, la, batch + rows + contracted),
                    (*lead, prod(rows), prod(contracted)))  # fmt: skip
    xb = rw.reshape(rw.transpose(xb, lb, batch + contracted + cols),
                    (*lead, prod(contracted), prod(cols)))  # fmt: skip
    y = rw.step("MatMul", [xa, xb])
    letters = batch + rows + cols
    y = rw.reshape(y, tuple(size[c] for c in letters))
    rw.finish(y, letters, out_letters, out)
