"""An ONNX graph run as a torch module whose weight-layer initialisers are trainable.

:class:`OnnxModule` executes the nodes of the graph in their (topological) order. The weight
layers the compiler maps onto crossbars, ``Gemm``, ``MatMul`` with a constant right operand and
``Conv`` (1-D and 2-D, groups), read their weights and biases from ``torch.nn.Parameter``\\ s,
one per initialiser (an initialiser shared by two layers is one parameter); everything else is
a stateless operator of :mod:`aimcsim.train.ops` or a fixed constant. Any other operator is a
:class:`~aimcsim.errors.TrainError` naming the node and the operator.

Each weight layer has the compiler's name (the node's name, else its first output) and the
compiler's matrix: ``(n_out, K)`` with, for a convolution, ``K`` ordered (kernel row, kernel
column, input channel) and groups as a block-diagonal matrix (``aimcsim/compiler``). Its
product runs either in float (:attr:`OnnxModule.analog` is None: the ONNX semantics) or through
an analog context (:mod:`aimcsim.train.analog`) which sees the same matrix tiled as the chip
tiles it, with the layer's learned input range :attr:`OnnxModule.input_ranges`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from aimcsim.errors import TrainError
from aimcsim.train import import_torch
from aimcsim.train.ops import OPS, pad_args

torch = import_torch()
F = torch.nn.functional

WEIGHT_OPS = ("Gemm", "MatMul", "Conv")
_Module: Any = torch.nn.Module


@dataclass
class WeightLayer:
    """One analog weight layer: ``name`` as the compiler names it, its ONNX node's op and
    attributes, and the initialisers of its weight and (optional) bias."""

    index: int
    name: str
    op: str
    attrs: dict[str, Any]
    weight: str
    bias: str | None
    recorded: list[Any] = field(default_factory=list)
    input_order: np.ndarray | None = None
    """The order of the matrix columns on the crossbar rows (None: as given), see
    :mod:`aimcsim.train.layout`."""


def _attrs(node: Any) -> dict[str, Any]:
    from onnx import helper

    out = {}
    for a in node.attribute:
        v = helper.get_attribute_value(a)
        out[a.name] = v.decode() if isinstance(v, bytes) else v
    return out


def node_name(node: Any) -> str:
    """The compiler's name of a node: its name, else its first output."""
    return str(node.name or node.output[0])


