"""Model builders for the shipped workloads (ONNX via ``onnx.helper``, or exported from torch
for ``cnn-fashion``; no downloads).

Each ``build_*`` returns ``(onnx.ModelProto, samples, labels)`` where ``samples`` maps the model
input name to ``(N, *shape)`` arrays (batch axis first) and ``labels`` is ``(N,)`` or None.
"""

from __future__ import annotations

from typing import Any

import numpy as np

OPSET = 17


def _model(
    nodes: list[Any], inputs: list[Any], outputs: list[Any], inits: list[Any], name: str
) -> Any:
    import onnx
    from onnx import helper

    graph = helper.make_graph(nodes, name, inputs, outputs, inits)
    model = helper.make_model(
        graph, opset_imports=[helper.make_opsetid("", OPSET)], producer_name="aimcsim-workloads"
    )
    model.ir_version = 8
    onnx.checker.check_model(model)
    return model


def _t(name: str, a: np.ndarray) -> Any:
    from onnx import numpy_helper

    return numpy_helper.from_array(np.ascontiguousarray(a, dtype=np.float32), name)


def _vi(name: str, shape: list[Any]) -> Any:
    from onnx import TensorProto, helper

    return helper.make_tensor_value_info(name, TensorProto.FLOAT, shape)


def digits_split(seed: int = 0) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """scikit-learn's bundled 8x8 digits, scaled to [0, 1]; 70/30 stratified split."""
    from sklearn.datasets import load_digits
    from sklearn.model_selection import train_test_split

    d = load_digits()
    x = (d.data / 16.0).astype(np.float32)
    xtr, xte, ytr, yte = train_test_split(
        x, d.target, test_size=0.3, random_state=seed, stratify=d.target
    )
    return xtr, xte, ytr.astype(np.int64), yte.astype(np.int64)


def build_mlp_digits(seed: int = 0) -> tuple[Any, dict[str, np.ndarray], np.ndarray]:
    """64-64-10 ReLU MLP trained with scikit-learn's MLPClassifier (fixed seed)."""
    from onnx import helper
    from sklearn.neural_network import MLPClassifier

    xtr, xte, ytr, yte = digits_split(seed)
    clf = MLPClassifier(
        hidden_layer_sizes=(64,), activation="relu", max_iter=400, random_state=seed, alpha=1e-3
    )
    clf.fit(xtr, ytr)
    (w1, w2), (b1, b2) = clf.coefs_, clf.intercepts_
    nodes = [
        helper.make_node("Gemm", ["x", "w1", "b1"], ["h1"], name="fc1"),
        helper.make_node("Relu", ["h1"], ["a1"], name="relu1"),
        helper.make_node("Gemm", ["a1", "w2", "b2"], ["logits"], name="fc2"),
    ]
    model = _model(
        nodes,
        [_vi("x", ["N", 64])],
        [_vi("logits", ["N", 10])],
        [_t("w1", w1), _t("b1", b1), _t("w2", w2), _t("b2", b2)],
        "mlp_digits",
    )
    return model, {"x": xte}, yte


