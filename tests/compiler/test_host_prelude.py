"""Models that compute integers from their integer inputs, exported as users export them
(``torch.onnx.export(..., dynamo=False, opset_version=17)``) from HF ``transformers``
classes built from small configs: RoBERTa's position ids ``cumsum(ids != pad) * (ids !=
pad) + pad`` and its token types gathered with them (XLM-RoBERTa, CamemBERT, Data2Vec-text
too), the same position ids in MPNet and the M2M100 encoder (which flattens them to index a
sinusoidal table), a BERT whose attention mask is ``ids != pad`` and whose token types are
the segment after the first separator. The host prelude computes them per sample; each
model compiles, runs on an ideal chip with every probed layer equal to onnxruntime (max
error <= 1e-4 of full scale) and its output equal to torch, on samples with padding (so
the cumulative sum matters), and runs through the timing model. Without torch and
transformers these skip; the last tests build their graphs with ``onnx.helper``."""

from __future__ import annotations

from typing import Any

import numpy as np
import onnx
import pytest
from onnx import TensorProto, helper, numpy_helper

from aimcsim.compiler import CompileOptions, compile_model
from aimcsim.config.loader import load_arch
from aimcsim.errors import CompileError
from aimcsim.functional.executor import Executor, ideal_arch

PAD, SEP, SEQ, VOCAB = 1, 2, 16, 60
ARCH = ["tile.buffer.size_elements=1048576"]


def _ids() -> np.ndarray:
    """Three sequences: unpadded, padded from 10 on, padded from 5 on; separators inside."""
    ids = np.random.default_rng(5).integers(SEP + 1, VOCAB, (3, SEQ)).astype(np.int64)
    ids[0, 6] = ids[1, 4] = SEP
    ids[1, 10:] = PAD
    ids[2, 5:] = PAD
    return ids


def _small(cls: Any, **kw: Any) -> Any:
    return cls(
        vocab_size=VOCAB,
        hidden_size=32,
        num_hidden_layers=1,
        num_attention_heads=2,
        intermediate_size=64,
        max_position_embeddings=40,
        pad_token_id=PAD,
        **kw,
    )


ROBERTA_LIKE = {
    "roberta": ("RobertaModel", "RobertaConfig"),
    "xlm-roberta": ("XLMRobertaModel", "XLMRobertaConfig"),
    "camembert": ("CamembertModel", "CamembertConfig"),
    "data2vec-text": ("Data2VecTextModel", "Data2VecTextConfig"),
}
"""Families with RoBERTa's embeddings: position ids and token types computed from ids."""

POSITIONS_ONLY = {
    # MPNet: RoBERTa's position ids, relative position buckets on top
    "mpnet": lambda T: T.MPNetModel(_small(T.MPNetConfig), add_pooling_layer=False),
    # M2M100 / NLLB encoder: the same position ids, flattened (``view(-1)``) to index a
    # sinusoidal table with ``index_select``
    "m2m100-encoder": lambda T: T.models.m2m_100.modeling_m2m_100.M2M100Encoder(
        T.M2M100Config(
            vocab_size=VOCAB,
            d_model=32,
            encoder_layers=1,
            encoder_attention_heads=2,
            encoder_ffn_dim=64,
            max_position_embeddings=40,
            pad_token_id=PAD,
        )
    ),
}
"""Families whose position ids (only) are computed from the token ids."""


