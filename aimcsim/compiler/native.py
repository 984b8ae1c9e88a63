"""Native model description: a small TOML format (or the same as a Python dict) -> graph IR.

For hand-built models without an ONNX exporter. Example (``workloads/README.md`` has a full
one that the tests compile)::

    [model]
    name = "tiny-rnn"
    seed = 0                   # seed of synthetic weights (default 0)
    weights = "tiny-rnn.npz"   # arrays named by the layers; default: <toml stem>.npz if present
    outputs = ["logits"]       # default: the last layer's output

    [[inputs]]
    name = "x"
    shape = [16, 8]            # per sample, no batch axis; 3-D = (C, H, W) image

    [[layers]]
    type = "lstm"              # forward LSTM over axis 0 of a (T, I) input -> (T, H)
    hidden = 32
    W = "rnn.W"                # (4H, I), gate rows i, o, f, c as in ONNX; absent: synthetic
    R = "rnn.R"                # (4H, H)
    B = "rnn.B"                # (8H,) = [Wb, Rb]; absent: no bias

    [[layers]]
    type = "dense"
    name = "logits"
    units = 10
    activation = "relu"        # optional: relu, sigmoid, tanh, gelu, exp

Every layer has ``type``, an optional ``name`` (default ``<type><index>``; it names the
layer's output tensor) and ``input`` (default: the previous layer's output, or the first
model input) or ``inputs`` (``add``/``mul``/``concat``). Layer types and their keys:

=============== ==============================================================================
dense           units; weight (units, K), bias (units,); activation
conv            filters, kernel (k or [kh, kw]), stride (1), pads (p or [top, left, bottom,
                right], 0), dilation (1); weight (filters, C, kh, kw) as ONNX; bias;
                activation; input and output are (C, H, W) maps
relu, sigmoid, tanh, gelu, exp     element-wise
clip            hi: clip to [0, hi] (ReLU6: hi = 6)
add, mul        inputs = [a, b] of one shape
concat          inputs = [...], axis (last)
maxpool,        kernel, stride (kernel), pads (0) over (C, H, W) maps
avgpool
gap             global average pool: (C, H, W) -> (C, 1, 1)
flatten         -> (n,)
softmax         over the last axis
layernorm       over the last axis; gamma, beta (default 1, 0); eps = 1e-5 (fixed by vlnorm)
lstm            hidden; W (4H, I), R (4H, H), B (8H,) in ONNX layout and gate order i, o, f,
                c; return = "sequence" (T, H, default) or "last" (1, H); zero initial state
=============== ==============================================================================

Weights: a key naming a tensor (``weight``, ``bias``, ``W``, ``R``, ``B``, ``gamma``,
``beta``) is looked up in the ``.npz``; its shape is checked. A weight key that is absent gives
synthetic weights ``N(0, 2/K)`` from ``seed`` and the weight layer's index (the same generator
as ``CompileOptions.synthetic_weights``); ``bias = true`` gives a synthetic bias
``N(0, 0.1^2)``, absent or false no bias. Arrays must be numeric and finite.

Limits, checked before anything is allocated: every size (a shape entry, ``units``,
``filters``, ``hidden``, a kernel, stride, dilation or pad) is an integer in
``[1, MAX_DIM]`` (pads from 0); every tensor (model input, layer output, weight) holds at most
:data:`MAX_TENSOR_ELEMENTS` elements and all weights together at most
:data:`MAX_MODEL_WEIGHTS`; ``seed`` is an integer in ``[0, 2^63 - 1]``.

Errors are :class:`~aimcsim.errors.CompileError` naming the file, the layer (index, name,
type) and the key at fault; an unreadable TOML or weights archive is an
:class:`~aimcsim.errors.InputFileError` naming the file.
"""

from __future__ import annotations

import difflib
import math
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from aimcsim.compiler.graph import Graph, Node
from aimcsim.compiler.lstm import stack_onnx_weights
from aimcsim.config.schema import SEED_MAX
from aimcsim.errors import CompileError
from aimcsim.inputs import load_npz, read_toml