class OnnxModule(_Module):
    """``model`` (an ``onnx.ModelProto`` read from ``source``) as a torch module."""

    def __init__(self, model: Any, source: str) -> None:
        super().__init__()
        from onnx import numpy_helper

        g = model.graph
        self.source = source
        inits = {t.name: numpy_helper.to_array(t) for t in g.initializer}
        init_names = set(inits)
        self.input_names = [i.name for i in g.input if i.name not in init_names]
        self.output_names = [o.name for o in g.output]
        self.layers: list[WeightLayer] = []
        self.param_key: dict[str, str] = {}
        self.params = torch.nn.ParameterDict()
        self.steps: list[tuple[Any, dict[str, Any], WeightLayer | None]] = []
        consts: dict[str, Any] = {}
        for node in g.node:
            a = _attrs(node)
            layer = None
            if node.op_type == "Constant":
                value = np.array(numpy_helper.to_array(a["value"]))
                consts[node.output[0]] = torch.as_tensor(value)
                continue
            if node.op_type in WEIGHT_OPS and self._is_weight_layer(node, init_names):
                layer = self._weight_layer(node, a, inits)
            elif node.op_type not in OPS and node.op_type != "MatMul":
                raise TrainError(
                    f"{source}: node {node_name(node)!r} (op {node.op_type}) is not supported by "
                    f"aimcsim train (supported: {', '.join(sorted([*OPS, *WEIGHT_OPS]))})"
                )
            self.steps.append((node, a, layer))
        for name, arr in inits.items():
            if name not in self.param_key:
                consts[name] = torch.as_tensor(np.array(arr))
        self.consts = consts
        self.input_ranges = torch.nn.Parameter(torch.ones(len(self.layers)), requires_grad=True)
        self.analog: Any = None
        self.recording = False

    # ------------------------------------------------------------------ construction

    def _is_weight_layer(self, node: Any, init_names: set[str]) -> bool:
        """Whether ``node`` multiplies by a constant matrix (else an error, or a digital
        MatMul of two activations)."""
        where = f"{self.source}: node {node_name(node)!r} (op {node.op_type})"
        if node.op_type == "MatMul":
            if node.input[0] in init_names:
                raise TrainError(f"{where}: MatMul with a constant left operand is not supported")
            return node.input[1] in init_names
        if node.input[1] not in init_names:
            raise TrainError(f"{where}: the weights must be an initialiser")
        return True

    def _weight_layer(self, node: Any, a: dict[str, Any], inits: dict[str, Any]) -> WeightLayer:
        where = f"{self.source}: node {node_name(node)!r} (op {node.op_type})"
        w = inits[node.input[1]]
        bias = node.input[2] if len(node.input) > 2 and node.input[2] else None
        if node.op_type == "Gemm" and int(a.get("transA", 0)):
            raise TrainError(f"{where}: transA = 1 is not supported")
        if node.op_type == "MatMul" and w.ndim != 2:
            raise TrainError(f"{where}: MatMul with a constant of rank {w.ndim} (expected 2)")
        if node.op_type == "Conv" and w.ndim not in (3, 4):
            raise TrainError(f"{where}: only 1-D and 2-D convolutions are supported")
        if bias is not None and bias not in inits:
            raise TrainError(f"{where}: the bias must be an initialiser")
        for t in (node.input[1], bias):
            if t is not None and t not in self.param_key:
                key = f"p{len(self.param_key)}"
                self.param_key[t] = key
                self.params[key] = torch.nn.Parameter(
                    torch.as_tensor(np.array(inits[t], dtype=np.float32))
                )
        layer = WeightLayer(len(self.layers), node_name(node), node.op_type, a, node.input[1], bias)
        self.layers.append(layer)
        return layer

    # ------------------------------------------------------------------ values

    def tensor(self, init_name: str) -> Any:
        """The current value of a trained initialiser."""
        return self.params[self.param_key[init_name]]

    def matrix(self, layer: WeightLayer) -> Any:
        """The compiler's weight matrix ``(n_out, K)`` of ``layer`` (differentiable)."""
        w = self.tensor(layer.weight)
        a = layer.attrs
        if layer.op == "Gemm":
            w = w * float(a.get("alpha", 1.0))
            return w if int(a.get("transB", 0)) else w.t()
        if layer.op == "MatMul":
            return w.t()
        if w.dim() == 3:
            w = w.unsqueeze(2)
        o, cg = int(w.shape[0]), int(w.shape[1])
        groups = int(a.get("group", 1))
        og = o // groups
        blocks = []
        for gi in range(groups):
            part = w[gi * og : (gi + 1) * og].permute(0, 2, 3, 1)
            pad = (gi * cg, (groups - gi - 1) * cg)
            blocks.append(F.pad(part, pad))
        return torch.cat(blocks, dim=0).reshape(o, -1)

    def bias(self, layer: WeightLayer) -> Any:
        if layer.bias is None:
            return None
        b = self.tensor(layer.bias)
        if layer.op == "Gemm":
            b = b * float(layer.attrs.get("beta", 1.0))
        return b

    # ------------------------------------------------------------------ forward

    def forward(self, inputs: dict[str, Any]) -> list[Any]:
        """The graph outputs (in order) for ``inputs`` (model input name -> batch tensor)."""
        env: dict[str, Any] = dict(self.consts)
        env.update(inputs)
        for node, a, layer in self.steps:
            if layer is not None:
                env[node.output[0]] = self._weight_op(layer, env[node.input[0]])
                continue
            xs = [env[i] if i else None for i in node.input]
            if node.op_type == "MatMul":
                y = torch.matmul(xs[0], xs[1])
            else:
                y = OPS[node.op_type](xs, a, node_name(node))
            env[node.output[0]] = y
        return [env[o] for o in self.output_names]

    def _weight_op(self, layer: WeightLayer, x: Any) -> Any:
        if layer.op == "Conv":
            return self._conv(layer, x)
        w = self.matrix(layer)
        b = self.bias(layer)
        lead = x.shape[:-1]
        y = self._mvm(layer, x.reshape(-1, x.shape[-1]), w).reshape(*lead, w.shape[0])
        return y if b is None else y + b

    def _mvm(self, layer: WeightLayer, x2: Any, w: Any) -> Any:
        """``x2 @ w.T`` for ``x2`` ``(M, K)``: float, or through the analog context."""
        if self.recording:
            layer.recorded.append(x2.detach())
        if self.analog is None:
            return x2 @ w.t()
        return self.analog.mvm(layer, x2, w, self.input_ranges[layer.index])

    def _conv(self, layer: WeightLayer, x: Any) -> Any:
        a = layer.attrs
        w = self.tensor(layer.weight)
        one_d = w.dim() == 3
        if one_d:
            x, w = x.unsqueeze(2), w.unsqueeze(2)
        k = [int(v) for v in w.shape[2:]]
        s = [int(v) for v in a.get("strides", [1] * (1 if one_d else 2))]
        d = [int(v) for v in a.get("dilations", [1] * (1 if one_d else 2))]
        if one_d:
            s, d = [1, *s], [1, *d]
            a = dict(a)
            if "pads" in a:
                p = list(a["pads"])
                a["pads"] = [0, p[0], 0, p[1]]
        pads = pad_args(a, list(x.shape[2:]), k, s, d, f"{layer.name}")
        x = F.pad(x, pads) if any(pads) else x
        b = self.bias(layer)
        groups = int(a.get("group", 1))
        if self.analog is None and not self.recording:
            y = F.conv2d(x, w, b, stride=s, dilation=d, groups=groups)
        else:
            y = self._unfolded_conv(layer, x, k, s, d, b)
        return y.squeeze(2) if one_d else y

    def _unfolded_conv(
        self, layer: WeightLayer, x: Any, k: list[int], s: list[int], d: list[int], b: Any
    ) -> Any:
        """The convolution as the crossbar computes it: one MVM per output pixel over the
        patch ordered (kernel row, kernel column, channel)."""
        nb, c = int(x.shape[0]), int(x.shape[1])
        oh = (int(x.shape[2]) - d[0] * (k[0] - 1) - 1) // s[0] + 1
        ow = (int(x.shape[3]) - d[1] * (k[1] - 1) - 1) // s[1] + 1
        cols = F.unfold(x, k, dilation=d, stride=s)  # (N, C*kh*kw, L), (c, kh, kw) order
        cols = cols.reshape(nb, c, k[0], k[1], oh * ow).permute(0, 4, 2, 3, 1)
        w = self.matrix(layer)
        y = self._mvm(layer, cols.reshape(nb * oh * ow, -1), w)
        y = y.reshape(nb, oh, ow, w.shape[0]).permute(0, 3, 1, 2)
        return y if b is None else y + b.reshape(1, -1, 1, 1)

    def record_inputs(self, inputs: dict[str, Any]) -> list[Any]:
        """The input activations ``(M, K)`` of every weight layer on ``inputs`` (float run)."""
        for layer in self.layers:
            layer.recorded = []
        self.recording, analog, self.analog = True, self.analog, None
        try:
            with torch.no_grad():
                self.forward(inputs)
        finally:
            self.recording, self.analog = False, analog
        out = [torch.cat(la.recorded) for la in self.layers]
        for layer in self.layers:
            layer.recorded = []
        return out
