"""Transformer and sequence families users bring, exported as users export them
(``torch.onnx.export(..., dynamo=False, opset_version=17)``) from HF ``transformers`` classes
built from small configs (no downloads) and from ``torch.nn`` modules: each compiles, runs on
an ideal chip with every probed layer equal to onnxruntime (max error <= 1e-4 of full scale)
and runs through the timing model (see :mod:`test_families`).

What each family brings: RMSNorm (Pow, ReduceMean, Sqrt, Reciprocal or Div), rotary
embeddings (Sin/Cos folded, Neg, Slice, Concat), SiLU-gated MLPs, causal masks as a Where
of a constant condition, grouped-query attention (Expand of keys and values), GroupNorm as
InstanceNormalization, Swin's window partition, torch MultiheadAttention's batch merged
with its heads.
"""

from __future__ import annotations

from typing import Any

import pytest
from hf_configs import AUDIO
from test_families import BIG_MESH, Hidden, _kinds, _run, _streamed

torch = pytest.importorskip("torch")
transformers = pytest.importorskip("transformers")
nn = torch.nn
T = transformers


def _ids(length: int = 16) -> Any:
    return torch.randint(0, 50, (2, length))


DECODERS: dict[str, Any] = {
    # RMSNorm, rotary embeddings, SiLU-gated MLP, causal mask
    "llama": lambda: T.LlamaModel(
        T.LlamaConfig(
            vocab_size=50,
            hidden_size=32,
            intermediate_size=64,
            num_hidden_layers=1,
            num_attention_heads=4,
            num_key_value_heads=4,
            max_position_embeddings=64,
        )
    ),
    # grouped-query attention (the exporter needs eager attention for it)
    "mistral-gqa": lambda: T.MistralModel(
        T.MistralConfig(
            vocab_size=50,
            hidden_size=32,
            intermediate_size=64,
            num_hidden_layers=1,
            num_attention_heads=4,
            num_key_value_heads=2,
            max_position_embeddings=64,
            attn_implementation="eager",
        )
    ),
    "qwen2-gqa": lambda: T.Qwen2Model(
        T.Qwen2Config(
            vocab_size=50,
            hidden_size=32,
            intermediate_size=64,
            num_hidden_layers=1,
            num_attention_heads=4,
            num_key_value_heads=2,
            max_position_embeddings=64,
            attn_implementation="eager",
        )
    ),
    "opt": lambda: T.OPTModel(
        T.OPTConfig(
            vocab_size=50,
            hidden_size=32,
            ffn_dim=64,
            num_hidden_layers=1,
            num_attention_heads=2,
            max_position_embeddings=64,
            word_embed_proj_dim=32,
        )
    ),
    # local attention (a banded causal mask), float32 casts around attention
    "gpt-neo": lambda: T.GPTNeoModel(
        T.GPTNeoConfig(
            vocab_size=50,
            hidden_size=32,
            num_layers=2,
            num_heads=2,
            attention_types=[[["global", "local"], 1]],
            window_size=8,
            max_position_embeddings=64,
            intermediate_size=64,
        )
    ),
    # partial rotary embeddings (interleaved)
    "gpt-j": lambda: T.GPTJModel(
        T.GPTJConfig(vocab_size=50, n_embd=32, n_layer=1, n_head=2, rotary_dim=8, n_positions=64)
    ),
}

ENCODERS: dict[str, Any] = {
    # RMSNorm without mean, relative position bias (folded)
    "t5-encoder": lambda: T.T5EncoderModel(
        T.T5Config(
            vocab_size=50,
            d_model=32,
            d_kv=8,
            d_ff=64,
            num_layers=1,
            num_heads=4,
            relative_attention_num_buckets=8,
            relative_attention_max_distance=16,
        )
    ),
    # shared layers, an embedding projection
    "albert": lambda: T.AlbertModel(
        T.AlbertConfig(
            vocab_size=50,
            embedding_size=16,
            hidden_size=32,
            num_hidden_layers=2,
            num_attention_heads=2,
            intermediate_size=64,
            max_position_embeddings=64,
        ),
        add_pooling_layer=False,
    ),
    "distilbert": lambda: T.DistilBertModel(
        T.DistilBertConfig(
            vocab_size=50, dim=32, n_layers=1, n_heads=2, hidden_dim=64, max_position_embeddings=64
        )
    ),
}