MAX_DIM = 1 << 16
"""Largest size of one axis or layer dimension (units, filters, hidden, kernel...)."""
MAX_TENSOR_ELEMENTS = 1 << 26
"""Most elements of one tensor: a model input, a layer output or a weight (512 MiB as
float64), e.g. a 8192 x 8192 dense layer."""
MAX_MODEL_WEIGHTS = 1 << 27
"""Most weight elements of the whole model (1 GiB as float64)."""

ELEMENTWISE = ("relu", "sigmoid", "tanh", "gelu", "exp")
COMMON_KEYS = {"type", "name", "input", "inputs"}
LAYER_KEYS: dict[str, set[str]] = {
    "dense": {"units", "weight", "bias", "activation"},
    "conv": {"filters", "kernel", "stride", "pads", "dilation", "weight", "bias", "activation"},
    **{a: set() for a in ELEMENTWISE},
    "clip": {"hi"},
    "add": set(),
    "mul": set(),
    "concat": {"axis"},
    "maxpool": {"kernel", "stride", "pads"},
    "avgpool": {"kernel", "stride", "pads"},
    "gap": set(),
    "flatten": set(),
    "softmax": set(),
    "layernorm": {"gamma", "beta", "eps"},
    "lstm": {"hidden", "W", "R", "B", "return"},
}
MODEL_KEYS = {"name", "seed", "weights", "outputs"}
TOP_KEYS = {"model", "inputs", "layers"}


def _suggest(word: str, options: Any) -> str:
    close = difflib.get_close_matches(str(word), sorted(options), n=1)
    return f"; did you mean {close[0]!r}?" if close else ""


def load_native(path: str | Path) -> Graph:
    """Read a native ``.toml`` model (see the module docstring); weights from the ``.npz``
    named by ``model.weights`` (relative to the TOML) or ``<stem>.npz`` beside it."""
    p = Path(path)
    spec = read_toml(p, what="native model")
    model = spec.get("model", {})
    wfile = model.get("weights") if isinstance(model, dict) else None
    if wfile is not None and (not isinstance(wfile, str) or not wfile):
        raise CompileError(f"{p}: [model]: key 'weights' must name an .npz file, got {wfile!r}")
    npz = p.parent / wfile if wfile else p.with_suffix(".npz")
    weights: dict[str, np.ndarray] | None = None
    if wfile or npz.is_file():
        weights = load_npz(npz, what=f"weights archive of {p.name}")
    return native_to_graph(spec, weights, source=str(p), default_name=p.stem)


def native_to_graph(
    spec: dict[str, Any],
    weights: dict[str, np.ndarray] | None = None,
    *,
    source: str = "<dict>",
    default_name: str = "model",
) -> Graph:
    """Build the graph of a native description given as a dict (the parsed TOML);
    ``weights`` maps tensor names to arrays; ``source`` names the model in errors."""
    return _Builder(spec, weights or {}, source, default_name).run()