def _hidden(model: Any) -> Any:
    """A torch module ``forward(ids, mask)`` -> the last hidden state of ``model``."""
    torch = pytest.importorskip("torch")

    class Hidden(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.m = model

        def forward(self, ids: Any, mask: Any) -> Any:
            return self.m(input_ids=ids, attention_mask=mask)[0]

    return Hidden().eval()


def _padded_samples() -> dict[str, np.ndarray]:
    ids = _ids()
    return {"input_ids": ids, "attention_mask": (ids != PAD).astype(np.int64)}


def _export_and_check(tmp_path, module, samples: dict[str, np.ndarray], name: str):
    torch = pytest.importorskip("torch")
    from test_real_exports import _check, _export

    args = tuple(torch.from_numpy(v[:1]) for v in samples.values())
    p = _export(module, args, tmp_path / f"{name}.onnx", list(samples), output_names=["y"])
    wl, res = _check(p, samples, load_arch(preset="standard", overrides=ARCH))
    with torch.no_grad():
        ref = module(*(torch.from_numpy(v) for v in samples.values())).numpy()
    y = res.outputs[wl.manifest["outputs"][0]["name"]].reshape(ref.shape)
    assert float(np.abs(y - ref).max()) <= 1e-4 * float(np.abs(ref).max())
    return wl


@pytest.mark.parametrize("family", list(ROBERTA_LIKE))
def test_roberta_position_ids_from_token_ids(tmp_path, family):
    torch = pytest.importorskip("torch")
    transformers = pytest.importorskip("transformers")
    model_cls, cfg_cls = (getattr(transformers, n) for n in ROBERTA_LIKE[family])
    torch.manual_seed(21)
    model = model_cls(_small(cfg_cls), add_pooling_layer=False).eval()
    wl = _export_and_check(tmp_path, _hidden(model), _padded_samples(), family)
    ops = [n["op"] for n in wl.manifest["prelude"]["nodes"]]
    assert {"Equal", "Not", "CumSum", "GatherElements"} <= set(ops)
    sources = {e["transform"]["source"] for e in wl.manifest["inputs"] if e.get("transform")}
    produced = {n["outputs"][0] for n in wl.manifest["prelude"]["nodes"]}
    assert "input_ids" in sources and len(sources & produced) == 2  # positions, token types
    assert [p["name"] for p in wl.manifest["prelude"]["inputs"]] == ["input_ids"]


@pytest.mark.parametrize("family", list(POSITIONS_ONLY))
def test_position_ids_from_token_ids(tmp_path, family):
    torch = pytest.importorskip("torch")
    transformers = pytest.importorskip("transformers")
    torch.manual_seed(23)
    model = POSITIONS_ONLY[family](transformers).eval()
    wl = _export_and_check(tmp_path, _hidden(model), _padded_samples(), family)
    assert {"Equal", "CumSum"} <= {n["op"] for n in wl.manifest["prelude"]["nodes"]}
    produced = {n["outputs"][0] for n in wl.manifest["prelude"]["nodes"]}
    assert any(
        e["transform"]["source"] in produced for e in wl.manifest["inputs"] if e.get("transform")
    )


def test_bert_with_mask_and_token_types_from_ids(tmp_path):
    """``attention_mask = ids != pad`` (a mask root the prelude computes) and token types
    ``cumsum(ids == sep) - (ids == sep) > 0``, both built inside the model from its only
    input."""
    torch = pytest.importorskip("torch")
    transformers = pytest.importorskip("transformers")
    torch.manual_seed(22)
    bert = transformers.BertModel(_small(transformers.BertConfig), add_pooling_layer=False).eval()

    class FromIds(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.m = bert

        def forward(self, ids: Any) -> Any:
            sep = (ids == SEP).long()
            types = (torch.cumsum(sep, dim=1) - sep > 0).long()
            mask = (ids != PAD).long()
            return self.m(input_ids=ids, attention_mask=mask, token_type_ids=types)[0]

    wl = _export_and_check(tmp_path, FromIds().eval(), {"input_ids": _ids()}, "from-ids")
    produced = {n["outputs"][0] for n in wl.manifest["prelude"]["nodes"]}
    masks = [e["name"] for e in wl.manifest["inputs"] if not e.get("transform")]
    assert len(masks) == 1 and masks[0] in produced  # the mask is computed, not an input
    assert {"CumSum", "Greater", "Sub"} <= {n["op"] for n in wl.manifest["prelude"]["nodes"]}


# ---------------------------------------------------------------------------- onnx.helper
def _model(nodes: list[Any], inits: dict[str, np.ndarray], vocab: int = 8) -> onnx.ModelProto:
    table = np.random.default_rng(0).standard_normal((vocab, 4)).astype(np.float32)
    inits = {**inits, "two": np.float32(2.0), "table": table}
    graph = helper.make_graph(
        [
            *nodes,
            helper.make_node("Gather", ["table", "idx"], ["emb"], name="lookup"),
            helper.make_node("Mul", ["emb", "two"], ["y"], name="double"),
        ],
        "g",
        [helper.make_tensor_value_info("ids", TensorProto.INT64, [1, 6])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, [1, 6, 4])],
        [numpy_helper.from_array(v, k) for k, v in inits.items()],
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    model.ir_version = 8
    return model


def _compile(tmp_path, model: onnx.ModelProto, samples: np.ndarray | None = None):
    p = tmp_path / "m.onnx"
    onnx.save(model, str(p))
    arch = load_arch(preset="standard")
    wl = compile_model(p, arch, CompileOptions(n_slots=1))
    if samples is not None:
        res = Executor(wl, ideal_arch(arch)).run({"ids": samples})
        return wl, res
    return wl, None


def test_operator_outside_the_prelude_names_node_and_op(tmp_path):
    model = _model([helper.make_node("Trilu", ["ids"], ["idx"], name="upper")], {})
    with pytest.raises(CompileError, match=r"node 'upper' \(op Trilu\).*host prelude has no Trilu"):
        _compile(tmp_path, model)


def test_list_attributes_become_constant_inputs(tmp_path):
    """Transpose's ``perm`` and ReduceMax's ``axes`` (attributes at opset 17) are prelude
    constants; the indices are ``min(ids, max(ids) - 1)`` in reverse order."""
    nodes = [
        helper.make_node("Transpose", ["ids"], ["t"], name="t", perm=[1, 0]),
        helper.make_node("ReduceMax", ["t"], ["mx"], name="mx", axes=[0], keepdims=1),
        helper.make_node("Sub", ["mx", "one"], ["lim"], name="lim"),
        helper.make_node("Min", ["t", "lim"], ["clipped"], name="clip"),
        helper.make_node("Slice", ["clipped", "start", "end", "axis", "step"], ["r"], name="r"),
        helper.make_node("Transpose", ["r"], ["idx"], name="back", perm=[1, 0]),
    ]
    consts = {
        "one": np.asarray([[1]], dtype=np.int64),
        **{
            k: np.asarray([v], dtype=np.int64)
            for k, v in (("start", -1), ("end", -100), ("axis", 0), ("step", -1))
        },
    }
    ids = np.asarray([[3, 1, 7, 7, 0, 2], [5, 5, 5, 5, 5, 5]], dtype=np.int64)
    wl, res = _compile(tmp_path, _model(nodes, consts), ids)
    first = wl.manifest["prelude"]["nodes"][0]
    assert first["op"] == "Transpose" and len(first["inputs"]) == 2  # perm as an input
    idx = np.minimum(ids, ids.max(axis=1, keepdims=True) - 1)[:, ::-1]
    want = wl.tensors[wl.manifest["inputs"][0]["transform"]["table"]]
    np.testing.assert_allclose(res.outputs["y"].reshape(2, 6, 4), 2 * want[idx], rtol=1e-6)


def test_plain_bert_mask_needs_no_prelude(tmp_path):
    """BERT's mask is the model input itself and its ids index the tables directly: no
    prelude, the mask input stays the program input it was."""
    torch = pytest.importorskip("torch")
    transformers = pytest.importorskip("transformers")
    from test_real_exports import _export

    torch.manual_seed(24)
    model = transformers.BertModel(_small(transformers.BertConfig), add_pooling_layer=False)
    samples = _padded_samples()
    args = tuple(torch.from_numpy(v[:1]) for v in samples.values())
    p = _export(_hidden(model.eval()), args, tmp_path / "bert.onnx", list(samples))
    wl = compile_model(p, load_arch(preset="standard", overrides=ARCH), CompileOptions())
    assert "prelude" not in wl.manifest
    assert "attention_mask" in {e["name"] for e in wl.manifest["inputs"]}


DECODERS_WITH_PADDING = {
    # causal mask combined with the padding mask by And, then a Where on the scores
    "gpt2": lambda T: T.GPT2Model(
        T.GPT2Config(vocab_size=VOCAB, n_embd=32, n_layer=1, n_head=2, n_positions=40)
    ),
    # the same combined by a float min-value mask added to the scores
    "llama": lambda T: T.LlamaModel(
        T.LlamaConfig(
            vocab_size=VOCAB,
            hidden_size=32,
            intermediate_size=64,
            num_hidden_layers=1,
            num_attention_heads=4,
            num_key_value_heads=2,
            max_position_embeddings=40,
            attn_implementation="eager",
        )
    ),
    # OPT: learned positions offset by 2, the mask expanded in float
    "opt": lambda T: T.OPTModel(
        T.OPTConfig(
            vocab_size=VOCAB,
            hidden_size=32,
            ffn_dim=64,
            num_hidden_layers=1,
            num_attention_heads=2,
            max_position_embeddings=40,
            word_embed_proj_dim=32,
            pad_token_id=PAD,
        )
    ),
}
"""Decoders exported with an ``attention_mask`` input: each query sees the keys that both
the causal mask and the padding mask keep."""


@pytest.mark.parametrize("family", list(DECODERS_WITH_PADDING))
def test_decoder_combines_causal_and_padding_masks(tmp_path, family):
    """A mask combined with a constant bias compiles as ``clip(base + (1 - mask) * drop)``
    and matches onnxruntime and torch on padded samples."""
    transformers = pytest.importorskip("transformers")
    torch = pytest.importorskip("torch")
    torch.manual_seed(29)
    model = DECODERS_WITH_PADDING[family](transformers).eval()
    wl = _export_and_check(tmp_path, _hidden(model), _padded_samples(), family)
    assert any(layer["name"].endswith(".mask_total") for layer in wl.manifest["layers"])


def test_combined_mask_streams_at_sequence_128(tmp_path):
    """At sequence 128 and the default tile buffer the causal base (128 x 128 per sample) is
    a constant streamed with the ``add``, not a buffer-sized parameter table."""
    torch = pytest.importorskip("torch")
    transformers = pytest.importorskip("transformers")
    from test_real_exports import _check, _export

    ids = np.random.default_rng(7).integers(SEP + 1, VOCAB, (2, 128)).astype(np.int64)
    ids[1, 70:] = PAD
    samples = {"input_ids": ids, "attention_mask": (ids != PAD).astype(np.int64)}
    torch.manual_seed(31)
    cfg = transformers.GPT2Config(vocab_size=VOCAB, n_embd=64, n_layer=1, n_head=2, n_positions=128)
    module = _hidden(transformers.GPT2Model(cfg).eval())
    args = tuple(torch.from_numpy(v[:1]) for v in samples.values())
    path = _export(module, args, tmp_path / "gpt2.onnx", list(samples), output_names=["y"])
    wl, _ = _check(path, samples, load_arch(preset="standard"))
    assert any(layer["name"].endswith(".mask_total") for layer in wl.manifest["layers"])
