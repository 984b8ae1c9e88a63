"""The host-side integer prelude of a workload: integer tensors computed from the model's
integer inputs before the program runs.

Models compute integers from their token ids: RoBERTa's position ids are
``cumsum(input_ids != pad) * (input_ids != pad) + pad``, its token-type ids are gathered
with those positions, other models build an attention mask as ``input_ids != pad``. The
compiler (:mod:`aimcsim.compiler.host_prelude`) keeps such a subgraph, whose values depend
only on integer model inputs and constants, as a *prelude*: a list of ONNX operators that
the host evaluates per sample, with this module's numpy interpreter, before it writes the
program's inputs. Its results are embedding indices (an input's ``transform.source``) and
attention masks (an input's ``name``). Like the embedding look-up, host-side work is not
timed.

In ``manifest.toml`` (``[prelude]``)::

    [[prelude.inputs]]     # an integer model input the prelude reads
    name = "input_ids"
    shape = [16]           # one sample (like [[inputs]])
    batch_axis = 0         # where the ONNX graph has its batch axis (of size 1)
    dtype = "int64"

    [[prelude.nodes]]      # in evaluation order
    name = "/embeddings/CumSum"
    op = "CumSum"
    inputs = ["/embeddings/Cast_output_0", "prelude.c1"]   # "" = an omitted input
    outputs = ["/embeddings/CumSum_output_0"]
    attrs = { exclusive = 0, reverse = 0 }                 # integer attributes

Constants are arrays ``prelude.c<k>`` of ``tensors.npz``. Nodes follow the ONNX semantics
of :data:`OPS` (opset 17), with one normalisation: list-valued parameters (``axes`` of
Squeeze/Unsqueeze/Reduce*, ``perm`` of Transpose) are always inputs (constants), never
attributes. Each node sees one sample with its batch axis of size 1, as in the ONNX graph.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from aimcsim.errors import WorkloadError
from aimcsim.workload.schema import did_you_mean

CONST_PREFIX = "prelude."
"""Prefix of the prelude's constant arrays in ``tensors.npz``."""

ELEMENTS_LIMIT = 1 << 24
"""Most elements one prelude tensor of one sample may have (checked before allocating)."""

DTYPES: dict[str, np.dtype] = {
    name: np.dtype(name)
    for name in (
        "bool",
        "int8",
        "int16",
        "int32",
        "int64",
        "uint8",
        "uint16",
        "uint32",
        "uint64",
        "float16",
        "float32",
        "float64",
    )
}
"""Element types of prelude inputs and constants (the ONNX types numpy has)."""

ONNX_TYPES: dict[int, str] = {
    1: "float32",
    2: "uint8",
    3: "int8",
    4: "uint16",
    5: "int16",
    6: "int32",
    7: "int64",
    9: "bool",
    10: "float16",
    11: "float64",
    12: "uint32",
    13: "uint64",
}
"""ONNX ``TensorProto`` element type codes of ``Cast``'s ``to`` -> numpy type names."""


class PreludeError(WorkloadError):
    """A prelude node failed on its values (``index`` is the node's position)."""

    def __init__(self, index: int, node: PreludeNode, problem: str) -> None:
        self.index = index
        self.node = node
        self.problem = problem
        super().__init__(f"prelude node {node.name!r} (op {node.op}): {problem}")


class _Refused(Exception):
    """A value-dependent failure inside one operator (its message explains)."""


@dataclass(frozen=True)
class PreludeInput:
    """An integer model input read by the prelude: ``shape`` of one sample, the ONNX batch
    axis ``batch_axis`` (re-inserted, of size 1, when the prelude runs) and its ``dtype``."""

    name: str
    shape: tuple[int, ...]
    batch_axis: int
    dtype: str


@dataclass(frozen=True)
class PreludeNode:
    """One ONNX operator of the prelude: integer ``attrs``; list parameters are inputs."""

    name: str
    op: str
    inputs: tuple[str, ...]
    outputs: tuple[str, ...]
    attrs: Mapping[str, int] = field(default_factory=dict)