def _train_cnn(xtr: np.ndarray, ytr: np.ndarray, seed: int) -> dict[str, np.ndarray]:
    """A small CNN trained in numpy: conv3x3(1->8, pad 1) ReLU, conv3x3(8->16, stride 2,
    pad 1) ReLU, flatten 16*4*4, dense 10; softmax cross-entropy, Adam, fixed seed."""
    rng = np.random.default_rng(seed)
    p = {
        "c1": rng.standard_normal((8, 1, 3, 3)) * np.sqrt(2 / 9),
        "b1": np.zeros(8),
        "c2": rng.standard_normal((16, 8, 3, 3)) * np.sqrt(2 / 72),
        "b2": np.zeros(16),
        "w": rng.standard_normal((256, 10)) * np.sqrt(1 / 256),
        "b": np.zeros(10),
    }
    m = {k: np.zeros_like(v) for k, v in p.items()}
    v2 = {k: np.zeros_like(v) for k, v in p.items()}
    x_all = xtr.reshape(-1, 1, 8, 8)

    def im2col(x: np.ndarray, stride: int) -> np.ndarray:
        n, c, h, _ = x.shape
        xp = np.pad(x, ((0, 0), (0, 0), (1, 1), (1, 1)))
        oh = (h + 2 - 3) // stride + 1
        cols = np.empty((n, c, 3, 3, oh, oh))
        for dy in range(3):
            for dx in range(3):
                sl = (slice(dy, dy + stride * oh, stride), slice(dx, dx + stride * oh, stride))
                cols[:, :, dy, dx] = xp[:, :, sl[0], sl[1]]
        return cols.reshape(n, c * 9, oh * oh)

    def col2im(cols: np.ndarray, shape: tuple[int, ...], stride: int) -> np.ndarray:
        n, c, h, w = shape
        oh = (h + 2 - 3) // stride + 1
        cols = cols.reshape(n, c, 3, 3, oh, oh)
        xp = np.zeros((n, c, h + 2, w + 2))
        for dy in range(3):
            for dx in range(3):
                sl = (slice(dy, dy + stride * oh, stride), slice(dx, dx + stride * oh, stride))
                xp[:, :, sl[0], sl[1]] += cols[:, :, dy, dx]
        return xp[:, :, 1:-1, 1:-1]

    lr, b1m, b2m = 3e-3, 0.9, 0.999
    step = 0
    for _epoch in range(30):
        order = rng.permutation(len(x_all))
        for i in range(0, len(order), 64):
            idx = order[i : i + 64]
            x, y = x_all[idx], ytr[idx]
            n = len(idx)
            col1 = im2col(x, 1)
            z1 = np.einsum("ok,nkp->nop", p["c1"].reshape(8, -1), col1) + p["b1"][:, None]
            a1 = np.maximum(z1, 0).reshape(n, 8, 8, 8)
            col2 = im2col(a1, 2)
            z2 = np.einsum("ok,nkp->nop", p["c2"].reshape(16, -1), col2) + p["b2"][:, None]
            a2 = np.maximum(z2, 0).reshape(n, 256)
            logits = a2 @ p["w"] + p["b"]
            e = np.exp(logits - logits.max(1, keepdims=True))
            prob = e / e.sum(1, keepdims=True)
            g = prob.copy()
            g[np.arange(n), y] -= 1
            g /= n
            grads = {"w": a2.T @ g, "b": g.sum(0)}
            ga2 = (g @ p["w"].T).reshape(n, 16, 16) * (z2 > 0)
            grads["c2"] = np.einsum("nop,nkp->ok", ga2, col2).reshape(p["c2"].shape)
            grads["b2"] = ga2.sum((0, 2))
            gcol2 = np.einsum("ok,nop->nkp", p["c2"].reshape(16, -1), ga2)
            ga1 = col2im(gcol2, (n, 8, 8, 8), 2).reshape(n, 8, 64) * (z1 > 0)
            grads["c1"] = np.einsum("nop,nkp->ok", ga1, col1).reshape(p["c1"].shape)
            grads["b1"] = ga1.sum((0, 2))
            step += 1
            for k in p:
                m[k] = b1m * m[k] + (1 - b1m) * grads[k]
                v2[k] = b2m * v2[k] + (1 - b2m) * grads[k] ** 2
                mh = m[k] / (1 - b1m**step)
                vh = v2[k] / (1 - b2m**step)
                p[k] -= lr * mh / (np.sqrt(vh) + 1e-8)
    return p


def build_cnn_digits(seed: int = 0) -> tuple[Any, dict[str, np.ndarray], np.ndarray]:
    """Two-conv CNN on the 8x8 digits (trained in numpy, see :func:`_train_cnn`)."""
    from onnx import helper

    xtr, xte, ytr, yte = digits_split(seed)
    p = _train_cnn(xtr, ytr, seed)
    nodes = [
        helper.make_node(
            "Conv", ["x", "c1", "b1"], ["z1"], name="conv1", pads=[1, 1, 1, 1], kernel_shape=[3, 3]
        ),
        helper.make_node("Relu", ["z1"], ["a1"], name="relu1"),
        helper.make_node(
            "Conv",
            ["a1", "c2", "b2"],
            ["z2"],
            name="conv2",
            pads=[1, 1, 1, 1],
            strides=[2, 2],
            kernel_shape=[3, 3],
        ),
        helper.make_node("Relu", ["z2"], ["a2"], name="relu2"),
        helper.make_node("Flatten", ["a2"], ["f"], name="flatten", axis=1),
        helper.make_node("Gemm", ["f", "w", "b"], ["logits"], name="fc"),
    ]
    inits = [_t(k, v) for k, v in p.items()]
    model = _model(
        nodes, [_vi("x", ["N", 1, 8, 8])], [_vi("logits", ["N", 10])], inits, "cnn_digits"
    )
    return model, {"x": xte.reshape(-1, 1, 8, 8)}, yte


