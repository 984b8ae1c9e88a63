"""ONNX frontend: an ``.onnx`` file -> :class:`~aimcsim.compiler.graph.Graph`.

Steps:

1. Load and check the model (a bad file is a :class:`CompileError`).
2. Fix symbolic batch dimensions to 1 and run the model once with onnxruntime on zero inputs,
   every intermediate tensor requested as an output. This gives the exact static shape of
   every tensor and the value of every tensor computable at compile time.
3. Constant folding: a tensor is *static* if it is an initializer, a ``Constant``/``Shape``
   output, or produced by a node whose inputs are all static; its value is the one onnxruntime
   computed. This removes the shape plumbing of exported models (Shape, Gather on shapes,
   ConstantOfShape, Cast, Expand, Equal, Where, Slice, Squeeze, Unsqueeze, Concat of shapes...).
4. Pattern rewrites: the GELU ``Erf`` pattern becomes one GELU, ``Pad`` folds into the
   following ``Conv``, ``BatchNormalization`` folds into the preceding conv/dense, constant
   ``Add`` after a conv/dense folds into its bias.
5. Storage orders: every tensor has a layout (and possibly a perm, see
   :mod:`~aimcsim.compiler.graph`). Reshapes keep the storage; a Transpose whose result is
   already stored in a plain layout of its output is free; an op that needs a given layout
   gets its input re-laid once (:meth:`_Converter.canon`).
6. Each remaining node is translated to IR operators; anything else raises a
   :class:`CompileError` naming the node, its operator and the supported set.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import numpy as np

from aimcsim.compiler.emit import MAX_LEN
from aimcsim.compiler.graph import Graph, Node, storage_order, tensor_order, to_physical
from aimcsim.compiler.host_prelude import HostRegion, cut_at
from aimcsim.compiler.onnx_control import inline_static_ifs, outer_refs
from aimcsim.compiler.ops_common import MASK_LIMIT, MERGED_BATCH, UnsupportedNode, period
from aimcsim.compiler.ops_conv3d import conv3d, pool3d
from aimcsim.compiler.ops_einsum import lower_einsum
from aimcsim.compiler.ops_norm import emit_layernorm
from aimcsim.compiler.ops_pad import pad
from aimcsim.compiler.ops_seq import (
    LOWERINGS,
    lower_const_matmul,
    lower_div,
    lower_where,
    without_leading_ones,
)
from aimcsim.compiler.ops_vision import VISION_OPS, VISION_SUPPORTED
from aimcsim.errors import CompileError

REDUCTIONS = (
    "ReduceMean",
    "ReduceSum",
    "ReduceMax",
    "ReduceSumSquare",
    "ReduceL2",
    "ReduceL1",
)
"""Reductions over constant axes (:meth:`_Converter._reduce`)."""

SUPPORTED_OPS = (
    "Gemm",
    "MatMul (weights, two activations, constants of any rank)",
    "Conv (1-D, 2-D and 3-D)",
    "BatchNormalization",
    "Relu",
    "Sigmoid",
    "Tanh",
    "Gelu",
    "Erf (GELU pattern)",
    "Pow (integer exponents -8..8, +-0.5)",
    "Add / Sub / Mul / Div (activations with broadcasting, or constants)",
    "Neg",
    "Sqrt",
    "Reciprocal",
    "Erf",
    "Cast (between float types)",
    "Where (constant condition)",
    "Expand / Tile / GatherElements (constant indices)",
    "InstanceNormalization (and GroupNorm exported through it)",
    "MaxPool",
    "AveragePool",
    "GlobalAveragePool",
    "ReduceMean / ReduceSum / ReduceMax / ReduceSumSquare / ReduceL2 / ReduceL1 (not the batch)",
    "Flatten",
    "Reshape",
    "Squeeze",
    "Unsqueeze",
    "Transpose (any rank)",
    "Concat (activations and constants)",
    "Split",
    "Softmax (any axis)",
    "Einsum (one or two operands)",
    "LayerNormalization",
    "Clip",
    "HardSigmoid",
    "HardSwish",
    "Pad (constant, edge, reflect, wrap; zero padding before a Conv is free)",
    "Gather (embedding table)",
    "Identity",
    "Dropout",
    "Exp",
    "Slice / Gather with constant indices",
    "Where(IsNaN(x), c, x) guard",
    "attention masks (integer inputs, or masks computed from them, turned into an additive "
    "key-padding bias)",
    "integer tensors computed from the integer inputs (position ids, token types, masks): "
    "a host prelude of Equal, Not, And, Cast, CumSum, Add, Mul, Div, Where, Gather, "
    "GatherElements, Expand, Slice, Concat, Range, ReduceSum... (aimcsim.workload.prelude)",
    "LSTM / GRU (forward, reverse, bidirectional; zero initial state)",
    "plus any subgraph computable at compile time (Trilu, Where, Equal, Expand, ...)",
)


class _NotConstant(Exception):
    """An input that the translation of a node needs as a constant is an activation."""

    def __init__(self, tensor: str) -> None:
        super().__init__(tensor)
        self.tensor = tensor


def _unsupported(node: Any, why: str = "") -> CompileError:
    extra = f": {why}" if why else ""
    return CompileError(
        f"node {node.name or '<unnamed>'!r} (op {node.op_type}) is not supported{extra}. "
        f"Supported operators: {', '.join(SUPPORTED_OPS + VISION_SUPPORTED)}"
    )


def _attrs(node: Any) -> dict[str, Any]:
    import onnx

    return {a.name: onnx.helper.get_attribute_value(a) for a in node.attribute}


def load_onnx(
    path: str | Path,
    samples: dict[str, np.ndarray] | None = None,
    samples_file: str = "samples",
) -> Graph:
    """Read an ONNX file and translate it to the IR (see the module docstring). Symbolic
    input dimensions other than the batch axis (an export with a dynamic sequence length)
    take their sizes from ``samples`` (input name -> ``(N, *shape)``, read from
    ``samples_file``) when given."""
    import onnx

    p = Path(path)
    if not p.is_file():
        raise CompileError(f"{p}: no such model file")
    try:
        model = onnx.load(str(p))
    except Exception as exc:
        raise CompileError(
            f"{p}: not a readable ONNX model ({type(exc).__name__}: {exc})"
        ) from None
    if len(model.graph.node) == 0:
        raise CompileError(f"{p}: the ONNX graph has no nodes")
    if samples:
        _bind_symbolic_dims(model, samples, samples_file)
    g = onnx_to_graph(model, name=p.stem)
    g.metadata = {prop.key: prop.value for prop in model.metadata_props}
    return g


def _bind_symbolic_dims(model: Any, samples: dict[str, np.ndarray], file: str) -> None:
    """Give each symbolic dimension of a graph input other than its batch axis the size of
    the matching axis of that input's samples (``(N, *per-sample shape)``); one name bound
    to two sizes is an error naming both inputs."""
    inits = {i.name for i in model.graph.initializer}
    sizes: dict[str, tuple[int, str]] = {}
    for inp in model.graph.input:
        arr = samples.get(inp.name)
        if inp.name in inits or arr is None:
            continue
        bax = _input_batch_axis(inp)
        dims = list(inp.type.tensor_type.shape.dim)
        if arr.ndim != len(dims):
            continue  # the samples' own check names the mismatch
        for k, d in enumerate(dims):
            if k == bax or (d.HasField("dim_value") and d.dim_value > 0):
                continue
            size = int(arr.shape[k + int(k < bax)])
            name = d.dim_param or f"{inp.name}:{k}"
            seen = sizes.setdefault(name, (size, inp.name))
            if seen[0] != size:
                raise CompileError(
                    f"{file}: symbolic dimension {name!r} is {seen[0]} in the samples of input "
                    f"{seen[1]!r} but {size} in those of {inp.name!r}"
                )
            d.dim_value = size
    del model.graph.value_info[:]  # shapes inferred for the symbolic sizes
    for vi in model.graph.output:
        for d in vi.type.tensor_type.shape.dim:
            if d.dim_param in sizes:
                d.dim_value = sizes[d.dim_param][0]


def _input_batch_axis(inp: Any) -> int:
    """Batch axis of a graph input: its first symbolic (or unknown) dimension (e.g. 1 for an
    LSTM input ``[seq, N, input]``); for a fully static shape (an export without dynamic
    axes) its first axis of size 1, else 0."""
    dims = list(inp.type.tensor_type.shape.dim)
    for k, d in enumerate(dims):
        if not (d.HasField("dim_value") and d.dim_value > 0):
            return k
    for k, d in enumerate(dims):
        if d.dim_value == 1:
            return k
    return 0


def _run_all(model: Any) -> dict[str, np.ndarray]:
    """Values of every tensor of ``model`` for zero inputs at batch size 1 (onnxruntime)."""
    import onnx
    import onnxruntime as ort

    m = onnx.ModelProto()
    m.CopyFrom(model)
    inits = {i.name for i in m.graph.initializer}
    feeds: dict[str, np.ndarray] = {}
    for inp in m.graph.input:
        if inp.name in inits:
            continue
        tt = inp.type.tensor_type
        dims = []
        bax = _input_batch_axis(inp)
        for k, d in enumerate(tt.shape.dim):
            if d.HasField("dim_value") and d.dim_value > 0:
                dims.append(d.dim_value)
            elif k == bax:
                dims.append(1)
            else:
                raise CompileError(
                    f"input {inp.name!r} has a symbolic dimension {d.dim_param!r} at axis {k}; "
                    "only the batch axis may be symbolic unless samples of the input are "
                    "given (compile --samples), whose shape sets it"
                )
        dtype = onnx.helper.tensor_dtype_to_np_dtype(tt.elem_type)
        feeds[inp.name] = np.zeros(dims, dtype=dtype)
    existing = {o.name for o in m.graph.output}
    for node in m.graph.node:
        for o in node.output:
            if o and o not in existing:
                m.graph.output.append(onnx.ValueInfoProto(name=o))
                existing.add(o)
    opts = ort.SessionOptions()
    opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_DISABLE_ALL
    opts.log_severity_level = 3
    try:
        sess = ort.InferenceSession(m.SerializeToString(), opts, providers=["CPUExecutionProvider"])
        names = [o.name for o in sess.get_outputs()]
        vals = sess.run(names, feeds)
    except Exception as exc:
        raise CompileError(f"onnxruntime cannot run the model: {exc}") from None
    out = dict(zip(names, vals, strict=True))
    out.update(feeds)
    return out


def _probe_runs(
    model: Any,
    feeds: dict[str, np.ndarray],
    name: str,
    variants: list[np.ndarray],
    wanted: list[str],
) -> list[dict[str, np.ndarray]]:
    """Values of tensors ``wanted`` for each value of input ``name`` in ``variants`` (the
    other inputs as in ``feeds``), with one onnxruntime session."""
    import onnx
    import onnxruntime as ort

    m = onnx.ModelProto()
    m.CopyFrom(model)
    del m.graph.output[:]
    for w in wanted:
        m.graph.output.append(onnx.ValueInfoProto(name=w))
    opts = ort.SessionOptions()
    opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_DISABLE_ALL
    opts.log_severity_level = 3
    sess = ort.InferenceSession(m.SerializeToString(), opts, providers=["CPUExecutionProvider"])
    out = []
    for v in variants:
        vals = sess.run(wanted, {**feeds, name: v})
        out.append(dict(zip(wanted, vals, strict=True)))
    return out


INDEX_RESHAPES = ("Reshape", "Flatten", "Squeeze", "Unsqueeze", "Identity", "Cast")
"""Operators that may carry token ids from a model input to an embedding Gather."""


class _Converter:
    def __init__(self, model: Any, name: str) -> None:
        import onnx

        self.values = _run_all(model)
        if any(n.op_type == "If" for n in model.graph.node):
            model = _without_static_ifs(model, self.values)
            self.values = _run_all(model)
        self.model = model
        self.g = Graph(name=name)
        self.static: dict[str, np.ndarray] = {
            i.name: onnx.numpy_helper.to_array(i) for i in model.graph.initializer
        }
        for k, v in self.static.items():  # lowerings read any input's shape from values
            self.values.setdefault(k, v)
        self.alias: dict[str, str] = {}
        self.nodes = list(model.graph.node)
        self.dead: set[int] = set()
        self.pads: dict[str, list[int]] = {}  # tensor -> pads of a folded Pad node
        self.isnan: dict[str, str] = {}  # IsNaN output -> its (IR) input
        # activations with no element (a Slice past the end, e.g. the pass-through part of a
        # rotary embedding that covers the whole head): Concat leaves them out, any other
        # consumer is refused
        self.empty: set[str] = set()
        self.index_source: dict[str, str] = {}
        """Integer tensor -> the model input it reshapes (token ids through Reshape,
        Unsqueeze...): the host looks embeddings up with the input's own values."""
        self.bax: dict[str, int] = {i.name: _input_batch_axis(i) for i in model.graph.input}
        """ONNX tensor name -> its batch axis (0 unless an LSTM or a Transpose moved it);
        the IR shape of a tensor is its ONNX shape without that axis."""

    # ------------------------------------------------------------------ helpers
    def real(self, t: str) -> str:
        while t in self.alias:
            t = self.alias[t]
        return t

    def is_static(self, t: str) -> bool:
        return t == "" or t in self.static

    def const(self, t: str) -> np.ndarray:
        if t not in self.static:
            raise _NotConstant(t)
        return np.asarray(self.static[t])

    def consumers(self, t: str) -> list[Any]:
        return [n for i, n in enumerate(self.nodes) if i not in self.dead and t in n.input]

    def sample_shape(self, t: str) -> tuple[int, ...]:
        """Per-sample shape of ONNX tensor ``t``: its value's shape without the batch axis."""
        v = self.values[t]
        bax = self.bax.get(t, 0)
        if bax == MERGED_BATCH:
            return tuple(int(s) for s in v.shape) or (1,)
        if v.ndim <= bax or v.shape[bax] != 1:
            raise CompileError(
                f"tensor {t!r} of shape {v.shape} has no batch axis of size 1 at axis {bax}"
            )
        shape = tuple(int(s) for k, s in enumerate(v.shape) if k != bax)
        return shape if shape else (1,)

    def set_tensor(self, t: str, layout: str | None = None) -> None:
        shape = self.sample_shape(t)
        self.g.shapes[t] = shape
        self.g.layouts[t] = layout or (
            "nhwc" if len(shape) == 3 and layout is None and self._img(t) else "flat"
        )

    def _img(self, t: str) -> bool:
        return False

    def lay(self, t: str) -> str:
        return self.g.layout(t)

    def add(
        self,
        node: Any,
        op: str,
        inputs: list[str],
        out: str,
        layout: str,
        source: str | None = None,
        **attrs: Any,
    ) -> Node:
        self.g.shapes[out] = self.sample_shape(out)
        self.g.layouts[out] = layout
        name = node.name or out
        if out != node.output[0]:  # a second output of a multi-output node (Split)
            name = f"{name}.{out}"
        n = Node(name, op, [self.real(i) for i in inputs], out, attrs, source or node.op_type)
        self.g.nodes.append(n)
        return n

    def unary(self, node: Any, op: str, x: str, out: str, **attrs: Any) -> Node:
        """An element-wise IR node: the output keeps ``x``'s storage order."""
        n = self.add(node, op, [x], out, self.lay(x), **attrs)
        if x in self.g.perms:
            self.g.perms[out] = self.g.perms[x]
        return n

    def canon(self, x: str, layouts: tuple[str, ...] = ("flat",)) -> str:
        """``x`` stored in one of ``layouts`` (and no perm): ``x`` itself, or a re-layout
        (an identity IR ``transpose`` into ``layouts[0]``) made once per (tensor, layout)."""
        if self.lay(x) in layouts and x not in self.g.perms:
            return x
        layouts = tuple(la for la in layouts if la in self._layouts_of(self.g.shapes[x]))
        layouts = layouts or ("flat",)
        order = tensor_order(self.g, x)
        for lay in layouts:
            if np.array_equal(order, storage_order(self.g.shapes[x], lay)):
                return self._view(x, self.g.shapes[x], lay, f"{x}.{lay}")
        out = f"{x}.as_{layouts[0]}"
        if out not in self.g.shapes:
            self.g.shapes[out] = self.g.shapes[x]
            self.g.layouts[out] = layouts[0]
            perm = tuple(range(len(self.g.shapes[x])))
            self.g.nodes.append(Node(out, "transpose", [x], out, {"perm": perm}, "re-layout"))
        return out

    def _view(self, x: str, shape: tuple[int, ...], layout: str, out: str, src: str = "") -> str:
        """``out``: ``x``'s storage seen with another logical shape / layout (an IR
        ``reshape``, no data movement); its perm is whatever keeps the storage order."""
        if out in self.g.shapes:
            return out
        order = tensor_order(self.g, x)
        self.g.shapes[out] = tuple(shape)
        self.g.layouts[out] = layout
        want = storage_order(tuple(shape), layout)
        if not np.array_equal(order, want):
            if layout != "flat":
                raise CompileError(f"internal: {out!r} cannot view {x!r} as {layout}")
            self.g.perms[out] = order
        self.g.nodes.append(Node(out, "reshape", [x], out, {}, src or "re-layout (free)"))
        return out

    def store_as(self, node: Any, x: str, out: str, layouts: tuple[str, ...]) -> None:
        """ONNX tensor ``out`` holds ``x``'s values in ``out``'s shape with ``x``'s storage:
        a free view in the first of ``layouts`` whose order matches, else flat with a perm."""
        order = tensor_order(self.g, x)
        shape = self.sample_shape(out)
        lay = next(
            (la for la in layouts if np.array_equal(order, storage_order(shape, la))), "flat"
        )
        self._view(x, shape, lay, out, node.op_type)
        self.g.nodes[-1].name = node.name or out

    # ------------------------------------------------------------------ passes
    def fold(self) -> None:
        for i, node in enumerate(self.nodes):
            if node.op_type in ("Constant", "Shape", "Size") or all(
                self.is_static(x) for x in [*node.input, *outer_refs(node)]
            ):
                if node.op_type in ("RandomNormal", "RandomUniform"):
                    continue
                for o in node.output:
                    if o:
                        self.static[o] = self.values[o]
                self.dead.add(i)

    def gelu_pattern(self) -> None:
        by_out = {o: (i, n) for i, n in enumerate(self.nodes) for o in n.output}
        for i, erf in enumerate(self.nodes):
            if erf.op_type != "Erf" or i in self.dead:
                continue
            d = by_out.get(erf.input[0])
            if d is None or d[1].op_type not in ("Div", "Mul"):
                continue
            dn = d[1]
            c = [x for x in dn.input if self.is_static(x)]
            xs = [x for x in dn.input if not self.is_static(x)]
            if len(c) != 1 or len(xs) != 1:
                continue
            cv = float(self.const(c[0]).ravel()[0])
            want = math.sqrt(2.0) if dn.op_type == "Div" else 1 / math.sqrt(2.0)
            if abs(cv - want) > 1e-3:
                continue
            x = xs[0]
            chain = [d[0], i]
            nxt = self.consumers(erf.output[0])
            if len(nxt) != 1 or nxt[0].op_type != "Add":
                continue
            addn = nxt[0]
            chain.append(self.nodes.index(addn))
            m1s = self.consumers(addn.output[0])
            if len(m1s) != 1 or m1s[0].op_type != "Mul":
                continue
            m1 = m1s[0]
            chain.append(self.nodes.index(m1))
            other = next(t for t in m1.input if t != addn.output[0])
            final = None
            if other == x or (
                self.is_static(other) and abs(float(self.const(other).ravel()[0]) - 0.5) < 1e-6
            ):
                m2s = self.consumers(m1.output[0])
                if len(m2s) == 1 and m2s[0].op_type == "Mul":
                    final = m2s[0]
                    chain.append(self.nodes.index(final))
            else:
                pn = by_out.get(other)
                if pn is not None and pn[1].op_type == "Mul" and x in pn[1].input:
                    final = m1
                    if len(self.consumers(other)) == 1:
                        chain.append(pn[0])
            if final is None:
                continue
            import onnx

            gel = onnx.helper.make_node("Gelu", [x], [final.output[0]], name=erf.name + "_gelu")
            for k in chain:
                self.dead.add(k)
            self.nodes.append(gel)
        # keep topological order: re-sort by first position of dependencies
        self._toposort()

    def _toposort(self) -> None:
        live = [(i, n) for i, n in enumerate(self.nodes) if i not in self.dead]
        avail = set(self.static) | {i.name for i in self.model.graph.input}
        done: list[Any] = []
        pending = [n for _, n in live]
        while pending:
            progressed = False
            rest = []
            for n in pending:
                if all(x == "" or x in avail for x in n.input):
                    done.append(n)
                    avail.update(n.output)
                    progressed = True
                else:
                    rest.append(n)
            pending = rest
            if not progressed:
                raise CompileError(
                    "the ONNX graph has a cycle or an undefined input: "
                    + ", ".join(n.name for n in pending[:3])
                )
        self.nodes = done
        self.dead = set()

    # ------------------------------------------------------------------ translation
    def run(self) -> Graph:
        self.fold()
        self.gelu_pattern()
        inits = {i.name for i in self.model.graph.initializer}
        for inp in self.model.graph.input:
            if inp.name in inits:
                continue
            v = self.values[inp.name]
            if np.issubdtype(v.dtype, np.integer) or v.dtype == np.bool_:
                continue  # token ids: become an embedding input below; masks: mask_inputs
            self.g.inputs.append(inp.name)
            self.set_tensor(inp.name, "nhwc" if v.ndim == 4 else "flat")
        ints = [
            i.name
            for i in self.model.graph.input
            if i.name not in inits
            and (
                np.issubdtype(self.values[i.name].dtype, np.integer)
                or self.values[i.name].dtype == np.bool_
            )
        ]
        indices = self.index_chains(ints)
        self.host = HostRegion(self, ints)
        host = self.mask_inputs()
        for t in list(indices):
            if self.index_source[t] in host:  # a reshaped mask, not token ids
                indices.discard(t)
                del self.index_source[t]
        host |= indices | self.host.tensors
        for node in self.nodes:
            if all(o in self.static or o in host for o in node.output if o):
                continue
            try:
                self.convert(node)
            except _NotConstant as exc:
                raise _unsupported(node, f"its input {exc.tensor!r} must be a constant") from None
            except UnsupportedNode as exc:
                raise _unsupported(node, str(exc)) from None
            except (KeyError, IndexError, ValueError, TypeError) as exc:
                # a malformed node (missing attribute or input, odd shapes): name it
                raise _unsupported(
                    node, f"malformed or unexpected node ({type(exc).__name__}: {exc})"
                ) from None
        for out in self.model.graph.output:
            t = self.real(out.name)
            if t not in self.g.shapes:
                raise CompileError(f"model output {out.name!r} is a constant; nothing to compute")
            self.g.outputs.append(t)
        self.g.prelude = self.host.build()
        _prune(self.g)
        return self.g

    def index_chains(self, int_inputs: list[str]) -> set[str]:
        """Record integer tensors that only reshape an integer model input (Reshape, Flatten,
        Squeeze, Unsqueeze, Identity, Cast to an integer type) in :attr:`index_source`;
        returns the ONNX tensors they cover (computed on the host)."""
        covered: set[str] = set()
        for node in self.nodes:
            if node.op_type not in INDEX_RESHAPES or not node.input:
                continue
            src = node.input[0]
            src = self.index_source.get(src, src if src in int_inputs else "")
            out = node.output[0]
            v = self.values.get(out)
            if src and v is not None and np.issubdtype(v.dtype, np.integer):
                self.index_source[out] = src
                covered.add(out)
        return covered

    def mask_inputs(self) -> set[str]:
        """Map attention masks: the roots that :meth:`HostRegion.mask_roots` finds (an
        integer model input, or a tensor the host prelude computes from the integer inputs,
        e.g. ``input_ids != pad``). The subgraph computed from a mask alone (Cast,
        Unsqueeze, Sub, Mul, Expand, And, Where...) is not translated op by op: its results
        where float layers use them (the additive mask biases) are probed with onnxruntime,
        for 0/1 masks, and must be ``F = F0 + m[j] * (F1 - F0)`` with ``j`` the last axis (a
        key-padding mask broadcast over heads and queries). Each becomes ``affine(mask)``
        repeated to the shape of ``F``. Returns the ONNX tensors computed by the mapped mask
        subgraphs."""
        host: set[str] = set()
        for mask in self.host.mask_roots():
            region = self.host.region(mask)[0]
            users = [n for n in self.nodes if not all(o in region for o in n.output if o)]
            graph_outs = {o.name for o in self.model.graph.output}
            frontier = sorted(
                {t for n in users for t in n.input if t in region and t != mask}
                | (region & graph_outs)
            )
            if mask in {t for n in users for t in n.input} or mask in graph_outs:
                raise CompileError(
                    f"mask {mask!r} is used directly by a layer; only attention masks "
                    "turned into an additive bias are supported"
                )
            self._map_mask(mask, frontier)
            host |= region
        return host

    def _map_mask(self, mask: str, frontier: list[str]) -> None:
        v = self.values[mask]
        bax = self.bax.get(mask, 0)
        n = int(v.size)
        ones = np.ones_like(v)
        variants = [ones, np.zeros_like(v)]
        for j in range(n):
            z = ones.reshape(-1).copy()
            z[j] = 0
            variants.append(z.reshape(v.shape))
        feeds = {
            i.name: self.values[i.name]
            for i in self.model.graph.input
            if i.name not in {t.name for t in self.model.graph.initializer}
        }
        model = self.model if mask in feeds else cut_at(self.model, mask, v)
        runs = _probe_runs(model, feeds, mask, variants, frontier)
        if mask not in feeds:
            self.host.need(mask)
        self.g.inputs.append(mask)
        self.set_tensor(mask, "flat")
        for f in frontier:
            f1 = runs[0][f].astype(np.float64).reshape(-1)
            f0 = runs[1][f].astype(np.float64).reshape(-1)
            changed = np.stack([r[f].astype(np.float64).reshape(-1) != f1 for r in runs[2:]])
            shape = self.sample_shape(f)
            last = shape[-1]
            prod = next(nd for nd in self.nodes if f in nd.output)
            if last != n:
                raise _unsupported(
                    prod,
                    f"the mask input {mask!r} gives {f!r} of last axis {last} but has {n} "
                    "values: integer inputs are supported as embedding indices and as "
                    "key-padding attention masks",
                )
            src = np.tile(np.arange(last), f1.size // last)
            want = np.zeros_like(changed)
            want[src, np.arange(f1.size)] = True
            per_last = (f1.reshape(-1, last) == f1[:last]).all() and (
                f0.reshape(-1, last) == f0[:last]
            ).all()
            self.bax[f] = bax if v.ndim == self.values[f].ndim else 0
            if not np.array_equal(changed, want) or not per_last:
                self._map_combined_mask(mask, f, shape, [r[f] for r in runs], variants, prod)
                continue
            lo = np.clip(f0[:last], -MASK_LIMIT, MASK_LIMIT)
            hi = np.clip(f1[:last], -MASK_LIMIT, MASK_LIMIT)
            self._repeat(self._per_key_bias(mask, f, hi - lo, lo), f, shape, "attention mask")

    def _per_key_bias(self, mask: str, f: str, scale: np.ndarray, offset: np.ndarray) -> str:
        """The vector ``mask * scale + offset`` (one value per key position) feeding the
        attention bias ``f``, as an IR ``affine`` of the mask; returns its name."""
        vec = f"{f}.mask_bias"
        self.g.shapes[vec] = (int(scale.size),)
        self.g.layouts[vec] = "flat"
        p = self.g.add_param(f"{f}.mask_affine", np.concatenate([scale, offset]))
        self.g.nodes.append(Node(vec, "affine", [mask], vec, {"params": p}, "attention mask"))
        return vec

    def _map_combined_mask(
        self,
        mask: str,
        f: str,
        shape: tuple[int, ...],
        probed: list[np.ndarray],
        variants: list[np.ndarray],
        prod: Any,
    ) -> None:
        """``f`` from a key-padding mask combined with a constant bias (a decoder's causal
        mask and its padding mask): ``f = clip(base + (1 - mask[k]) * drop[k])`` with
        ``base`` the bias with every key kept and ``drop[k]`` what masking key ``k`` adds,
        clipped to +-MASK_LIMIT, so entries the base already masks stay masked. Checked on
        every probed mask (``variants``, with ``probed`` the values of ``f`` they gave);
        lowered as the per-key ``affine`` of the mask, its broadcast, an ``add`` of the base
        (a constant stored once per period, streamed when large), and a ``clip``."""
        last = shape[-1]
        size = int(np.prod(shape))
        runs = [
            np.clip(r.astype(np.float64).reshape(-1, last), -MASK_LIMIT, MASK_LIMIT) for r in probed
        ]
        base, dropped = runs[0], runs[1]
        if base.size != size:
            raise _unsupported(
                prod, f"the attention mask {mask!r} gives {f!r} per sample of an unexpected size"
            )
        kept = base > -MASK_LIMIT
        drop = np.zeros(last)
        for k in range(last):
            rows = np.flatnonzero(kept[:, k])
            if rows.size:
                drop[k] = dropped[rows[0], k] - base[rows[0], k]
        for m, got in zip(variants, runs, strict=True):
            keep = m.reshape(-1)[-last:].astype(np.float64)
            want = np.clip(base + (1.0 - keep) * drop, -MASK_LIMIT, MASK_LIMIT)
            if not np.allclose(got, want, rtol=1e-6, atol=1e-6):
                raise _unsupported(
                    prod,
                    f"the attention mask {mask!r} gives {f!r}, which is neither a key-padding "
                    "bias (one mask value per last-axis position) nor one combined with a "
                    "constant bias such as a causal mask",
                )
        source = "attention mask"
        rep, total = f"{f}.mask_repeat", f"{f}.mask_total"
        self._repeat(self._per_key_bias(mask, f, -drop, drop), rep, shape, source)
        full = base.reshape(-1)
        n_period = period(full)
        pb = self.g.add_param(f"{f}.mask_base", full[:n_period])
        self.g.shapes[total] = tuple(shape)
        self.g.layouts[total] = "flat"
        attrs_add: dict[str, Any] = {"period": n_period} if n_period < full.size else {}
        self.g.nodes.append(Node(total, "add", [rep, pb], total, attrs_add, source))
        self.g.shapes[f] = tuple(shape)
        self.g.layouts[f] = "flat"
        attrs = {"lo": -MASK_LIMIT, "hi": MASK_LIMIT}
        self.g.nodes.append(Node(f, "clip", [total], f, attrs, source))

    def _repeat(self, x: str, out: str, shape: tuple[int, ...], source: str) -> None:
        """``out`` (shape ``shape``) = whole copies of flat tensor ``x`` (a broadcast over
        leading axes), as an IR ``concat``."""
        reps = int(np.prod(shape)) // self.g.size(x)
        self.g.shapes[out] = tuple(shape)
        self.g.layouts[out] = "flat"
        self.g.nodes.append(Node(out, "concat", [x] * reps, out, {"axis": 0}, source))

    def convert(self, node: Any) -> None:
        op = node.op_type
        a = _attrs(node)
        ins = list(node.input)
        out = node.output[0]
        dyn = [x for x in ins if x and not self.is_static(x)]
        self.bax[out] = self.bax.get(dyn[0], 0) if dyn else 0
        if op != "Concat" and any(x in self.empty for x in dyn):
            raise _unsupported(node, "an input with no elements")
        if op == "IsNaN":
            self.isnan[out] = self.real(ins[0])
            return
        if op == "Where":
            # torch's SDPA guard ``where(isnan(p), 0, p)`` after a softmax: the simulated
            # softmax of finite (clamped) scores has no NaN, so it is the identity
            if ins[0] in self.isnan and ins[2] and self.real(ins[2]) == self.isnan[ins[0]]:
                self.alias[out] = self.real(ins[2])
                return
            lower_where(self, node, a, ins, out)
            return
        if op in LOWERINGS:
            LOWERINGS[op](self, node, a, ins, out)
            return
        if op == "Div" and not self.is_static(ins[1]):
            lower_div(self, node, a, ins, out)
            return
        if op in ("Identity", "Dropout"):
            self.alias[out] = self.real(ins[0])
            return
        if op in ("Relu", "Sigmoid", "Tanh", "Gelu", "Exp"):
            self.unary(node, op.lower(), self.real(ins[0]), out)
            return
        if op == "Clip":
            x = self.real(ins[0])
            lo = float(self.const(ins[1])) if len(ins) > 1 and ins[1] else a.get("min", -np.inf)
            hi = float(self.const(ins[2])) if len(ins) > 2 and ins[2] else a.get("max", np.inf)
            if lo == 0.0 and math.isinf(hi):
                self.unary(node, "relu", x, out)
            elif math.isinf(lo) and math.isinf(hi):
                self.alias[out] = x
            else:
                self.unary(node, "clip", x, out, lo=float(lo), hi=float(hi))
            return
        if op in ("HardSigmoid", "HardSwish"):
            self._hard(node, a, self.real(ins[0]), out)
            return
        if op == "Split":
            self._split(node, a, ins)
            return
        if op in REDUCTIONS:
            self._reduce(node, a, ins, out)
            return
        if op in ("Gemm", "MatMul"):
            self._matmul(node, a, ins, out, dyn)
            return
        if op == "Einsum":
            lower_einsum(self, node, a, ins, out)
            return
        if op == "Conv":
            self._conv(node, a, ins, out)
            return
        if op == "BatchNormalization":
            self._bn(node, a, ins, out)
            return
        if op in ("Add", "Sub", "Mul", "Div"):
            self._binary(node, ins, out, dyn)
            return
        if op == "GlobalAveragePool" and self.values[out].ndim == 5:
            pool3d(self, node, a, ins, out)
            return
        if op == "GlobalAveragePool":
            x = self.canon(self.real(ins[0]), ("nhwc",))
            self.add(node, "gap", [x], out, "nhwc")
            return
        if op in ("Flatten", "Reshape", "Squeeze", "Unsqueeze"):
            self._reshape(node, out)
            return
        if op == "Transpose":
            self._transpose(node, a, ins, out)
            return
        if op in ("LSTM", "GRU"):
            self._recurrent(node, a, ins)
            return
        if op == "Concat":
            self._concat(node, a, ins, out)
            return
        if op == "LayerNormalization":
            x = self.canon(self.real(ins[0]))
            nd = len(self.values[out].shape)
            if int(a.get("axis", -1)) % nd != nd - 1:
                raise _unsupported(node, "LayerNormalization only over the last axis")
            d = self.g.shapes[x][-1]
            gamma = self.const(ins[1]).reshape(-1)
            beta = self.const(ins[2]).reshape(-1) if len(ins) > 2 and ins[2] else np.zeros(d)
            emit_layernorm(self, node, x, gamma, beta, float(a.get("epsilon", 1e-5)), out)
            return
        if op == "Gather":
            self._gather(node, a, ins, out)
            return
        if op == "Slice":
            self._slice(node, a, ins, out)
            return
        if op in VISION_OPS:
            VISION_OPS[op](self, node, a, ins, out)
            return
        raise _unsupported(node)

    def _transpose(self, node: Any, a: dict[str, Any], ins: list[str], out: str) -> None:
        """A Transpose that only moves the batch axis is free (the same per-sample storage).
        One whose result, in the input's storage order, is a plain layout of the output
        (e.g. NCHW -> NHWC of an nhwc map, channels-last back to an nhwc map, a 1-D conv
        output to (L, C)) is free as well (an IR ``reshape``); otherwise the per-sample axes
        are permuted by an IR ``transpose`` (a gather between any two layouts)."""
        x = self.real(ins[0])
        perm = [int(p) for p in a["perm"]]
        bin_ = self.bax.get(ins[0], 0)
        if bin_ == MERGED_BATCH:
            self.bax[out] = MERGED_BATCH
            rest = perm
        else:
            self.bax[out] = perm.index(bin_)
            rest = [p - int(p > bin_) for p in perm if p != bin_]
        if rest == sorted(rest):
            self.alias[out] = x
            return
        shape = self.sample_shape(out)
        src = np.arange(self.g.size(x)).reshape(self.g.shapes[x]).transpose(rest).reshape(-1)
        order = tensor_order(self.g, x)
        position = np.empty_like(order)
        position[order] = np.arange(order.size)
        runs = {}
        for lay in self._layouts_of(shape):
            idx = position[src[storage_order(shape, lay)]]
            runs[lay] = 1 + int(np.count_nonzero(np.diff(idx) != 1))
            if runs[lay] == 1 and idx[0] == 0:  # output storage = input storage: a free view
                self.g.shapes[out] = shape
                self.g.layouts[out] = lay
                self.g.nodes.append(Node(node.name or out, "reshape", [x], out, {}, "Transpose"))
                return
        # the layout with the fewest copies (longest contiguous runs); flat on a tie. An
        # attention K^T becomes a head split stored flat_t, which matmul reads with tb=1
        lay = min(runs, key=lambda la: (runs[la], la != "flat"))
        self.add(node, "transpose", [x], out, lay, perm=tuple(rest))

    @staticmethod
    def _layouts_of(shape: tuple[int, ...]) -> tuple[str, ...]:
        """Canonical layouts a tensor of ``shape`` may have."""
        if len(shape) == 3:
            return ("flat", "nhwc", "flat_t")
        return ("flat", "flat_t") if len(shape) >= 2 else ("flat",)

    @staticmethod
    def _is_map(shape: tuple[int, ...]) -> bool:
        return len(shape) == 3

    def _concat(self, node: Any, a: dict[str, Any], ins: list[str], out: str) -> None:
        """Concat of activations (brought to one layout) and constants (class tokens,
        registers...: stored in that layout as parameters)."""
        ins = [t for t in ins if t not in self.empty and self.values[t].size > 0]
        dyn = [t for t in ins if not self.is_static(t)]
        if not dyn:
            raise _unsupported(node, "no input activation with elements")
        if len(ins) == 1:
            self.bax[out] = self.bax.get(dyn[0], 0)
            self.alias[out] = self.real(dyn[0])
            return
        nd = len(self.values[out].shape)
        bax = self.bax.get(dyn[0], 0)
        self.bax[out] = bax
        axis = int(a["axis"]) % nd
        if axis == bax:
            raise _unsupported(node, "Concat along the batch axis")
        if bax != MERGED_BATCH:
            axis -= int(axis > bax)
        shape = self.sample_shape(out)
        first = self.real(dyn[0])
        lay = "nhwc" if self.lay(first) == "nhwc" and len(shape) == 3 else "flat"
        xs = []
        for t in ins:
            if not self.is_static(t):
                xs.append(self.canon(self.real(t), (lay,)))
                continue
            v = np.asarray(self.const(t), dtype=np.float32)
            if v.ndim != nd or (bax != MERGED_BATCH and v.shape[bax] != 1):
                raise _unsupported(node, f"constant input {t!r} of shape {v.shape}")
            sample = v if bax == MERGED_BATCH else np.squeeze(v, axis=bax)
            name = self.g.add_param(f"{node.name or out}.const", to_physical(sample[None], lay)[0])
            self.g.shapes[name] = tuple(int(d) for d in sample.shape)
            self.g.layouts[name] = lay
            xs.append(name)
        if lay == "nhwc":
            axis = {0: 2, 1: 0, 2: 1}[axis]  # logical (C,H,W) axis -> physical (H,W,C)
        self.add(node, "concat", xs, out, lay, axis=axis)

    def _recurrent(self, node: Any, a: dict[str, Any], ins: list[str]) -> None:
        """ONNX LSTM / GRU (forward, reverse or bidirectional; layout 0; zero initial state)
        -> one IR ``lstm`` per direction (``cell`` "lstm" or "gru"); a reverse direction
        runs on the time-reversed input (IR ``take``) and its output is reversed back; the
        directions are concatenated on the direction axis, ``Y_h`` is sliced from them. See
        :mod:`aimcsim.compiler.lstm`."""
        from aimcsim.compiler.lstm import stack_onnx_gru, stack_onnx_weights

        op = node.op_type
        gates = 4 if op == "LSTM" else 3
        ins = ins + [""] * (8 - len(ins))
        outs = list(node.output) + [""] * (3 - len(node.output))
        where = f"node {node.name or outs[0]!r} (op {op})"

        def text(v: Any) -> str:
            return v.decode() if isinstance(v, bytes) else str(v)

        if int(a.get("layout", 0)) != 0:
            raise _unsupported(node, "only layout=0 ([seq, batch, input])")
        direction = text(a.get("direction", "forward"))
        if direction not in ("forward", "reverse", "bidirectional"):
            raise _unsupported(node, f"direction {direction!r}")
        acts = [text(v).lower() for v in a.get("activations", [])]
        default = ["sigmoid", "tanh", "tanh"] if op == "LSTM" else ["sigmoid", "tanh"]
        if acts and acts != default * (len(acts) // len(default)):
            raise _unsupported(node, f"activations {acts}; only the defaults {default}")
        if "clip" in a or int(a.get("input_forget", 0)):
            raise _unsupported(node, "cell clipping / input_forget")
        if op == "GRU" and not int(a.get("linear_before_reset", 0)):
            raise _unsupported(node, "GRU with linear_before_reset=0 (torch exports 1)")
        for k, what in ((1, "W"), (2, "R"), (3, "B")):
            if ins[k] and not self.is_static(ins[k]):
                raise _unsupported(node, f"{what} must be a constant")
        extra = ((5, "initial_h"), (6, "initial_c"), (7, "P (peepholes)"))
        for k, what in extra if op == "LSTM" else extra[:1]:
            if ins[k] and (not self.is_static(ins[k]) or np.any(self.const(ins[k]) != 0)):
                raise _unsupported(node, f"{what} must be absent or zero")
        if self.bax.get(ins[0], 0) != 1:
            raise _unsupported(
                node,
                "X must be [seq, batch, input] with the batch on axis 1 "
                "(transpose a batch-first input first)",
            )
        x = self.canon(self.real(ins[0]))
        steps, n_in = self.sample_shape(ins[0])
        if ins[4] and (not self.is_static(ins[4]) or np.any(self.const(ins[4]) != steps)):
            raise _unsupported(node, "sequence_lens must be absent or all equal to seq")
        w_all = np.asarray(self.const(ins[1]), dtype=np.float64)
        r_all = np.asarray(self.const(ins[2]), dtype=np.float64)
        b_all = np.asarray(self.const(ins[3]), dtype=np.float64) if ins[3] else None
        dirs = ["forward", "reverse"] if direction == "bidirectional" else [direction]
        if w_all.ndim != 3 or w_all.shape[0] != len(dirs):
            raise CompileError(
                f"{where}: W has shape {w_all.shape}; expected ({len(dirs)}, {gates}H, input)"
            )
        base = node.name or outs[0] or outs[1]
        stack = stack_onnx_weights if op == "LSTM" else stack_onnx_gru
        ys, lasts = [], []
        for d, dname in enumerate(dirs):
            w, b, hidden, n_w = stack(
                w_all[d],
                r_all[d] if r_all.ndim == 3 else r_all,
                None if b_all is None else b_all[d],
                where,
            )
            if n_w != n_in:
                raise CompileError(
                    f"{where}: W has shape {w_all.shape} but X has {n_in} features per step"
                )
            reverse = dname == "reverse"
            tag = f"{base}.{dname}" if len(dirs) > 1 else base
            xin = self._reversed(x, f"{tag}.x_reversed") if reverse else x
            y = f"{tag}.Y" if len(dirs) > 1 or reverse or not outs[0] else outs[0]
            ys_name = f"{y}.reversed" if reverse else y
            self.g.shapes[ys_name] = (steps, 1, hidden)
            self.g.layouts[ys_name] = "flat"
            wn = self.g.add_param(f"{tag}.w", w)
            bn = self.g.add_param(f"{tag}.b", b) if b is not None else None
            attrs = dict(w=wn, b=bn, hidden=hidden, seq=steps, input_size=n_in)
            if op == "GRU":
                attrs["cell"] = "gru"
            self.g.nodes.append(Node(tag, "lstm", [xin], ys_name, attrs, op))
            last = (steps - 1) * hidden
            lasts.append((ys_name, last, hidden))
            if reverse:
                self._reversed(ys_name, y)
            ys.append(y)
        hidden = lasts[0][2]
        if outs[0]:
            self.bax[outs[0]] = 2
            if len(ys) > 1:
                self.g.shapes[outs[0]] = (steps, len(ys), hidden)
                self.g.layouts[outs[0]] = "flat"
                self.g.nodes.append(Node(base, "concat", ys, outs[0], {"axis": 1}, op))
            elif ys[0] != outs[0]:
                self.alias[outs[0]] = ys[0]
        if outs[1]:
            self.bax[outs[1]] = 1
            parts = []
            for k, (t, start, ln) in enumerate(lasts):
                part = outs[1] if len(lasts) == 1 else f"{outs[1]}.{k}"
                self.g.shapes[part] = (1, ln)
                self.g.layouts[part] = "flat"
                self.g.nodes.append(
                    Node(
                        f"{base}.Y_h" + (f".{k}" if len(lasts) > 1 else ""),
                        "slice",
                        [t],
                        part,
                        dict(start=start, length=ln),
                        f"{op} (Y_h)",
                    )
                )
                parts.append(part)
            if len(parts) > 1:
                self.g.shapes[outs[1]] = (len(parts), hidden)
                self.g.layouts[outs[1]] = "flat"
                self.g.nodes.append(Node(f"{base}.Y_h", "concat", parts, outs[1], {"axis": 0}, op))
        graph_outs = {o.name for o in self.model.graph.output}
        if op == "LSTM" and outs[2] and (self.consumers(outs[2]) or outs[2] in graph_outs):
            raise _unsupported(
                node, "the final cell state Y_c is used; only Y and Y_h are supported"
            )

    def _reversed(self, x: str, out: str) -> str:
        """``x`` ``(T, ...)`` reversed along its first axis (an IR ``take``)."""
        shape = self.g.shapes[x]
        idx = np.arange(self.g.size(x)).reshape(shape[0], -1)[::-1].reshape(-1)
        self.g.shapes[out] = shape
        self.g.layouts[out] = "flat"
        self.g.nodes.append(Node(out, "take", [x], out, {"indices": idx}, "reverse"))
        return out

    def _pad(self, node: Any, a: dict[str, Any]) -> None:
        """Zero padding of H and W in front of Conv nodes only: it folds into their pads;
        any other Pad of an activation is lowered by :func:`~aimcsim.compiler.ops_pad.pad`."""
        ins = list(node.input) + [""] * (4 - len(node.input))
        mode = a.get("mode", b"constant")
        mode = mode.decode() if isinstance(mode, bytes) else str(mode)
        pads = [int(v) for v in (self.const(ins[1]).reshape(-1) if ins[1] else a["pads"])]
        value = float(self.const(ins[2]).ravel()[0]) if ins[2] else float(a.get("value", 0.0))
        rank = len(self.values[ins[0]].shape)
        axes = [int(v) for v in self.const(ins[3]).reshape(-1)] if ins[3] else list(range(rank))
        cons = self.consumers(node.output[0])
        if (
            mode == "constant"
            and value == 0.0
            and not ins[3]
            and len(pads) == 8
            and min(pads) >= 0
            and not any(pads[i] for i in (0, 1, 4, 5))
            and cons
            and all(c.op_type == "Conv" for c in cons)
        ):
            self.alias[node.output[0]] = self.real(node.input[0])
            self.pads[node.output[0]] = [pads[2], pads[3], pads[6], pads[7]]
            return
        pad(self, node, mode, pads, value, axes)

    def _dense(
        self,
        node: Any,
        x: str,
        w: np.ndarray,
        b: np.ndarray | None,
        out: str,
        source: str | None = None,
    ) -> Node:
        """``out = x @ w.T + b`` with ``w`` (n_out, K); permutes columns for a permuted
        vector x (other inputs are brought to the flat layout)."""
        if len(self.g.shapes[x]) > 1 or self.lay(x) != "flat":
            x = self.canon(x)
        perm = self.g.perms.get(x)
        if perm is not None:
            w = w[:, perm]
        wn = self.g.add_param(f"{node.name or out}.w", w)
        bn = self.g.add_param(f"{node.name or out}.b", b) if b is not None else None
        return self.add(node, "dense", [x], out, "flat", source, w=wn, b=bn)

    def _matmul(
        self, node: Any, a: dict[str, Any], ins: list[str], out: str, dyn: list[str]
    ) -> None:
        op = node.op_type
        if op == "Gemm":
            if a.get("transA", 0):
                raise _unsupported(node, "transA=1")
            if not self.is_static(ins[1]):
                raise _unsupported(node, "Gemm with a non-constant B")
            bm = self.const(ins[1]) * float(a.get("alpha", 1.0))
            w = bm if a.get("transB", 0) else bm.T
            bias = None
            if len(ins) > 2 and ins[2]:
                bias = np.broadcast_to(
                    self.const(ins[2]) * float(a.get("beta", 1.0)), (w.shape[0],)
                ).copy()
            self._dense(node, self.real(ins[0]), w, bias, out)
            return
        if len(dyn) == 1 and self.is_static(ins[1]):
            bm = self.const(ins[1])
            if bm.ndim != 2:
                lower_const_matmul(self, node, ins, out)
                return
            self._dense(node, self.real(ins[0]), bm.T.copy(), None, out)
            return
        if len(dyn) == 2:
            xa, xb = self._batch_broadcast(ins[0], out), self.real(ins[1])
            pn = self.g.producer(xb)
            if self._needs_batch_broadcast(xb, out):  # e.g. multi-query attention's K, V
                xb = self._batch_broadcast(ins[1], out)
            elif (
                pn is not None
                and pn.op == "transpose"
                and pn.source_op == "Transpose"
                and len(self.consumers(ins[1])) == 1
                and self.lay(xb) == "flat"
                and pn.attrs["perm"][-2] == len(pn.attrs["perm"]) - 1
            ):
                # store B with its last two axes swapped (often no data movement at all: a
                # K^T head split becomes a plain head split) and multiply by B^T (tb=1)
                self.g.layouts[xb] = "flat_t"
            xb = self.canon(xb, ("flat", "flat_t"))
            tb = int(self.lay(xb) == "flat_t")
            self.add(node, "matmul", [xa, xb], out, "flat", tb=tb)
            return
        lower_const_matmul(self, node, ins, out)

    def _needs_batch_broadcast(self, x: str, out: str) -> bool:
        """Whether IR tensor ``x`` (a matrix product operand) has fewer matrices than the
        product ``out`` (ONNX MatMul broadcasts the axes before the last two)."""
        lead = self.sample_shape(out)[:-2]
        return math.prod(self.g.shapes[x][:-2]) != math.prod(lead)

    def _batch_broadcast(self, t: str, out: str) -> str:
        """ONNX tensor ``t``, a MatMul operand, in the flat layout with its matrices repeated
        over the leading axes of the product ``out`` where it has fewer (an IR
        ``broadcast``); ``t`` itself brought to flat otherwise."""
        x = self.canon(self.real(t))
        if not self._needs_batch_broadcast(x, out):
            return x
        shape = self.g.shapes[x]
        lead = self.sample_shape(out)[:-2]
        if len(shape) > len(lead) + 2 or any(
            d not in (1, e) for d, e in zip(shape[-3::-1], lead[::-1], strict=False)
        ):
            raise CompileError(
                f"MatMul operand {t!r} of per-sample shape {shape} does not broadcast to "
                f"the product's {self.sample_shape(out)}"
            )
        return self._broadcast(x, (*lead, *shape[-2:]), "flat")

    def _conv(self, node: Any, a: dict[str, Any], ins: list[str], out: str) -> None:
        """A 2-D Conv -> IR ``conv``; a 1-D Conv over ``(C, L)`` is the 2-D conv of height 1
        of the map ``(C, 1, L)`` (the input viewed, or re-laid, channels-last; the output
        viewed back as ``(C', L')`` stored channels-last, i.e. ``flat_t``)."""
        x = self.real(ins[0])
        if not self.is_static(ins[1]):
            raise _unsupported(node, "Conv weights must be constant")
        wt = self.const(ins[1]).astype(np.float64)
        frames = 0  # maps stacked in the batch axis (video frames merged into the batch)
        if len(self.g.shapes[x]) == 4 and wt.ndim == 4:
            frames, _, h_frame, _ = self.g.shapes[x]
            x = self._frames_as_rows(x)
        elif len(self.g.shapes[x]) != wt.ndim - 1:
            raise _unsupported(node, f"a Conv of per-sample shape {self.g.shapes[x]}")
        one_d = wt.ndim == 3
        if one_d:
            wt = wt[:, :, None, :]
            x = self.canon(x, ("flat_t",))
            c_in, length = self.g.shapes[x]
            x = self._view(x, (c_in, 1, length), "nhwc", f"{x}.map")
        elif wt.ndim == 4:
            x = self.canon(x, ("nhwc",))
        elif wt.ndim == 5:
            conv3d(self, node, a, ins, out)
            return
        else:
            raise _unsupported(node, "only 1-D, 2-D and 3-D convolutions")
        o, cg, kh, kw = wt.shape
        groups = int(a.get("group", 1))
        c = cg * groups
        full = np.zeros((o, kh, kw, c))
        og = o // groups
        for g in range(groups):
            full[g * og : (g + 1) * og, :, :, g * cg : (g + 1) * cg] = np.transpose(
                wt[g * og : (g + 1) * og], (0, 2, 3, 1)
            )

        def two_d(v: list[int], one: int, pad: bool = False) -> list[int]:
            if not one_d:
                return v
            return [0, v[0], 0, v[1]] if pad else [one, *v]

        pads = two_d(list(a.get("pads", [0] * (2 if one_d else 4))), 0, pad=True)
        auto = a.get("auto_pad", b"NOTSET")
        auto = auto.decode() if isinstance(auto, bytes) else auto
        st = two_d(list(a.get("strides", [1] * (1 if one_d else 2))), 1)
        dil = two_d(list(a.get("dilations", [1] * (1 if one_d else 2))), 1)
        oshape = self.values[out].shape
        if one_d:
            oshape = (oshape[0], oshape[1], 1, oshape[2])
        if auto in ("SAME_UPPER", "SAME_LOWER"):
            _, h, wd = self.g.shapes[x]
            ph = max((oshape[2] - 1) * st[0] + (kh - 1) * dil[0] + 1 - h, 0)
            pw = max((oshape[3] - 1) * st[1] + (kw - 1) * dil[1] + 1 - wd, 0)
            lo_h, lo_w = (
                (ph // 2, pw // 2) if auto == "SAME_UPPER" else (ph - ph // 2, pw - pw // 2)
            )
            pads = [lo_h, lo_w, ph - lo_h, pw - lo_w]
        elif auto not in ("NOTSET", "VALID"):
            raise _unsupported(node, f"auto_pad {auto}")
        extra = self.pads.get(ins[0])
        if extra is not None:
            pads = [p + q for p, q in zip(pads, extra, strict=True)]
        bias = self.const(ins[2]) if len(ins) > 2 and ins[2] else None
        wn = self.g.add_param(f"{node.name or out}.w", full.reshape(o, -1))
        bn = self.g.add_param(f"{node.name or out}.b", bias) if bias is not None else None
        attrs = dict(
            w=wn,
            b=bn,
            kh=kh,
            kw=kw,
            stride=tuple(st),
            pads=tuple(pads),
            dilation=tuple(dil),
            groups=groups,
        )
        if frames:
            if pads[0] or pads[2] or h_frame % st[0]:
                raise _unsupported(
                    node,
                    f"a Conv of {frames} maps stacked in the batch axis with height padding or "
                    f"a row stride ({st[0]}) that does not divide their height ({h_frame})",
                )
            self._conv_frames(node, x, attrs, out, h_frame // st[0])
            return
        if not one_d:
            self.add(node, "conv", [x], out, "nhwc", **attrs)
            return
        y = f"{out}.map"
        self.g.shapes[y] = (o, 1, oshape[3])
        self.g.layouts[y] = "nhwc"
        self.g.nodes.append(Node(node.name or out, "conv", [x], y, attrs, "Conv (1-D)"))
        self._view(y, self.sample_shape(out), "flat_t", out, "Conv (1-D)")

    def _frames_as_rows(self, x: str) -> str:
        """Maps ``(F, C, H, W)`` (stacked in the batch axis) as one tall map ``(C, F * H, W)``
        stored channels-last (an IR ``take``)."""
        f, c, h, w = self.g.shapes[x]
        idx = np.arange(f * c * h * w).reshape(f, c, h, w).transpose(1, 0, 2, 3).reshape(-1)
        t = f"{x}.frames_as_rows"
        self.g.shapes[t] = (c, f * h, w)
        self.g.layouts[t] = "nhwc"
        self.g.nodes.append(Node(t, "take", [x], t, {"indices": idx}, "Conv (frames)"))
        return t

    def _conv_frames(
        self, node: Any, x: str, attrs: dict[str, Any], out: str, rows_per_frame: int
    ) -> None:
        """One 2-D conv over the tall map ``x`` of stacked frames (no height padding, the
        frame height a multiple of the row stride, so each frame's output rows start a block
        of ``rows_per_frame``); the rows of windows that straddle two frames are dropped
        when the output is taken back to ``(F, O, H', W')``."""
        f, o, ho, wo = self.sample_shape(out)
        _, h_all, _ = self.g.shapes[x]
        kh, (sh, _), (dh, _) = attrs["kh"], attrs["stride"], attrs["dilation"]
        rows = (h_all - dh * (kh - 1) - 1) // sh + 1
        y = f"{out}.rows"
        self.g.shapes[y] = (o, rows, wo)
        self.g.layouts[y] = "nhwc"
        self.g.nodes.append(Node(node.name or out, "conv", [x], y, attrs, "Conv (frames)"))
        keep = np.arange(f)[:, None] * rows_per_frame + np.arange(ho)[None, :]
        idx = np.arange(o * rows * wo).reshape(o, rows, wo)[:, keep, :]
        self.g.shapes[out] = (f, o, ho, wo)
        self.g.layouts[out] = "flat"
        take = {"indices": idx.transpose(1, 0, 2, 3).reshape(-1)}
        self.g.nodes.append(Node(f"{out}.frames", "take", [y], out, take, "Conv (frames)"))

    def _bn(self, node: Any, a: dict[str, Any], ins: list[str], out: str) -> None:
        x = self.real(ins[0])
        gamma, beta, mean, var = (self.const(t).astype(np.float64) for t in ins[1:5])
        s = gamma / np.sqrt(var + float(a.get("epsilon", 1e-5)))
        off = beta - mean * s
        pn = self.g.producer(x)
        view = None
        if pn is not None and pn.op == "reshape" and pn.source_op == "Conv (1-D)":
            view, pn = pn, self.g.producer(pn.inputs[0])  # a 1-D conv: its map viewed (C, L)
        if (
            pn is not None
            and pn.op in ("conv", "dense")
            and not self.g.consumers(x)
            and x not in self.g.outputs
            and len(self.consumers(ins[0])) == 1
            and (view is None or self.g.consumers(pn.output) == [view])
        ):
            w = self.g.params[pn.attrs["w"]]
            b = self.g.params[pn.attrs["b"]] if pn.attrs["b"] else np.zeros(w.shape[0])
            self.g.params[pn.attrs["w"]] = (w * s[:, None]).astype(np.float32)
            bname = pn.attrs["b"] or f"{pn.name}.b"
            self.g.params[bname] = (b * s + off).astype(np.float32)
            pn.attrs["b"] = bname
            pn.source_op += "+BatchNormalization"
            self._rename(view or pn, out)
            return
        if self.lay(x) != "nhwc" and len(self.g.shapes[x]) > 1:  # channel axis not last
            rank = len(self.values[ins[0]].shape)
            bshape = (1, -1) + (1,) * (rank - 2)
            scaled = f"{out}.bn_scaled"
            self.values[scaled] = self.values[ins[0]]
            self.bax[scaled] = self.bax.get(ins[0], 0)
            self._const_operand(node, "mul", x, ins[0], s.reshape(bshape), scaled)
            self.g.nodes[-1].name = scaled
            self._const_operand(node, "add", scaled, scaled, off.reshape(bshape), out)
            return
        p = self.g.add_param(f"{node.name or out}.affine", np.concatenate([s, off]))
        self.add(node, "affine", [x], out, self.lay(x), params=p)

    def _rename(self, node: Node, out: str) -> None:
        """Make a node that absorbed its single consumer produce that consumer's output."""
        old = node.output
        self.g.shapes[out] = self.g.shapes.pop(old)
        self.g.layouts[out] = self.g.layouts.pop(old, "flat")
        if old in self.g.perms:
            self.g.perms[out] = self.g.perms.pop(old)
        node.output = out

    def _scalar_affine(self, base: str, x: str, scale: float, offset: float) -> str:
        """Parameters of an ``affine`` applying ``x * scale + offset`` to every element of
        ``x`` (one vector per channel / last-axis row, as ``affine`` reads them)."""
        shape = self.g.shapes[x]
        n = shape[0] if self.lay(x) == "nhwc" else shape[-1]
        if n > MAX_LEN:
            n = math.gcd(self.g.size(x), MAX_LEN)
        return self.g.add_param(base, np.concatenate([np.full(n, scale), np.full(n, offset)]))

    def _channel_const(self, x: str, c: np.ndarray) -> np.ndarray | None:
        """``c`` broadcast over the channel (nhwc) / last (flat) axis of ``x``, or None."""
        shape = self.g.shapes[x]
        n = shape[0] if self.lay(x) == "nhwc" else shape[-1]
        c = np.asarray(c, dtype=np.float64)
        if c.size == 1:
            return np.full(n, float(c.ravel()[0]))
        if self.lay(x) == "nhwc":
            sq = c.reshape(-1) if c.size == n and (c.ndim <= 1 or c.shape[-1] == 1) else None
            return sq
        if c.shape[-1] == n and c.size == n:
            return c.reshape(-1)
        return None

    def _binary(self, node: Any, ins: list[str], out: str, dyn: list[str]) -> None:
        op = node.op_type
        if len(dyn) == 2:
            if op not in ("Add", "Sub", "Mul"):
                raise _unsupported(node, f"{op} of two activations")
            xa, xb = self.real(ins[0]), self.real(ins[1])
            if op == "Sub":  # a - b = a + (-1) * b
                neg = f"{out}.negated"
                p = self._scalar_affine(f"{node.name or out}.neg", xb, -1.0, 0.0)
                self.g.shapes[neg] = self.g.shapes[xb]
                self.g.layouts[neg] = self.lay(xb)
                if xb in self.g.perms:
                    self.g.perms[neg] = self.g.perms[xb]
                self.g.nodes.append(Node(neg, "affine", [xb], neg, {"params": p}, "Sub"))
                xb = neg
            self._two_activations(node, "add" if op == "Sub" else op.lower(), xa, xb, out)
            return
        x = self.real(dyn[0])
        cname = ins[1] if dyn[0] == ins[0] else ins[0]
        c = self.const(cname).astype(np.float64)
        if op in ("Sub", "Div") and dyn[0] != ins[0]:
            raise _unsupported(node, f"constant {op} activation")
        if op == "Sub":
            c, op = -c, "Add"
        if op == "Div":
            c, op = 1.0 / c, "Mul"
        x_onnx = dyn[0]
        if self.values[out].shape != self.values[x_onnx].shape:
            # the constant is the larger operand (e.g. WavLM's gate (H, L, 1) times its
            # relative position bias (H, L, L)): the activation broadcast to the output first
            x, x_onnx = self._broadcast(x, self.sample_shape(out), "flat"), out
        if c.size > 1:
            x = self.canon(x, ("nhwc", "flat"))
        vec = self._channel_const(x, c)
        if op == "Add":
            pn = self.g.producer(x)
            if (
                vec is not None
                and c.size > 1
                and pn is not None
                and pn.op in ("dense", "conv")
                and not self.g.consumers(x)
                and len(self.consumers(dyn[0])) == 1
            ):
                b = self.g.params[pn.attrs["b"]] if pn.attrs["b"] else 0.0
                bname = pn.attrs["b"] or f"{pn.name}.b"
                self.g.params[bname] = (b + vec).astype(np.float32)
                pn.attrs["b"] = bname
                pn.source_op += "+Add"
                self._rename(pn, out)
                return
        if vec is not None:
            scale = np.ones_like(vec) if op == "Add" else vec
            offset = vec if op == "Add" else np.zeros_like(vec)
            p = self.g.add_param(f"{node.name or out}.affine", np.concatenate([scale, offset]))
            self.unary(node, "affine", x, out, params=p)
            return
        self._const_operand(node, op.lower(), x, x_onnx, c, out)

    def _const_operand(
        self, node: Any, op: str, x: str, x_onnx: str, c: np.ndarray, out: str
    ) -> None:
        """``x op c`` for a constant ``c`` broadcast to ``x`` (any shape numpy broadcasts):
        the constant in ``x``'s storage order, stored once per period when it repeats."""
        vshape = self.values[x_onnx].shape
        try:
            ok = np.broadcast_shapes(c.shape, vshape) == vshape
        except ValueError:
            ok = False
        if not ok:
            raise _unsupported(
                node, f"a constant of shape {c.shape} that does not broadcast to {vshape}"
            )
        full = np.broadcast_to(c, vshape).reshape(-1)[tensor_order(self.g, x)]
        if op == "add":  # additive masks (finfo.min, -inf): see MASK_LIMIT
            full = np.clip(full, -MASK_LIMIT, MASK_LIMIT)
        n_period = period(full)
        p = self.g.add_param(f"{node.name or out}.const", full[:n_period])
        attrs: dict[str, Any] = {"period": n_period} if n_period < full.size else {}
        self.add(node, op, [x, p], out, self.lay(x), **attrs)
        if x in self.g.perms:
            self.g.perms[out] = self.g.perms[x]

    def _two_activations(self, node: Any, op: str, xa: str, xb: str, out: str) -> None:
        """``add``/``mul`` of two activations broadcast to ``out``'s shape: an operand of the
        full shape is brought to the other's storage order (re-layout); a smaller one is
        repeated over it in place (``period``) when its broadcast is a whole copy per period
        of storage, else materialised (IR ``broadcast``)."""
        oshape = self.sample_shape(out)
        xa, xb = (without_leading_ones(self, t, oshape) for t in (xa, xb))
        if self.g.shapes[xa] != oshape and self.g.shapes[xb] != oshape:
            xa = self._broadcast(xa, oshape, "flat")
        ref, other = (xa, xb) if self.g.shapes[xa] == oshape else (xb, xa)  # commutative
        ref = self.canon(ref, self._layouts_of(oshape))
        attrs: dict[str, Any] = {}
        if self.g.shapes[other] == oshape:
            other = self.canon(other, (self.lay(ref),))
        else:
            period = self._periodic(other, ref)
            if period:
                attrs["period"] = period
            else:
                other = self._broadcast(other, oshape, self.lay(ref))
        self.add(node, op, [ref, other], out, self.lay(ref), **attrs)

    def _periodic(self, small: str, ref: str) -> int:
        """Size of ``small`` when its broadcast into ``ref``'s storage is whole copies of
        its own storage, else 0."""
        n = self.g.size(small)
        lead = (1,) * (len(self.g.shapes[ref]) - len(self.g.shapes[small]))
        try:
            src = np.broadcast_to(
                np.arange(n).reshape(lead + self.g.shapes[small]), self.g.shapes[ref]
            ).reshape(-1)[tensor_order(self.g, ref)]
        except ValueError:
            return 0
        position = np.empty(n, dtype=np.int64)
        position[tensor_order(self.g, small)] = np.arange(n)
        pos = position[src]
        return n if np.array_equal(pos, np.tile(np.arange(n), pos.size // n)) else 0

    def _broadcast(self, x: str, shape: tuple[int, ...], layout: str) -> str:
        """``x`` broadcast to ``shape`` in ``layout`` (an IR ``broadcast``, made once)."""
        out = f"{x}.bcast{'x'.join(map(str, shape))}.{layout}"
        if out not in self.g.shapes:
            self.g.shapes[out] = tuple(shape)
            self.g.layouts[out] = layout
            self.g.nodes.append(Node(out, "broadcast", [x], out, {}, "broadcast"))
        return out

    def _reshape(self, node: Any, out: str) -> None:
        x = self.real(node.input[0])
        v = self.values[out]
        bin_ = self.bax.get(node.input[0], 0)
        if node.op_type in ("Squeeze", "Unsqueeze"):
            self.bax[out] = self._squeeze_batch_axis(node, bin_, v.ndim)
        elif bin_ not in (0, MERGED_BATCH):
            # e.g. (T, 1, 2, H) -> (T, 1, 2H) after a bidirectional RNN: the axes before the
            # batch stay, so each sample keeps its row-major order
            # the graph runs one sample at a time, so a Reshape that merges the batch (of
            # size 1) with other axes (torch MultiheadAttention's (L, N * heads, d)) keeps
            # the per-sample data: the output has no batch axis of its own
            vin = self.values[node.input[0]].shape
            keeps = v.shape[:bin_] == vin[:bin_] and v.ndim > bin_ and v.shape[bin_] == 1
            self.bax[out] = bin_ if keeps else MERGED_BATCH
        else:  # (1, S, D) -> (S, D): the batch merged into the leading axis (HF Conv1D)
            self.bax[out] = 0 if v.ndim and v.shape[0] == 1 else MERGED_BATCH
        oshape = self.sample_shape(out)
        if oshape == self.g.shapes[x]:
            self.alias[out] = x
            return
        # the storage stays; the output is a view in whichever layout matches it
        self.store_as(node, x, out, self._layouts_of(oshape))

    def _squeeze_batch_axis(self, node: Any, bin_: int, out_rank: int) -> int:
        """Batch axis of the output of a Squeeze/Unsqueeze whose input has it at ``bin_``."""
        ins = list(node.input)
        a = _attrs(node)
        if len(ins) > 1 and ins[1]:
            axes = [int(v) for v in self.const(ins[1]).reshape(-1)]
        elif "axes" in a:
            axes = [int(v) for v in a["axes"]]
        elif node.op_type == "Squeeze":
            shape = self.values[ins[0]].shape
            axes = [k for k, s in enumerate(shape) if s == 1 and k != bin_]
        else:
            raise _unsupported(node, "Unsqueeze without axes")
        if node.op_type == "Squeeze":
            rank = out_rank + len(axes)
            axes = [q % rank for q in axes]
            if bin_ in axes:
                raise _unsupported(node, "Squeeze of the batch axis")
            return bin_ - sum(q < bin_ for q in axes)
        out = bin_
        for q in sorted(q % out_rank for q in axes):
            if q <= out:
                out += 1
        return out

    def _select(self, node: Any, x_onnx: str, idx: np.ndarray, out: str, out_bax: int) -> None:
        """A Gather/Slice/Split with constant indices on an activation: ``idx`` is the
        selection applied to ``arange`` over the input's ONNX shape (batch axis of size 1),
        i.e. the logical flat input index of each output element. A contiguous range of a
        flat tensor's storage becomes an IR ``slice`` (no data movement), the whole tensor an
        alias, anything else an IR ``take`` (a gather)."""
        x = self.real(x_onnx)
        flat = idx.reshape(-1)
        self.bax[out] = out_bax
        contiguous = flat.size > 0 and np.array_equal(flat, np.arange(flat[0], flat[0] + flat.size))
        if contiguous and flat.size == self.g.size(x):  # all of x, maybe another shape
            if self.sample_shape(out) == self.g.shapes[x]:
                self.alias[out] = x
            else:
                self.store_as(node, x, out, self._layouts_of(self.sample_shape(out)))
            return
        if contiguous and self.lay(x) == "flat" and x not in self.g.perms:
            self.add(node, "slice", [x], out, "flat", start=int(flat[0]), length=flat.size)
            return
        if flat.size == 0:
            self.empty.add(out)
            return
        self.add(node, "take", [x], out, "flat", indices=flat.astype(np.int64))

    def _split(self, node: Any, a: dict[str, Any], ins: list[str]) -> None:
        """Split: one selection per output along the split axis."""
        shape = self.values[ins[0]].shape
        axis = int(a.get("axis", 0)) % len(shape)
        bin_ = self.bax.get(ins[0], 0)
        if axis == bin_:
            raise _unsupported(node, "Split along the batch axis")
        logical = np.arange(int(np.prod(shape))).reshape(shape)
        start = 0
        for o in node.output:
            ln = int(self.values[o].shape[axis])
            if o:
                self._select(
                    node, ins[0], np.take(logical, range(start, start + ln), axis), o, bin_
                )
            start += ln

    def _reduce(self, node: Any, a: dict[str, Any], ins: list[str], out: str) -> None:
        """ReduceSum / ReduceMean / ReduceMax over constant axes -> IR ``reduce`` (``vsum``,
        or ``vmax``, of storage blocks: the spatial axes of an nhwc map as they lie, other
        axes after bringing the reduced ones next to each other) and, for the mean, an
        ``affine`` by 1/count. ReduceSumSquare, ReduceL2 and ReduceL1 sum ``x * x`` (its
        square root ``|x|`` for L1) and take the square root of the sum for L2."""
        x = self.real(ins[0])
        op = node.op_type
        if op in ("ReduceSumSquare", "ReduceL2", "ReduceL1"):
            x = self._same_storage(node, "mul", [x, x], f"{out}.square", x)
            if op == "ReduceL1":
                x = self._same_storage(node, "sqrt", [x], f"{out}.abs", x)
        shape = self.values[ins[0]].shape
        if len(ins) > 1 and ins[1]:
            if not self.is_static(ins[1]):
                raise _unsupported(node, "axes must be a constant")
            axes = [int(v) for v in self.const(ins[1]).reshape(-1)]
        else:
            axes = [int(v) for v in a.get("axes", [])]
        bin_ = self.bax.get(ins[0], 0)
        if not axes:
            if int(a.get("noop_with_empty_axes", 0)):
                self.alias[out] = x
                return
            axes = [k for k in range(len(shape)) if k != bin_]
        axes = sorted({q % len(shape) for q in axes})
        if bin_ in axes:
            raise _unsupported(node, "a reduction over the batch axis")
        off = 0 if bin_ == MERGED_BATCH else bin_
        red = [q - int(bin_ != MERGED_BATCH and q > off) for q in axes]
        sshape = self.g.shapes[x]
        keep = [k for k in range(len(sshape)) if k not in red]
        if self.lay(x) == "nhwc" and x not in self.g.perms and red == [1, 2]:
            outer, count, inner = 1, sshape[1] * sshape[2], sshape[0]
            y = x
        else:
            y = self.canon(x)
            if red != list(range(red[0], red[-1] + 1)):  # bring the reduced axes last
                perm = tuple(keep + red)
                t = f"{x}.reduce_order"
                self.g.shapes[t] = tuple(sshape[k] for k in perm)
                self.g.layouts[t] = "flat"
                self.g.nodes.append(Node(t, "transpose", [y], t, {"perm": perm}, node.op_type))
                y, red = t, list(range(len(keep), len(sshape)))
                sshape = self.g.shapes[t]
            outer = int(np.prod(sshape[: red[0]]))
            count = int(np.prod([sshape[k] for k in red]))
            inner = int(np.prod(sshape[red[-1] + 1 :]))
        mean = op == "ReduceMean"
        root = op == "ReduceL2"
        total = f"{out}.sum" if mean or root else out
        oshape = self.sample_shape(out)
        self.g.shapes[total] = oshape
        self.g.layouts[total] = "flat"
        name = node.name or out
        attrs: dict[str, Any] = dict(outer=outer, count=count, inner=inner)
        if node.op_type == "ReduceMax":
            attrs["kind"] = "max"
        self.g.nodes.append(
            Node(f"{name}.sum" if mean or root else name, "reduce", [y], total, attrs, op)
        )
        if root:
            self.g.shapes[out] = oshape
            self.g.layouts[out] = "flat"
            self.g.nodes.append(Node(name, "sqrt", [total], out, {}, op))
        if mean:
            p = self._scalar_affine(f"{name}.mean", total, 1.0 / count, 0.0)
            self.g.shapes[out] = oshape
            self.g.layouts[out] = "flat"
            self.g.nodes.append(Node(name, "affine", [total], out, {"params": p}, node.op_type))

    def _same_storage(self, node: Any, op: str, ins: list[str], t: str, like: str) -> str:
        """IR node ``op`` of ``ins`` into the new tensor ``t``, stored like ``like``."""
        self.g.shapes[t] = self.g.shapes[like]
        self.g.layouts[t] = self.lay(like)
        if like in self.g.perms:
            self.g.perms[t] = self.g.perms[like]
        self.g.nodes.append(Node(t, op, ins, t, {}, node.op_type))
        return t

    def _pow(self, node: Any, x: str, power: int, out: str) -> None:
        """``x`` to the integer ``power`` >= 1: repeated ``mul`` (e.g. the cube of the tanh
        GELU approximation); an alias for 1."""
        acc = x
        for k in range(2, power + 1):
            t = out if k == power else f"{out}.pow{k}"
            self.g.shapes[t] = self.g.shapes[x]
            self.g.layouts[t] = self.lay(x)
            if x in self.g.perms:
                self.g.perms[t] = self.g.perms[x]
            name = node.name or out
            self.g.nodes.append(
                Node(name if t == out else f"{name}.pow{k}", "mul", [acc, x], t, {}, "Pow")
            )
            acc = t
        if acc == x:
            self.alias[out] = x

    def _hard(self, node: Any, a: dict[str, Any], x: str, out: str) -> None:
        """HardSigmoid = clip(alpha x + beta, 0, 1); HardSwish = x * HardSigmoid(x) with
        alpha 1/6, beta 1/2 (an ``affine``, a ``clip``, a ``mul``)."""
        swish = node.op_type == "HardSwish"
        alpha = 1.0 / 6.0 if swish else float(a.get("alpha", 0.2))
        beta = 0.5 if swish else float(a.get("beta", 0.5))
        name = node.name or out
        lin = f"{out}.linear"
        p = self._scalar_affine(f"{name}.linear", x, alpha, beta)
        for t in (lin, f"{out}.gate"):
            self.g.shapes[t] = self.g.shapes[x]
            self.g.layouts[t] = self.lay(x)
            if x in self.g.perms:
                self.g.perms[t] = self.g.perms[x]
        src = node.op_type
        gate = f"{out}.gate" if swish else out
        if not swish:
            self.g.shapes[out] = self.g.shapes[x]
            self.g.layouts[out] = self.lay(x)
            if x in self.g.perms:
                self.g.perms[out] = self.g.perms[x]
        self.g.nodes.append(Node(f"{name}.linear", "affine", [x], lin, {"params": p}, src))
        clip = Node(gate if swish else name, "clip", [lin], gate, {"lo": 0.0, "hi": 1.0}, src)
        self.g.nodes.append(clip)
        if swish:
            self.g.shapes[out] = self.g.shapes[x]
            self.g.layouts[out] = self.lay(x)
            if x in self.g.perms:
                self.g.perms[out] = self.g.perms[x]
            self.g.nodes.append(Node(name, "mul", [x, gate], out, {}, src))

    def _slice(self, node: Any, a: dict[str, Any], ins: list[str], out: str) -> None:
        if any(not self.is_static(t) for t in ins[1:] if t):
            raise _unsupported(node, "Slice with non-constant starts/ends/axes/steps")
        shape = self.values[ins[0]].shape
        starts = [int(v) for v in self.const(ins[1]).reshape(-1)]
        ends = [int(v) for v in self.const(ins[2]).reshape(-1)]
        nd = len(shape)
        axes = (
            [int(v) % nd for v in self.const(ins[3]).reshape(-1)]
            if len(ins) > 3 and ins[3]
            else list(range(len(starts)))
        )
        steps = (
            [int(v) for v in self.const(ins[4]).reshape(-1)]
            if len(ins) > 4 and ins[4]
            else [1] * len(starts)
        )
        sl = [slice(None)] * nd
        for ax, st, en, sp in zip(axes, starts, ends, steps, strict=True):
            sl[ax] = slice(st, en, sp)
        idx = np.arange(int(np.prod(shape))).reshape(shape)[tuple(sl)]
        bin_ = self.bax.get(ins[0], 0)
        if idx.shape[bin_] != 1:
            raise _unsupported(node, "Slice of the batch axis")
        self._select(node, ins[0], idx, out, bin_)

    def _gather(self, node: Any, a: dict[str, Any], ins: list[str], out: str) -> None:
        if not self.is_static(ins[0]) and self.is_static(ins[1]):
            shape = self.values[ins[0]].shape
            axis = int(a.get("axis", 0)) % len(shape)
            bin_ = self.bax.get(ins[0], 0)
            if axis == bin_:
                raise _unsupported(node, "Gather along the batch axis")
            ind = self.const(ins[1]).astype(np.int64)
            idx = np.take(np.arange(int(np.prod(shape))).reshape(shape), ind, axis=axis)
            out_bax = bin_ if axis > bin_ else bin_ - 1 + ind.ndim
            self._select(node, ins[0], idx, out, out_bax)
            return
        if not self.is_static(ins[0]) or ins[1] in self.static:
            raise _unsupported(node, "only a Gather from a constant table (embedding)")
        src = self.index_source.get(ins[1], ins[1])
        if src not in {i.name for i in self.model.graph.input} and ins[1] in self.host.tensors:
            src = self.host.need(ins[1])  # indices the host prelude computes
        if src not in self.host.tensors or int(a.get("axis", 0)) != 0:
            raise _unsupported(
                node, "embedding indices must be computed from the model's integer inputs, axis 0"
            )
        table = self.g.add_param(f"{node.name or out}.table", self.const(ins[0]))
        self.g.inputs.append(out)
        self.set_tensor(out, "flat")
        self.g.input_transforms[out] = {"kind": "embedding", "table": table, "source": src}


def _without_static_ifs(model: Any, values: dict[str, np.ndarray]) -> Any:
    """A copy of ``model`` with its statically decided ``If`` nodes inlined (nested ones
    too, up to a depth of 8)."""
    import onnx

    m = onnx.ModelProto()
    m.CopyFrom(model)
    for _ in range(8):
        if not inline_static_ifs(m, values):
            break
        values = _run_all(m)
    return m


def _prune(g: Graph) -> None:
    """Drop nodes that no graph output depends on."""
    need = set(g.outputs)
    keep = []
    for n in reversed(g.nodes):
        if n.output in need:
            keep.append(n)
            need.update(i for i in n.inputs if i not in g.params)
    g.nodes = list(reversed(keep))


def onnx_to_graph(model: Any, name: str = "model") -> Graph:
    """Translate a loaded ``onnx.ModelProto`` (see the module docstring)."""
    import onnx

    try:
        onnx.checker.check_model(model)
    except Exception as exc:
        raise CompileError(f"invalid ONNX model: {exc}") from None
    return _Converter(model, name).run()