ENCODERS["deberta-v2"] = lambda: T.DebertaV2Model(  # disentangled attention: GatherElements
    T.DebertaV2Config(
        vocab_size=50,
        hidden_size=32,
        num_hidden_layers=1,
        num_attention_heads=2,
        intermediate_size=64,
        max_position_embeddings=64,
        relative_attention=True,
        position_buckets=8,
        pos_att_type=["p2c", "c2p"],
    )
)


def _families() -> list[Any]:
    return [pytest.param(k, v, id=k) for k, v in {**DECODERS, **ENCODERS}.items()]


@pytest.mark.parametrize("name,build", _families())
def test_token_models(tmp_path, name, build):
    torch.manual_seed(11)
    wl = _run(Hidden(build()), _ids(), name, tmp_path, BIG_MESH)
    assert {"matmul", "softmax"} <= _kinds(wl)


def test_rmsnorm_uses_sqrt_and_reciprocal(tmp_path):
    """LLaMA's RMSNorm: x * rsqrt(mean(x^2) + eps), the per-token scale broadcast over the
    row (one outer product, not a copy per element)."""
    torch.manual_seed(12)
    wl = _run(Hidden(DECODERS["llama"]()), _ids(), "llama-rms", tmp_path, BIG_MESH)
    assert {"sqrt", "recip", "reduce", "broadcast"} <= _kinds(wl)


def test_deit_distillation_token(tmp_path):
    torch.manual_seed(13)
    cfg = T.DeiTConfig(
        hidden_size=32,
        num_hidden_layers=1,
        num_attention_heads=2,
        intermediate_size=64,
        image_size=32,
        patch_size=8,
    )
    _run(
        Hidden(T.DeiTModel(cfg, add_pooling_layer=False)),
        torch.randn(2, 3, 32, 32),
        "deit",
        tmp_path,
        BIG_MESH,
    )


def test_swin_window_attention(tmp_path):
    """Window partition and reverse (Reshape/Transpose), shifted windows (Slice + Concat),
    relative position bias (folded), patch merging."""
    torch.manual_seed(14)
    cfg = T.SwinConfig(
        image_size=32, patch_size=4, embed_dim=16, depths=[2], num_heads=[2], window_size=4
    )
    wl = _run(Hidden(T.SwinModel(cfg)), torch.randn(2, 3, 32, 32), "swin", tmp_path, BIG_MESH)
    assert {"matmul", "softmax", "layernorm"} <= _kinds(wl)


@pytest.mark.parametrize("family", ["wav2vec2", "hubert"])
def test_audio_feature_encoders(tmp_path, family):
    """Conv1d + GroupNorm (exported as InstanceNormalization) + GELU, the positional conv
    with groups and padding, attention."""
    torch.manual_seed(15)
    kw = AUDIO
    model = (
        T.Wav2Vec2Model(T.Wav2Vec2Config(**kw))
        if family == "wav2vec2"
        else T.HubertModel(T.HubertConfig(**kw))
    )
    wl = _run(Hidden(model), torch.randn(2, 400), family, tmp_path, BIG_MESH)
    assert {"conv", "layernorm", "gelu"} <= _kinds(wl)


# ---------------------------------------------------------------------------- torch.nn
class SelfAttention(nn.Module):
    """nn.MultiheadAttention, batch first: its batch is merged with the heads."""

    def __init__(self) -> None:
        super().__init__()
        self.attn = nn.MultiheadAttention(32, 4, batch_first=True)

    def forward(self, x: Any) -> Any:
        return self.attn(x, x, x, need_weights=False)[0]