def build_mlp4(seed: int = 0, n_samples: int = 8) -> tuple[Any, dict[str, np.ndarray], None]:
    """PUMA's MLP shape 1024-1024-2048-1024-10 with sigmoids; synthetic weights."""
    from onnx import helper

    rng = np.random.default_rng(seed)
    dims = [1024, 1024, 2048, 1024, 10]
    nodes, inits = [], []
    cur = "x"
    for i in range(4):
        w = rng.standard_normal((dims[i], dims[i + 1])) * np.sqrt(1.0 / dims[i])
        b = rng.standard_normal(dims[i + 1]) * 0.1
        inits += [_t(f"w{i}", w), _t(f"b{i}", b)]
        out = f"h{i}" if i < 3 else "logits"
        nodes.append(helper.make_node("Gemm", [cur, f"w{i}", f"b{i}"], [out], name=f"fc{i}"))
        if i < 3:
            nodes.append(helper.make_node("Sigmoid", [out], [f"s{i}"], name=f"sig{i}"))
            cur = f"s{i}"
    model = _model(nodes, [_vi("x", ["N", 1024])], [_vi("logits", ["N", 10])], inits, "mlp4")
    x = rng.standard_normal((n_samples, 1024)).astype(np.float32)
    return model, {"x": x}, None


def build_resnet18(
    seed: int = 0, n_classes: int = 1000, image: int = 224
) -> tuple[Any, dict[str, np.ndarray], None]:
    """torchvision-like ResNet-18 (BasicBlocks, BN after every conv, 1x1 downsample) with
    synthetic weights; input ``(N, 3, image, image)``."""
    return _build_resnet("resnet18", (2, 2, 2, 2), False, seed, n_classes, image)


def build_resnet50(
    seed: int = 0, n_classes: int = 1000, image: int = 224
) -> tuple[Any, dict[str, np.ndarray], None]:
    """torchvision-like ResNet-50 (Bottleneck blocks 1x1-3x3-1x1 with expansion 4, stride on
    the 3x3, BN after every conv, 1x1 downsample) with synthetic weights; input
    ``(N, 3, image, image)``; 25.6 M parameters."""
    return _build_resnet("resnet50", (3, 4, 6, 3), True, seed, n_classes, image)


