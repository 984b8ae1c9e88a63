"""The stateless ONNX operators of the trainer, as torch functions (no weights to learn).

Each entry of :data:`OPS` maps an ONNX ``op_type`` to ``f(x, attrs, node_name) -> tensor``
where ``x`` is the list of input tensors (``None`` for an omitted optional input) and
``attrs`` the node's attributes. Tensors carry the batch axis first, as the ONNX graph does.
The weight layers (Gemm, MatMul with a constant, Conv) live in
:mod:`aimcsim.train.onnx_torch`, since their weights are trained.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

from aimcsim.errors import TrainError
from aimcsim.train import import_torch

torch = import_torch()
F = torch.nn.functional

Op = Callable[[list[Any], dict[str, Any], str], Any]


def _axis(a: dict[str, Any], default: int) -> int:
    return int(a.get("axis", default))


def _clip(x: list[Any], a: dict[str, Any], name: str) -> Any:
    lo = x[1] if len(x) > 1 and x[1] is not None else a.get("min")
    hi = x[2] if len(x) > 2 and x[2] is not None else a.get("max")
    out = x[0]
    if lo is not None:
        out = torch.maximum(out, torch.as_tensor(lo, dtype=out.dtype))
    if hi is not None:
        out = torch.minimum(out, torch.as_tensor(hi, dtype=out.dtype))
    return out


def _gelu(x: list[Any], a: dict[str, Any], name: str) -> Any:
    approx = a.get("approximate", "none")
    return F.gelu(x[0], approximate="tanh" if approx == "tanh" else "none")


def _softmax(x: list[Any], a: dict[str, Any], name: str) -> Any:
    return torch.softmax(x[0], dim=_axis(a, -1))


def _layer_norm(x: list[Any], a: dict[str, Any], name: str) -> Any:
    axis = _axis(a, -1) % x[0].dim()
    shape = tuple(x[0].shape[axis:])
    bias = x[2] if len(x) > 2 else None
    return F.layer_norm(x[0], shape, x[1], bias, float(a.get("epsilon", 1e-5)))


def _batch_norm(x: list[Any], a: dict[str, Any], name: str) -> Any:
    inp, scale, bias, mean, var = x[:5]
    return F.batch_norm(
        inp, mean, var, scale, bias, training=False, eps=float(a.get("epsilon", 1e-5))
    )


def _spatial(x: Any) -> int:
    """Spatial rank of an (N, C, ...) tensor: 1 or 2, else unsupported."""
    return int(x.dim() - 2)


def pad_args(
    a: dict[str, Any], in_sizes: list[int], k: list[int], s: list[int], d: list[int], name: str
) -> list[int]:
    """``F.pad`` amounts (last axis first) for the ONNX ``pads`` / ``auto_pad`` of a
    convolution or pooling node over spatial sizes ``in_sizes``."""
    n = len(in_sizes)
    auto = a.get("auto_pad", "NOTSET")
    if auto in ("SAME_UPPER", "SAME_LOWER"):
        pads_begin: list[int] = []
        pads_end: list[int] = []
        for i in range(n):
            size = math.ceil(in_sizes[i] / s[i])
            total = max((size - 1) * s[i] + (k[i] - 1) * d[i] + 1 - in_sizes[i], 0)
            lo = total // 2 if auto == "SAME_UPPER" else total - total // 2
            pads_begin.append(lo)
            pads_end.append(total - lo)
    elif auto in ("NOTSET", "VALID"):
        pads = [int(p) for p in a.get("pads", [0] * (2 * n))] if auto == "NOTSET" else [0] * 2 * n
        pads_begin, pads_end = pads[:n], pads[n:]
    else:
        raise TrainError(f"node {name!r}: auto_pad {auto!r} is not supported")
    out: list[int] = []
    for i in reversed(range(n)):
        out += [int(pads_begin[i]), int(pads_end[i])]
    return out


def _pool(kind: str) -> Op:
    def run(x: list[Any], a: dict[str, Any], name: str) -> Any:
        inp = x[0]
        n = _spatial(inp)
        if n not in (1, 2):
            raise TrainError(f"node {name!r}: only 1-D and 2-D pooling is supported")
        k = [int(v) for v in a["kernel_shape"]]
        s = [int(v) for v in a.get("strides", [1] * n)]
        if int(a.get("ceil_mode", 0)):
            raise TrainError(f"node {name!r}: ceil_mode = 1 is not supported")
        pads = pad_args(a, list(inp.shape[2:]), k, s, [1] * n, name)
        fill = -math.inf if kind == "max" else 0.0
        padded = F.pad(inp, pads, value=fill) if any(pads) else inp
        pool = {
            ("max", 1): F.max_pool1d,
            ("max", 2): F.max_pool2d,
            ("avg", 1): F.avg_pool1d,
            ("avg", 2): F.avg_pool2d,
        }[(kind, n)]
        y = pool(padded, k, s)
        if kind == "avg" and any(pads) and not int(a.get("count_include_pad", 0)):
            ones = F.pad(torch.ones_like(inp[:1, :1]), pads)
            y = y / pool(ones, k, s)  # the mean over the real (not padded) elements
        return y

    return run


def _global_avg(x: list[Any], a: dict[str, Any], name: str) -> Any:
    return x[0].mean(dim=tuple(range(2, x[0].dim())), keepdim=True)


def _flatten(x: list[Any], a: dict[str, Any], name: str) -> Any:
    axis = _axis(a, 1) % max(x[0].dim(), 1)
    lead = math.prod(x[0].shape[:axis])
    return x[0].reshape(lead, -1)


def _reshape(x: list[Any], a: dict[str, Any], name: str) -> Any:
    shape = [int(v) for v in x[1].reshape(-1).tolist()]
    if not int(a.get("allowzero", 0)):
        shape = [x[0].shape[i] if v == 0 else v for i, v in enumerate(shape)]
    return x[0].reshape(shape)


def _transpose(x: list[Any], a: dict[str, Any], name: str) -> Any:
    perm = a.get("perm") or list(reversed(range(x[0].dim())))
    return x[0].permute(*[int(p) for p in perm])


def _binary(f: Callable[[Any, Any], Any]) -> Op:
    return lambda x, a, name: f(x[0], x[1])


def _unary(f: Callable[[Any], Any]) -> Op:
    return lambda x, a, name: f(x[0])


OPS: dict[str, Op] = {
    "Relu": _unary(torch.relu),
    "Sigmoid": _unary(torch.sigmoid),
    "Tanh": _unary(torch.tanh),
    "Erf": _unary(torch.erf),
    "Sqrt": _unary(torch.sqrt),
    "Exp": _unary(torch.exp),
    "Neg": _unary(torch.neg),
    "Abs": _unary(torch.abs),
    "Identity": _unary(lambda t: t),
    "Dropout": _unary(lambda t: t),
    "LeakyRelu": lambda x, a, name: F.leaky_relu(x[0], float(a.get("alpha", 0.01))),
    "Clip": _clip,
    "Gelu": _gelu,
    "Softmax": _softmax,
    "LayerNormalization": _layer_norm,
    "BatchNormalization": _batch_norm,
    "MaxPool": _pool("max"),
    "AveragePool": _pool("avg"),
    "GlobalAveragePool": _global_avg,
    "Flatten": _flatten,
    "Reshape": _reshape,
    "Transpose": _transpose,
    "Add": _binary(torch.add),
    "Sub": _binary(torch.sub),
    "Mul": _binary(torch.mul),
    "Div": _binary(torch.div),
    "Pow": _binary(torch.pow),
}
"""ONNX operators without trainable weights."""
