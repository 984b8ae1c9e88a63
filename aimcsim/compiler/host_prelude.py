"""The host region of an ONNX model: integer tensors computed from its integer inputs.

A tensor is *host* when it is an integer (or bool) model input, or the integer/bool output
of a node whose non-constant inputs are all host. The frontend
(:mod:`aimcsim.compiler.onnx_frontend`) never translates host nodes to the chip: their
results reach the program as

* embedding indices: a Gather from a constant table indexed by a host tensor is a host-side
  look-up (the input's ``transform``); the indices are the model input itself when they only
  reshape it, else the prelude computes them;
* attention masks: a float node using a host tensor is an attention mask; its root (see
  :meth:`HostRegion.mask_roots`) becomes a program input that the frontend maps to an
  additive key-padding bias, a model input or a prelude result.

What the program needs from the prelude is requested with :meth:`HostRegion.need`;
:meth:`HostRegion.build` then turns the host nodes these tensors depend on into a
:class:`~aimcsim.workload.prelude.Prelude` (refusing, naming node and op, any operator the
prelude's interpreter does not have) and checks it against onnxruntime's values.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from aimcsim.compiler.ops_common import MERGED_BATCH
from aimcsim.errors import CompileError
from aimcsim.workload.prelude import (
    CONST_PREFIX,
    DTYPES,
    LIST_PARAMETERS,
    OPS,
    Prelude,
    PreludeError,
    PreludeInput,
    PreludeNode,
)


def is_integer(value: np.ndarray) -> bool:
    """Integer or bool element type."""
    return bool(np.issubdtype(value.dtype, np.integer) or value.dtype == np.bool_)


def is_embedding_lookup(conv: Any, node: Any) -> bool:
    """A Gather from a constant table with non-constant indices."""
    return (
        node.op_type == "Gather"
        and len(node.input) == 2
        and conv.is_static(node.input[0])
        and not conv.is_static(node.input[1])
    )


class HostRegion:
    """The host tensors of the model ``conv`` (the frontend's converter) translates, from
    its integer inputs ``int_inputs``; records their batch axes in ``conv.bax``."""

    def __init__(self, conv: Any, int_inputs: list[str]) -> None:
        self.conv = conv
        self.int_inputs = list(int_inputs)
        self.producer: dict[str, Any] = {}
        """Host tensor -> the node computing it (model inputs have none)."""
        self.tensors: set[str] = set(int_inputs)
        for node in conv.nodes:
            dyn = [t for t in node.input if t and not conv.is_static(t)]
            outs = [o for o in node.output if o]
            if not dyn or not all(t in self.tensors for t in dyn):
                continue
            if outs and all(is_integer(conv.values[o]) for o in outs):
                for o in outs:
                    self.producer[o] = node
                    self.tensors.add(o)
                    conv.bax[o] = self._batch_axis(node, conv.bax.get(dyn[0], 0), o)
        self.wanted: list[str] = []

    def _batch_axis(self, node: Any, bin_: int, out: str) -> int:
        """Batch axis of host tensor ``out`` of ``node`` whose first non-constant input has
        it at ``bin_``: kept while it is an axis of size 1, moved by Squeeze/Unsqueeze, else
        merged (``ids.view(-1)`` before an ``index_select``)."""
        shape = self.conv.values[out].shape
        if bin_ != MERGED_BATCH and node.op_type in ("Squeeze", "Unsqueeze"):
            try:
                bin_ = self.conv._squeeze_batch_axis(node, bin_, len(shape))
            except CompileError:  # the batch axis squeezed away
                return MERGED_BATCH
        elif bin_ != MERGED_BATCH and len(shape) != self.conv.values[node.input[0]].ndim:
            bin_ = 0
        return bin_ if 0 <= bin_ < len(shape) and shape[bin_] == 1 else MERGED_BATCH

    def need(self, tensor: str) -> str:
        """Request ``tensor`` (a host tensor) from the prelude; returns its name."""
        if tensor not in self.int_inputs and tensor not in self.wanted:
            self.wanted.append(tensor)
        return tensor

    # ------------------------------------------------------------------ attention masks
    def mask_roots(self) -> list[str]:
        """Roots of the attention masks: for every host tensor that a float node uses (not
        as embedding indices), the earliest tensor of the chain of single-input host nodes
        leading to it that holds one value per position of its last axis and from which no
        embedding look-up is computed (the model input itself for a plain mask, ``ids !=
        pad`` for a mask built from the token ids). CompileError naming the float node when
        there is none."""
        roots: list[str] = []
        for t in sorted(self.tensors):
            for user in self.conv.consumers(t):
                if user.output[0] in self.producer or (
                    is_embedding_lookup(self.conv, user) and list(user.input)[1:] == [t]
                ):
                    continue
                root = self._root(t, user)
                if root not in roots:
                    roots.append(root)
        return roots

    def _root(self, tensor: str, user: Any) -> str:
        chain = [tensor]
        while chain[-1] in self.producer:
            node = self.producer[chain[-1]]
            dyn = [t for t in node.input if t and not self.conv.is_static(t)]
            if len(set(dyn)) != 1:
                break
            chain.append(dyn[0])
        n = self.conv.values[tensor].shape[-1] if self.conv.values[tensor].ndim else 1
        for cand in reversed(chain):
            if self.conv.values[cand].size == n and self._per_sample(cand):
                region = self.region(cand)
                if not any(is_embedding_lookup(self.conv, nd) for nd in region[1]):
                    return cand
        raise CompileError(
            f"node {user.name or '<unnamed>'!r} (op {user.op_type}) uses {tensor!r}, an integer "
            "tensor computed from the model's integer inputs; such tensors are supported as "
            "embedding indices and as key-padding attention masks (one value per key "
            "position)"
        )

    def _per_sample(self, tensor: str) -> bool:
        try:
            self.conv.sample_shape(tensor)
        except CompileError:
            return False
        return True

    def region(self, root: str) -> tuple[set[str], list[Any]]:
        """Tensors and nodes computed from ``root`` alone (and constants)."""
        tensors = {root}
        nodes = []
        for node in self.conv.nodes:
            dyn = [t for t in node.input if t and not self.conv.is_static(t)]
            if dyn and all(t in tensors for t in dyn):
                tensors.update(o for o in node.output if o)
                nodes.append(node)
        return tensors, nodes

    # ------------------------------------------------------------------ the prelude
    def build(self) -> Prelude | None:
        """The prelude computing the requested tensors, or None when none is requested."""
        if not self.wanted:
            return None
        import onnx

        used: set[int] = set()
        stack = list(self.wanted)
        inputs: set[str] = set()
        while stack:
            t = stack.pop()
            node = self.producer.get(t)
            if node is None:
                if t in self.int_inputs:
                    inputs.add(t)
                continue
            if id(node) not in used:
                used.add(id(node))
                stack.extend(x for x in node.input if x and not self.conv.is_static(x))
        constants: dict[str, str] = {}  # ONNX constant -> prelude constant name
        arrays: dict[str, np.ndarray] = {}
        nodes = []
        for node in self.conv.nodes:
            if id(node) not in used:
                continue
            if node.op_type not in OPS:
                raise CompileError(
                    f"node {node.name or '<unnamed>'!r} (op {node.op_type}) computes an integer "
                    "tensor from the model's integer inputs, which the host does before the "
                    f"program runs, but the host prelude has no {node.op_type}. Prelude "
                    f"operators: {', '.join(OPS)}"
                )
            ins = list(node.input)
            attrs: dict[str, int] = {}
            for a in node.attribute:
                value = onnx.helper.get_attribute_value(a)
                listed = LIST_PARAMETERS.get(node.op_type)
                if listed and a.name == listed[0]:
                    ins = [*ins, *[""] * (listed[1] + 1 - len(ins))]
                    ins[listed[1]] = _list_constant(node, a.name, value, constants, arrays)
                elif isinstance(value, int) and a.name in OPS[node.op_type].attrs:
                    attrs[a.name] = value
                else:
                    raise CompileError(
                        f"node {node.name or '<unnamed>'!r} (op {node.op_type}) computed on the "
                        f"host: attribute {a.name!r} is not supported by the host prelude"
                    )
            for j, x in enumerate(ins):
                if x and self.conv.is_static(x) and not x.startswith(CONST_PREFIX):
                    if x not in constants:
                        constants[x] = f"{CONST_PREFIX}c{len(arrays)}"
                        arrays[constants[x]] = np.asarray(self.conv.const(x))
                    ins[j] = constants[x]
            nodes.append(
                PreludeNode(
                    node.name or node.output[0], node.op_type, tuple(ins), (node.output[0],), attrs
                )
            )
        prelude = Prelude([self._input(t) for t in self.int_inputs if t in inputs], nodes, arrays)
        self._check(prelude)
        return prelude

    def _input(self, name: str) -> PreludeInput:
        value = self.conv.values[name]
        if value.dtype.name not in DTYPES:
            raise CompileError(f"integer input {name!r} has element type {value.dtype}")
        shape = self.conv.sample_shape(name)
        return PreludeInput(name, shape, self.conv.bax.get(name, 0), value.dtype.name)

    def _check(self, prelude: Prelude) -> None:
        """The prelude on zero inputs equals onnxruntime's values of the same graph."""
        try:
            env = prelude.evaluate(prelude.zero_feeds())
        except PreludeError as exc:
            raise CompileError(f"the host prelude fails on zero inputs: {exc}") from None
        for t in self.wanted:
            want = self.conv.values[t]
            if env[t].shape != want.shape or not np.array_equal(env[t], want):
                raise CompileError(
                    f"internal: the host prelude computes {t!r} as {env[t].reshape(-1)[:8]} "
                    f"where onnxruntime gives {want.reshape(-1)[:8]}"
                )


def _list_constant(
    node: Any, attr: str, value: Any, constants: dict[str, str], arrays: dict[str, np.ndarray]
) -> str:
    """A list attribute of an older opset as a prelude constant (its name)."""
    key = f"{node.name or node.output[0]}.{attr}"
    constants[key] = f"{CONST_PREFIX}c{len(arrays)}"
    arrays[constants[key]] = np.asarray(list(value), dtype=np.int64)
    return constants[key]


def cut_at(model: Any, tensor: str, value: np.ndarray) -> Any:
    """A copy of ``model`` where ``tensor`` (shaped and typed like ``value``) is a graph
    input instead of the output of its node, to probe what follows it with onnxruntime."""
    import onnx

    m = onnx.ModelProto()
    m.CopyFrom(model)
    keep = [n for n in m.graph.node if tensor not in n.output]
    del m.graph.node[:]
    m.graph.node.extend(keep)
    elem = onnx.helper.np_dtype_to_tensor_dtype(value.dtype)
    m.graph.input.append(onnx.helper.make_tensor_value_info(tensor, elem, list(value.shape)))
    return m