def _build_resnet(
    name: str, blocks: tuple[int, ...], bottleneck: bool, seed: int, n_classes: int, image: int
) -> tuple[Any, dict[str, np.ndarray], None]:
    """ResNet of ``blocks`` per stage (widths 64, 128, 256, 512; x4 out with bottlenecks)."""
    from onnx import helper

    rng = np.random.default_rng(seed)
    nodes: list[Any] = []
    inits: list[Any] = []

    def conv_bn(x: str, cin: int, cout: int, k: int, s: int, p: int, name: str, relu: bool) -> str:
        w = rng.standard_normal((cout, cin, k, k)) * np.sqrt(2.0 / (cin * k * k))
        inits.append(_t(f"{name}.weight", w))
        nodes.append(
            helper.make_node(
                "Conv",
                [x, f"{name}.weight"],
                [f"{name}.out"],
                name=name,
                kernel_shape=[k, k],
                strides=[s, s],
                pads=[p] * 4,
            )
        )
        bn = f"{name}.bn"
        for suffix, val in (
            ("scale", 1 + 0.1 * rng.standard_normal(cout)),
            ("bias", 0.1 * rng.standard_normal(cout)),
            ("mean", 0.1 * rng.standard_normal(cout)),
            ("var", 1 + 0.1 * rng.random(cout)),
        ):
            inits.append(_t(f"{bn}.{suffix}", val))
        nodes.append(
            helper.make_node(
                "BatchNormalization",
                [f"{name}.out", f"{bn}.scale", f"{bn}.bias", f"{bn}.mean", f"{bn}.var"],
                [f"{bn}.out"],
                name=bn,
                epsilon=1e-5,
            )
        )
        out = f"{bn}.out"
        if relu:
            nodes.append(helper.make_node("Relu", [out], [f"{name}.relu"], name=f"{name}.relu"))
            out = f"{name}.relu"
        return out

    x = conv_bn("x", 3, 64, 7, 2, 3, "conv1", True)
    nodes.append(
        helper.make_node(
            "MaxPool",
            [x],
            ["pool"],
            name="maxpool",
            kernel_shape=[3, 3],
            strides=[2, 2],
            pads=[1, 1, 1, 1],
        )
    )
    x, cin = "pool", 64
    for li, (width, n_blocks) in enumerate(zip((64, 128, 256, 512), blocks, strict=True), 1):
        cout = 4 * width if bottleneck else width
        for bi in range(n_blocks):
            s = 2 if li > 1 and bi == 0 else 1
            blk = f"layer{li}.{bi}"
            if bottleneck:
                h = conv_bn(x, cin, width, 1, 1, 0, f"{blk}.conv1", True)
                h = conv_bn(h, width, width, 3, s, 1, f"{blk}.conv2", True)
                h = conv_bn(h, width, cout, 1, 1, 0, f"{blk}.conv3", False)
            else:
                h = conv_bn(x, cin, cout, 3, s, 1, f"{blk}.conv1", True)
                h = conv_bn(h, cout, cout, 3, 1, 1, f"{blk}.conv2", False)
            sc = x
            if s != 1 or cin != cout:
                sc = conv_bn(x, cin, cout, 1, s, 0, f"{blk}.downsample", False)
            nodes.append(helper.make_node("Add", [h, sc], [f"{blk}.add"], name=f"{blk}.add"))
            nodes.append(
                helper.make_node("Relu", [f"{blk}.add"], [f"{blk}.out"], name=f"{blk}.relu")
            )
            x, cin = f"{blk}.out", cout
    nodes.append(helper.make_node("GlobalAveragePool", [x], ["gap"], name="avgpool"))
    nodes.append(helper.make_node("Flatten", ["gap"], ["flat"], name="flatten", axis=1))
    inits += [
        _t("fc.weight", rng.standard_normal((n_classes, cin)) * np.sqrt(1 / cin)),
        _t("fc.bias", np.zeros(n_classes)),
    ]
    nodes.append(
        helper.make_node("Gemm", ["flat", "fc.weight", "fc.bias"], ["logits"], name="fc", transB=1)
    )
    model = _model(
        nodes,
        [_vi("x", ["N", 3, image, image])],
        [_vi("logits", ["N", n_classes])],
        inits,
        name,
    )
    xs = rng.standard_normal((2, 3, image, image)).astype(np.float32)
    return model, {"x": xs}, None


