"""The compiler's graph IR: a small, frontend-neutral DNN graph.

Both frontends (ONNX, native TOML/Python) produce a :class:`Graph`; mapping and codegen read
only this. Conventions:

* Shapes exclude the batch dimension (the executor adds it; one input sample = one slice).
* Layouts: ``"flat"`` tensors are stored row-major in their logical shape; ``"nhwc"`` tensors
  have logical shape ``(C, H, W)`` (the ONNX order) but are stored channel-last, pixel after
  pixel (``(H, W, C)`` row-major), so a convolution patch row is contiguous.
* ``"flat_t"`` tensors are stored row-major with their last two axes swapped (the B operand
  of a ``matmul`` with ``tb=1``, e.g. attention keys).
* ``perm`` (optional, per tensor): the physical storage order of a flat tensor whose logical
  order differs (``physical[i] = logical[perm[i]]``), as produced by flattening an NHWC map.
  Consumers that are element-wise do not care; a dense layer permutes its weight columns.
* Weights of ``dense`` and ``conv`` nodes are matrices ``(n_out, K)``: rows are outputs,
  columns are inputs in the order the crossbar reads them (for a conv: ``(dy, dx, c)``, the
  im2col order of an NHWC patch). They live in :attr:`Graph.params`.

Operators (``Node.op``) and their attributes:

========== ======================================================================
dense      x (..., K) -> (..., n_out); w, b (param names or None)
conv       x nhwc (C,H,W); w (n_out, kh*kw*C), b, kh, kw, stride (sh, sw),
           pads (top, left, bottom, right), dilation (dh, dw)
relu, sigmoid, tanh, gelu, exp        element-wise
sqrt, recip, erf                       element-wise: square root, reciprocal 1/x, erf
clip       element-wise clip to [lo, hi] (ReLU6 = clip 0..6)
add, mul, div   two activations of one shape (div: first / second); with ``period`` = P
           the second operand has P
           elements and is repeated over the storage of the first (a broadcast that is a
           whole copy per P stored elements, e.g. a squeeze-excite channel scale of an nhwc map)
affine     x * scale + offset along the channel (nhwc) or last (flat) axis; scale, offset
maxpool, avgpool   nhwc; kh, kw, stride, pads
gap        nhwc (C,H,W) -> nhwc (C,1,1)
reshape    logical reshape; no data movement
transpose  perm over the logical axes; input and output may have any layout and perm (the
           code is a gather between the two storage orders, see :func:`gather_index`); an
           identity perm is a pure re-layout (e.g. flat -> nhwc)
broadcast  the input broadcast (numpy rules) to the output shape, any layouts
take       ``indices``: the logical flat input index of each output element (any constant
           selection: strided slices, gathers, a time reversal)
concat     axis
softmax    over the last axis
reduce     sum over axes: the input's storage is ``outer`` groups of ``count`` blocks of
           ``inner`` elements; the output (``outer * inner``) sums the blocks of each group
           (``kind`` "max": their element-wise maximum)
layernorm  over the last axis; gamma, beta, eps
matmul     activation x activation over the last two axes (leading axes batched); tb: B is
           stored transposed
lstm       x (T, I) -> (T, H) (or (T, 1, H) from ONNX): a forward LSTM over T time steps,
           zero initial state; w (4H, I+H) = [W | R] with gate rows in ONNX order i, o, f, c;
           b (4H,) = Wb + Rb or None; hidden H, seq T, input_size I; ``cell`` "gru": a GRU
           step instead, w (4H, I+H) = rows z, r, candidate input, candidate recurrent
           (see :mod:`~aimcsim.compiler.lstm`)
slice      a contiguous range of the storage of a flat tensor: start, length (elements)
========== ======================================================================
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from aimcsim.workload.prelude import Prelude

WEIGHT_OPS = ("dense", "conv", "lstm")
"""IR operators whose weight matrix ``attrs["w"]`` is mapped onto crossbars."""
ELEMENTWISE_OPS = ("relu", "sigmoid", "tanh", "gelu", "exp", "sqrt", "recip", "erf", "clip")
GATHER_OPS = ("transpose", "broadcast", "take")
"""IR operators that only move data: each output storage position copies one input storage
position (:func:`gather_index`)."""


@dataclass
class Node:
    """One operation of the graph; ``output`` is the name of the tensor it produces."""

    name: str
    op: str
    inputs: list[str]
    output: str
    attrs: dict[str, Any] = field(default_factory=dict)
    source_op: str = ""
    """The frontend operator(s) this node came from (e.g. ``"Conv+BatchNormalization"``)."""


@dataclass
class Graph:
    """A DNN as a list of nodes in topological order plus tensor metadata and parameters."""

    name: str
    nodes: list[Node] = field(default_factory=list)
    inputs: list[str] = field(default_factory=list)
    outputs: list[str] = field(default_factory=list)
    shapes: dict[str, tuple[int, ...]] = field(default_factory=dict)
    layouts: dict[str, str] = field(default_factory=dict)
    perms: dict[str, np.ndarray] = field(default_factory=dict)
    params: dict[str, np.ndarray] = field(default_factory=dict)
    input_transforms: dict[str, dict[str, Any]] = field(default_factory=dict)
    """Host-side input preprocessing per graph input, e.g. an embedding look-up
    ``{"kind": "embedding", "table": PARAM, "source": ORIGINAL_INPUT}``."""
    prelude: Prelude | None = None
    """Integer tensors the host computes from the integer inputs before the program runs
    (embedding indices, attention masks; see :mod:`aimcsim.workload.prelude`)."""
    metadata: dict[str, str] = field(default_factory=dict)
    """The model file's key-value metadata (ONNX ``metadata_props``), e.g. a per-layer
    settings table under ``aimcsim.layer_settings``."""

    def size(self, tensor: str) -> int:
        """Number of elements of ``tensor`` per sample."""
        return int(np.prod(self.shapes[tensor], dtype=np.int64))

    def layout(self, tensor: str) -> str:
        return self.layouts.get(tensor, "flat")

    def producer(self, tensor: str) -> Node | None:
        for n in self.nodes:
            if n.output == tensor:
                return n
        return None

    def consumers(self, tensor: str) -> list[Node]:
        return [n for n in self.nodes if tensor in n.inputs]

    def add_param(self, base: str, value: np.ndarray) -> str:
        """Store ``value`` under a fresh name derived from ``base``; returns the name."""
        name = base
        k = 1
        while name in self.params:
            name = f"{base}.{k}"
            k += 1
        self.params[name] = np.ascontiguousarray(value, dtype=np.float32)
        return name


def storage_order(
    shape: tuple[int, ...], layout: str, perm: np.ndarray | None = None
) -> np.ndarray:
    """The logical flat index of the element at each storage position of a tensor."""
    idx = np.arange(int(np.prod(shape, dtype=np.int64)), dtype=np.int64).reshape((1, *shape))
    return to_physical(idx, layout, perm)[0]


def tensor_order(g: Graph, tensor: str) -> np.ndarray:
    """:func:`storage_order` of graph tensor ``tensor``."""
    return storage_order(g.shapes[tensor], g.layout(tensor), g.perms.get(tensor))


def gather_index(g: Graph, n: Node) -> np.ndarray:
    """For a node of :data:`GATHER_OPS`: the input storage position copied to each output
    storage position."""
    x = n.inputs[0]
    shape = g.shapes[x]
    logical = np.arange(int(np.prod(shape, dtype=np.int64)), dtype=np.int64).reshape(shape)
    out_shape = g.shapes[n.output]
    if n.op == "transpose":
        src = logical.transpose(n.attrs["perm"])
    elif n.op == "broadcast":
        lead = (1,) * (len(out_shape) - len(shape))
        src = np.broadcast_to(logical.reshape(lead + tuple(shape)), out_shape)
    elif n.op == "take":
        src = np.asarray(n.attrs["indices"], dtype=np.int64)
    else:
        raise ValueError(f"{n.op!r} is not a gather operator")
    src = src.reshape(-1)
    position = np.empty_like(src, shape=(logical.size,))
    position[tensor_order(g, x)] = np.arange(logical.size)
    return position[src[tensor_order(g, n.output)]]


def physical_shape(shape: tuple[int, ...], layout: str) -> tuple[int, ...]:
    """Storage shape of a tensor: ``(H, W, C)`` for nhwc ``(C, H, W)``, else unchanged."""
    if layout == "nhwc":
        c, h, w = shape
        return (h, w, c)
    if layout == "flat_t":
        return (*shape[:-2], shape[-1], shape[-2])
    return shape


def to_physical(x: np.ndarray, layout: str, perm: np.ndarray | None = None) -> np.ndarray:
    """Batched logical values ``(B, *shape)`` -> flat storage order ``(B, n)``."""
    b = x.shape[0]
    if layout == "nhwc":
        x = np.transpose(x, (0, 2, 3, 1))
    elif layout == "flat_t":
        x = np.swapaxes(x, -1, -2)
    flat = x.reshape(b, -1)
    if perm is not None:
        flat = flat[:, perm]
    return flat


def from_physical(
    flat: np.ndarray, shape: tuple[int, ...], layout: str, perm: np.ndarray | None = None
) -> np.ndarray:
    """Inverse of :func:`to_physical`: storage order ``(B, n)`` -> logical ``(B, *shape)``."""
    b = flat.shape[0]
    if perm is not None:
        out = np.empty_like(flat)
        out[:, perm] = flat
        flat = out
    if layout == "nhwc":
        c, h, w = shape
        return np.transpose(flat.reshape(b, h, w, c), (0, 3, 1, 2))
    if layout == "flat_t":
        return np.swapaxes(flat.reshape((b, *physical_shape(shape, layout))), -1, -2)
    return flat.reshape((b, *shape))
