"""Lowering one ONNX node as a small subgraph of other ONNX nodes the frontend already lowers
(Einsum as Transpose/Reshape/MatMul, a 3-D convolution as 2-D ones, ...).

:class:`NodeRewriter` makes each replacement node, gives its output the value onnxruntime
computes for it on the frontend's probe input (the frontend's ``values`` hold one for every
tensor), and converts it like a node of the model; a node whose inputs are all constants is
folded instead. The replacement tensors are named after the rewritten node, so errors and
probes point at it.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from aimcsim.compiler.ops_probe import NodeRunner


class NodeRewriter:
    """Emits the replacement nodes of ONNX node ``node`` through the frontend converter
    ``cv``."""

    def __init__(self, cv: Any, node: Any, tag: str) -> None:
        self.cv = cv
        self.node = node
        self.base = f"{node.name or node.output[0]}/{tag}"
        self.count = 0

    def value(self, t: str) -> np.ndarray:
        """Value of tensor ``t`` on the probe input (a constant's own value)."""
        return np.asarray(self.cv.static[t] if t in self.cv.static else self.cv.values[t])

    def opset(self) -> int:
        """The model's default-domain opset version."""
        imports = self.cv.model.opset_import
        return max((o.version for o in imports if o.domain in ("", "ai.onnx")), default=0)

    def name(self, what: str) -> str:
        """A fresh tensor name."""
        self.count += 1
        return f"{self.base}_{self.count}_{what}"

    def const(self, value: np.ndarray) -> str:
        """A new constant tensor."""
        t = self.name("const")
        self.cv.static[t] = value
        self.cv.values[t] = value
        return t

    def step(self, op: str, ins: list[str], out: str | None = None, **attrs: Any) -> str:
        """Node ``op`` of ``ins`` with ``attrs``: folded when its inputs are all constants,
        else converted; returns its output (``out``, or a fresh name)."""
        import onnx

        t = out or self.name(op.lower())
        n = onnx.helper.make_node(op, ins, [t], name=t, **attrs)
        dyn = [x for x in ins if x and not self.cv.is_static(x)]
        shapes = {x: self.value(x).shape for x in dyn}
        run = NodeRunner(self.cv.model, n, shapes, self.cv.static)
        value = run(*(self.value(x) for x in dyn))
        self.cv.values[t] = value
        if not dyn:
            self.cv.static[t] = value
            return t
        self.cv.convert(n)
        return t

    def select(self, x: str, idx: np.ndarray, out: str | None = None) -> str:
        """Elements of activation ``x`` (batch axis 0) picked by ``idx``: for each output
        element, its flat index in ``x``'s ONNX shape (``idx`` has the output's shape, batch
        axis included)."""
        t = out or self.name("select")
        self.cv.values[t] = self.value(x).reshape(-1)[idx]
        self.cv.bax[t] = 0
        self.cv._select(self.node, x, idx, t, 0)
        return t