class _Builder:
    def __init__(
        self, spec: dict[str, Any], weights: dict[str, np.ndarray], source: str, default_name: str
    ) -> None:
        self.spec = spec
        self.weights = weights
        self.src = source
        model = spec.get("model", {})
        if not isinstance(model, dict):
            raise self.err("[model] must be a table")
        for k in model:
            if k not in MODEL_KEYS:
                raise self.err(f"[model]: unknown key {k!r}{_suggest(k, MODEL_KEYS)}")
        for k in spec:
            if k not in TOP_KEYS:
                raise self.err(f"unknown top-level key {k!r}{_suggest(k, TOP_KEYS)}")
        self.where = "[model]"
        self.seed = self.integer(model, "seed", 0, 0, SEED_MAX)
        name = model.get("name", default_name)
        if not isinstance(name, str) or not name:
            raise self.err(f"key 'name' must be a non-empty string, got {name!r}")
        self.where = ""
        self.g = Graph(name=name)
        self.model = model
        self.n_weight = 0
        self.weight_elements = 0

    # ------------------------------------------------------------------ helpers
    def err(self, msg: str) -> CompileError:
        at = f" {self.where}:" if getattr(self, "where", "") else ""
        return CompileError(f"{self.src}:{at} {msg}")

    def shape(self, t: str) -> tuple[int, ...]:
        return self.g.shapes[t]

    def integer(self, table: dict[str, Any], key: str, default: int, low: int, high: int) -> int:
        """``table[key]`` (or ``default``) as an integer in ``[low, high]``."""
        v = table.get(key, default)
        if isinstance(v, bool) or not isinstance(v, int) or not low <= v <= high:
            raise self.err(f"key {key!r} must be an integer in [{low}, {high}], got {v!r}")
        return v

    def size(self, layer: dict[str, Any], key: str, what: str) -> int:
        """A required layer dimension ``layer[key]``: an integer in ``[1, MAX_DIM]``."""
        if key not in layer:
            raise self.err(f"key {key!r} ({what}, an integer in [1, {MAX_DIM}]) is required")
        return self.integer(layer, key, 0, 1, MAX_DIM)

    def number(self, layer: dict[str, Any], key: str, default: float | None = None) -> float:
        """``layer[key]`` (or ``default``) as a finite float."""
        v = layer.get(key, default)
        if isinstance(v, bool) or not isinstance(v, int | float) or not math.isfinite(v):
            raise self.err(f"key {key!r} must be a finite number, got {v!r}")
        return float(v)

    def check_elements(self, shape: Sequence[int], what: str) -> None:
        """Refuse a tensor of more than MAX_TENSOR_ELEMENTS elements before it is made."""
        n = math.prod(shape)
        if n > MAX_TENSOR_ELEMENTS:
            raise self.err(
                f"{what} of shape {tuple(shape)} would hold {n} elements, more than the limit "
                f"of {MAX_TENSOR_ELEMENTS} per tensor"
            )

    def reserve_weights(self, shape: Sequence[int], key: str) -> None:
        """Count a weight tensor against the per-tensor and whole-model limits."""
        self.check_elements(shape, f"weight {key!r}")
        self.weight_elements += math.prod(shape)
        if self.weight_elements > MAX_MODEL_WEIGHTS:
            raise self.err(
                f"weight {key!r} brings the model to {self.weight_elements} weights, more than "
                f"the limit of {MAX_MODEL_WEIGHTS}"
            )

    def tensor(self, key: str, name: Any, shape: tuple[int, ...]) -> np.ndarray:
        """Array ``name`` of the weights file, checked against ``shape``."""
        if not isinstance(name, str):
            raise self.err(f"key {key!r} must name an array of the weights file, got {name!r}")
        if name not in self.weights:
            have = sorted(self.weights)
            hint = _suggest(name, have) if have else " (no weights file was found)"
            raise self.err(f"{key} = {name!r}: no such array in the weights file{hint}")
        a = np.asarray(self.weights[name])
        if a.shape != shape and not (
            a.size == math.prod(shape) and a.squeeze().shape == tuple(s for s in shape if s != 1)
        ):
            raise self.err(f"{key} = {name!r} has shape {a.shape}, expected {shape}")
        if a.dtype.kind not in "iuf":
            raise self.err(f"{key} = {name!r} has dtype {a.dtype}, expected numbers")
        self.reserve_weights(shape, key)
        a = a.astype(np.float64)
        if not np.isfinite(a).all():
            n_bad = int(np.count_nonzero(~np.isfinite(a)))
            raise self.err(f"{key} = {name!r} holds {n_bad} NaN or infinite value(s)")
        return a.reshape(shape)

    def weight(self, layer: dict[str, Any], key: str, shape: tuple[int, ...]) -> np.ndarray:
        """A weight tensor: from the weights file, or synthetic ``N(0, 2/K)`` from the seed."""
        from aimcsim.workload.format import synthetic_weight

        if key in layer:
            return self.tensor(key, layer[key], shape)
        self.reserve_weights(shape, key)
        k = math.prod(shape[1:]) if len(shape) > 1 else 1
        w = synthetic_weight(self.seed, self.n_weight, (shape[0], k))
        return w.astype(np.float64).reshape(shape)

    def bias(self, layer: dict[str, Any], key: str, n: int, salt: int) -> np.ndarray | None:
        v = layer.get(key, False)
        if v is False:
            return None
        if v is True:
            self.reserve_weights((n,), key)
            rng = np.random.default_rng([self.seed, 1000 + self.n_weight, salt])
            return 0.1 * rng.standard_normal(n)
        return self.tensor(key, v, (n,))

    def node(
        self,
        name: str,
        op: str,
        inputs: list[str],
        shape: tuple[int, ...],
        layout: str = "flat",
        **attrs: Any,
    ) -> str:
        if name in self.g.shapes:
            raise self.err(f"tensor name {name!r} is already used; give the layer another name")
        self.check_elements(shape, f"output {name!r}")
        self.g.shapes[name] = shape
        self.g.layouts[name] = layout
        self.g.nodes.append(Node(name, op, inputs, name, attrs, f"native:{op}"))
        return name

    def ints(
        self, layer: dict[str, Any], key: str, default: int, n: int, low: int, form: str
    ) -> list[int]:
        """``layer[key]``: one integer for all ``n`` entries or a list of ``n`` (``form`` says
        which in messages), each in ``[low, MAX_DIM]``."""
        v = layer.get(key, default)
        values = [v] * n if not isinstance(v, list) else v
        if len(values) != n or not all(
            not isinstance(q, bool) and isinstance(q, int) and low <= q <= MAX_DIM for q in values
        ):
            raise self.err(f"key {key!r} must be {form}, each in [{low}, {MAX_DIM}], got {v!r}")
        return values

    def pair(self, layer: dict[str, Any], key: str, default: int | None) -> tuple[int, int]:
        """A (height, width) pair of positive sizes; ``default`` None: the key is required."""
        if default is None and key not in layer:
            raise self.err(f"key {key!r} (k or [kh, kw]) is required")
        a, b = self.ints(layer, key, 1 if default is None else default, 2, 1, "k or [kh, kw]")
        return (a, b)

    def pads(self, layer: dict[str, Any]) -> tuple[int, int, int, int]:
        t, left, b, r = self.ints(layer, "pads", 0, 4, 0, "p or [top, left, bottom, right]")
        return (t, left, b, r)

    def need_map(self, x: str, what: str) -> tuple[int, int, int]:
        s = self.shape(x)
        if len(s) != 3 or self.g.layout(x) != "nhwc":
            raise self.err(f"{what} needs a (C, H, W) map but input {x!r} has shape {s}")
        return s[0], s[1], s[2]

    # ------------------------------------------------------------------ driver
    def run(self) -> Graph:
        inputs = self.spec.get("inputs", [])
        if not isinstance(inputs, list) or not inputs:
            raise self.err("the model needs at least one [[inputs]] entry (name, shape)")
        for i, inp in enumerate(inputs):
            self.where = f"inputs[{i}]"
            if not isinstance(inp, dict) or "name" not in inp or "shape" not in inp:
                raise self.err("each input needs 'name' and 'shape'")
            raw = inp["shape"]
            if not isinstance(raw, list) or not 1 <= len(raw) <= 3:
                raise self.err(f"key 'shape' must be a list of 1 to 3 sizes, got {raw!r}")
            shape = tuple(self.ints(inp, "shape", 0, len(raw), 1, "a list of 1 to 3 sizes"))
            self.check_elements(shape, "input")
            name = inp["name"]
            if not isinstance(name, str) or not name or name in self.g.shapes:
                raise self.err(f"key 'name' must be a new non-empty string, got {name!r}")
            self.g.inputs.append(name)
            self.g.shapes[name] = shape
            self.g.layouts[name] = "nhwc" if len(shape) == 3 else "flat"
        layers = self.spec.get("layers", [])
        if not isinstance(layers, list) or not layers:
            raise self.err("the model needs at least one [[layers]] entry")
        prev = self.g.inputs[0]
        for i, layer in enumerate(layers):
            self.where = f"layers[{i}]"
            if not isinstance(layer, dict) or "type" not in layer:
                raise self.err("each layer needs a 'type'")
            kind = layer["type"]
            if not isinstance(kind, str) or kind not in LAYER_KEYS:
                raise self.err(
                    f"unknown layer type {kind!r}{_suggest(kind, LAYER_KEYS)} "
                    f"(known: {', '.join(LAYER_KEYS)})"
                )
            name = layer.get("name", f"{kind}{i}")
            if not isinstance(name, str) or not name:
                raise self.err(f"key 'name' must be a non-empty string, got {name!r}")
            self.where = f"layers[{i}] ({name!r}, {kind})"
            for k in layer:
                if k not in COMMON_KEYS | LAYER_KEYS[kind]:
                    raise self.err(
                        f"unknown key {k!r}{_suggest(k, COMMON_KEYS | LAYER_KEYS[kind])}"
                    )
            srcs = layer.get("inputs", [layer.get("input", prev)])
            if not isinstance(srcs, list) or not all(isinstance(s, str) for s in srcs):
                raise self.err("'input' must be a tensor name, 'inputs' a list of them")
            arity = {"add": "2", "mul": "2", "concat": "at least 1"}.get(kind, "1")
            if not srcs or (arity.isdigit() and len(srcs) != int(arity)):
                key = "inputs" if "inputs" in layer else "input"
                raise self.err(f"key {key!r}: {kind} takes {arity} input(s), got {srcs}")
            for s in srcs:
                if s not in self.g.shapes:
                    known = [t for t in self.g.shapes if t not in self.g.params]
                    raise self.err(
                        f"input {s!r} is not a model input or an earlier layer{_suggest(s, known)}"
                    )
            prev = getattr(self, f"_{kind}", self._elementwise)(layer, name, kind, srcs)
        self.where = "[model]"
        outs = self.model.get("outputs", [prev])
        if not isinstance(outs, list) or not outs or not all(isinstance(o, str) for o in outs):
            raise self.err(f"key 'outputs' must be a non-empty list of tensor names, got {outs!r}")
        for o in outs:
            if o not in self.g.shapes or o in self.g.inputs:
                raise self.err(
                    f"output {o!r} is not produced by a layer{_suggest(o, self.g.shapes)}"
                )
        self.g.outputs = [str(o) for o in outs]
        self.where = ""
        return self.g

    def _activation(self, layer: dict[str, Any], name: str, pre: str) -> str:
        act = layer.get("activation")
        if act is None:
            return pre
        if not isinstance(act, str) or act not in ELEMENTWISE:
            raise self.err(
                f"activation {act!r} unknown{_suggest(act, ELEMENTWISE)} "
                f"(known: {', '.join(ELEMENTWISE)})"
            )
        self.g.shapes[name] = self.shape(pre)
        self.g.layouts[name] = self.g.layout(pre)
        if pre in self.g.perms:
            self.g.perms[name] = self.g.perms[pre]
        self.g.nodes.append(Node(name, act, [pre], name, {}, f"native:{act}"))
        return name

    # ------------------------------------------------------------------ layer types
    def _dense(self, layer: dict[str, Any], name: str, kind: str, srcs: list[str]) -> str:
        x = srcs[0]
        units = self.size(layer, "units", "number of outputs")
        k = self.shape(x)[-1]
        w = self.weight(layer, "weight", (units, k))
        if x in self.g.perms:
            w = w[:, self.g.perms[x]]
        b = self.bias(layer, "bias", units, 0)
        self.n_weight += 1
        wn = self.g.add_param(f"{name}.w", w)
        bn = self.g.add_param(f"{name}.b", b) if b is not None else None
        pre = f"{name}.pre" if "activation" in layer else name
        self.node(pre, "dense", [x], (*self.shape(x)[:-1], units), w=wn, b=bn)
        return self._activation(layer, name, pre)

    def _conv(self, layer: dict[str, Any], name: str, kind: str, srcs: list[str]) -> str:
        x = srcs[0]
        c, h, wd = self.need_map(x, "conv")
        o = self.size(layer, "filters", "output channels")
        kh, kw = self.pair(layer, "kernel", None)
        st, dil, pads = (
            self.pair(layer, "stride", 1),
            self.pair(layer, "dilation", 1),
            self.pads(layer),
        )
        oh = (h + pads[0] + pads[2] - (kh - 1) * dil[0] - 1) // st[0] + 1
        ow = (wd + pads[1] + pads[3] - (kw - 1) * dil[1] - 1) // st[1] + 1
        if oh <= 0 or ow <= 0:
            raise self.err(f"kernel {kh}x{kw} does not fit the input map {(c, h, wd)}")
        w = self.weight(layer, "weight", (o, c, kh, kw))
        b = self.bias(layer, "bias", o, 0)
        self.n_weight += 1
        wn = self.g.add_param(f"{name}.w", np.transpose(w, (0, 2, 3, 1)).reshape(o, -1))
        bn = self.g.add_param(f"{name}.b", b) if b is not None else None
        pre = f"{name}.pre" if "activation" in layer else name
        self.node(
            pre,
            "conv",
            [x],
            (o, oh, ow),
            "nhwc",
            w=wn,
            b=bn,
            kh=kh,
            kw=kw,
            stride=st,
            pads=pads,
            dilation=dil,
            groups=1,
        )
        return self._activation(layer, name, pre)

    def _elementwise(self, layer: dict[str, Any], name: str, kind: str, srcs: list[str]) -> str:
        x = srcs[0]
        out = self.node(name, kind, [x], self.shape(x), self.g.layout(x))
        if x in self.g.perms:
            self.g.perms[out] = self.g.perms[x]
        return out

    def _clip(self, layer: dict[str, Any], name: str, kind: str, srcs: list[str]) -> str:
        x = srcs[0]
        if "hi" not in layer:
            raise self.err("key 'hi' (upper bound of clip to [0, hi]) is required")
        hi = self.number(layer, "hi")
        if hi < 0:
            raise self.err(f"key 'hi' must be >= 0 (clip to [0, hi]), got {hi!r}")
        return self.node(name, "clip", [x], self.shape(x), self.g.layout(x), lo=0.0, hi=hi)

    def _binary(self, layer: dict[str, Any], name: str, kind: str, srcs: list[str]) -> str:
        if len(srcs) != 2:
            raise self.err(f"{kind} needs inputs = [a, b], got {srcs}")
        a, b = srcs
        if self.shape(a) != self.shape(b) or self.g.layout(a) != self.g.layout(b):
            raise self.err(
                f"inputs {a!r} {self.shape(a)} and {b!r} {self.shape(b)} differ in shape or layout"
            )
        return self.node(name, kind, [a, b], self.shape(a), self.g.layout(a))

    _add = _binary
    _mul = _binary

    def _concat(self, layer: dict[str, Any], name: str, kind: str, srcs: list[str]) -> str:
        shapes = [self.shape(s) for s in srcs]
        if any(self.g.layout(s) != "flat" for s in srcs):
            raise self.err("concat supports flat tensors only")
        nd = len(shapes[0])
        axis = self.integer(layer, "axis", -1, -nd, nd - 1) % nd
        rest = {tuple(s[:axis] + s[axis + 1 :]) for s in shapes}
        if len(rest) != 1 or any(len(s) != nd for s in shapes):
            raise self.err(f"inputs of shapes {shapes} cannot be concatenated on axis {axis}")
        out = list(shapes[0])
        out[axis] = sum(s[axis] for s in shapes)
        return self.node(name, "concat", list(srcs), tuple(out), axis=axis)

    def _pool(self, layer: dict[str, Any], name: str, kind: str, srcs: list[str]) -> str:
        x = srcs[0]
        c, h, w = self.need_map(x, kind)
        kh, kw = self.pair(layer, "kernel", None)
        st = self.pair(layer, "stride", kh) if "stride" in layer else (kh, kw)
        pads = self.pads(layer)
        oh = (h + pads[0] + pads[2] - kh) // st[0] + 1
        ow = (w + pads[1] + pads[3] - kw) // st[1] + 1
        if oh <= 0 or ow <= 0:
            raise self.err(f"window {kh}x{kw} does not fit the input map {(c, h, w)}")
        return self.node(name, kind, [x], (c, oh, ow), "nhwc", kh=kh, kw=kw, stride=st, pads=pads)

    _maxpool = _pool
    _avgpool = _pool

    def _gap(self, layer: dict[str, Any], name: str, kind: str, srcs: list[str]) -> str:
        c, _, _ = self.need_map(srcs[0], "gap")
        return self.node(name, "gap", [srcs[0]], (c, 1, 1), "nhwc")

    def _flatten(self, layer: dict[str, Any], name: str, kind: str, srcs: list[str]) -> str:
        x = srcs[0]
        s = self.shape(x)
        out = self.node(name, "reshape", [x], (math.prod(s),))
        if self.g.layout(x) == "nhwc" and s[1] * s[2] > 1:
            self.g.perms[out] = np.arange(math.prod(s)).reshape(s).transpose(1, 2, 0).ravel()
        elif x in self.g.perms:
            self.g.perms[out] = self.g.perms[x]
        return out

    def _softmax(self, layer: dict[str, Any], name: str, kind: str, srcs: list[str]) -> str:
        x = srcs[0]
        if self.g.layout(x) != "flat" or x in self.g.perms:
            raise self.err("softmax needs a flat tensor in logical order")
        return self.node(name, "softmax", [x], self.shape(x))

    def _layernorm(self, layer: dict[str, Any], name: str, kind: str, srcs: list[str]) -> str:
        x = srcs[0]
        if self.g.layout(x) != "flat" or x in self.g.perms:
            raise self.err("layernorm needs a flat tensor in logical order")
        d = self.shape(x)[-1]
        eps = self.number(layer, "eps", 1e-5)
        if abs(eps - 1e-5) > 1e-12:
            raise self.err(f"eps = {eps}: vlnorm's epsilon is fixed at 1e-5")
        gamma = self.tensor("gamma", layer["gamma"], (d,)) if "gamma" in layer else np.ones(d)
        beta = self.tensor("beta", layer["beta"], (d,)) if "beta" in layer else np.zeros(d)
        p = self.g.add_param(f"{name}.ln", np.concatenate([gamma, beta]))
        return self.node(name, "layernorm", [x], self.shape(x), params=p, eps=eps)

    def _lstm(self, layer: dict[str, Any], name: str, kind: str, srcs: list[str]) -> str:
        x = srcs[0]
        s = self.shape(x)
        if len(s) != 2 or self.g.layout(x) != "flat":
            raise self.err(f"lstm needs a (T, I) sequence but input {x!r} has shape {s}")
        steps, n_in = s
        hidden = self.size(layer, "hidden", "hidden size H")
        ret = layer.get("return", "sequence")
        if not isinstance(ret, str) or ret not in ("sequence", "last"):
            raise self.err(
                f"return = {ret!r}: expected 'sequence' or 'last'"
                f"{_suggest(ret, ('sequence', 'last'))}"
            )
        if "W" in layer or "R" in layer:
            w_onnx = self.tensor("W", layer.get("W"), (4 * hidden, n_in))
            r_onnx = self.tensor("R", layer.get("R"), (4 * hidden, hidden))
            w, _, _, _ = stack_onnx_weights(w_onnx, r_onnx, None, f"{self.src}: {self.where}")
        else:
            w = self.weight(layer, "W", (4 * hidden, n_in + hidden))
        b_full = self.bias(layer, "B", 8 * hidden, 0)
        b = None if b_full is None else b_full[: 4 * hidden] + b_full[4 * hidden :]
        self.n_weight += 1
        wn = self.g.add_param(f"{name}.w", w)
        bn = self.g.add_param(f"{name}.b", b) if b is not None else None
        seq_name = f"{name}.seq" if ret == "last" else name
        self.node(
            seq_name,
            "lstm",
            [x],
            (steps, hidden),
            w=wn,
            b=bn,
            hidden=hidden,
            seq=steps,
            input_size=n_in,
        )
        if ret == "last":
            self.node(
                name, "slice", [seq_name], (1, hidden), start=(steps - 1) * hidden, length=hidden
            )
        return name


__all__ = ["load_native", "native_to_graph"]