class BiGruHead(nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.gru = nn.GRU(8, 12, bidirectional=True, batch_first=True)
        self.fc = nn.Linear(24, 4)

    def forward(self, x: Any) -> Any:
        return self.fc(self.gru(x)[0])


class EncoderLayer(nn.Module):
    """nn.TransformerEncoderLayer off its fast path (``is_causal`` passed explicitly: the
    tracer cannot export its default)."""

    def __init__(self, **kw: Any) -> None:
        super().__init__()
        self.layer = nn.TransformerEncoderLayer(32, 4, 64, dropout=0.0, batch_first=True, **kw)

    def forward(self, x: Any) -> Any:
        return self.layer(x, is_causal=False)


@pytest.mark.parametrize(
    "kw", [{}, {"norm_first": True, "activation": "gelu"}], ids=["post-norm", "pre-norm-gelu"]
)
def test_transformer_encoder_layer(tmp_path, kw):
    torch.manual_seed(20)
    wl = _run(EncoderLayer(**kw), torch.randn(2, 16, 32), "tel", tmp_path, [])
    assert {"matmul", "softmax", "layernorm"} <= _kinds(wl)


def test_multihead_attention(tmp_path):
    torch.manual_seed(16)
    wl = _run(SelfAttention(), torch.randn(2, 16, 32), "mha", tmp_path, [])
    assert "matmul" in _kinds(wl)


def test_bidirectional_gru_batch_first(tmp_path):
    torch.manual_seed(17)
    wl = _run(BiGruHead(), torch.randn(2, 10, 8), "bigru", tmp_path, [])
    assert "lstm" in _kinds(wl)


class ElementwiseMath(nn.Module):
    """The element-wise operators of these families on their own: a division of two
    activations (and by a broadcast one), sqrt, reciprocal, erf, neg, fractional and negative
    powers, a Where with a constant condition, Expand, Tile, GroupNorm; ``x`` is
    ``(N, rows, width)``."""

    def __init__(self, rows: int, width: int) -> None:
        super().__init__()
        self.fc = nn.Linear(width, width)
        self.norm = nn.GroupNorm(2, 4)
        self.register_buffer("keep", torch.rand(rows, width) > 0.5)

    def forward(self, x: Any) -> Any:
        h = self.fc(x)
        rows, width = h.shape[1:]
        pos = torch.sigmoid(h) + 0.5
        a = h / pos
        b = h / pos.sum(-1, keepdim=True)
        c = torch.sqrt(pos) + torch.reciprocal(pos) + torch.erf(h) - h
        d = pos**-0.5 + pos**-2 + pos**0.5
        e = torch.where(self.keep, h, torch.full_like(h, -2.0))
        f = h[:, :1].expand(-1, rows, -1) + h.tile(1, 1, 2)[..., width // 2 : width // 2 + width]
        g = self.norm(h.reshape(-1, 4, rows * width // 4)).reshape(h.shape)
        return a + b + c + d + e + f + g + 1.0 / pos


def test_elementwise_math(tmp_path):
    torch.manual_seed(18)
    wl = _run(ElementwiseMath(6, 8), torch.randn(2, 6, 8), "math", tmp_path, [])
    assert {"div", "sqrt", "recip", "erf", "layernorm"} <= _kinds(wl)


def test_elementwise_math_streams(tmp_path):
    """The same at a buffer that streams the maps through global memory."""
    torch.manual_seed(19)
    x = torch.randn(2, 32, 64)
    wl = _run(ElementwiseMath(32, 64), x, "math", tmp_path, ["tile.buffer.size_elements=16384"])
    assert {"div", "sqrt", "recip", "erf"} <= _streamed(wl)


class AxisOps(nn.Module):
    """Softmax over a middle axis and a max over axes (as exported by hand-written
    attention and pooling heads)."""

    def __init__(self) -> None:
        super().__init__()
        self.fc = nn.Linear(8, 8)

    def forward(self, x: Any) -> Any:
        h = self.fc(x)  # (N, 3, 5, 8)
        return torch.softmax(h, dim=1) + h.amax(dim=2, keepdim=True) + h.amax(dim=-1, keepdim=True)


def test_softmax_any_axis_and_reduce_max(tmp_path):
    torch.manual_seed(21)
    wl = _run(AxisOps(), torch.randn(2, 3, 5, 8), "axis", tmp_path, [])
    assert {"softmax", "reduce", "transpose"} <= _kinds(wl)


class Norms(nn.Module):
    """L2, L1 and squared-L2 norms over an axis (GRN-style feature normalisation, cosine
    attention), exported as ReduceL2, ReduceL1 and ReduceSumSquare."""

    def __init__(self) -> None:
        super().__init__()
        self.fc = nn.Linear(8, 8)

    def forward(self, x: Any) -> Any:
        h = self.fc(x)  # (N, 3, 8)
        l2 = torch.linalg.vector_norm(h, ord=2, dim=-1, keepdim=True)
        l1 = torch.linalg.vector_norm(h, ord=1, dim=1, keepdim=True)
        sq = torch.sum(h * h, dim=-1, keepdim=True)
        return h / (l2 + 1e-6) + l1 + sq


def test_l2_l1_and_sum_square_reductions(tmp_path):
    torch.manual_seed(22)
    wl = _run(Norms(), torch.randn(2, 3, 8), "norms", tmp_path, [])
    assert {"reduce", "sqrt", "mul"} <= _kinds(wl)