# ---------------------------------------------------------------------------- operators
def _size_checked(shape: tuple[int, ...]) -> tuple[int, ...]:
    if math.prod(shape) > ELEMENTS_LIMIT or any(d < 0 for d in shape):
        raise _Refused(f"output shape {shape} is negative or above {ELEMENTS_LIMIT} elements")
    return shape


def _ints(x: np.ndarray | None) -> list[int]:
    return [] if x is None else [int(v) for v in np.asarray(x).reshape(-1)]


def _axis(axis: int, rank: int) -> int:
    if not -rank <= axis < max(rank, 1):
        raise _Refused(f"axis {axis} is outside a tensor of rank {rank}")
    return axis % max(rank, 1)


def _int_div(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    if a.dtype.kind == "f":
        return np.asarray(a / b, dtype=a.dtype)
    if np.any(b == 0):
        raise _Refused("integer division by zero")
    q = np.abs(a) // np.abs(b)  # truncation toward zero, as C (and onnxruntime) divides
    return np.where((a < 0) != (b < 0), -q, q).astype(np.result_type(a, b))


def _mod(a: np.ndarray, b: np.ndarray, fmod: int) -> np.ndarray:
    if a.dtype.kind != "f" and np.any(b == 0):
        raise _Refused("integer modulo by zero")
    return np.fmod(a, b) if fmod else np.mod(a, b)


def _reshape(x: np.ndarray, shape: np.ndarray, allowzero: int) -> np.ndarray:
    dims = _ints(shape)
    if not allowzero:
        dims = [x.shape[k] if d == 0 and k < x.ndim else d for k, d in enumerate(dims)]
    if dims.count(-1) > 1 or any(d < -1 for d in dims):
        raise _Refused(f"shape {dims} is not a valid Reshape target")
    return x.reshape(dims)


def _expand(x: np.ndarray, shape: np.ndarray) -> np.ndarray:
    out = _size_checked(np.broadcast_shapes(x.shape, tuple(_ints(shape))))
    return np.broadcast_to(x, out).copy()


def _tile(x: np.ndarray, repeats: np.ndarray) -> np.ndarray:
    reps = _ints(repeats)
    if len(reps) != x.ndim:
        raise _Refused(f"repeats {reps} do not match rank {x.ndim}")
    _size_checked(tuple(d * r for d, r in zip(x.shape, reps, strict=True)))
    return np.tile(x, reps)


def _slice(x: np.ndarray, *params: np.ndarray | None) -> np.ndarray:
    starts, ends = _ints(params[0]), _ints(params[1])
    given = [*params[2:], None, None]
    axes = _ints(given[0]) if given[0] is not None else list(range(len(starts)))
    steps = _ints(given[1]) if given[1] is not None else [1] * len(starts)
    if not len(starts) == len(ends) == len(axes) == len(steps):
        raise _Refused("starts, ends, axes and steps differ in length")
    index: list[slice] = [slice(None)] * x.ndim
    for a, s, e, st in zip(axes, starts, ends, steps, strict=True):
        ax = _axis(a, x.ndim)
        dim = x.shape[ax]
        if st == 0:
            raise _Refused("a Slice step is 0")
        s, e = s + dim if s < 0 else s, e + dim if e < 0 else e
        if st > 0:
            s, e = min(max(s, 0), dim), min(max(e, 0), dim)
        else:
            s, e = min(max(s, 0), dim - 1), min(max(e, -1), dim - 1)
        index[ax] = slice(s, e if e >= 0 else None, st)
    return x[tuple(index)]


def _indices(idx: np.ndarray, dim: int) -> np.ndarray:
    idx = np.asarray(idx, dtype=np.int64)
    if idx.size and (idx.min() < -dim or idx.max() >= dim):
        bad = idx[(idx < -dim) | (idx >= dim)].reshape(-1)[0]
        raise _Refused(f"index {int(bad)} is outside an axis of {dim}")
    return np.where(idx < 0, idx + dim, idx)


def _gather(x: np.ndarray, idx: np.ndarray, axis: int) -> np.ndarray:
    ax = _axis(axis, x.ndim)
    return np.take(x, _indices(idx, x.shape[ax]), axis=ax)


def _gather_elements(x: np.ndarray, idx: np.ndarray, axis: int) -> np.ndarray:
    ax = _axis(axis, x.ndim)
    if idx.ndim != x.ndim:
        raise _Refused(f"indices of rank {idx.ndim} for data of rank {x.ndim}")
    return np.take_along_axis(x, _indices(idx, x.shape[ax]), axis=ax)


def _cumsum(x: np.ndarray, axis: np.ndarray, exclusive: int, reverse: int) -> np.ndarray:
    ax = _axis(_ints(axis)[0], x.ndim)
    y = np.flip(x, ax) if reverse else x
    out = np.cumsum(y, axis=ax, dtype=x.dtype)
    if exclusive:
        out = np.concatenate([np.zeros_like(np.take(out, [0], axis=ax)), out], axis=ax)
        out = np.take(out, np.arange(x.shape[ax]), axis=ax)
    return np.flip(out, ax) if reverse else out


def _reduce(fn: Callable[..., np.ndarray]) -> Callable[..., np.ndarray]:
    def run(
        x: np.ndarray,
        axes: np.ndarray | None = None,
        *,
        keepdims: int = 1,
        noop_with_empty_axes: int = 0,
    ) -> np.ndarray:
        ax = _ints(axes)
        if not ax and noop_with_empty_axes:
            return x
        where = tuple(_axis(a, x.ndim) for a in ax) if ax else None
        if x.size == 0:
            raise _Refused("reduction of an empty tensor")
        return np.asarray(fn(x, axis=where, keepdims=bool(keepdims)), dtype=x.dtype)

    return run


def _range(start: np.ndarray, limit: np.ndarray, delta: np.ndarray) -> np.ndarray:
    a, b, d = start.item(), limit.item(), delta.item()
    if d == 0:
        raise _Refused("Range with delta 0")
    _size_checked((max(math.ceil((b - a) / d), 0),))
    return np.arange(a, b, d, dtype=start.dtype)


def _cast(x: np.ndarray, to: int) -> np.ndarray:
    return x.astype(DTYPES[ONNX_TYPES[to]])


def _unsqueeze(x: np.ndarray, axes: np.ndarray) -> np.ndarray:
    ax = _ints(axes)
    rank = x.ndim + len(ax)
    norm = sorted(_axis(a, rank) for a in ax)
    if len(set(norm)) != len(norm):
        raise _Refused(f"axes {ax} repeat an axis")
    return np.expand_dims(x, tuple(norm))


def _squeeze(x: np.ndarray, axes: np.ndarray | None = None) -> np.ndarray:
    ax = tuple(_axis(a, x.ndim) for a in _ints(axes))
    if any(x.shape[a] != 1 for a in ax):
        raise _Refused(f"axes {list(ax)} of shape {x.shape} are not all of size 1")
    return np.squeeze(x, axis=ax or None)


def _transpose(x: np.ndarray, perm: np.ndarray | None = None) -> np.ndarray:
    p = _ints(perm) or list(range(x.ndim))[::-1]
    if sorted(p) != list(range(x.ndim)):
        raise _Refused(f"perm {p} is not a permutation of {x.ndim} axes")
    return np.transpose(x, p)


def _flatten(x: np.ndarray, axis: int = 1) -> np.ndarray:
    ax = axis + x.ndim if axis < 0 else axis
    if not 0 <= ax <= x.ndim:
        raise _Refused(f"axis {axis} is outside a tensor of rank {x.ndim}")
    return x.reshape(math.prod(x.shape[:ax]), math.prod(x.shape[ax:]))


def _logical(fn: Callable[..., np.ndarray]) -> Callable[..., np.ndarray]:
    def run(*xs: np.ndarray) -> np.ndarray:
        if any(x.dtype != np.bool_ for x in xs):
            raise _Refused("logical operators take bool tensors")
        return np.asarray(fn(*xs))

    return run


def _variadic(fn: Callable[..., np.ndarray]) -> Callable[..., np.ndarray]:
    return lambda *xs: np.asarray(functools.reduce(fn, xs))


@dataclass(frozen=True)
class OpSpec:
    """An operator of the prelude: how many inputs it takes (``max_inputs`` None: any
    number), its integer attributes with their defaults, and its numpy evaluation (the
    inputs, an omitted optional one as None, then the attributes as keywords)."""

    min_inputs: int
    max_inputs: int | None
    attrs: dict[str, int]
    run: Callable[..., np.ndarray]


def _binary(fn: Callable[..., np.ndarray]) -> OpSpec:
    return OpSpec(2, 2, {}, lambda a, b: np.asarray(fn(a, b)))


OPS: dict[str, OpSpec] = {
    "Identity": OpSpec(1, 1, {}, lambda x: x),
    "Cast": OpSpec(1, 1, {"to": 7}, lambda x, *, to: _cast(x, to)),
    "Equal": _binary(np.equal),
    "Less": _binary(np.less),
    "LessOrEqual": _binary(np.less_equal),
    "Greater": _binary(np.greater),
    "GreaterOrEqual": _binary(np.greater_equal),
    "Not": OpSpec(1, 1, {}, _logical(np.logical_not)),
    "And": OpSpec(2, 2, {}, _logical(np.logical_and)),
    "Or": OpSpec(2, 2, {}, _logical(np.logical_or)),
    "Xor": OpSpec(2, 2, {}, _logical(np.logical_xor)),
    "Add": _binary(np.add),
    "Sub": _binary(np.subtract),
    "Mul": _binary(np.multiply),
    "Div": OpSpec(2, 2, {}, _int_div),
    "Mod": OpSpec(2, 2, {"fmod": 0}, lambda a, b, *, fmod: _mod(a, b, fmod)),
    "Neg": OpSpec(1, 1, {}, np.negative),
    "Abs": OpSpec(1, 1, {}, np.abs),
    "Sign": OpSpec(1, 1, {}, lambda x: np.sign(x).astype(x.dtype)),
    "Min": OpSpec(1, None, {}, _variadic(np.minimum)),
    "Max": OpSpec(1, None, {}, _variadic(np.maximum)),
    "Where": OpSpec(3, 3, {}, lambda c, a, b: np.asarray(np.where(c, a, b))),
    "CumSum": OpSpec(2, 2, {"exclusive": 0, "reverse": 0}, _cumsum),
    "Unsqueeze": OpSpec(2, 2, {}, _unsqueeze),
    "Squeeze": OpSpec(1, 2, {}, _squeeze),
    "Reshape": OpSpec(2, 2, {"allowzero": 0}, _reshape),
    "Flatten": OpSpec(1, 1, {"axis": 1}, _flatten),
    "Expand": OpSpec(2, 2, {}, _expand),
    "Tile": OpSpec(2, 2, {}, _tile),
    "Transpose": OpSpec(1, 2, {}, _transpose),
    "Slice": OpSpec(3, 5, {}, _slice),
    "Gather": OpSpec(2, 2, {"axis": 0}, _gather),
    "GatherElements": OpSpec(2, 2, {"axis": 0}, _gather_elements),
    "Concat": OpSpec(1, None, {"axis": 0}, lambda *xs, axis: np.concatenate(xs, axis=axis)),
    "Range": OpSpec(3, 3, {}, _range),
    "ReduceSum": OpSpec(1, 2, {"keepdims": 1, "noop_with_empty_axes": 0}, _reduce(np.sum)),
    "ReduceMax": OpSpec(1, 2, {"keepdims": 1, "noop_with_empty_axes": 0}, _reduce(np.max)),
    "ReduceMin": OpSpec(1, 2, {"keepdims": 1, "noop_with_empty_axes": 0}, _reduce(np.min)),
}
"""The operators a prelude may use (ONNX semantics, list parameters as inputs)."""

LIST_PARAMETERS: dict[str, tuple[str, int]] = {
    "Unsqueeze": ("axes", 1),
    "Squeeze": ("axes", 1),
    "ReduceSum": ("axes", 1),
    "ReduceMax": ("axes", 1),
    "ReduceMin": ("axes", 1),
    "Transpose": ("perm", 1),
}
"""List attributes of older opsets that the prelude takes as an input: op -> (attribute,
input position)."""


# ---------------------------------------------------------------------------- the prelude
@dataclass
class Prelude:
    """Inputs, nodes (in evaluation order) and constants of a host-side prelude."""

    inputs: list[PreludeInput]
    nodes: list[PreludeNode]
    constants: dict[str, np.ndarray]

    @property
    def produced(self) -> set[str]:
        """Names of the tensors the nodes compute."""
        return {o for n in self.nodes for o in n.outputs}

    def evaluate(self, feeds: Mapping[str, np.ndarray]) -> dict[str, np.ndarray]:
        """Every tensor of the prelude for one sample: ``feeds`` maps each input to its
        ONNX-shaped value (batch axis of size 1). PreludeError names a failing node."""
        env: dict[str, np.ndarray] = {**self.constants}
        for inp in self.inputs:
            env[inp.name] = np.asarray(feeds[inp.name]).astype(DTYPES[inp.dtype], copy=False)
        for k, node in enumerate(self.nodes):
            spec = OPS[node.op]
            args = [env[t] if t else None for t in node.inputs]
            attrs = {a: int(node.attrs.get(a, d)) for a, d in spec.attrs.items()}
            try:
                out = spec.run(*args, **attrs)
            except _Refused as exc:
                raise PreludeError(k, node, str(exc)) from None
            except (ValueError, IndexError, TypeError, KeyError, OverflowError) as exc:
                raise PreludeError(k, node, f"{type(exc).__name__}: {exc}") from None
            _check_elements(k, node, out)
            env[node.outputs[0]] = np.asarray(out)
        return env

    def run(
        self, samples: Mapping[str, np.ndarray], wanted: Mapping[str, tuple[int, ...]]
    ) -> dict[str, np.ndarray]:
        """Tensors ``wanted`` (name -> shape of one sample) for ``samples`` (input name ->
        ``(N, *shape)``), evaluated one sample at a time: name -> ``(N, *shape)``."""
        n = len(next(iter(samples.values())))
        out = {t: [] for t in wanted}  # type: dict[str, list[np.ndarray]]
        for i in range(n):
            feeds = {p.name: np.expand_dims(samples[p.name][i], p.batch_axis) for p in self.inputs}
            try:
                env = self.evaluate(feeds)
            except PreludeError as exc:
                raise WorkloadError(f"sample {i}: {exc}") from None
            for t, shape in wanted.items():
                v = env[t]
                if v.size != math.prod(shape):
                    raise WorkloadError(
                        f"sample {i}: prelude tensor {t!r} has shape {v.shape}, expected "
                        f"{math.prod(shape)} elements {shape}"
                    )
                out[t].append(v.reshape(shape))
        return {t: np.stack(v) for t, v in out.items()}

    def zero_feeds(self) -> dict[str, np.ndarray]:
        """One all-zero sample of every input, ONNX-shaped."""
        return {
            p.name: np.zeros(
                (*p.shape[: p.batch_axis], 1, *p.shape[p.batch_axis :]), dtype=DTYPES[p.dtype]
            )
            for p in self.inputs
        }

    def to_manifest(self) -> dict[str, Any]:
        """The ``[prelude]`` table of ``manifest.toml``."""
        return {
            "inputs": [
                {
                    "name": p.name,
                    "shape": list(p.shape),
                    "batch_axis": p.batch_axis,
                    "dtype": p.dtype,
                }
                for p in self.inputs
            ],
            "nodes": [
                {
                    "name": n.name,
                    "op": n.op,
                    "inputs": list(n.inputs),
                    "outputs": list(n.outputs),
                    **({"attrs": dict(n.attrs)} if n.attrs else {}),
                }
                for n in self.nodes
            ],
        }


def _check_elements(k: int, node: PreludeNode, out: np.ndarray) -> None:
    if np.asarray(out).size > ELEMENTS_LIMIT:
        raise PreludeError(k, node, f"output of {np.asarray(out).size} elements")


# ---------------------------------------------------------------------------- loading
def from_manifest(
    table: Mapping[str, Any], tensors: Mapping[str, np.ndarray], file: str
) -> Prelude:
    """The prelude of a manifest's ``[prelude]`` table (already checked against the
    schema), validated: dtypes, operators, input and attribute counts, names defined before
    use, constants present and of a prelude dtype, and a dry run on zero inputs. Errors are
    WorkloadErrors naming ``file`` and the key (``prelude.nodes[3].op``)."""

    def fail(path: str, problem: str) -> WorkloadError:
        return WorkloadError(f"{file}: prelude.{path}: {problem}")

    inputs = []
    defined: set[str] = set()
    for i, e in enumerate(table.get("inputs", [])):
        if e["dtype"] not in DTYPES:
            raise fail(f"inputs[{i}].dtype", f"{e['dtype']!r} is not one of {', '.join(DTYPES)}")
        shape = tuple(int(d) for d in e["shape"])
        if not 0 <= e["batch_axis"] <= len(shape):
            raise fail(f"inputs[{i}].batch_axis", f"{e['batch_axis']} is outside 0..{len(shape)}")
        if math.prod(shape) > ELEMENTS_LIMIT:
            raise fail(f"inputs[{i}].shape", f"{list(shape)} is above {ELEMENTS_LIMIT} elements")
        if e["name"] in defined:
            raise fail(f"inputs[{i}].name", f"{e['name']!r} is listed twice")
        defined.add(e["name"])
        inputs.append(PreludeInput(e["name"], shape, int(e["batch_axis"]), e["dtype"]))
    constants: dict[str, np.ndarray] = {}
    nodes = []
    for k, e in enumerate(table.get("nodes", [])):
        where = f"nodes[{k}]"
        spec = OPS.get(e["op"])
        if spec is None:
            raise fail(
                f"{where}.op",
                f"{e['op']!r} is not a prelude operator{did_you_mean(e['op'], OPS)} "
                f"(known: {', '.join(OPS)})",
            )
        n_in = len(e["inputs"])
        if n_in < spec.min_inputs or (spec.max_inputs is not None and n_in > spec.max_inputs):
            most = "any number" if spec.max_inputs is None else spec.max_inputs
            raise fail(
                f"{where}.inputs", f"{e['op']} takes {spec.min_inputs} to {most} inputs, got {n_in}"
            )
        for j, t in enumerate(e["inputs"]):
            if not t and j < spec.min_inputs:
                raise fail(f"{where}.inputs[{j}]", f"{e['op']} needs input {j}")
            if t.startswith(CONST_PREFIX) and t not in defined:
                constants[t] = _constant(t, tensors, fail, f"{where}.inputs[{j}]")
                defined.add(t)
            elif t and t not in defined:
                raise fail(
                    f"{where}.inputs[{j}]",
                    f"{t!r} is neither a prelude input, the output of an earlier node nor a "
                    f"constant {CONST_PREFIX}*{did_you_mean(t, defined)}",
                )
        if len(e["outputs"]) != 1 or not e["outputs"][0]:
            raise fail(f"{where}.outputs", "a prelude node has exactly one named output")
        out = e["outputs"][0]
        if out in defined:
            raise fail(f"{where}.outputs[0]", f"{out!r} is already defined")
        attrs = dict(e.get("attrs", {}))
        for a, v in attrs.items():
            if a not in spec.attrs:
                known = ", ".join(spec.attrs) or "none"
                raise fail(
                    f"{where}.attrs.{a}", f"{e['op']} has no attribute {a!r} (known: {known})"
                )
            if a == "to" and v not in ONNX_TYPES:
                raise fail(f"{where}.attrs.to", f"{v} is not an ONNX element type code")
        defined.add(out)
        nodes.append(PreludeNode(e["name"], e["op"], tuple(e["inputs"]), (out,), attrs))
    prelude = Prelude(inputs, nodes, constants)
    try:
        prelude.evaluate(prelude.zero_feeds())
    except PreludeError as exc:
        raise fail(
            f"nodes[{exc.index}]", f"{exc.node.op} fails on zero inputs: {exc.problem}"
        ) from None
    return prelude


def _constant(
    name: str,
    tensors: Mapping[str, np.ndarray],
    fail: Callable[[str, str], WorkloadError],
    where: str,
) -> np.ndarray:
    if name not in tensors:
        raise fail(where, f"constant {name!r} is not in tensors.npz{did_you_mean(name, tensors)}")
    value = tensors[name]
    if value.dtype.name not in DTYPES or value.size > ELEMENTS_LIMIT:
        raise fail(
            where,
            f"constant {name!r} has dtype {value.dtype} and {value.size} elements; a prelude "
            f"constant is one of {', '.join(DTYPES)}, at most {ELEMENTS_LIMIT} elements",
        )
    return value


# ---------------------------------------------------------------------------- program inputs
def input_key(entry: Mapping[str, Any]) -> str:
    """The tensor a program input (an entry like the manifest's ``[[inputs]]``) is made of:
    the token ids of its embedding look-up (``transform.source``), else itself."""
    tr = entry.get("transform")
    return str(tr["source"]) if tr else str(entry["name"])


def key_shape(entry: Mapping[str, Any]) -> tuple[int, ...]:
    """Shape of one sample of :func:`input_key` (an embedding input ``(*s, d)`` has ids
    ``s``)."""
    shape = tuple(int(d) for d in entry["shape"])
    return shape[:-1] if entry.get("transform") else shape


def host_values(
    prelude: Prelude | None,
    entries: Sequence[Mapping[str, Any]],
    tables: Mapping[str, np.ndarray],
    samples: Mapping[str, np.ndarray],
) -> dict[str, np.ndarray]:
    """``samples`` (model input -> ``(N, *shape)``) plus what ``prelude`` computes from
    them for the program inputs ``entries``: the value of every :func:`input_key`. Indices
    of an embedding look-up that the prelude computes must lie within its table (``tables``);
    WorkloadError naming the sample, the tensor and the table otherwise."""
    values = dict(samples)
    if prelude is None:
        return values
    wanted = {input_key(e): key_shape(e) for e in entries if input_key(e) in prelude.produced}
    values.update(prelude.run({p.name: samples[p.name] for p in prelude.inputs}, wanted))
    for e in entries:
        tr, key = e.get("transform"), input_key(e)
        if not tr or key not in wanted:
            continue
        ids, rows = values[key], int(tables[str(tr["table"])].shape[0])
        bad = (ids < 0) | (ids >= rows)
        if bad.any():
            at = tuple(int(i) for i in np.argwhere(bad)[0])
            raise WorkloadError(
                f"sample {at[0]}: embedding indices {key!r} computed by the host prelude hold "
                f"{ids[at]} at {at[1:]}, outside the {rows} rows of table {tr['table']!r}"
            )
    return values