def build_bert_tiny(
    seed: int = 0,
    seq: int = 128,
    hidden: int = 128,
    heads: int = 2,
    layers: int = 2,
    vocab: int = 1000,
    n_samples: int = 4,
    pad_id: int | None = None,
) -> tuple[Any, dict[str, np.ndarray], None]:
    """A BERT-like encoder as HF exports it: token embedding Gather, position embedding
    add, LayerNorm, then per layer Q/K/V projections, head split Reshape/Transpose,
    scaled Q K^T, Softmax, A V, merge, output projection, residual + LayerNorm, GELU
    (Erf pattern) feed-forward, residual + LayerNorm. Synthetic weights; token ids input.

    With ``pad_id``, RoBERTa-style: position ids computed from the ids as RoBERTa's export
    does (``cumsum(ids != pad) * (ids != pad) + pad``, looked up in a position table) and an
    attention mask built from ``ids != pad`` (a ``Where`` bias added to the scores); samples
    end in padding of different lengths."""
    from onnx import TensorProto, helper

    rng = np.random.default_rng(seed)
    dh = hidden // heads
    ff = 4 * hidden
    nodes: list[Any] = []
    inits: list[Any] = []

    def const(name: str, val: Any) -> str:
        inits.append(_t(name, np.asarray(val)))
        return name

    def shape(name: str, val: list[int]) -> str:
        from onnx import numpy_helper

        inits.append(numpy_helper.from_array(np.asarray(val, dtype=np.int64), name))
        return name

    def linear(x: str, k: int, n: int, name: str) -> str:
        const(f"{name}.w", rng.standard_normal((k, n)) * np.sqrt(1 / k))
        const(f"{name}.b", 0.02 * rng.standard_normal(n))
        nodes.append(helper.make_node("MatMul", [x, f"{name}.w"], [f"{name}.mm"], name=name))
        nodes.append(
            helper.make_node(
                "Add", [f"{name}.mm", f"{name}.b"], [f"{name}.out"], name=f"{name}.bias"
            )
        )
        return f"{name}.out"

    def layernorm(x: str, name: str) -> str:
        const(f"{name}.g", 1 + 0.1 * rng.standard_normal(hidden))
        const(f"{name}.b", 0.1 * rng.standard_normal(hidden))
        nodes.append(
            helper.make_node(
                "LayerNormalization",
                [x, f"{name}.g", f"{name}.b"],
                [f"{name}.out"],
                name=name,
                axis=-1,
                epsilon=1e-5,
            )
        )
        return f"{name}.out"

    const("emb.word", 0.5 * rng.standard_normal((vocab, hidden)))
    nodes.append(
        helper.make_node(
            "Gather", ["emb.word", "input_ids"], ["emb.tok"], name="embeddings", axis=0
        )
    )
    bias = ""
    if pad_id is None:
        const("emb.pos", 0.1 * rng.standard_normal((1, seq, hidden)))
    else:
        bias = _padding_prelude(nodes, inits, pad_id)
        const("emb.pos.table", 0.1 * rng.standard_normal((seq + pad_id + 1, hidden)))
        nodes.append(
            helper.make_node(
                "Gather", ["emb.pos.table", "pos.ids"], ["emb.pos"], name="emb.pos", axis=0
            )
        )
    nodes.append(helper.make_node("Add", ["emb.tok", "emb.pos"], ["emb.sum"], name="emb.add"))
    x = layernorm("emb.sum", "emb.ln")
    split = shape("shape.split", [0, seq, heads, dh])
    merge = shape("shape.merge", [0, seq, hidden])
    scale = const("attn.scale", np.float32(1 / np.sqrt(dh)))
    for li in range(layers):
        p = f"l{li}"
        q = linear(x, hidden, hidden, f"{p}.q")
        k = linear(x, hidden, hidden, f"{p}.k")
        v = linear(x, hidden, hidden, f"{p}.v")
        for name, t, perm in (
            (f"{p}.qh", q, [0, 2, 1, 3]),
            (f"{p}.kt", k, [0, 2, 3, 1]),
            (f"{p}.vh", v, [0, 2, 1, 3]),
        ):
            nodes.append(
                helper.make_node("Reshape", [t, split], [f"{name}.r"], name=f"{name}.reshape")
            )
            nodes.append(
                helper.make_node("Transpose", [f"{name}.r"], [name], name=f"{name}.tr", perm=perm)
            )
        nodes.append(
            helper.make_node("MatMul", [f"{p}.qh", f"{p}.kt"], [f"{p}.scores"], name=f"{p}.qk")
        )
        nodes.append(
            helper.make_node("Mul", [f"{p}.scores", scale], [f"{p}.scaled"], name=f"{p}.scale")
        )
        scores = f"{p}.scaled"
        if bias:
            nodes.append(helper.make_node("Add", [scores, bias], [f"{p}.masked"], name=f"{p}.mask"))
            scores = f"{p}.masked"
        nodes.append(
            helper.make_node("Softmax", [scores], [f"{p}.probs"], name=f"{p}.softmax", axis=-1)
        )
        nodes.append(
            helper.make_node("MatMul", [f"{p}.probs", f"{p}.vh"], [f"{p}.ctx"], name=f"{p}.av")
        )
        nodes.append(
            helper.make_node(
                "Transpose", [f"{p}.ctx"], [f"{p}.ctx.t"], name=f"{p}.ctx.tr", perm=[0, 2, 1, 3]
            )
        )
        nodes.append(
            helper.make_node(
                "Reshape", [f"{p}.ctx.t", merge], [f"{p}.ctx.m"], name=f"{p}.ctx.reshape"
            )
        )
        o = linear(f"{p}.ctx.m", hidden, hidden, f"{p}.o")
        nodes.append(helper.make_node("Add", [o, x], [f"{p}.res1"], name=f"{p}.res1"))
        x = layernorm(f"{p}.res1", f"{p}.ln1")
        h = linear(x, hidden, ff, f"{p}.ff1")
        nodes.append(
            helper.make_node(
                "Div",
                [h, const(f"{p}.sqrt2", np.float32(np.sqrt(2)))],
                [f"{p}.gd"],
                name=f"{p}.gelu.div",
            )
        )
        nodes.append(helper.make_node("Erf", [f"{p}.gd"], [f"{p}.ge"], name=f"{p}.gelu.erf"))
        nodes.append(
            helper.make_node(
                "Add",
                [f"{p}.ge", const(f"{p}.one", np.float32(1))],
                [f"{p}.ga"],
                name=f"{p}.gelu.add",
            )
        )
        nodes.append(helper.make_node("Mul", [h, f"{p}.ga"], [f"{p}.gm"], name=f"{p}.gelu.mul"))
        nodes.append(
            helper.make_node(
                "Mul",
                [f"{p}.gm", const(f"{p}.half", np.float32(0.5))],
                [f"{p}.gelu"],
                name=f"{p}.gelu.half",
            )
        )
        f2 = linear(f"{p}.gelu", ff, hidden, f"{p}.ff2")
        nodes.append(helper.make_node("Add", [f2, x], [f"{p}.res2"], name=f"{p}.res2"))
        x = layernorm(f"{p}.res2", f"{p}.ln2")
    nodes.append(helper.make_node("Identity", [x], ["hidden_states"], name="output"))
    ids = helper.make_tensor_value_info("input_ids", TensorProto.INT64, ["N", seq])
    model = _model(nodes, [ids], [_vi("hidden_states", ["N", seq, hidden])], inits, "bert_tiny")
    if pad_id is None:
        tokens = rng.integers(0, vocab, size=(n_samples, seq)).astype(np.int64)
    else:
        tokens = rng.integers(pad_id + 1, vocab, size=(n_samples, seq)).astype(np.int64)
        for i in range(n_samples):
            tokens[i, seq - (i * seq) // (2 * n_samples) :] = pad_id
    return model, {"input_ids": tokens}, None


def _padding_prelude(nodes: list[Any], inits: list[Any], pad_id: int) -> str:
    """RoBERTa's integer subgraph of ``input_ids``: position ids ``pos.ids`` and the
    additive key-padding bias (returned), as ``torch.onnx.export`` writes them."""
    from onnx import TensorProto, helper, numpy_helper

    def const(name: str, value: Any, dtype: Any) -> str:
        inits.append(numpy_helper.from_array(np.asarray(value, dtype=dtype), name))
        return name

    mk = helper.make_node
    nodes += [
        mk("Equal", ["input_ids", const("pad", pad_id, np.int64)], ["is_pad"], name="pad.eq"),
        mk("Not", ["is_pad"], ["not_pad"], name="pad.not"),
        mk("Cast", ["not_pad"], ["not_pad.i"], name="pad.cast", to=TensorProto.INT32),
        mk("CumSum", ["not_pad.i", const("axis1", 1, np.int64)], ["pos.cum"], name="pos.cumsum"),
        mk("Mul", ["pos.cum", "not_pad.i"], ["pos.masked"], name="pos.mul"),
        mk("Cast", ["pos.masked"], ["pos.i64"], name="pos.cast", to=TensorProto.INT64),
        mk("Add", ["pos.i64", "pad"], ["pos.ids"], name="pos.add"),
        mk("Unsqueeze", ["not_pad", const("axes12", [1, 2], np.int64)], ["keep"], name="mask.uq"),
        mk(
            "Where",
            ["keep", const("zero", 0.0, np.float32), const("neg", -1e4, np.float32)],
            ["mask.bias"],
            name="mask.where",
        ),
    ]
    return "mask.bias"


def build_roberta_tiny(seed: int = 0) -> tuple[Any, dict[str, np.ndarray], None]:
    """:func:`build_bert_tiny` RoBERTa-style (padding id 1): position ids and the attention
    mask computed from the token ids by the host prelude; 1 layer, hidden 64, sequence 32."""
    return build_bert_tiny(seed=seed, seq=32, hidden=64, heads=2, layers=1, vocab=100, pad_id=1)


def build_bert_base(seed: int = 0, n_samples: int = 1) -> tuple[Any, dict[str, np.ndarray], None]:
    """BERT-base as HF exports it (the :func:`build_bert_tiny` graph at full size): 12
    layers, hidden 768, 12 heads, FFN 3072, sequence 128, WordPiece vocabulary 30522;
    110 M parameters, synthetic."""
    return build_bert_tiny(
        seed=seed, seq=128, hidden=768, heads=12, layers=12, vocab=30522, n_samples=n_samples
    )


def build_lstm_lm(
    seed: int = 0,
    vocab: int = 50,
    embed: int = 32,
    hidden: int = 64,
    seq: int = 24,
    layers: int = 2,
    n_samples: int = 8,
) -> tuple[Any, dict[str, np.ndarray], None]:
    """A small LSTM language model as ``torch.nn.LSTM`` (batch_first) exports it: token ids
    ``(N, seq)`` -> embedding ``Gather`` (vocab x embed) -> ``Transpose`` to sequence-first
    -> ``layers`` forward ``LSTM`` operators of ``hidden`` units (each followed by a
    ``Squeeze`` of the direction axis) -> ``Transpose`` back -> dense decoder to ``vocab``
    logits ``(N, seq, vocab)``. Synthetic weights from ``seed`` (PyTorch's default
    ``U(-1/sqrt(H), 1/sqrt(H))`` for LSTM and decoder, ``N(0, 1)`` embeddings)."""
    from onnx import TensorProto, helper

    rng = np.random.default_rng(seed)
    bound = 1.0 / np.sqrt(hidden)
    inits: list[Any] = []
    nodes: list[Any] = []

    def const(name: str, value: np.ndarray) -> str:
        inits.append(_t(name, value))
        return name

    def uni(*shape: int) -> np.ndarray:
        return rng.uniform(-bound, bound, size=shape)

    const("emb.table", rng.standard_normal((vocab, embed)))
    from onnx import numpy_helper

    inits.append(numpy_helper.from_array(np.array([1], dtype=np.int64), "axis1"))
    nodes.append(
        helper.make_node("Gather", ["emb.table", "input_ids"], ["emb"], name="embedding", axis=0)
    )
    nodes.append(
        helper.make_node("Transpose", ["emb"], ["emb.t"], name="to_seq_first", perm=[1, 0, 2])
    )
    x, n_in = "emb.t", embed
    for li in range(layers):
        p = f"lstm{li}"
        const(f"{p}.W", uni(1, 4 * hidden, n_in))
        const(f"{p}.R", uni(1, 4 * hidden, hidden))
        const(f"{p}.B", uni(1, 8 * hidden))
        nodes.append(
            helper.make_node(
                "LSTM",
                [x, f"{p}.W", f"{p}.R", f"{p}.B"],
                [f"{p}.Y", f"{p}.Y_h", f"{p}.Y_c"],
                name=p,
                hidden_size=hidden,
            )
        )
        nodes.append(
            helper.make_node("Squeeze", [f"{p}.Y", "axis1"], [f"{p}.out"], name=f"{p}.squeeze")
        )
        x, n_in = f"{p}.out", hidden
    nodes.append(
        helper.make_node("Transpose", [x], ["h.bf"], name="to_batch_first", perm=[1, 0, 2])
    )
    const("decoder.w", uni(hidden, vocab))
    const("decoder.b", uni(vocab))
    nodes.append(helper.make_node("MatMul", ["h.bf", "decoder.w"], ["decoder.mm"], name="decoder"))
    nodes.append(
        helper.make_node("Add", ["decoder.mm", "decoder.b"], ["logits"], name="decoder.bias")
    )
    ids = helper.make_tensor_value_info("input_ids", TensorProto.INT64, ["N", seq])
    model = _model(nodes, [ids], [_vi("logits", ["N", seq, vocab])], inits, "lstm_lm")
    tokens = rng.integers(0, vocab, size=(n_samples, seq)).astype(np.int64)
    return model, {"input_ids": tokens}, None


FASHION_MNIST_DIRS = ("/usr/share/datasets/fashion-mnist",)
"""Where Debian's ``dataset-fashion-mnist`` package puts Fashion-MNIST's IDX files (the
``AIMCSIM_FASHION_MNIST`` environment variable names another directory)."""

FASHION_TEST_SAMPLES = 500
"""Held-out Fashion-MNIST test images shipped with ``cnn-fashion`` (50 per class)."""


def _fashion_dir() -> Any:
    """The directory holding Fashion-MNIST's ``*-idx*-ubyte.gz`` files."""
    import os
    from pathlib import Path

    candidates = [os.environ.get("AIMCSIM_FASHION_MNIST", ""), *FASHION_MNIST_DIRS]
    for d in candidates:
        if d and (Path(d) / "train-images-idx3-ubyte.gz").is_file():
            return Path(d)
    raise SystemExit(
        "cnn-fashion needs Fashion-MNIST: `apt-get install dataset-fashion-mnist` (Debian) or "
        "set AIMCSIM_FASHION_MNIST to a directory holding its *-idx*-ubyte.gz files"
    )


def _idx(path: Any) -> np.ndarray:
    """One gzipped IDX file (unsigned bytes) as an array of its shape."""
    import gzip

    raw = gzip.decompress(path.read_bytes())
    dims = raw[3]
    shape = tuple(int.from_bytes(raw[4 + 4 * i : 8 + 4 * i], "big") for i in range(dims))
    return np.frombuffer(raw, dtype=np.uint8, offset=4 + 4 * dims).reshape(shape)


def fashion_split(seed: int = 0) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Fashion-MNIST as ``(x_train, y_train, x_test, y_test)``: images ``(N, 1, 28, 28)``
    float32 in [0, 1], labels int64; the test part is :data:`FASHION_TEST_SAMPLES` images of
    the official test set (the same count of each class, drawn with ``seed``)."""
    d = _fashion_dir()
    xtr = _idx(d / "train-images-idx3-ubyte.gz")
    ytr = _idx(d / "train-labels-idx1-ubyte.gz")
    xte = _idx(d / "t10k-images-idx3-ubyte.gz")
    yte = _idx(d / "t10k-labels-idx1-ubyte.gz")
    rng = np.random.default_rng(seed)
    per_class = FASHION_TEST_SAMPLES // 10
    picked = np.sort(
        np.concatenate(
            [rng.choice(np.flatnonzero(yte == c), per_class, replace=False) for c in range(10)]
        )
    )

    def images(a: np.ndarray) -> np.ndarray:
        return (a.astype(np.float32) / 255.0).reshape(-1, 1, 28, 28)

    return images(xtr), ytr.astype(np.int64), images(xte[picked]), yte[picked].astype(np.int64)


def build_cnn_fashion(
    seed: int = 0, epochs: int = 6
) -> tuple[Any, dict[str, np.ndarray], np.ndarray]:
    """A four-conv CNN on Fashion-MNIST, trained with torch (CPU, one thread, deterministic):
    conv3x3(1->16) ReLU, conv3x3/2(16->32) ReLU, conv3x3/2(32->64) ReLU, conv3x3/2(64->64)
    ReLU, avgpool 2x2 (4x4 -> 2x2), flatten 256, dense 64 ReLU, dense 10; Adam, ``epochs``
    over the 60000 training images. Exported with ``torch.onnx.export`` (opset 17) and its
    nodes renamed after their modules (``conv1``, ``relu1``, ..., ``fc2``)."""
    import io

    import onnx
    import torch
    from torch import nn

    xtr, ytr, xte, yte = fashion_split(seed)
    torch.manual_seed(seed)
    torch.use_deterministic_algorithms(True)
    torch.set_num_threads(1)

    class FashionCNN(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.conv1 = nn.Conv2d(1, 16, 3, padding=1)
            self.relu1 = nn.ReLU()
            self.conv2 = nn.Conv2d(16, 32, 3, stride=2, padding=1)
            self.relu2 = nn.ReLU()
            self.conv3 = nn.Conv2d(32, 64, 3, stride=2, padding=1)
            self.relu3 = nn.ReLU()
            self.conv4 = nn.Conv2d(64, 64, 3, stride=2, padding=1)
            self.relu4 = nn.ReLU()
            self.pool = nn.AvgPool2d(2)
            self.flatten = nn.Flatten()
            self.fc1 = nn.Linear(256, 64)
            self.relu5 = nn.ReLU()
            self.fc2 = nn.Linear(64, 10)

        def forward(self, x: Any) -> Any:
            for layer in self.children():
                x = layer(x)
            return x

    net = FashionCNN()
    opt = torch.optim.Adam(net.parameters(), lr=2e-3)
    sched = torch.optim.lr_scheduler.CosineAnnealingLR(opt, T_max=epochs * (len(xtr) // 128))
    x_all, y_all = torch.from_numpy(xtr), torch.from_numpy(ytr)
    gen = torch.Generator().manual_seed(seed)
    for _epoch in range(epochs):
        order = torch.randperm(len(x_all), generator=gen)
        for i in range(0, len(order) - 127, 128):
            idx = order[i : i + 128]
            opt.zero_grad()
            loss = nn.functional.cross_entropy(net(x_all[idx]), y_all[idx])
            loss.backward()
            opt.step()
            sched.step()
    net.eval()
    buf = io.BytesIO()
    torch.onnx.export(
        net,
        (torch.from_numpy(xte[:1]),),
        buf,
        input_names=["x"],
        output_names=["logits"],
        dynamic_axes={"x": {0: "N"}, "logits": {0: "N"}},
        opset_version=OPSET,
        dynamo=False,
    )
    model = onnx.load_from_string(buf.getvalue())
    for node in model.graph.node:
        node.name = node.name.strip("/").split("/")[0]
    model.producer_name = "aimcsim-workloads"
    onnx.checker.check_model(model)
    return model, {"x": xte}, yte
