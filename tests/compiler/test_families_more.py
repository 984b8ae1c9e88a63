"""Families that ``benchmarks/try_families.py`` found refused, now compiled: each exported as
users export it (``torch.onnx.export(..., dynamo=False, opset_version=17)``) from a small HF
``transformers`` config or a ``torch.nn`` definition, run on an ideal chip with every probed
layer equal to onnxruntime (max error <= 1e-4 of full scale) and its output equal to torch,
and run through the timing model (see ``test_families._run``).

What each needed: Falcon's multi-query attention (a MatMul broadcasting K and V over the
heads), Phi-3's full rotary embedding (an empty pass-through Slice concatenated), ConvBERT's
unfold (a Gather of a whole activation in another shape), WavLM's gated relative position
bias (an activation times a larger constant), CvT's and Funnel's Einsum, video networks'
Conv3d and 3-D pooling.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest
from hf_configs import DECODER, ENCODER
from test_families import BIG_MESH, Hidden, _kinds, _run
from test_real_exports import _check, _export

from aimcsim.config.loader import load_arch

torch = pytest.importorskip("torch")
transformers = pytest.importorskip("transformers")
nn = torch.nn
T = transformers


def _ids(length: int = 16) -> Any:
    return torch.randint(0, 50, (2, length))


def test_falcon_multi_query_attention(tmp_path):
    """One key/value head shared by four query heads: MatMul broadcasts K and V."""
    torch.manual_seed(21)
    cfg = T.FalconConfig(
        vocab_size=50,
        hidden_size=32,
        num_hidden_layers=1,
        num_attention_heads=4,
        multi_query=True,
        attn_implementation="eager",
    )
    wl = _run(Hidden(T.FalconModel(cfg)), _ids(), "falcon", tmp_path, BIG_MESH)
    assert "broadcast" in _kinds(wl)


def test_phi3_full_rotary(tmp_path):
    """Rotary embedding over the whole head: the pass-through slice is empty."""
    torch.manual_seed(22)
    cfg = T.Phi3Config(**DECODER, pad_token_id=0)
    _run(Hidden(T.Phi3Model(cfg)), _ids(), "phi3", tmp_path, BIG_MESH)


def test_convbert_span_convolution(tmp_path):
    """Span-based dynamic convolution: unfold as Gathers, then Transposes of their views."""
    torch.manual_seed(23)
    cfg = T.ConvBertConfig(**ENCODER, embedding_size=32, conv_kernel_size=3, head_ratio=2)
    _run(Hidden(T.ConvBertModel(cfg)), _ids(), "convbert", tmp_path, BIG_MESH)


def test_wavlm_gated_relative_position_bias(tmp_path):
    torch.manual_seed(24)
    cfg = T.WavLMConfig(
        conv_dim=(16, 16),
        conv_stride=(5, 2),
        conv_kernel=(10, 3),
        num_conv_pos_embeddings=16,
        num_conv_pos_embedding_groups=4,
        feat_extract_norm="group",
        hidden_size=32,
        num_hidden_layers=1,
        num_attention_heads=2,
        intermediate_size=64,
        num_buckets=8,
        max_bucket_distance=16,
    )
    _run(Hidden(T.WavLMModel(cfg)), torch.randn(2, 400), "wavlm", tmp_path, BIG_MESH)


def test_funnel_einsum_attention(tmp_path):
    """Relative attention written with Einsum (activations and constant embeddings), pooling
    of the queries between blocks."""
    torch.manual_seed(25)
    cfg = T.FunnelConfig(
        vocab_size=50,
        d_model=32,
        n_head=2,
        d_head=16,
        d_inner=64,
        block_sizes=[1, 1],
        num_decoder_layers=1,
    )
    wl = _run(Hidden(T.FunnelBaseModel(cfg)), _ids(), "funnel", tmp_path, BIG_MESH)
    assert "matmul" in _kinds(wl)


def test_cvt_einsum_conv_projections(tmp_path):
    """Convolutional token embedding, depthwise conv Q/K/V projections, Einsum attention."""
    torch.manual_seed(26)
    cfg = T.CvtConfig(embed_dim=[16, 24, 32], num_heads=[1, 2, 2], depth=[1, 2, 3])
    _run(Hidden(T.CvtModel(cfg)), torch.randn(2, 3, 64, 64), "cvt", tmp_path, BIG_MESH)


def test_whisper_encoder_decoder(tmp_path):
    """The HF Whisper class whole: audio features and decoder token ids, cross-attention."""
    torch.manual_seed(27)
    cfg = T.WhisperConfig(
        vocab_size=50,
        d_model=32,
        encoder_layers=1,
        decoder_layers=1,
        encoder_attention_heads=2,
        decoder_attention_heads=2,
        encoder_ffn_dim=64,
        decoder_ffn_dim=64,
        num_mel_bins=8,
        max_source_positions=16,
        max_target_positions=32,
        pad_token_id=1,
        bos_token_id=0,
        eos_token_id=2,
        decoder_start_token_id=0,
        attn_implementation="eager",
    )

    class Both(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.model = T.WhisperModel(cfg)

        def forward(self, feats: Any, ids: Any) -> Any:
            return self.model(input_features=feats, decoder_input_ids=ids).last_hidden_state

    model = Both().eval()
    feats, ids = torch.randn(2, 8, 32), torch.randint(0, 50, (2, 8))
    p = _export(model, (feats[:1], ids[:1]), tmp_path / "w.onnx", ["f", "i"])
    _, res = _check(p, {"f": feats.numpy(), "i": ids.numpy()}, load_arch(overrides=BIG_MESH))
    (y,) = res.outputs.values()
    with torch.no_grad():
        ref = model(feats, ids).numpy()
    assert float(np.abs(y.reshape(ref.shape) - ref).max()) <= 1e-4 * float(np.abs(ref).max())


# ---------------------------------------------------------------------------- video (3-D)
class R2Plus1D(nn.Module):
    """R(2+1)D-style: a (1, 3, 3) spatial then (3, 1, 1) temporal factorised conv, a 3-D
    stem with strides, a residual, max and average 3-D pooling, global pooling."""

    def __init__(self) -> None:
        super().__init__()
        self.stem = nn.Sequential(
            nn.Conv3d(3, 8, (3, 5, 5), stride=(1, 2, 2), padding=(1, 2, 2), bias=False),
            nn.BatchNorm3d(8),
            nn.ReLU(),
        )
        self.pool = nn.MaxPool3d((1, 3, 3), stride=(1, 2, 2), padding=(0, 1, 1))
        self.spatial = nn.Conv3d(8, 12, (1, 3, 3), padding=(0, 1, 1))
        self.temporal = nn.Conv3d(12, 8, (3, 1, 1), padding=(1, 0, 0), groups=4)
        self.down = nn.Conv3d(8, 16, 3, stride=2, padding=1, dilation=1)
        self.avg = nn.AvgPool3d(2, ceil_mode=True, count_include_pad=False)
        self.head = nn.Linear(16, 5)

    def forward(self, x: Any) -> Any:
        x = self.pool(self.stem(x))
        x = torch.relu(x + self.temporal(torch.relu(self.spatial(x))))
        x = self.avg(torch.relu(self.down(x)))
        return self.head(torch.flatten(nn.functional.adaptive_avg_pool3d(x, 1), 1))


def test_video_conv3d_network(tmp_path):
    torch.manual_seed(28)
    model = R2Plus1D()
    with torch.no_grad():
        for m in model.modules():
            if isinstance(m, nn.BatchNorm3d):
                m.running_mean.uniform_(-0.2, 0.2)
                m.running_var.uniform_(0.5, 1.5)
    x = torch.randn(2, 3, 5, 16, 16)
    wl = _run(model, x, "r2plus1d", tmp_path, BIG_MESH)
    assert {"conv", "maxpool"} <= _kinds(wl)


def test_dynamic_batch_and_sequence_axes(tmp_path):
    """An export with dynamic batch and sequence axes (as HF tooling writes them): the
    sequence length is read from the samples given to the compiler."""
    from aimcsim.compiler import CompileOptions, compile_model
    from aimcsim.functional.executor import Executor, ideal_arch

    torch.manual_seed(29)
    model = Hidden(T.BertModel(T.BertConfig(**ENCODER), add_pooling_layer=False)).eval()
    ids = _ids(12)
    p = _export(
        model,
        (ids[:1],),
        tmp_path / "bert.onnx",
        ["x"],
        output_names=["y"],
        dynamic_axes={"x": {0: "batch", 1: "seq"}, "y": {0: "batch", 1: "seq"}},
    )
    arch = load_arch(overrides=BIG_MESH)
    samples = {"x": ids.numpy()}
    opts = CompileOptions(n_slots=1, duplicate=False, calibrate_input_range="off")
    wl = compile_model(p, arch, opts, samples=samples)
    (y,) = Executor(wl, ideal_arch(arch)).run(samples).outputs.values()
    with torch.no_grad():
        ref = model(ids).numpy()
    assert float(np.abs(y.reshape(ref.shape) - ref).max()) <= 1e-4 * float(np.abs(ref).max())


def test_video_conv3d_streams(tmp_path):
    """At a small tile buffer the tall maps of the 3-D convolutions and the padding masks
    (periodic constants) stream through global memory."""
    from test_families import _streamed

    torch.manual_seed(30)
    x = torch.randn(2, 3, 5, 16, 16)
    wl = _run(
        R2Plus1D(), x, "r2plus1d-small", tmp_path, [*BIG_MESH, "tile.buffer.size_elements=16384"]
    )
    assert {"conv", "mul"} <= _streamed(wl)
